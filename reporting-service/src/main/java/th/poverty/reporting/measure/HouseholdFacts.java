package th.poverty.reporting.measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import th.poverty.area.AreaPath;
import th.poverty.area.FiscalYear;
import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.household.HouseholdEvent.CandidateConfirmed;
import th.poverty.reporting.household.HouseholdEvent.CandidateDismissed;
import th.poverty.reporting.household.HouseholdEvent.HouseholdAssessed;
import th.poverty.reporting.household.HouseholdEvent.HouseholdClassified;
import th.poverty.reporting.household.HouseholdEvent.HouseholdClosed;
import th.poverty.reporting.household.HouseholdEvent.HouseholdDetailsCorrected;
import th.poverty.reporting.household.HouseholdEvent.HouseholdGraduated;
import th.poverty.reporting.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.reporting.household.HouseholdEvent.HouseholdReopened;
import th.poverty.reporting.household.HouseholdEvent.HouseholdResurveyed;
import th.poverty.reporting.household.HouseholdEvent.HouseholdTargeted;
import th.poverty.reporting.household.HouseholdEvent.HouseholdVisited;
import th.poverty.reporting.household.HouseholdGroup;
import th.poverty.reporting.household.IdentificationSource;
import th.poverty.reporting.plan.PlanEvent;
import th.poverty.reporting.plan.PlanEvent.AssistanceDelivered;
import th.poverty.reporting.plan.PlanEvent.IncomeRecorded;
import th.poverty.reporting.plan.PlanEvent.PlanAgreed;
import th.poverty.reporting.plan.PlanEvent.PlanClosed;
import th.poverty.reporting.plan.PlanEvent.PlanCompleted;
import th.poverty.reporting.plan.PlanEvent.PlanDrafted;
import th.poverty.reporting.problem.ProblemEvent;
import th.poverty.reporting.team.TeamEvent;
import th.poverty.reporting.team.TeamEvent.CarerAssigned;
import th.poverty.reporting.team.TeamEvent.CarerRegistered;
import th.poverty.reporting.team.TeamEvent.CarerReleased;
import th.poverty.survey.IndicatorSets;

/**
 * What reporting knows of one household, folded from its events of the three services. Events
 * of plan-service and team-service may come before the household's identification: they are
 * kept in the facts, and the household counts once its area is known.
 */
public final class HouseholdFacts implements Facts {

    /** Where the household stands in the programme. */
    public enum Standing {
        IN_PROGRESS, GRADUATED, CLOSED
    }

    /** Whether the household is a verified target: a survey row is a candidate until a forum or a visit says. */
    private enum Verification {
        CANDIDATE, VERIFIED, DISMISSED
    }

    private enum PlanStanding {
        DRAFT, AGREED, COMPLETED, CLOSED
    }

    private AreaPath area;
    private IdentificationSource source;
    private Verification verification;
    private boolean visited;
    private boolean assessed;
    private HouseholdGroup group;
    private Standing standing = Standing.IN_PROGRESS;
    private Standing beforeClosing = Standing.IN_PROGRESS;
    private final Map<String, PlanStanding> plans = new HashMap<>();
    private String carerId;
    private final IncomeHistory income = new IncomeHistory();
    /** The fiscal year the household was verified in: a forum nomination's, a confirmed candidate's. */
    private Integer verifiedYear;
    /** The fiscal years yearly reviews made it a target of: true where carried over, false where new. */
    private final Map<Integer, Boolean> targetYears = new TreeMap<>();
    /** The indicators the household's latest survey found it failing, by code. */
    private List<String> failingIndicators = List.of();
    private final Map<String, long[]> assistance = new TreeMap<>();
    private final HouseholdProblems problems = new HouseholdProblems();

    @Override
    public void apply(Object facts) {
        switch (facts) {
            case HouseholdEvent event -> apply(event);
            case PlanEvent event -> apply(event);
            case ProblemEvent event -> problems.apply(event);
            case TeamEvent event -> apply(event);
            default -> throw new IllegalArgumentException("not a household fact: " + facts);
        }
    }

