package th.poverty.plan.problems;

import java.math.BigDecimal;
import java.time.LocalDate;

import th.poverty.domain.Dimension;
import th.poverty.domain.FreeText;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.compass.AssistanceKind;

/**
 * What happens to a household's problem or welfare referral, in ThaiQM's words. Every event names
 * the problem, its household, its dimension and the agency (by registry code) it is with, so a
 * consumer counts by dimension and agency from the events alone. The why is the metadata's reason.
 * Documented for consumers in {@code asyncapi.yaml}.
 */
public sealed interface ProblemEvent {

    String problemId();

    String householdId();

    Dimension dimension();

    /**
     * A problem of the household was found.
     *
     * @param descriptionCode what the problem is, as a code: {@code BMN-2565-17} (the round's first
     *                        survey year and the indicator), {@code FOLDER-INCOME-1} (the first Family
     *                        Folder cause in the dimension), {@code WELFARE-BEDRIDDEN_CARE}
     * @param welfareNeed     the need a welfare referral meets; null for any other problem
     */
    record ProblemIdentified(String problemId, String householdId, Dimension dimension, ProblemOrigin origin,
                             String descriptionCode, WelfareNeed welfareNeed, LocalDate identifiedOn) implements ProblemEvent {
    }

    /**
     * The problem was sent to the agency responsible, by the province's routing table or, with a
     * reason, by the district ({@code rerouted}).
     *
     * @param previousAgency the agency it was with before, or null
     */
    record ProblemRouted(String problemId, String householdId, Dimension dimension, String agency, String previousAgency,
                         LocalDate routedOn, LocalDate dueOn, boolean rerouted) implements ProblemEvent {
    }

    /** The agency took the problem on. */
    record ProblemAccepted(String problemId, String householdId, Dimension dimension, String agency, LocalDate acceptedOn)
            implements ProblemEvent {
    }

    /** The agency gave the problem back to the district, saying why; it waits to be routed again. */
    record ProblemDeclined(String problemId, String householdId, Dimension dimension, String agency, LocalDate declinedOn)
            implements ProblemEvent {
    }

    /** The problem moved on: in progress, helped, solved, or cannot be solved (with a reason, for the district's forum). */
    record ProblemStatusChanged(String problemId, String householdId, Dimension dimension, String agency,
                                ProblemStatus status, LocalDate changedOn) implements ProblemEvent {
    }

    /** The agency delivered help for the problem: the problem is helped (ช่วยเหลือแล้ว). */
    record ProblemHelped(String problemId, String householdId, Dimension dimension, String agency, AssistanceKind kind,
                         BigDecimal amountThb, LocalDate helpedOn, @FreeText String description) implements ProblemEvent {
    }

    /** An activity of the household's compass, in its agencies' part, answers the problem. */
    record ProblemLinked(String problemId, String householdId, Dimension dimension, String planId, String activityId)
            implements ProblemEvent {
    }
}
