package th.poverty.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.poverty.reporting.measure.AssistanceMeasure;
import th.poverty.reporting.measure.IncomeBand;
import th.poverty.reporting.measure.Measure;

/**
 * An area's progress in the terms of step 5: the funnel from identification to graduation,
 * carer coverage, income uplift, the help partner agencies delivered, the households' problems
 * by dimension and agency, and the BMN indicators they fail. Read from the area's counts, so it costs the same for a village and for
 * the whole country.
 */
public record Figures(
        Identified identified,
        long visited,
        long assessed,
        Classified classified,
        long withPlan,
        long mouSigned,
        long withCarer,
        long graduated,
        long closed,
        CarerCoverage carers,
        IncomeUplift income,
        List<Assistance> assistance,
        Problems problems,
        List<FailingIndicator> failingIndicators) {

    public Figures {
        // reports closed before problems and indicators were counted were frozen without them
        problems = problems == null ? Problems.NONE : problems;
        failingIndicators = failingIndicators == null ? List.of() : List.copyOf(failingIndicators);
    }

    /** Households identified (step 1, ชี้เป้าชีวิต): from the BMN survey (จปฐ.) or a community forum (เวทีประชาคม). */
    /**
     * Households identified, by source, and where verification stands: survey candidates still
     * to verify, verified targets (confirmed candidates and forum nominations), dismissed ones.
     */
    public record Identified(long total, long bmnSurvey, long communityForum, long candidates, long verified,
                             long dismissed) {
    }

    /** Households by group: ก welfare (สงเคราะห์), ข able to develop itself (พัฒนาตนเองได้). */
    public record Classified(long total, long welfare, long selfDeveloping) {
    }

    /**
     * One carer for at most three households (step 4).
     *
     * @param householdsPerCarer households cared for per carer caring for any; null without one
     * @param carersOverCap      carers with more households than their province's cap (three by default): must stay zero
     */
    public record CarerCoverage(long carers, long carersCaring, long householdsCared, BigDecimal householdsPerCarer,
                                long householdsWithoutCarer, long carersOverCap) {
    }

    /**
     * Income per person per year (THB) of the households with a baseline and a later measurement:
     * means exact, medians estimated within {@value IncomeBand#WIDTH_THB}-baht bands. Null without households.
     */
    public record IncomeUplift(long households, BigDecimal baselineMean, BigDecimal baselineMedian, BigDecimal latestMean,
                               BigDecimal latestMedian, BigDecimal meanUplift, BigDecimal medianUplift) {
    }

    /** What one partner agency delivered of one kind. */
    public record Assistance(String agency, String kind, long deliveries, long households, BigDecimal amountThb) {
    }

    public static Figures of(Counts counts) {
        long measured = counts.of(Measure.INCOME_MEASURED);
        BigDecimal baselineMean = mean(counts.of(Measure.INCOME_BASELINE_SATANG), measured);
        BigDecimal latestMean = mean(counts.of(Measure.INCOME_LATEST_SATANG), measured);
        BigDecimal baselineMedian = median(counts, IncomeBand.Series.BASELINE);
        BigDecimal latestMedian = median(counts, IncomeBand.Series.LATEST);
        long caring = counts.of(Measure.CARERS_CARING);
        long cared = counts.of(Measure.CARED_HOUSEHOLDS);
        return new Figures(
                new Identified(counts.of(Measure.IDENTIFIED), counts.of(Measure.IDENTIFIED_BMN_SURVEY),
                        counts.of(Measure.IDENTIFIED_COMMUNITY_FORUM), counts.of(Measure.CANDIDATES),
                        counts.of(Measure.VERIFIED), counts.of(Measure.DISMISSED)),
                counts.of(Measure.VISITED),
                counts.of(Measure.ASSESSED),
                new Classified(counts.of(Measure.CLASSIFIED), counts.of(Measure.CLASSIFIED_WELFARE),
                        counts.of(Measure.CLASSIFIED_SELF_DEVELOPING)),
                counts.of(Measure.WITH_PLAN),
                counts.of(Measure.MOU_SIGNED),
                counts.of(Measure.WITH_CARER),
                counts.of(Measure.GRADUATED),
                counts.of(Measure.CLOSED),
                new CarerCoverage(counts.of(Measure.CARERS), caring, cared,
                        caring == 0 ? null : BigDecimal.valueOf(cared).divide(BigDecimal.valueOf(caring), 2, RoundingMode.HALF_UP),
                        counts.of(Measure.WITHOUT_CARER), counts.of(Measure.CARERS_OVER_CAP)),
                new IncomeUplift(measured, baselineMean, baselineMedian, latestMean, latestMedian,
                        minus(latestMean, baselineMean), minus(latestMedian, baselineMedian)),
                assistance(counts),
                Problems.of(counts),
                FailingIndicator.of(counts));
    }

    /** Field by field, these figures less earlier ones: what changed in between. */
    public Figures minus(Figures earlier) {
        Map<List<String>, Assistance> before = new HashMap<>();
        earlier.assistance.forEach(a -> before.put(List.of(a.agency(), a.kind()), a));
        Map<List<String>, Assistance> change = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        assistance.forEach(a -> change.put(List.of(a.agency(), a.kind()), a));
        before.forEach((key, a) -> change.putIfAbsent(key, new Assistance(a.agency(), a.kind(), 0, 0, BigDecimal.ZERO)));
        List<Assistance> delivered = new ArrayList<>();
        change.forEach((key, now) -> {
            Assistance then = before.getOrDefault(key, new Assistance(now.agency(), now.kind(), 0, 0, BigDecimal.ZERO));
            delivered.add(new Assistance(now.agency(), now.kind(), now.deliveries() - then.deliveries(),
                    now.households() - then.households(), now.amountThb().subtract(then.amountThb())));
        });
        return new Figures(
                new Identified(identified.total() - earlier.identified.total(),
                        identified.bmnSurvey() - earlier.identified.bmnSurvey(),
                        identified.communityForum() - earlier.identified.communityForum(),
                        identified.candidates() - earlier.identified.candidates(),
                        identified.verified() - earlier.identified.verified(),
                        identified.dismissed() - earlier.identified.dismissed()),
                visited - earlier.visited,
                assessed - earlier.assessed,
                new Classified(classified.total() - earlier.classified.total(),
                        classified.welfare() - earlier.classified.welfare(),
                        classified.selfDeveloping() - earlier.classified.selfDeveloping()),
                withPlan - earlier.withPlan,
                mouSigned - earlier.mouSigned,
                withCarer - earlier.withCarer,
                graduated - earlier.graduated,
                closed - earlier.closed,
                new CarerCoverage(carers.carers() - earlier.carers.carers(),
                        carers.carersCaring() - earlier.carers.carersCaring(),
                        carers.householdsCared() - earlier.carers.householdsCared(),
                        minus(carers.householdsPerCarer(), earlier.carers.householdsPerCarer()),
                        carers.householdsWithoutCarer() - earlier.carers.householdsWithoutCarer(),
                        carers.carersOverCap() - earlier.carers.carersOverCap()),
                new IncomeUplift(income.households() - earlier.income.households(),
                        minus(income.baselineMean(), earlier.income.baselineMean()),
                        minus(income.baselineMedian(), earlier.income.baselineMedian()),
                        minus(income.latestMean(), earlier.income.latestMean()),
                        minus(income.latestMedian(), earlier.income.latestMedian()),
                        minus(income.meanUplift(), earlier.income.meanUplift()),
                        minus(income.medianUplift(), earlier.income.medianUplift())),
                delivered,
                problems.minus(earlier.problems),
                FailingIndicator.minus(failingIndicators, earlier.failingIndicators));
    }

    private static List<Assistance> assistance(Counts counts) {
        Map<List<String>, long[]> delivered = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        counts.values().forEach((measure, value) -> AssistanceMeasure.parse(measure).ifPresent(key -> {
            long[] numbers = delivered.computeIfAbsent(List.of(key.agency(), key.kind()), k -> new long[3]);
            numbers[key.metric().ordinal()] += value;
        }));
        List<Assistance> list = new ArrayList<>();
        delivered.forEach((key, n) -> {
            if (n[0] != 0 || n[1] != 0 || n[2] != 0) {
                list.add(new Assistance(key.get(0), key.get(1), n[AssistanceMeasure.Metric.DELIVERIES.ordinal()],
                        n[AssistanceMeasure.Metric.HOUSEHOLDS.ordinal()],
                        BigDecimal.valueOf(n[AssistanceMeasure.Metric.SATANG.ordinal()], 2)));
            }
        });
        return list;
    }

    private static BigDecimal mean(long satang, long households) {
        return households == 0 ? null
                : BigDecimal.valueOf(satang).divide(BigDecimal.valueOf(households * 100), 2, RoundingMode.HALF_UP);
    }

    /** Linear within the band where half the households are reached. */
    static BigDecimal median(Counts counts, IncomeBand.Series series) {
        TreeMap<Integer, Long> bands = new TreeMap<>();
        counts.values().forEach((measure, value) -> IncomeBand.band(series, measure)
                .filter(band -> value > 0).ifPresent(band -> bands.put(band, value)));
        long households = bands.values().stream().mapToLong(Long::longValue).sum();
        if (households == 0) {
            return null;
        }
        double half = households / 2.0;
        long below = 0;
        for (var band : bands.entrySet()) {
            if (below + band.getValue() >= half) {
                double within = (half - below) / band.getValue();
                return BigDecimal.valueOf((band.getKey() + within) * IncomeBand.WIDTH_THB).setScale(0, RoundingMode.HALF_UP);
            }
            below += band.getValue();
        }
        return BigDecimal.valueOf((bands.lastKey() + 1L) * IncomeBand.WIDTH_THB);
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
