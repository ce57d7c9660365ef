package th.poverty.team.care;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.Areas;
import th.poverty.domain.Label;

/** Who cares for a household now, and who did before: a household has at most one carer at a time. */
public record HouseholdCareView(
        String householdId,
        AreaView area,
        Label status,
        LocalDate identifiedOn,
        Spell carer,
        List<Spell> formerCarers) {

    public record Spell(String carerId, String name, Label role, LocalDate assignedOn, LocalDate releasedOn,
                        Label release) {
    }

    static HouseholdCareView of(HouseholdCare.Record record, Areas areas) {
        var household = record.household();
        List<Spell> spells = record.spells().stream()
                .map(s -> new Spell(s.carerId(), s.name(), s.role().label(), s.assignedOn(), s.releasedOn(),
                        s.release() == null ? null : s.release().label()))
                .toList();
        return new HouseholdCareView(household.householdId(), AreaView.of(household.area(), areas),
                household.status().label(), record.identifiedOn(),
                spells.stream().filter(s -> s.releasedOn() == null).findFirst().orElse(null),
                spells.stream().filter(s -> s.releasedOn() != null).toList());
    }
}
