package th.poverty.household.forum;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import th.poverty.area.AreaPath;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.household.forum.ForumEvent.ForumHeld;

/**
 * A village forum's record, held once: the village verifies its survey candidates and proposes
 * households in one sitting (guideline step 1, items 3-4).
 */
public record Forum(String id, AreaPath village, LocalDate heldOn, int attendance, List<String> confirmed,
                    List<String> dismissed, List<String> nominated) {

    /**
     * Records a forum that decided something: a date not ahead, and no household both confirmed
     * and dismissed, or listed twice.
     */
    public static Decision<ForumEvent> hold(String forumId, AreaPath village, LocalDate heldOn, int attendance,
                                            List<String> confirmed, List<String> dismissed, List<String> nominated,
                                            LocalDate today) {
        return problem(heldOn, confirmed, dismissed, nominated.size(), today)
                .<Decision<ForumEvent>>map(Decision::reject)
                .orElseGet(() -> Decision.accept(new ForumHeld(forumId, village.province(), village.district(),
                        village.tambon(), village.village(), heldOn, attendance, confirmed, dismissed, nominated)));
    }

    /** What makes a record unable to stand, checked before any household is looked up. */
    public static Optional<Rejection> problem(LocalDate heldOn, List<String> confirmed, List<String> dismissed,
                                              int nominations, LocalDate today) {
        Optional<Rejection> wrongDate = FactDate.problem("heldOn", heldOn, today);
        if (wrongDate.isPresent()) {
            return wrongDate;
        }
        if (confirmed.isEmpty() && dismissed.isEmpty() && nominations == 0) {
            return Optional.of(Rejection.invalid(null, "nothing-decided",
                    "A forum record confirms, dismisses or nominates at least one household"));
        }
        Set<String> seen = new HashSet<>();
        for (String household : Stream.concat(confirmed.stream(), dismissed.stream()).toList()) {
            if (!seen.add(household)) {
                return Optional.of(Rejection.invalid(null, "household-listed-twice",
                        "Household " + household + " is listed more than once: a forum either confirms or dismisses it"));
            }
        }
        return Optional.empty();
    }

    public static Forum apply(Forum forum, ForumEvent event) {
        return switch (event) {
            case ForumHeld e -> new Forum(e.forumId(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.heldOn(),
                    e.attendance(), e.confirmed(), e.dismissed(), e.nominated());
        };
    }
}