    private void apply(HouseholdEvent event) {
        switch (event) {
            case HouseholdIdentified e -> {
                // a second identification of the same household (a twin event) changes nothing
                if (area == null) {
                    area = e.area();
                    source = e.source();
                    if (verification == null) {
                        verification = source.startsAsCandidate() ? Verification.CANDIDATE
                                : Verification.VERIFIED;
                    }
                    if (!source.startsAsCandidate()) {
                        verifiedYear = FiscalYear.ofDate(e.identifiedOn());
                    }
                    if (e.annualIncomePerPerson() != null) {
                        income.baseline(e.annualIncomePerPerson() * 100L);
                    }
                    if (e.surveyYear() != null) {
                        failingIndicators = codes(e.surveyYear(), e.failedIndicators());
                    }
                }
            }
            case HouseholdResurveyed e -> {
                // the survey measured the household's income again: its latest income as of that month
                if (e.annualIncomePerPerson() != null) {
                    income.recorded(YearMonth.from(e.surveyedOn()), e.annualIncomePerPerson() * 100L);
                }
                failingIndicators = codes(e.surveyYear(), e.failedIndicators());
            }
            case CandidateConfirmed e -> {
                verification = Verification.VERIFIED;
                if (e.confirmedOn() != null) {
                    verifiedYear = FiscalYear.ofDate(e.confirmedOn());
                }
            }
            case HouseholdTargeted e -> targetYears.put(e.fiscalYear(), e.carriedOver());
            case CandidateDismissed e -> verification = Verification.DISMISSED;
            case HouseholdVisited e -> visited = true;
            case HouseholdAssessed e -> assessed = true;
            case HouseholdClassified e -> group = e.group();
            case HouseholdDetailsCorrected e -> {
                if (e.movedTo() != null) {
                    area = e.movedTo();
                }
            }
            case HouseholdGraduated e -> {
                standing = Standing.GRADUATED;
                if (e.annualIncomePerPerson() != null) {
                    income.graduated(YearMonth.from(e.graduatedOn()), e.annualIncomePerPerson() * 100L);
                }
            }
            case HouseholdClosed e -> {
                if (standing != Standing.CLOSED) {
                    beforeClosing = standing;
                    standing = Standing.CLOSED;
                }
            }
            case HouseholdReopened e -> {
                if (standing == Standing.CLOSED) {
                    standing = beforeClosing;
                }
            }
        }
    }

    private void apply(PlanEvent event) {
        switch (event) {
            case PlanDrafted e -> plans.putIfAbsent(e.planId(), PlanStanding.DRAFT);
            case PlanAgreed e -> plans.merge(e.planId(), PlanStanding.AGREED, HouseholdFacts::later);
            case PlanCompleted e -> plans.merge(e.planId(), PlanStanding.COMPLETED, HouseholdFacts::later);
            case PlanClosed e -> plans.put(e.planId(), PlanStanding.CLOSED);
            case AssistanceDelivered e -> {
                long[] delivered = assistance.computeIfAbsent(e.kind() + "|" + e.agency(), key -> new long[2]);
                delivered[0]++;
                delivered[1] += satang(e.amountThb());
            }
            case IncomeRecorded e -> income.recorded(e.month(), satang(e.annualisedIncomePerPersonThb()));
        }
    }

    private void apply(TeamEvent event) {
        switch (event) {
            case CarerAssigned e -> carerId = e.carerId();
            case CarerReleased e -> {
                if (e.carerId().equals(carerId)) {
                    carerId = null;
                }
            }
            case CarerRegistered e -> {
                // about the carer only
            }
        }
    }

    /** A closed plan stays closed; otherwise a plan only moves forward. */
    private static PlanStanding later(PlanStanding current, PlanStanding next) {
        return current == PlanStanding.CLOSED || current.compareTo(next) > 0 ? current : next;
    }

    public AreaPath area() {
        return area;
    }

    public Standing standing() {
        return standing;
    }

