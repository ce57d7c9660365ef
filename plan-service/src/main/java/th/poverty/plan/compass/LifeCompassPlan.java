package th.poverty.plan.compass;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import th.poverty.area.FiscalYear;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.plan.compass.PlanCommand.AgreePlan;
import th.poverty.plan.compass.PlanCommand.ClosePlan;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanCommand.DeliverAssistance;
import th.poverty.plan.compass.PlanCommand.RecordActivityProgress;
import th.poverty.plan.compass.PlanCommand.RecordIncome;
import th.poverty.plan.compass.PlanCommand.RevisePlan;
import th.poverty.plan.compass.PlanEvent.ActivityProgressRecorded;
import th.poverty.plan.compass.PlanEvent.AssistanceDelivered;
import th.poverty.plan.compass.PlanEvent.IncomeRecorded;
import th.poverty.plan.compass.PlanEvent.PlanAgreed;
import th.poverty.plan.compass.PlanEvent.PlanClosed;
import th.poverty.plan.compass.PlanEvent.PlanCompleted;
import th.poverty.plan.compass.PlanEvent.PlanDrafted;
import th.poverty.plan.compass.PlanEvent.PlanRevised;
import th.poverty.plan.households.CareGroup;
import th.poverty.plan.households.PlanEligibility;
import th.poverty.plan.households.PlanHousehold;

/**
 * A household's life compass (เข็มทิศชีวิต) through steps 2 to 4: drafted with the household,
 * agreed by MOU, revised as life changes (every version kept), carried out in three parts and
 * followed up with progress, partner help and income, until completed or closed.
 * <p>
 * Commands check the rules and return the events they cause, or why they refuse; {@link #apply}
 * only moves the state on. The state holds the current version only, never the history, so a
 * decision costs the same however many versions came before. Dates of things that happened
 * (signing, progress, delivery, income month, completion, closing) may not lie in the future.
 *
 * @param planVersion        the content's version: 1 the draft, +1 per revision
 * @param activitiesNumbered how many activity ids the plan has given out
 * @param agreement          the MOU, null until signed
 * @param endedOn            when the plan was completed or closed
 * @param closure            why it was closed, null unless closed
 */
