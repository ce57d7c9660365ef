package th.poverty.household.forum;

import java.time.LocalDate;
import java.util.List;

/** What happens to a village forum's record. Households appear by id only; no one attending is named. */
public sealed interface ForumEvent {

    String forumId();

    /**
     * A village forum (เวทีประชาคมหมู่บ้าน) was held: the survey candidates it confirmed and dismissed
     * and the households it nominated, each also an event of its own household.
     *
     * @param attendance how many people took part
     */
    record ForumHeld(
            String forumId,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            LocalDate heldOn,
            int attendance,
            List<String> confirmed,
            List<String> dismissed,
            List<String> nominated) implements ForumEvent {

        public ForumHeld {
            confirmed = List.copyOf(confirmed);
            dismissed = List.copyOf(dismissed);
            nominated = List.copyOf(nominated);
        }
    }
}
