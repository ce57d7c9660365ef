package th.poverty.team.carer;

import java.time.LocalDate;
import java.util.UUID;

import th.poverty.team.household.CareHousehold;

/** What is asked of a registered carer. */
public sealed interface CarerCommand {

    /**
     * @param household the household as team-service knows it now, with its current carer
     * @param cap       the most households a carer cares for in the carer's province on {@code on}
     */
    record Assign(CareHousehold household, LocalDate on, UUID proposalId, int cap) implements CarerCommand {
    }

    record Release(String householdId, ReleaseReason reason, LocalDate on) implements CarerCommand {
    }

    /** The carer visited a household it cares for: what was seen, and when the next visit is due. */
    record RecordVisit(String householdId, LocalDate visitedOn, String seen, LocalDate nextVisitDue, LocalDate today)
            implements CarerCommand {
    }

    /** The person who signs in as {@code account} (their token's subject) is this carer. */
    record LinkAccount(String account) implements CarerCommand {
    }
}
