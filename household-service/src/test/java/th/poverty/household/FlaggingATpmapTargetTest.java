package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.household.HouseholdCommand.Close;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.FlagTpmapTarget;
import th.poverty.household.HouseholdEvent.TpmapTargetFlagged;
import th.poverty.testing.Scenario;

/** A TPMAP list names a household's head: a verified household's problems follow now, a candidate's once verified. */
class FlaggingATpmapTargetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Areas AREAS = Areas.thailand();
    private static final FlagTpmapTarget INCOME_AND_HEALTH = new FlagTpmapTarget(2568, TODAY,
            List.of(Dimension.HEALTH, Dimension.INCOME));

    private final Scenario<Household, HouseholdCommand, HouseholdEvent> household =
            Scenario.of(Household::apply, (household, command) -> household.decide(command, AREAS, TODAY));

    private void identifiedFrom(IdentificationSource source, HouseholdCommand... commands) {
        household.given(Household.identify(new IdentifyHousehold("h-1", source, "24010101", TODAY.minusDays(10), "why",
                "hash", null, null, null, null, List.of(), null), AREAS, TODAY).eventsOrThrow()).and(commands);
    }

    @Test
    void aVerifiedHouseholdIsFlaggedWithTheDimensionsItFailsForItsProblemsToFollowNow() {
        identifiedFrom(IdentificationSource.COMMUNITY_FORUM);

        household.when(INCOME_AND_HEALTH).expectEvents(new TpmapTargetFlagged("h-1", 2568, TODAY,
                List.of(Dimension.HEALTH, Dimension.INCOME), true));
    }

    @Test
    void aCandidateIsFlaggedAndItsProblemsWaitForItsVerification() {
        identifiedFrom(IdentificationSource.BMN_SURVEY);

        assertThat(household.when(INCOME_AND_HEALTH).expectOne(TpmapTargetFlagged.class).verified()).isFalse();
        identifiedFrom(IdentificationSource.BMN_SURVEY, new ConfirmCandidate(TODAY, VerificationMethod.HOME_VISIT, null));
        assertThat(household.when(INCOME_AND_HEALTH).expectOne(TpmapTargetFlagged.class).verified()).isTrue();
    }

    @Test
    void aPersonTheListAddsIsACandidateUntilAForumOrAVisitVerifiesIt() {
        identifiedFrom(IdentificationSource.TPMAP_LIST);

        assertThat(household.state().status()).isEqualTo(HouseholdStatus.CANDIDATE);
        household.when(new HouseholdCommand.RecordVisit(TODAY, List.of("พัฒนากร"), null))
                .expectRejection("candidate-not-verified");
    }

    @Test
    void aClosedHouseholdIsNotFlaggedAndAListWithoutADimensionFlagsNothing() {
        identifiedFrom(IdentificationSource.COMMUNITY_FORUM, new Close(ClosureReason.MOVED, null));
        household.when(INCOME_AND_HEALTH).expectRejection("household-closed");

        identifiedFrom(IdentificationSource.COMMUNITY_FORUM);
        household.when(new FlagTpmapTarget(2568, TODAY, List.of())).expectRejection("no-dimension");
    }
}
