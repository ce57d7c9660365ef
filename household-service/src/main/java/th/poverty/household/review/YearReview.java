package th.poverty.household.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import th.poverty.area.AreaPath;
import th.poverty.area.FiscalYear;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.household.HouseholdStatus;
import th.poverty.household.review.YearReviewEvent.Leaving;
import th.poverty.household.review.YearReviewEvent.YearReviewApproved;
import th.poverty.household.review.YearReviewEvent.YearReviewHeld;
import th.poverty.household.review.YearReviewEvent.YearReviewReturned;

/**
 * A village's review of a fiscal year (เวทีประชาคมทบทวน, guideline step 4): held by the village
 * forum at the year's end, approved by the district, which then records each household's part.
 * One per village and year; a review the district returns is held again.
 */
public record YearReview(String id, AreaPath village, int fiscalYear, LocalDate heldOn, int attendance,
                         ReviewStatus status, List<String> carriedOver, List<Leaving> left, List<String> proposed,
                         List<String> graduated) {

    /** A forum reviews its year from the year's last quarter (July) to the end of the next one's first (December). */
    static final int WINDOW_MONTHS = 3;

    /** What the village forum decided. */
    public record Hold(AreaPath village, int fiscalYear, LocalDate heldOn, int attendance, List<String> carriedOver,
                       List<Leaving> left, List<String> proposed) {
    }

    /** The review's stream: one per village and fiscal year. */
    public static String idOf(String villageCode, int fiscalYear) {
        return "year-review:" + villageCode + ":" + fiscalYear;
    }

    /**
     * Records the forum's review: within the review window; every verified household of the
     * village still in the programme carried over or leaving; only candidates proposed; each
     * household once. A village reviews a year once, unless the district returned it.
     */
    public static Decision<YearReviewEvent> hold(YearReview existing, Hold hold, VillageHouseholds households,
                                                 LocalDate today) {
        if (existing != null && existing.status != ReviewStatus.RETURNED) {
            return rule("year-reviewed", "Village " + hold.village().village() + " reviewed fiscal year "
                    + hold.fiscalYear() + " already (" + existing.status + ")");
        }
        Optional<Rejection> problem = FactDate.problem("heldOn", hold.heldOn(), today)
                .or(() -> window(hold))
                .or(() -> listed(hold, households))
                .or(() -> complete(hold, households));
        if (problem.isPresent()) {
            return Decision.reject(problem.get());
        }
        AreaPath v = hold.village();
        return Decision.accept(new YearReviewHeld(idOf(v.village(), hold.fiscalYear()), v.province(), v.district(),
                v.tambon(), v.village(), hold.fiscalYear(), hold.heldOn(), hold.attendance(), hold.carriedOver(),
                hold.left(), hold.proposed(), households.graduatedInYear()));
    }

    public Decision<YearReviewEvent> approve(LocalDate approvedOn, LocalDate today) {
        return decided("approvedOn", approvedOn, today)
                .orElseGet(() -> Decision.accept(new YearReviewApproved(id, approvedOn)));
    }

    public Decision<YearReviewEvent> sendBack(LocalDate returnedOn, LocalDate today) {
        return decided("returnedOn", returnedOn, today)
                .orElseGet(() -> Decision.accept(new YearReviewReturned(id, returnedOn)));
    }

    /** The fiscal year the review's decisions are for. */
    public int nextFiscalYear() {
        return fiscalYear + 1;
    }

    public static YearReview apply(YearReview review, YearReviewEvent event) {
        return switch (event) {
            case YearReviewHeld e -> new YearReview(e.reviewId(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.fiscalYear(),
                    e.heldOn(), e.attendance(), ReviewStatus.HELD, e.carriedOver(), e.left(), e.proposed(), e.graduated());
            case YearReviewApproved e -> review.with(ReviewStatus.APPROVED);
            case YearReviewReturned e -> review.with(ReviewStatus.RETURNED);
        };
    }

    private YearReview with(ReviewStatus newStatus) {
        return new YearReview(id, village, fiscalYear, heldOn, attendance, newStatus, carriedOver, left, proposed, graduated);
    }

    private Optional<Decision<YearReviewEvent>> decided(String field, LocalDate on, LocalDate today) {
        if (status != ReviewStatus.HELD) {
            return Optional.of(rule("review-not-held", "The review " + id + " is " + status + ", not awaiting the district"));
        }
        return FactDate.problem(field, on, today).or(() -> on.isBefore(heldOn)
                        ? Optional.of(Rejection.invalid(field, "before-the-forum", "The forum sat on " + heldOn))
                        : Optional.empty())
                .map(Decision::reject);
    }

    /** The last day a forum may review the fiscal year. */
    public static LocalDate windowEnd(int fiscalYear) {
        return FiscalYear.end(fiscalYear).plusDays(1).plusMonths(WINDOW_MONTHS).minusDays(1);
    }

    private static Optional<Rejection> window(Hold hold) {
        LocalDate from = FiscalYear.end(hold.fiscalYear()).minusMonths(WINDOW_MONTHS).plusDays(1);
        LocalDate to = windowEnd(hold.fiscalYear());
        if (hold.heldOn().isBefore(from) || hold.heldOn().isAfter(to)) {
            return Optional.of(Rejection.invalid("heldOn", "outside-review-window", "Fiscal year " + hold.fiscalYear()
                    + " is reviewed at its end, from " + from + " to " + to));
        }
        return Optional.empty();
    }

    /** Each household listed once, of the village, and in the state its list asks for. */
    private static Optional<Rejection> listed(Hold hold, VillageHouseholds households) {
        Set<String> seen = new HashSet<>();
        List<Listed> all = new ArrayList<>();
        for (int i = 0; i < hold.carriedOver().size(); i++) {
            all.add(new Listed("carriedOver[" + i + "]", hold.carriedOver().get(i), false));
        }
        for (int i = 0; i < hold.left().size(); i++) {
            Leaving leaving = hold.left().get(i);
            if (leaving.closure().pointsToAnother()) {
                return Optional.of(Rejection.invalid("left[" + i + "].closure", "closure-not-at-review",
                        "A duplicate or a merge is closed on the household itself, naming the one that carries on"));
            }
            all.add(new Listed("left[" + i + "].householdId", leaving.householdId(), false));
        }
        for (int i = 0; i < hold.proposed().size(); i++) {
            all.add(new Listed("proposed[" + i + "]", hold.proposed().get(i), true));
        }
        for (Listed household : all) {
            if (!seen.add(household.id())) {
                return Optional.of(Rejection.invalid(household.field(), "household-listed-twice",
                        "Household " + household.id() + " is listed more than once"));
            }
            HouseholdStatus status = households.statuses().get(household.id());
            if (status == null) {
                return Optional.of(Rejection.invalid(household.field(), "not-in-village", "Household " + household.id()
                        + " is not a household of village " + hold.village().village() + " in the programme"));
            }
            if (household.candidate() != (status == HouseholdStatus.CANDIDATE) || status == HouseholdStatus.GRADUATED) {
                return Optional.of(Rejection.invalid(household.field(), household.candidate() ? "not-a-candidate"
                        : "not-in-programme", "Household " + household.id() + " is " + status + ": "
                        + (household.candidate() ? "only survey candidates are proposed as new targets"
                        : "only verified households still in the programme go on or leave")));
            }
        }
        return Optional.empty();
    }

    private record Listed(String field, String id, boolean candidate) {
    }

    private static Optional<Rejection> complete(Hold hold, VillageHouseholds households) {
        Set<String> decided = new HashSet<>(hold.carriedOver());
        hold.left().forEach(l -> decided.add(l.householdId()));
        List<String> forgotten = households.inProgramme().stream().filter(id -> !decided.contains(id)).toList();
        return forgotten.isEmpty() ? Optional.empty() : Optional.of(Rejection.rule("households-not-reviewed",
                "The review decides every household of the village in the programme; not yet: "
                        + String.join(", ", forgotten)));
    }

    private static Decision<YearReviewEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }
}
