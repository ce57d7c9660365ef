package th.poverty.household.review;

import java.time.LocalDate;
import java.util.List;

import th.poverty.household.ClosureReason;

/** What happens to a village's yearly review. Households appear by id only; no one attending is named. */
public sealed interface YearReviewEvent {

    String reviewId();

    /**
     * A village forum reviewed the fiscal year (เวทีประชาคมทบทวน), guideline step 4: which of its
     * households go on into the next year, which leave, which candidates it proposes as next year's
     * targets; and, as the record has them, those that left poverty in the year.
     *
     * @param fiscalYear  the fiscal year (B.E.) reviewed; the lists decide the one after
     * @param carriedOver targets that go on, with their plan and carer
     * @param left        households that leave the programme without graduating, and why
     * @param proposed    survey candidates the forum verifies and proposes as new targets
     * @param graduated   the village's households that left poverty in the fiscal year
     */
    record YearReviewHeld(String reviewId, String provinceCode, String districtCode, String tambonCode,
                          String villageCode, int fiscalYear, LocalDate heldOn, int attendance, List<String> carriedOver,
                          List<Leaving> left, List<String> proposed, List<String> graduated) implements YearReviewEvent {

        public YearReviewHeld {
            carriedOver = List.copyOf(carriedOver);
            left = List.copyOf(left);
            proposed = List.copyOf(proposed);
            graduated = List.copyOf(graduated);
        }
    }

    /** A household the review lets go, and why. */
    record Leaving(String householdId, ClosureReason closure) {
    }

    /** The district approved the review: each household's decision is recorded on it. */
    record YearReviewApproved(String reviewId, LocalDate approvedOn) implements YearReviewEvent {
    }

    /** The district sent the review back, saying why (the reason): the village holds it again. */
    record YearReviewReturned(String reviewId, LocalDate returnedOn) implements YearReviewEvent {
    }
}
