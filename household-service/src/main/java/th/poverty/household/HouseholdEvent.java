package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

import th.poverty.domain.Dimension;
import th.poverty.domain.FreeText;
import th.poverty.domain.WelfareNeed;

/**
 * What happens to a household, in the domain's words. Payloads carry no personal data: the head
 * of household appears only as a keyed hash of the national ID, the house as a keyed hash of its
 * registration number; the why of each event is its metadata's reason. Text typed about the
 * household is {@link FreeText}: the event carries a reference to it, and erasure reaches it.
 */
public sealed interface HouseholdEvent {

    String householdId();

    /**
     * A target household was identified, from the BMN survey or at a community forum.
     *
     * @param identifiedOn          the forum date, or the survey's import date
     * @param surveyYear            the BMN survey year (B.E.), for survey imports; null for a forum nomination
     * @param members               household members, from the survey (null when not known)
     * @param annualIncomePerPerson income per person per year in THB, from the survey (null when not known)
     * @param failedIndicators      the BMN indicators the household fails, by number (empty when not known)
     * @param earlierCase           the household this head led before, which graduated, was closed or was
     *                              dismissed: this is a new case of the same family; null for a first case
     */
    record HouseholdIdentified(
            String householdId,
            IdentificationSource source,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            LocalDate identifiedOn,
            @FreeText String reason,
            String headIdHash,
            String houseHash,
            Integer surveyYear,
            Integer members,
            Integer annualIncomePerPerson,
            List<Integer> failedIndicators,
            String earlierCase) implements HouseholdEvent {

        public HouseholdIdentified {
            failedIndicators = failedIndicators == null ? List.of() : List.copyOf(failedIndicators);
        }

        /** The same identification, as a new case of the household this head led before. */
        public HouseholdIdentified withEarlierCase(String earlierHousehold) {
            return new HouseholdIdentified(householdId, source, provinceCode, districtCode, tambonCode, villageCode,
                    identifiedOn, reason, headIdHash, houseHash, surveyYear, members, annualIncomePerPerson,
                    failedIndicators, earlierHousehold);
        }
    }

    /**
     * A survey candidate was verified as a target household, at a forum or a home visit.
     *
     * @param forumId the forum (ForumHeld) that confirmed it; null for a home visit
     */
    record CandidateConfirmed(String householdId, LocalDate confirmedOn, VerificationMethod method, String forumId)
            implements HouseholdEvent {
    }

    /**
     * A survey candidate turned out not to be a target household: it leaves the funnel and keeps
     * its history. A duplicate names the household it duplicates.
     *
     * @param forumId the forum (ForumHeld) that dismissed it; null when the team dismissed it after a visit
     */
    record CandidateDismissed(String householdId, LocalDate dismissedOn, DismissalReason dismissal, String duplicateOf,
                              String forumId) implements HouseholdEvent {
    }

    /**
     * The household's head changed (death, moving out) and the household goes on under the new
     * head, known here only by the keyed hash of their national ID.
     */
    record HouseholdHeadChanged(String householdId, String headIdHash, HeadChange change) implements HouseholdEvent {
    }

    /** The team knocked on the door (เคาะประตูบ้าน). {@code visitedBy}: the team members, by role or name. */
    record HouseholdVisited(String householdId, LocalDate visitedOn, List<String> visitedBy, @FreeText String notes)
            implements HouseholdEvent {
    }

    /** The 4 ท assessment, done together with the household at a visit. */
    record HouseholdAssessed(String householdId, LocalDate assessedOn, Assessment assessment) implements HouseholdEvent {
    }

    /**
     * The household's group: cared for by welfare (ก) or able to develop itself (ข).
     *
     * @param welfareNeeds for group ก, the needs the team stated, each opening a welfare referral
     *                     (none stated: the welfare office assesses them); empty for group ข
     */
    record HouseholdClassified(String householdId, HouseholdGroup group, List<WelfareNeed> welfareNeeds)
            implements HouseholdEvent {

        public HouseholdClassified {
            welfareNeeds = welfareNeeds == null ? List.of() : List.copyOf(welfareNeeds);
        }
    }

    /**
     * The Family Folder's members were recorded: how many there are. Who they are (relation, age
     * band, disability, being bedridden or elderly living alone) is personal data and stays in
     * household-service's own table.
     */
    record HouseholdMembersRecorded(String householdId, int members) implements HouseholdEvent {
    }

