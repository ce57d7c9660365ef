package th.poverty.team.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.team.proposal.AssignmentMatching.Available;
import th.poverty.team.proposal.AssignmentMatching.Match;
import th.poverty.team.proposal.AssignmentMatching.Waiting;

/** Given waiting households and carers with room, then this proposal. */
class AssignmentMatchingTest {

    private static final String TAMBON = "240104";
    private static final String VILLAGE_3 = "24010403";
    private static final String VILLAGE_5 = "24010405";

    private static Waiting household(String id, String village) {
        return new Waiting(id, village, village.substring(0, 6));
    }

    @Test
    void aCarerOfTheSameVillageComesBeforeOneOfTheSameTambon() {
        var result = AssignmentMatching.match(List.of(household("h-1", VILLAGE_3)), List.of(
                new Available("c-tambon", null, TAMBON, 0, 3),
                new Available("c-village", VILLAGE_3, TAMBON, 2, 3)));

        assertThat(result.matches()).containsExactly(new Match("h-1", "c-village", MatchLevel.SAME_VILLAGE));
    }

    @Test
    void theTambonIsTriedWhenTheVillageHasNoRoom() {
        var result = AssignmentMatching.match(
                List.of(household("h-1", VILLAGE_3), household("h-2", VILLAGE_3), household("h-3", VILLAGE_5)),
                List.of(new Available("c-3", VILLAGE_3, TAMBON, 2, 3), new Available("c-5", VILLAGE_5, TAMBON, 0, 3)));

        assertThat(result.matches()).containsExactly(
                new Match("h-1", "c-3", MatchLevel.SAME_VILLAGE),
                new Match("h-3", "c-5", MatchLevel.SAME_VILLAGE),
                new Match("h-2", "c-5", MatchLevel.SAME_TAMBON));
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void theLeastLoadedCarerIsProposedFirst() {
        var result = AssignmentMatching.match(
                List.of(household("h-1", VILLAGE_3), household("h-2", VILLAGE_3), household("h-3", VILLAGE_3)),
                List.of(new Available("c-a", VILLAGE_3, TAMBON, 1, 3), new Available("c-b", VILLAGE_3, TAMBON, 0, 3)));

        assertThat(result.matches()).extracting(Match::carerId).containsExactly("c-b", "c-a", "c-b");
    }

    @Test
    void noCarerIsProposedMoreThanThreeHouseholdsAndTheRestWait() {
        var result = AssignmentMatching.match(
                List.of(household("h-1", VILLAGE_3), household("h-2", VILLAGE_3), household("h-3", VILLAGE_3),
                        household("h-4", VILLAGE_3), household("h-5", "24011505")),
                List.of(new Available("c-1", VILLAGE_3, TAMBON, 0, 3)));

        assertThat(result.matches()).hasSize(3).extracting(Match::carerId).containsOnly("c-1");
        assertThat(result.unmatched()).containsExactly("h-4", "h-5");
    }
}
