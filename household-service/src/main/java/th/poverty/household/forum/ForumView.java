package th.poverty.household.forum;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.Areas;

/** A forum's record as the API shows it. */
public record ForumView(String forumId, AreaView village, LocalDate heldOn, int attendance, List<String> confirmed,
                        List<String> dismissed, List<String> nominated) {

    static ForumView of(Forum forum, Areas areas) {
        return new ForumView(forum.id(), AreaView.of(forum.village(), areas), forum.heldOn(), forum.attendance(),
                forum.confirmed(), forum.dismissed(), forum.nominated());
    }
}
