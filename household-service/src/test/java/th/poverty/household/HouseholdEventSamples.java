package th.poverty.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.household.HouseholdEvent.CandidateConfirmed;
import th.poverty.household.HouseholdEvent.CandidateDismissed;
import th.poverty.household.HouseholdEvent.HouseholdAssessed;
import th.poverty.household.HouseholdEvent.HouseholdClassified;
import th.poverty.household.HouseholdEvent.HouseholdClosed;
import th.poverty.household.HouseholdEvent.HouseholdDetailsCorrected;
import th.poverty.household.HouseholdEvent.GraduateFollowedUp;
import th.poverty.household.HouseholdEvent.HouseholdGraduated;
import th.poverty.household.HouseholdEvent.HouseholdResurveyed;
import th.poverty.household.HouseholdEvent.HouseholdTargeted;
import th.poverty.household.HouseholdEvent.HouseholdHeadChanged;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.household.HouseholdEvent.HouseholdMembersRecorded;
import th.poverty.household.HouseholdEvent.HouseholdReopened;
import th.poverty.household.HouseholdEvent.HouseholdVisited;
import th.poverty.household.HouseholdEvent.PersonalDataErased;
import th.poverty.household.HouseholdEvent.PovertyCausesAcknowledged;
import th.poverty.household.HouseholdEvent.PovertyCausesRecorded;
import th.poverty.household.HouseholdEvent.TpmapTargetFlagged;
import th.poverty.household.forum.ForumEvent.ForumHeld;
import th.poverty.household.review.YearReviewEvent.Leaving;
import th.poverty.household.review.YearReviewEvent.YearReviewApproved;
import th.poverty.household.review.YearReviewEvent.YearReviewHeld;
import th.poverty.household.review.YearReviewEvent.YearReviewReturned;

/** One realistic instance of every event household-service publishes. */
final class HouseholdEventSamples {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private HouseholdEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new HouseholdIdentified("h-1", IdentificationSource.BMN_SURVEY, "24", "2401", "240101", "24010101", DAY,
                        "income below 38,000 THB", "a1b2", "c3d4", 2568, 4, 31_000, List.of(8, 23), "h-0"),
                new HouseholdHeadChanged("h-1", "e5f6", HeadChange.DIED),
                new HouseholdMembersRecorded("h-1", 4),
                new CandidateConfirmed("h-1", DAY, VerificationMethod.FORUM, "f-1"),
                new CandidateDismissed("h-3", DAY, DismissalReason.DUPLICATE, "h-2", "f-1"),
                new ForumHeld("f-1", "24", "2401", "240101", "24010101", DAY, 35, List.of("h-1"), List.of("h-3"),
                        List.of("h-4")),
                new HouseholdVisited("h-1", DAY, List.of("พัฒนากร"), "เคาะประตูบ้าน"),
                new HouseholdAssessed("h-1", DAY, new Assessment(new Assessment.Attitude(true, null),
                        new Assessment.Skills(2, List.of("ทอผ้า"), null),
                        new Assessment.Resources(BigDecimal.ONE, false, List.of(), null),
                        new Assessment.WayOut("ทอผ้าขาย", null))),
                new HouseholdClassified("h-1", HouseholdGroup.WELFARE, List.of(WelfareNeed.BEDRIDDEN_CARE)),
                new PovertyCausesRecorded("h-1", List.of(new PovertyCause(Dimension.INCOME, "หนี้นอกระบบ"))),
                new PovertyCausesAcknowledged("h-1", DAY),
                new HouseholdDetailsCorrected("h-1", null, null, null, null, 5, List.of("head.phone")),
                new HouseholdResurveyed("h-1", 2570, DAY, 4, 41_000, List.of(3, 17), true),
                new TpmapTargetFlagged("h-1", 2568, DAY, List.of(Dimension.INCOME, Dimension.EDUCATION), true),
                new YearReviewHeld("year-review:24010101:2569", "24", "2401", "240101", "24010101", 2569, DAY, 41,
                        List.of("h-1"), List.of(new Leaving("h-5", ClosureReason.WITHDREW)), List.of("h-6"), List.of("h-7")),
                new YearReviewApproved("year-review:24010101:2569", DAY),
                new YearReviewReturned("year-review:24010101:2569", DAY),
                new HouseholdTargeted("h-1", 2570, true, "year-review:24010101:2569"),
                new HouseholdGraduated("h-1", DAY, 52_000, 38_000),
                new GraduateFollowedUp("h-1", 6, DAY, 36_000, 38_000, true),
                new HouseholdClosed("h-1", ClosureReason.DUPLICATE, "h-2"),
                new HouseholdReopened("h-1"),
                new PersonalDataErased("h-1"));
    }
}
