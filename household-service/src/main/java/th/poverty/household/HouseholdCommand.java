package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;

/** What field teams and offices ask of an identified household. */
public sealed interface HouseholdCommand {

    /** A survey candidate confirmed as a target household; {@code forumId} names the forum that confirmed it. */
    record ConfirmCandidate(LocalDate confirmedOn, VerificationMethod method, String forumId) implements HouseholdCommand {
    }

    /** A survey candidate found not to be a target household; a duplicate names the household it duplicates. */
    record DismissCandidate(LocalDate dismissedOn, DismissalReason reason, String duplicateOf, String forumId)
            implements HouseholdCommand {
    }

    record RecordVisit(LocalDate visitedOn, List<String> visitedBy, String notes) implements HouseholdCommand {
    }

    record Assess(LocalDate assessedOn, Assessment assessment) implements HouseholdCommand {
    }

    /** @param welfareNeeds what a group ก household needs from the welfare process, as the team sees it */
    record Classify(HouseholdGroup group, List<WelfareNeed> welfareNeeds) implements HouseholdCommand {

        public Classify {
            welfareNeeds = welfareNeeds == null ? List.of() : List.copyOf(welfareNeeds);
        }

        public Classify(HouseholdGroup group) {
            this(group, List.of());
        }
    }

    record RecordPovertyCauses(List<PovertyCause> causes) implements HouseholdCommand {
    }

    /** The Family Folder's list of members, as it stands now (it replaces the one before). */
    record RecordMembers(List<HouseholdMember> members) implements HouseholdCommand {
    }

    record AcknowledgePovertyCauses(LocalDate acknowledgedOn) implements HouseholdCommand {
    }

    /** Any field left null stays as it is. */
    record CorrectDetails(String villageCode, Integer members, List<String> personalFields) implements HouseholdCommand {
    }

    /** A later survey round's row for the household (see HouseholdResurveyed). */
    record RecordSurvey(int surveyYear, LocalDate surveyedOn, Integer members, Integer annualIncomePerPerson,
                        List<Integer> failedIndicators) implements HouseholdCommand {
    }

    /** The village's yearly review, approved: a target of {@code fiscalYear}, carried over or new. */
    record Target(int fiscalYear, boolean carriedOver, String reviewId) implements HouseholdCommand {
    }

    /** A TPMAP target list names the household's head, poor in these dimensions (see TpmapTargetFlagged). */
    record FlagTpmapTarget(int listYear, LocalDate listedOn, List<Dimension> dimensions) implements HouseholdCommand {

        public FlagTpmapTarget {
            dimensions = List.copyOf(dimensions);
        }
    }

    /** A graduated household's income measured again, 6 and then 12 months after it left poverty. */
    record FollowUp(LocalDate measuredOn, int annualIncomePerPerson, int threshold) implements HouseholdCommand {

        /** At or below the line: the household fell back, and is a new case. */
        public boolean fellBack() {
            return annualIncomePerPerson <= threshold;
        }
    }

    record Graduate(LocalDate graduatedOn, IncomeEvidence income) implements HouseholdCommand {
    }

    record Close(ClosureReason reason, String duplicateOf) implements HouseholdCommand {
    }

    record Reopen() implements HouseholdCommand {
    }

    /**
     * The household goes on under a new head; {@code headIdHash} is the keyed hash of their
     * national ID (their personal data stays in household-service's own table).
     */
    record ChangeHead(String headIdHash, HeadChange change) implements HouseholdCommand {
    }

    /** Erase the head's personal data (PDPA): allowed whatever the household's status. */
    record ErasePersonalData() implements HouseholdCommand {
    }
}