    /** The household's measures now: none until it is identified. */
    @Override
    public Contribution contribution() {
        if (area == null) {
            return Contribution.NONE;
        }
        Map<String, Long> values = new HashMap<>();
        count(values, Measure.IDENTIFIED, true);
        count(values, source.fromSurveyData() ? Measure.IDENTIFIED_BMN_SURVEY
                : Measure.IDENTIFIED_COMMUNITY_FORUM, true);
        count(values, Measure.CANDIDATES, verification == Verification.CANDIDATE);
        count(values, Measure.VERIFIED, verification == Verification.VERIFIED);
        count(values, Measure.DISMISSED, verification == Verification.DISMISSED);
        count(values, Measure.VISITED, visited);
        count(values, Measure.ASSESSED, assessed);
        count(values, Measure.CLASSIFIED, group != null);
        count(values, Measure.CLASSIFIED_WELFARE, group == HouseholdGroup.WELFARE);
        count(values, Measure.CLASSIFIED_SELF_DEVELOPING, group == HouseholdGroup.SELF_DEVELOPING);
        count(values, Measure.WITH_PLAN, plans.values().stream().anyMatch(plan -> plan != PlanStanding.CLOSED));
        boolean agreed = plans.values().stream().anyMatch(plan -> plan == PlanStanding.AGREED || plan == PlanStanding.COMPLETED);
        count(values, Measure.MOU_SIGNED, agreed);
        count(values, Measure.WITH_CARER, carerId != null);
        boolean needsCarer = verification == Verification.VERIFIED && standing == Standing.IN_PROGRESS
                && (agreed || group == HouseholdGroup.WELFARE);
        count(values, Measure.WITHOUT_CARER, needsCarer && carerId == null);
        count(values, Measure.GRADUATED, standing == Standing.GRADUATED);
        count(values, Measure.CLOSED, standing == Standing.CLOSED);
        income.uplift().ifPresent(uplift -> {
            values.put(Measure.INCOME_MEASURED.name(), 1L);
            values.put(Measure.INCOME_BASELINE_SATANG.name(), uplift.baselineSatang());
            values.put(Measure.INCOME_LATEST_SATANG.name(), uplift.latestSatang());
            values.put(IncomeBand.key(IncomeBand.Series.BASELINE, uplift.baselineSatang()), 1L);
            values.put(IncomeBand.key(IncomeBand.Series.LATEST, uplift.latestSatang()), 1L);
        });
        assistance.forEach((kindAndAgency, delivered) -> {
            String[] key = kindAndAgency.split("\\|", 2);
            values.put(AssistanceMeasure.key(AssistanceMeasure.Metric.DELIVERIES, key[0], key[1]), delivered[0]);
            values.put(AssistanceMeasure.key(AssistanceMeasure.Metric.HOUSEHOLDS, key[0], key[1]), 1L);
            values.put(AssistanceMeasure.key(AssistanceMeasure.Metric.SATANG, key[0], key[1]), delivered[1]);
        });
        problems.count(values);
        firstTargetYear().ifPresent(year -> values.put(YearTargetMeasure.key(year, YearTargetMeasure.Kind.NEW), 1L));
        targetYears.forEach((year, carriedOver) -> {
            if (carriedOver) {
                values.put(YearTargetMeasure.key(year, YearTargetMeasure.Kind.CARRIED_OVER), 1L);
            }
        });
        if (standing == Standing.IN_PROGRESS && verification != Verification.DISMISSED) {
            failingIndicators.forEach(code -> values.put(IndicatorMeasure.key(code), 1L));
        }
        return new Contribution(area, values);
    }

    /**
     * The year the household was first a target: the one a review proposed it for, or else the
     * one it was verified in. A candidate a review verifies at its forum is next year's target.
     */
    private Optional<Integer> firstTargetYear() {
        return targetYears.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst()
                .or(() -> verification == Verification.VERIFIED ? Optional.ofNullable(verifiedYear) : Optional.empty());
    }

    /** A survey's failed indicators as codes of its round; a number the round lacks counts for none. */
    private static List<String> codes(int surveyYear, List<Integer> failed) {
        return failed == null ? List.of() : failed.stream().map(n -> IndicatorSets.bmn().indicator(surveyYear, n))
                .flatMap(Optional::stream).map(IndicatorSets.Indicator::code).distinct().toList();
    }

    private static void count(Map<String, Long> values, Measure measure, boolean counted) {
        if (counted) {
            values.put(measure.name(), 1L);
        }
    }

    static long satang(BigDecimal thb) {
        return thb.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
