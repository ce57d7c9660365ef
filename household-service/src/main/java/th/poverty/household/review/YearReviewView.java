package th.poverty.household.review;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.household.review.YearReviewEvent.Leaving;

/** A yearly review as the API shows it. */
public record YearReviewView(String reviewId, AreaView village, int fiscalYear, int decidesFiscalYear, LocalDate heldOn,
                             int attendance, Label status, List<String> carriedOver, List<LeavingView> left,
                             List<String> proposed, List<String> graduated, long version) {

    public record LeavingView(String householdId, Label closure) {

        static LeavingView of(Leaving leaving) {
            return new LeavingView(leaving.householdId(), leaving.closure().label());
        }
    }

    static YearReviewView of(YearReview review, long version, Areas areas) {
        return new YearReviewView(review.id(), AreaView.of(review.village(), areas), review.fiscalYear(),
                review.nextFiscalYear(), review.heldOn(), review.attendance(), review.status().label(),
                review.carriedOver(), review.left().stream().map(LeavingView::of).toList(), review.proposed(),
                review.graduated(), version);
    }
}
