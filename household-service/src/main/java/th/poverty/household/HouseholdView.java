package th.poverty.household;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.area.AreaView;
import th.poverty.area.Areas;
import th.poverty.domain.Label;

/**
 * A household as the API shows it: state, labels in Thai and English, the head with the ID masked.
 * {@code earlierCase} is the household this head led before (this is a new case of it);
 * {@code sameHouse} the other households at the same house registration the caller may see, a hint
 * for the officer (several households may share a house), given on a read and null on a command's answer.
 */
public record HouseholdView(
        String householdId,
        Label status,
        Label source,
        AreaView area,
        LocalDate identifiedOn,
        @Schema(description = "The latest BMN survey year (B.E.) whose facts the household carries; null if never surveyed")
        Integer surveyYear,
        @Schema(description = "The fiscal year (B.E.) the village's latest approved yearly review made the household a target of")
        Integer targetYear,
        @Schema(description = "When the household left poverty, if it did") LocalDate graduatedOn,
        @Schema(description = "When its next follow-up (6, then 12 months after it left poverty) is due; null when none is left")
        LocalDate nextFollowUpDue,
        Label group,
        Integer members,
        int visits,
        boolean povertyCausesRecorded,
        boolean povertyCausesAcknowledged,
        Label closure,
        Label dismissal,
        String duplicateOf,
        String earlierCase,
        List<String> sameHouse,
        boolean personalDataErased,
        HeadView head,
        long version) {

    /**
     * The head as the caller may see them (see {@link PersonalDataReads}): the national ID masked
     * unless the caller's role verifies identities.
     */
    public record HeadView(String firstName, String lastName, String nationalId, String phone, String address) {
    }

    static HouseholdView of(Household household, long version, HeadView head, List<String> sameHouse, Areas areas) {
        return new HouseholdView(
                household.id(),
                household.status().label(),
                household.source().label(),
                AreaView.of(household.area(), areas),
                household.identifiedOn(),
                household.surveyYear(),
                household.targetYear(),
                household.graduatedOn(),
                household.nextFollowUpDue(),
                Label.of(household.group()),
                household.members(),
                household.visits(),
                household.causesRecorded(),
                household.causesAcknowledged(),
                Label.of(household.closure()),
                Label.of(household.dismissal()),
                household.duplicateOf(),
                household.earlierCase(),
                sameHouse,
                household.personalDataErased(),
                head,
                version);
    }
}
