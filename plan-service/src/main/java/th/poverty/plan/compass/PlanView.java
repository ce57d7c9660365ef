package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import th.poverty.domain.Label;

/**
 * A plan as the API shows it: where it stands, its current version with each activity's
 * latest progress, the MOU, the latest income and the help delivered so far. Everything in it
 * comes from the plan's own events, so it is stored ready to send; where the household lives is
 * household-service's to show.
 *
 * @param version the stream version: send it back as If-Match to change the plan
 */
public record PlanView(
        String planId,
        String householdId,
        Label careGroup,
        Label status,
        LocalDate draftedOn,
        int planVersion,
        ContentView content,
        AgreementView agreement,
        MonthlyIncome latestIncome,
        AssistanceSoFar assistance,
        LocalDate endedOn,
        Label closure,
        long version) {

    /** How often partner agencies delivered help under the plan, and its value in THB. */
    public record AssistanceSoFar(int deliveries, BigDecimal totalThb) {
    }

    /** The MOU: the household's signatory by role, the team's signatories by name and position. */
    public record AgreementView(int planVersion, LocalDate signedOn, String place, Label householdSignatory,
                                List<TeamSignatory> teamSignatories) {
    }

    static PlanView of(LifeCompassPlan plan, long version) {
        FollowUp followUp = plan.followUp();
        return new PlanView(plan.planId(), plan.householdId(),
                Label.of(plan.careGroup()), Label.of(plan.status()), plan.draftedOn(), plan.planVersion(),
                ContentView.of(plan.content(), followUp.progress()), agreement(plan.agreement()), followUp.latestIncome(),
                new AssistanceSoFar(followUp.assistanceDeliveries(), followUp.assistanceTotalThb()), plan.endedOn(),
                Label.of(plan.closure()), version);
    }

    private static AgreementView agreement(Agreement mou) {
        return mou == null ? null : new AgreementView(mou.planVersion(), mou.signedOn(), mou.place(),
                Label.of(mou.householdSignatory()), mou.teamSignatories());
    }
}
