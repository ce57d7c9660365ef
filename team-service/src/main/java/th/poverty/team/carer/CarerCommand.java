package th.poverty.team.carer;

import java.time.LocalDate;
import java.util.UUID;

import th.poverty.team.household.CareHousehold;

/** What is asked of a registered carer. */
public sealed interface CarerCommand {

    /** @param household the household as team-service knows it now, with its current carer */
    record Assign(CareHousehold household, LocalDate on, UUID proposalId) implements CarerCommand {
    }

    record Release(String householdId, ReleaseReason reason, LocalDate on) implements CarerCommand {
    }
}
