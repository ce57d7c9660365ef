package th.poverty.household;

import java.time.LocalDate;

import th.poverty.area.Area;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;

/** A household as the API shows it: state, labels in Thai and English, the head with the ID masked. */
public record HouseholdView(
        String householdId,
        Label status,
        Label source,
        AreaView area,
        LocalDate identifiedOn,
        Label group,
        Integer members,
        int visits,
        boolean povertyCausesRecorded,
        boolean povertyCausesAcknowledged,
        Label closure,
        String duplicateOf,
        boolean personalDataErased,
        HeadView head,
        long version) {

    public record Label(String code, String th, String en) {
    }

    public record Place(String code, String nameTh) {
    }

    public record AreaView(Place province, Place district, Place tambon, Place village) {
        static AreaView of(AreaPath path, Areas areas) {
            return new AreaView(place(path.province(), areas), place(path.district(), areas), place(path.tambon(), areas),
                    place(path.village(), areas));
        }

        private static Place place(String code, Areas areas) {
            return new Place(code, areas.find(code).map(Area::nameTh).orElse(null));
        }
    }

    /**
     * The head as the caller may see them (see {@link PersonalDataReads}): the national ID masked
     * unless the caller's role verifies identities.
     */
    public record HeadView(String firstName, String lastName, String nationalId, String phone, String address) {
    }

    static HouseholdView of(Household household, long version, HeadView head, Areas areas) {
        return new HouseholdView(
                household.id(),
                new Label(household.status().name(), household.status().labelTh(), household.status().labelEn()),
                new Label(household.source().name(), household.source().labelTh(), household.source().labelEn()),
                AreaView.of(household.area(), areas),
                household.identifiedOn(),
                household.group() == null ? null
                        : new Label(household.group().name(), household.group().labelTh(), household.group().labelEn()),
                household.members(),
                household.visits(),
                household.causesRecorded(),
                household.causesAcknowledged(),
                household.closure() == null ? null
                        : new Label(household.closure().name(), household.closure().labelTh(), household.closure().labelEn()),
                household.duplicateOf(),
                household.personalDataErased(),
                head,
                version);
    }
}
