package th.poverty.console.session;

import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in, as their token says: the subject every event records, the roles and the area
 * (a code prefix; "" for the whole country). The console shows pages by these; the services decide.
 */
public record Person(String subject, Set<String> roles, String area, Instant expiresAt) {

    public static final String FIELD_TEAM = "field-team";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String MINISTRY = "ministry";
    public static final String PARTNER_AGENCY = "partner-agency";
    public static final String ANALYST = "analyst";

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The role the console shows pages for: the first of those it knows, in order of reach. */
    public String role() {
        for (String role : new String[] {MINISTRY, PROVINCE_OFFICER, DISTRICT_OFFICER, FIELD_TEAM, PARTNER_AGENCY, ANALYST}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return roles.stream().sorted().findFirst().orElse("");
    }

    /** The area code the dashboard opens at: the person's own area, or TH for the whole country. */
    public String homeArea() {
        return area.isEmpty() ? "TH" : area;
    }

    /** Whether the person may upload a BMN survey file: officers of a district, a province or the ministry. */
    public boolean importsSurveys() {
        return is(DISTRICT_OFFICER) || is(PROVINCE_OFFICER) || is(MINISTRY);
    }

    /** Whether the person may see households one by one (analysts and partner agencies see figures). */
    public boolean seesHouseholds() {
        return is(FIELD_TEAM) || is(DISTRICT_OFFICER) || is(PROVINCE_OFFICER) || is(MINISTRY);
    }
}