public record LifeCompassPlan(
        String planId,
        String householdId,
        CareGroup careGroup,
        LocalDate draftedOn,
        PlanStatus status,
        int planVersion,
        PlanContent content,
        int activitiesNumbered,
        Agreement agreement,
        FollowUp followUp,
        LocalDate endedOn,
        PlanClosure closure) {

    /** Drafts a plan for a household step 1 is done with (see {@link PlanEligibility}) and that is still open. */
    public static Decision<PlanEvent> draft(DraftPlan command, PlanHousehold household, LocalDate today) {
        var verdict = PlanEligibility.of(household);
        if (!verdict.eligible()) {
            return rule(verdict.code(), "No plan for household " + household.householdId() + ": " + verdict.reason());
        }
        Optional<Rejection> wrongDate = FactDate.problem("draftedOn", command.draftedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        Rejection wrong = PlanContentRules.violation(command.content(), PlanContent.NONE, today);
        if (wrong != null) {
            return Decision.reject(wrong);
        }
        return Decision.accept(new PlanDrafted(command.planId(), household.householdId(), household.careGroup(),
                command.draftedOn(), 1, PlanContentRules.numbered(command.content(), 0)));
    }

    /** Decides a command on this plan, for its household as plan-service knows it now. */
    public Decision<PlanEvent> decide(PlanCommand command, PlanHousehold household, LocalDate today) {
        Rejection refused = refusedInThisState(command, household);
        if (refused != null) {
            return Decision.reject(refused);
        }
        return switch (command) {
            case AgreePlan agree -> agree(agree, today);
            case RevisePlan revise -> revise(revise, today);
            case RecordActivityProgress progress -> recordProgress(progress, today);
            case DeliverAssistance assistance -> deliver(assistance, today);
            case RecordIncome income -> recordIncome(income, today);
            case CompletePlan completion -> complete(completion, today);
            case ClosePlan closing -> close(closing, today);
        };
    }

    /**
     * A closed plan takes nothing more; a completed one only income, which is followed until the
     * household graduates. A closed household's plan can only be closed. The work of step 3
     * (progress, assistance, completion) starts once the MOU is signed.
     */
    private Rejection refusedInThisState(PlanCommand command, PlanHousehold household) {
        if (status == PlanStatus.CLOSED) {
            return Rejection.rule("plan-closed", "Plan " + planId + " is closed; draft a new plan for the household");
        }
        if (status == PlanStatus.COMPLETED && !(command instanceof RecordIncome)) {
            return Rejection.rule("plan-completed", "Plan " + planId + " is completed; only income is still recorded on it");
        }
        if (household.closed() && !(command instanceof ClosePlan)) {
            return Rejection.rule("household-closed", "Household " + householdId + " is closed: its plan can only be closed");
        }
        boolean afterMou = command instanceof RecordActivityProgress || command instanceof DeliverAssistance
                || command instanceof CompletePlan;
        if (afterMou && status == PlanStatus.DRAFT) {
            return Rejection.rule("plan-not-agreed", "The household and the team sign the MOU before the plan is carried out");
        }
        return null;
    }

    private Decision<PlanEvent> agree(AgreePlan agree, LocalDate today) {
        if (status == PlanStatus.AGREED) {
            return rule("already-agreed", "The MOU was signed on " + agreement.signedOn() + "; change the plan by revision");
        }
        Rejection wrongDate = sinceDrafting("signedOn", agree.signedOn(), today);
        if (wrongDate != null) {
            return Decision.reject(wrongDate);
        }
        if (PlanContentRules.isBlank(agree.place())) {
            return invalid("place", "place-required", "Say where the MOU was signed");
        }
        if (agree.householdSignatory() == null || !agree.householdSigned()) {
            return invalid("householdSigned", "household-must-sign",
                    "The MOU commits the household: its head or representative signs it");
        }
        if (agree.teamSignatories().isEmpty()) {
            return invalid("teamSignatories", "team-must-sign", "The MOU commits the team too: at least one of it signs");
        }
        return Decision.accept(new PlanAgreed(planId, householdId, planVersion, agree.signedOn(), agree.place(),
                agree.householdSignatory(), agree.teamSignatories()));
    }

    private Decision<PlanEvent> revise(RevisePlan revise, LocalDate today) {
        if (PlanContentRules.isBlank(revise.reason())) {
            return invalid("reason", "reason-required", "A revision says why the plan changes");
        }
        Rejection wrong = PlanContentRules.violation(revise.content(), content, today);
        if (wrong != null) {
            return Decision.reject(wrong);
        }
        PlanContent revised = PlanContentRules.numbered(revise.content(), activitiesNumbered);
        List<Change> changes = PlanChanges.between(content, revised);
        if (changes.isEmpty()) {
            return invalid("content", "nothing-changed", "The revision is the same as version " + planVersion);
        }
        return Decision.accept(new PlanRevised(planId, householdId, planVersion + 1, revise.reason(), changes, revised));
    }

    private Decision<PlanEvent> recordProgress(RecordActivityProgress progress, LocalDate today) {
        if (content.activity(progress.activityId()).isEmpty()) {
            return unknownActivity(progress.activityId());
        }
        Rejection wrongDate = sinceAgreement("progressOn", progress.progressOn(), today);
        if (wrongDate != null) {
            return Decision.reject(wrongDate);
        }
        return Decision.accept(new ActivityProgressRecorded(planId, householdId, progress.activityId(), progress.status(),
                progress.progressOn(), progress.note()));
    }

    private Decision<PlanEvent> deliver(DeliverAssistance assistance, LocalDate today) {
        if (PlanContentRules.isBlank(assistance.agency())) {
            return invalid("agency", "agency-required", "Say which agency delivered the help");
        }
        if (assistance.amountThb() == null || Baht.negative(assistance.amountThb())) {
            return Decision.reject(PlanContentRules.negative("amountThb"));
        }
        Rejection wrongDate = sinceDrafting("deliveredOn", assistance.deliveredOn(), today);
        if (wrongDate != null) {
            return Decision.reject(wrongDate);
        }
        if (assistance.activityId() != null && content.activity(assistance.activityId()).isEmpty()) {
            return unknownActivity(assistance.activityId());
        }
        return Decision.accept(new AssistanceDelivered(planId, householdId, assistance.agency(), assistance.kind(),
                Baht.of(assistance.amountThb()), assistance.deliveredOn(), assistance.activityId(),
                assistance.description()));
    }

    private Decision<PlanEvent> recordIncome(RecordIncome income, LocalDate today) {
        if (income.month().isAfter(YearMonth.from(today))) {
            return invalid("month", "date-in-future", "The month " + income.month() + " has not come yet");
        }
        if (income.householdMembers() < 1) {
            return invalid("householdMembers", "no-members", "Income per person needs at least one member");
        }
        for (int i = 0; i < income.sources().size(); i++) {
            IncomeSource source = income.sources().get(i);
            if (source.monthlyAmountThb() == null || Baht.negative(source.monthlyAmountThb())) {
                return Decision.reject(PlanContentRules.negative("sources[" + i + "].monthlyAmountThb"));
            }
        }
        var measured = MonthlyIncome.measure(income.month(), income.householdMembers(), income.sources());
        return Decision.accept(new IncomeRecorded(planId, householdId, income.month(),
                FiscalYear.ofDate(income.month().atDay(1)), income.householdMembers(), income.sources(),
                measured.monthlyIncomeThb(), measured.monthlyIncomePerPersonThb(), measured.annualisedIncomePerPersonThb(),
                followUp.measuredIn(income.month())));
    }

    private Decision<PlanEvent> complete(CompletePlan completion, LocalDate today) {
        Rejection wrongDate = sinceAgreement("completedOn", completion.completedOn(), today);
        if (wrongDate != null) {
            return Decision.reject(wrongDate);
        }
        return Decision.accept(new PlanCompleted(planId, householdId, planVersion, completion.completedOn()));
    }

    private Decision<PlanEvent> close(ClosePlan closing, LocalDate today) {
        if (PlanContentRules.isBlank(closing.reason())) {
            return invalid("reason", "reason-required", "Say why the plan is closed");
        }
        Rejection wrongDate = sinceDrafting("closedOn", closing.closedOn(), today);
        if (wrongDate != null) {
            return Decision.reject(wrongDate);
        }
        return Decision.accept(new PlanClosed(planId, householdId, closing.closedOn(), closing.closure()));
    }

    /** The plan after one more event: only moves the state on. PlanDrafted starts it from null. */
    public static LifeCompassPlan apply(LifeCompassPlan p, PlanEvent event) {
        return switch (event) {
            case PlanDrafted e -> new LifeCompassPlan(e.planId(), e.householdId(), e.careGroup(), e.draftedOn(),
                    PlanStatus.DRAFT, e.planVersion(), e.content(), PlanContentRules.highestNumber(e.content(), 0), null,
                    FollowUp.NONE, null, null);
            case PlanAgreed e -> new LifeCompassPlan(p.planId, p.householdId, p.careGroup, p.draftedOn, PlanStatus.AGREED,
                    p.planVersion, p.content, p.activitiesNumbered, new Agreement(e.planVersion(), e.signedOn(), e.place(),
                    e.householdSignatory(), e.teamSignatories()), p.followUp, p.endedOn, p.closure);
            case PlanRevised e -> new LifeCompassPlan(p.planId, p.householdId, p.careGroup, p.draftedOn, p.status,
                    e.planVersion(), e.content(), PlanContentRules.highestNumber(e.content(), p.activitiesNumbered),
                    p.agreement, p.followUp, p.endedOn, p.closure);
            case ActivityProgressRecorded e -> p.following(p.followUp.progressed(e.activityId(),
                    new ActivityProgress(e.status(), e.progressOn(), e.note())));
            case AssistanceDelivered e -> p.following(p.followUp.assisted(e.amountThb()));
            case IncomeRecorded e -> p.following(p.followUp.measured(new MonthlyIncome(e.month(), e.householdMembers(),
                    e.monthlyIncomeThb(), e.monthlyIncomePerPersonThb(), e.annualisedIncomePerPersonThb())));
            case PlanCompleted e -> p.ended(PlanStatus.COMPLETED, e.completedOn(), null);
            case PlanClosed e -> p.ended(PlanStatus.CLOSED, e.closedOn(), e.closure());
        };
    }

    private LifeCompassPlan following(FollowUp next) {
        return new LifeCompassPlan(planId, householdId, careGroup, draftedOn, status, planVersion, content,
                activitiesNumbered, agreement, next, endedOn, closure);
    }

    private LifeCompassPlan ended(PlanStatus end, LocalDate on, PlanClosure why) {
        return new LifeCompassPlan(planId, householdId, careGroup, draftedOn, end, planVersion, content,
                activitiesNumbered, agreement, followUp, on, why);
    }

    /** A date of something that happened since the plan was drafted; null if it is one. */
    private Rejection sinceDrafting(String field, LocalDate date, LocalDate today) {
        return FactDate.problem(field, date, today, draftedOn, "before-drafting", "the plan was drafted").orElse(null);
    }

    /** A date of something that happened since the plan was agreed; null if it is one. */
    private Rejection sinceAgreement(String field, LocalDate date, LocalDate today) {
        return FactDate.problem(field, date, today, agreement.signedOn(), "before-agreement", "the plan was agreed")
                .orElse(null);
    }

    private static Decision<PlanEvent> unknownActivity(String activityId) {
        return invalid("activityId", "unknown-activity", "The plan has no activity " + activityId);
    }

    private static Decision<PlanEvent> invalid(String field, String code, String message) {
        return Decision.reject(Rejection.invalid(field, code, message));
    }

    private static Decision<PlanEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }
}
