package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.eventstore.Decision;
import th.poverty.eventstore.Rejection;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;

/**
 * A target household, rebuilt from its events. Commands are methods that check the rules and
 * return the events they cause (or why they refuse); {@link #apply} only moves the state on.
 */
public final class Household {

    private final String id;
    private final HouseholdStatus status;
    private final IdentificationSource source;
    private final AreaPath area;
    private final LocalDate identifiedOn;

    private Household(String id, HouseholdStatus status, IdentificationSource source, AreaPath area,
                      LocalDate identifiedOn) {
        this.id = id;
        this.status = status;
        this.source = source;
        this.area = area;
        this.identifiedOn = identifiedOn;
    }

    /** Identifies a new household: the village must exist and the date must not lie ahead. */
    public static Decision<HouseholdEvent> identify(IdentifyHousehold command, Areas areas, LocalDate today) {
        var path = areas.pathOf(command.villageCode()).filter(p -> p.level() == AreaLevel.VILLAGE);
        if (path.isEmpty()) {
            return Decision.reject(Rejection.invalid("villageCode", "unknown-village",
                    "Village " + command.villageCode() + " is not in the area reference data"));
        }
        if (command.identifiedOn().isAfter(today)) {
            return Decision.reject(Rejection.invalid(
                    command.source() == IdentificationSource.COMMUNITY_FORUM ? "forumDate" : "identifiedOn",
                    "date-in-future", "The date " + command.identifiedOn() + " lies in the future"));
        }
        if (command.source() == IdentificationSource.COMMUNITY_FORUM && isBlank(command.reason())) {
            return Decision.reject(Rejection.invalid("reason", "reason-required",
                    "A forum nomination must say why the community proposes the household"));
        }
        AreaPath area = path.get();
        return Decision.accept(new HouseholdIdentified(command.householdId(), command.source(), area.province(),
                area.district(), area.tambon(), area.village(), command.identifiedOn(), command.reason(),
                command.headIdHash(), command.houseHash(), command.surveyYear(), command.members(),
                command.annualIncomePerPerson(), command.failedIndicators()));
    }

    public static Household rehydrate(List<HouseholdEvent> events) {
        Household household = null;
        for (HouseholdEvent event : events) {
            household = apply(household, event);
        }
        if (household == null) {
            throw new IllegalArgumentException("a household's history starts with HouseholdIdentified");
        }
        return household;
    }

    static Household apply(Household current, HouseholdEvent event) {
        return switch (event) {
            case HouseholdIdentified e -> new Household(e.householdId(), HouseholdStatus.IDENTIFIED, e.source(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.identifiedOn());
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String id() {
        return id;
    }

    public HouseholdStatus status() {
        return status;
    }

    public IdentificationSource source() {
        return source;
    }

    public AreaPath area() {
        return area;
    }

    public LocalDate identifiedOn() {
        return identifiedOn;
    }
}
