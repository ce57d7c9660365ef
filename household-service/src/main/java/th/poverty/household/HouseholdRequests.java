package th.poverty.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.household.nomination.ForumNomination;

/** The request bodies of the step-1 commands; each carries the reason recorded with its event. */
public final class HouseholdRequests {

    private HouseholdRequests() {
    }

    @Schema(description = "A survey candidate confirmed as a target household at a home visit")
    public record Verification(@NotNull LocalDate confirmedOn, @Size(max = 2000) String reason) {
    }

    @Schema(description = "A survey candidate dismissed: NOT_POOR, MOVED, DIED, NOT_FOUND or DUPLICATE (which names duplicateOf)")
    public record Dismissal(@NotNull LocalDate dismissedOn, @NotNull DismissalReason dismissal,
                            @Size(max = 100) String duplicateOf, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A new head of household (death, moving out): the household goes on. Their personal data "
            + "replaces the old head's, kept apart from the events")
    public record HeadChangeRequest(@NotNull HeadChange change, @NotNull @Valid ForumNomination.Head head,
                                    @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A home visit (เคาะประตูบ้าน)")
    public record Visit(
            @NotNull LocalDate visitedOn,
            @Schema(description = "Who visited: team members by name or role")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> visitedBy,
            @Size(max = 4000) String notes) {
    }

    @Schema(description = "The 4 ท assessment: ทัศนะ, ทักษะ, ทรัพยากร, ทางออก")
    public record FourT(
            @NotNull LocalDate assessedOn,
            @NotNull @Valid Attitude attitude,
            @NotNull @Valid Skills skills,
            @NotNull @Valid Resources resources,
            @NotNull @Valid WayOut wayOut) {

        Assessment toAssessment() {
            return new Assessment(new Assessment.Attitude(attitude.willingToChange(), attitude.notes()),
                    new Assessment.Skills(skills.workingMembers(), skills.skills() == null ? List.of() : skills.skills(),
                            skills.notes()),
                    new Assessment.Resources(resources.landRai(), resources.ownsLand(),
                            resources.meansOfProduction() == null ? List.of() : resources.meansOfProduction(),
                            resources.notes()),
                    new Assessment.WayOut(wayOut.direction(), wayOut.notes()));
        }
    }

    @Schema(description = "ท1 ทัศนะ (attitude)")
    public record Attitude(@NotNull Boolean willingToChange, @Size(max = 4000) String notes) {
    }

    @Schema(description = "ท2 ทักษะ (skills)")
    public record Skills(@NotNull @Min(0) @Max(50) Integer workingMembers,
                         @Size(max = 50) List<@NotBlank @Size(max = 200) String> skills,
                         @Size(max = 4000) String notes) {
    }

    @Schema(description = "ท3 ทรัพยากร (resources)")
    public record Resources(@NotNull @DecimalMin("0") BigDecimal landRai, @NotNull Boolean ownsLand,
                            @Size(max = 50) List<@NotBlank @Size(max = 200) String> meansOfProduction, @Size(max = 4000) String notes) {
    }

    @Schema(description = "ท4 ทางออก (the way out agreed with the household)")
    public record WayOut(@NotBlank @Size(max = 2000) String direction, @Size(max = 4000) String notes) {
    }

    @Schema(description = "Classification: WELFARE (กลุ่ม ก สงเคราะห์) or SELF_DEVELOPING (กลุ่ม ข พัฒนาตนเองได้); "
            + "for group ก, the welfare needs that open welfare referrals (none: the welfare office assesses them)")
    public record Classification(@NotNull HouseholdGroup group, @Size(max = 6) List<@NotNull WelfareNeed> welfareNeeds,
                                 @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "The causes of the household's poverty, from its Family Folder (สมุดบันทึกรายครัวเรือน)")
    public record Causes(@NotEmpty @Size(max = 50) List<@NotNull @Valid Cause> causes, @Size(max = 2000) String reason) {
    }

    public record Cause(@NotNull Dimension dimension, @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(description = "The Family Folder's members as they stand now (the list replaces the one before): relation "
            + "to the head, age band, and the facts group ก rests on. Personal data, kept apart from the events")
    public record Members(@NotEmpty @Size(max = 50) List<@NotNull @Valid Member> members, @Size(max = 2000) String reason) {

        List<HouseholdMember> toMembers() {
            return members.stream().map(m -> new HouseholdMember(m.relation(), m.ageBand(), Boolean.TRUE.equals(m.disabled()),
                    Boolean.TRUE.equals(m.bedridden()), Boolean.TRUE.equals(m.elderlyLivingAlone()))).toList();
        }
    }

    public record Member(@NotNull HouseholdMember.Relation relation, @NotNull HouseholdMember.AgeBand ageBand,
                         Boolean disabled, Boolean bedridden, Boolean elderlyLivingAlone) {
    }

    public record Acknowledgement(@NotNull LocalDate acknowledgedOn) {
    }

    @Schema(description = "Corrections: send only what changes. Personal details are kept apart from the events.")
    public record Correction(
            @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode,
            @Min(1) @Max(50) Integer members,
            @Size(min = 1, max = 100) String firstName,
            @Size(min = 1, max = 100) String lastName,
            @Size(max = 10) @Pattern(regexp = "0\\d{8,9}", message = "must be a Thai phone number such as 0812345678") String phone,
            @Size(max = 500) String address,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A graduate's follow-up: its income per person measured again, 6 or 12 months after it left poverty")
    public record FollowUpRequest(
            @NotNull LocalDate measuredOn,
            @Schema(description = "Income per person per year, THB") @NotNull @Min(0) @Max(100_000_000) Integer annualIncomePerPerson,
            @Size(max = 2000) String reason) {
    }

    @Schema(description = "Leaving poverty (พ้นความยากจน), with the income measured")
    public record GraduationRequest(
            @NotNull LocalDate graduatedOn,
            @Schema(description = "Income per person per year measured now, THB; needed only when plan-service has "
                    + "measured no monthly income for the household")
            @Min(0) Integer annualIncomePerPerson,
            @Schema(description = "The survey year (B.E.) whose threshold applies; default: the fiscal year of graduatedOn")
            @Min(2500) @Max(2700) Integer surveyYear,
            @Size(max = 2000) String reason) {
    }

    @Schema(description = "Closing a household: MOVED, DIED, DUPLICATE or MERGED (the last two name duplicateOf)")
    public record Closure(@NotNull ClosureReason closure, @Size(max = 100) String duplicateOf, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reopening(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Erasure of the head's personal data at their request or when no longer needed (PDPA)")
    public record Erasure(@NotBlank @Size(max = 2000) String reason) {
    }
}