    /** The causes and conditions of the household's poverty, as written in its Family Folder. */
    record PovertyCausesRecorded(String householdId, List<PovertyCause> causes) implements HouseholdEvent {
    }

    /** The household came to acknowledge the recorded causes of its poverty. */
    record PovertyCausesAcknowledged(String householdId, LocalDate acknowledgedOn) implements HouseholdEvent {
    }

    /**
     * Details were corrected. A new village moves the household's area; {@code personalFields}
     * names the personal details changed (their values stay in household-service's own table).
     */
    record HouseholdDetailsCorrected(
            String householdId,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            Integer members,
            List<String> personalFields) implements HouseholdEvent {

        public HouseholdDetailsCorrected {
            personalFields = personalFields == null ? List.of() : List.copyOf(personalFields);
        }
    }

    /**
     * A later BMN survey round surveyed the household again: its survey facts are these now.
     *
     * @param surveyYear            the survey year (B.E.), later than any recorded for the household
     * @param surveyedOn            the survey's import date
     * @param members               household members the survey counted (null when not given)
     * @param annualIncomePerPerson income per person per year in THB (null when not given)
     * @param failedIndicators      the indicators of the year's round the household fails, by number
     * @param verified              whether the household was verified (past a candidate): then its
     *                              failed indicators are its problems now; a candidate's wait for it
     */
    record HouseholdResurveyed(String householdId, int surveyYear, LocalDate surveyedOn, Integer members,
                               Integer annualIncomePerPerson, List<Integer> failedIndicators, boolean verified)
            implements HouseholdEvent {

        public HouseholdResurveyed {
            failedIndicators = failedIndicators == null ? List.of() : List.copyOf(failedIndicators);
        }
    }

    /**
     * The village's yearly review (เวทีประชาคมทบทวน), approved by the district, made the household a
     * target of the fiscal year: carried over with its plan and carer, or new.
     *
     * @param fiscalYear  the fiscal year (B.E.) it is a target of
     * @param carriedOver a target of the year before too; false for one the review proposed
     * @param reviewId    the yearly review that decided it
     */
    record HouseholdTargeted(String householdId, int fiscalYear, boolean carriedOver, String reviewId)
            implements HouseholdEvent {
    }

    /**
     * A TPMAP target list (รายชื่อคนจนเป้าหมาย) names the household's head as a target: poor in these
     * dimensions. Who was listed stays in household-service; the event carries no personal data.
     *
     * @param listYear   the list's year (B.E.)
     * @param listedOn   the date the list was imported
     * @param dimensions the TPMAP dimensions the person fails, at least one
     * @param verified   whether the household was verified (past a candidate): then the dimensions
     *                   are its problems now; a candidate's wait for its verification
     */
    record TpmapTargetFlagged(String householdId, int listYear, LocalDate listedOn, List<Dimension> dimensions,
                              boolean verified) implements HouseholdEvent {

        public TpmapTargetFlagged {
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        }
    }

    /** The household left poverty (พ้นความยากจน): its income per person rose above the year's threshold. */
    record HouseholdGraduated(String householdId, LocalDate graduatedOn, int annualIncomePerPerson, int threshold)
            implements HouseholdEvent {
    }

    /**
     * A graduated household's income measured again at its follow-up, 6 or 12 months after it
     * left poverty. One that fell back below the year's line is identified again as a new case,
     * linked to this one.
     *
     * @param monthsAfter 6 or 12
     * @param fellBack    its income per person no longer clears the threshold
     */
    record GraduateFollowedUp(String householdId, int monthsAfter, LocalDate measuredOn, int annualIncomePerPerson,
                              int threshold, boolean fellBack) implements HouseholdEvent {
    }

    /** The household leaves the programme without graduating; a duplicate names the household it duplicates. */
    record HouseholdClosed(String householdId, ClosureReason closure, String duplicateOf) implements HouseholdEvent {
    }

    /** A closed household is taken up again, at the step it had reached. */
    record HouseholdReopened(String householdId) implements HouseholdEvent {
    }

    /** The head's personal data was erased (PDPA); the history stays, without it. */
    record PersonalDataErased(String householdId) implements HouseholdEvent {
    }
}
