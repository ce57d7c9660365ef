package th.poverty.team.carer;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.team.cap.CarerCap;

/** A carer as the API shows it: who, where, and the households cared for now against the limit of three. */
public record CarerView(
        String carerId,
        String name,
        Label role,
        AreaView area,
        String teamId,
        String memberId,
        List<Household> households,
        int caredFor,
        int capacity,
        int freePlaces,
        long version) {

    public record Household(String householdId, Place village, LocalDate since) {
    }

    /** @param cap the carer's province's cap in force today */
    public static CarerView of(Carer carer, long version, int cap, Areas areas) {
        int caredFor = carer.households().size();
        return new CarerView(carer.id(), carer.name(), carer.role().label(), AreaView.of(carer.area(), areas),
                carer.teamId(), carer.memberId(),
                carer.households().stream()
                        .map(h -> new Household(h.householdId(), AreaView.place(h.villageCode(), areas), h.since()))
                        .toList(),
                caredFor, cap, CarerCap.freePlaces(caredFor, cap), version);
    }
}
