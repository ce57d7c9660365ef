package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the plan commands. They check the shape (present, sized, THB to the
 * satang); the plan itself checks the rules (๓ พ, three parts, dates, no negative money).
 */
public final class PlanRequests {

    private PlanRequests() {
    }

    @Schema(description = "Draft a life compass (เข็มทิศชีวิต) with the household")
    public record Draft(@NotNull LocalDate draftedOn, @NotNull @Valid Content content, @Size(max = 2000) String reason) {
    }

    @Schema(description = "A new version of the plan: the whole content as it should be, and why it changes")
    public record Revision(@Size(max = 2000) String reason, @NotNull @Valid Content content) {
    }

    @Schema(description = "The plan's content: goals towards the three sufficiencies (๓ พ), the household's capital and "
            + "potential, feasible occupations, the target income and the activities of the three parts")
    public record Content(
            @NotNull @Size(max = 30) List<@NotNull @Valid Goal> goals,
            @Size(max = 20) List<@NotNull @Valid Capital> capital,
            @Size(max = 4000) String potential,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> occupations,
            @Schema(description = "Income per person per year the plan aims at, THB")
            @Digits(integer = 12, fraction = 2) BigDecimal targetAnnualIncomePerPersonThb,
            @NotNull @Size(max = 500) List<@NotNull @Valid ActivityRequest> activities) {

        PlanContent toContent() {
            return new PlanContent(
                    goals.stream().map(g -> new PlanContent.Goal(g.sufficiency(), g.description())).toList(),
                    capital == null ? List.of()
                            : capital.stream().map(c -> new PlanContent.Capital(c.kind(), c.description())).toList(),
                    potential, occupations, targetAnnualIncomePerPersonThb,
                    activities.stream().map(a -> new Activity(a.activityId(), a.part(), a.kind(), a.description(),
                            a.agency(), a.help(), a.dueOn(), a.budgetThb())).toList());
        }
    }

    @Schema(description = "A goal and the sufficiency (พ) it leads to")
    public record Goal(@NotNull Sufficiency sufficiency, @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(description = "Some of the household's capital (ทุน)")
    public record Capital(@NotNull CapitalKind kind, @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(description = "An activity in one of the three parts: HOUSEHOLD (ครัวเรือน), COMMUNITY (ชุมชน), AGENCY "
            + "(หน่วยงาน: name the agency and its help). Leave activityId out for a new activity; keep it to change one.")
    public record ActivityRequest(
            @Size(max = 20) String activityId,
            @NotNull ActivityPart part,
            @Schema(description = "One of the part's usual activities, or absent for another one") ActivityKind kind,
            @Size(max = 2000) String description,
            @Size(max = 200) String agency,
            @Size(max = 2000) String help,
            @Schema(description = "Target date; may lie ahead") LocalDate dueOn,
            @Digits(integer = 12, fraction = 2) BigDecimal budgetThb) {
    }

    @Schema(description = "The MOU: signed by the household's head or representative (kept by role only) and the team")
    public record Mou(
            @NotNull LocalDate signedOn,
            @Size(max = 500) String place,
            @NotNull HouseholdSignatory householdSignatory,
            @NotNull Boolean householdSigned,
            @NotNull @Size(max = 10) List<@NotNull @Valid Signatory> teamSignatories,
            @Size(max = 2000) String reason) {
    }

    @Schema(description = "A team member who signed the MOU, e.g. the carer")
    public record Signatory(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String position) {
    }

    @Schema(description = "Progress on an activity")
    public record Progress(@NotNull ProgressStatus status, @NotNull LocalDate progressOn, @Size(max = 2000) String note) {
    }

    @Schema(description = "Help a partner agency delivered, valued in THB")
    public record Assistance(
            @Schema(description = "The agency's registry code: a partner agency's token names its own, which this may "
                    + "repeat but not differ from; a district or province recording on an agency's behalf names it")
            @Size(max = 40) String agency,
            @NotNull AssistanceKind kind,
            @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amountThb,
            @NotNull LocalDate deliveredOn,
            @Schema(description = "The plan's activity the help serves") @Size(max = 20) String activityId,
            @Size(max = 2000) String description) {
    }

    @Schema(description = "The household's income in a month, by source, for the whole household")
    public record IncomeMeasurement(
            @NotNull @Schema(type = SchemaType.STRING, pattern = "\\d{4}-\\d{2}", example = "2026-10") YearMonth month,
            @NotNull @Min(1) @Max(50) Integer householdMembers,
            @NotNull @Size(max = 20) List<@NotNull @Valid Source> sources,
            @Size(max = 2000) String reason) {
    }

    public record Source(@NotNull IncomeSourceKind source,
                         @NotNull @Digits(integer = 12, fraction = 2) BigDecimal monthlyAmountThb) {
    }

    public record Completion(@NotNull LocalDate completedOn, @Size(max = 2000) String reason) {
    }

    public record Closure(@NotNull LocalDate closedOn, @NotNull PlanClosure closure, @Size(max = 2000) String reason) {
    }
}
