package th.poverty.household.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.poverty.area.AreaPath;
import th.poverty.domain.Decision;
import th.poverty.household.ClosureReason;
import th.poverty.household.HouseholdStatus;
import th.poverty.household.review.YearReviewEvent.Leaving;
import th.poverty.household.review.YearReviewEvent.YearReviewHeld;

/** A village's yearly review as plain Java: what it must decide, when, and the district's turn. */
class YearReviewRulesTest {

    private static final AreaPath VILLAGE = new AreaPath("24", "2401", "240101", "24010101");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final VillageHouseholds HOUSEHOLDS = new VillageHouseholds(Map.of(
            "h-1", HouseholdStatus.CLASSIFIED, "h-2", HouseholdStatus.IDENTIFIED, "c-1", HouseholdStatus.CANDIDATE,
            "g-1", HouseholdStatus.GRADUATED), List.of("g-1"));

    private static YearReview.Hold hold(LocalDate heldOn, List<String> carriedOver, List<Leaving> left, List<String> proposed) {
        return new YearReview.Hold(VILLAGE, 2569, heldOn, 40, carriedOver, left, proposed);
    }

    private static String refusal(Decision<YearReviewEvent> decision) {
        return ((Decision.Rejected<YearReviewEvent>) decision).rejection().code();
    }

    @Test
    void aReviewDecidesEveryHouseholdInTheProgrammeAndRecordsThoseThatGraduated() {
        var held = (YearReviewHeld) YearReview.hold(null, hold(TODAY, List.of("h-1"),
                List.of(new Leaving("h-2", ClosureReason.WITHDREW)), List.of("c-1")), HOUSEHOLDS, TODAY).eventsOrThrow().getFirst();

        assertThat(held.reviewId()).isEqualTo("year-review:24010101:2569");
        assertThat(held.graduated()).containsExactly("g-1");
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1"), List.of(), List.of()), HOUSEHOLDS, TODAY)))
                .isEqualTo("households-not-reviewed");
    }

    @Test
    void eachListTakesOnlyTheHouseholdsItIsFor() {
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1", "h-2", "c-1"), List.of(), List.of()), HOUSEHOLDS,
                TODAY))).isEqualTo("not-in-programme");
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1"), List.of(), List.of("h-2")), HOUSEHOLDS,
                TODAY))).isEqualTo("not-a-candidate");
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1", "h-2", "x-9"), List.of(), List.of()), HOUSEHOLDS,
                TODAY))).isEqualTo("not-in-village");
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1", "h-2"), List.of(new Leaving("h-1",
                ClosureReason.MOVED)), List.of()), HOUSEHOLDS, TODAY))).isEqualTo("household-listed-twice");
        assertThat(refusal(YearReview.hold(null, hold(TODAY, List.of("h-1"), List.of(new Leaving("h-2",
                ClosureReason.DUPLICATE)), List.of()), HOUSEHOLDS, TODAY))).isEqualTo("closure-not-at-review");
    }

    @Test
    void aYearIsReviewedFromJulyToTheFollowingDecemberAndNotAhead() {
        var everyone = List.of("h-1", "h-2");
        assertThat(refusal(YearReview.hold(null, hold(LocalDate.of(2026, 6, 30), everyone, List.of(), List.of()), HOUSEHOLDS,
                TODAY))).isEqualTo("outside-review-window");
        assertThat(YearReview.hold(null, hold(LocalDate.of(2026, 7, 1), everyone, List.of(), List.of()), HOUSEHOLDS, TODAY))
                .isInstanceOf(Decision.Accepted.class);
        assertThat(YearReview.windowEnd(2569)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(refusal(YearReview.hold(null, hold(TODAY.plusDays(1), everyone, List.of(), List.of()), HOUSEHOLDS,
                TODAY))).isNotEqualTo("outside-review-window").isNotNull();
    }

    @Test
    void theDistrictApprovesOrReturnsAHeldReviewOnceAndAReturnedOneIsHeldAgain() {
        var everyone = hold(TODAY, List.of("h-1", "h-2"), List.of(), List.of());
        YearReview held = YearReview.apply(null, YearReview.hold(null, everyone, HOUSEHOLDS, TODAY).eventsOrThrow().getFirst());

        assertThat(refusal(YearReview.hold(held, everyone, HOUSEHOLDS, TODAY))).isEqualTo("year-reviewed");
        assertThat(refusal(held.approve(TODAY.minusDays(1), TODAY))).isEqualTo("before-the-forum");
        YearReview approved = YearReview.apply(held, held.approve(TODAY, TODAY).eventsOrThrow().getFirst());
        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.nextFiscalYear()).isEqualTo(2570);
        assertThat(refusal(approved.sendBack(TODAY, TODAY))).isEqualTo("review-not-held");

        YearReview returned = YearReview.apply(held, held.sendBack(TODAY, TODAY).eventsOrThrow().getFirst());
        assertThat(YearReview.hold(returned, everyone, HOUSEHOLDS, TODAY)).isInstanceOf(Decision.Accepted.class);
    }
}
