package th.poverty.web;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/** The roles a bearer token may carry (its {@code groups} claim). */
public final class Roles {

    public static final String MINISTRY = "ministry";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String FIELD_TEAM = "field-team";
    public static final String PARTNER_AGENCY = "partner-agency";
    public static final String ANALYST = "analyst";

    /** Most powerful first: the role an event records when a caller holds several. */
    public static final List<String> ALL = List.of(MINISTRY, PROVINCE_OFFICER, DISTRICT_OFFICER, FIELD_TEAM,
            PARTNER_AGENCY, ANALYST);

    private Roles() {
    }

    /** The role a caller acts in: the most powerful of those it holds, "none" without one. */
    public static String actingAs(SecurityIdentity identity) {
        return ALL.stream().filter(identity::hasRole).findFirst().orElse("none");
    }
}
