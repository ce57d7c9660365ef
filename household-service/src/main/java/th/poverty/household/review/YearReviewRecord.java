package th.poverty.household.review;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.household.ClosureReason;

/** What a village forum decided when it reviewed the fiscal year, as the district or tambon team records it. */
@Schema(description = "A village's yearly review (เวทีประชาคมทบทวน): the households that go on into the next fiscal "
        + "year, those that leave, and the survey candidates proposed as next year's targets")
public record YearReviewRecord(
        @Schema(description = "8-digit village code", example = "24010101")
        @NotBlank @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode,
        @Schema(description = "The fiscal year reviewed (B.E.); the decisions are for the one after", example = "2569")
        @NotNull @Min(2500) @Max(2700) Integer fiscalYear,
        @Schema(description = "Date of the forum: from July of the year reviewed to the following December")
        @NotNull LocalDate heldOn,
        @Schema(description = "How many people took part") @NotNull @Min(1) @Max(10000) Integer attendance,
        @Schema(description = "Targets that go on into the next year, with their plan and carer")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> carriedOver,
        @Size(max = 1000) List<@NotNull @Valid Leaving> left,
        @Schema(description = "Survey candidates of the village the forum verifies and proposes as new targets")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> proposed) {

    public YearReviewRecord {
        carriedOver = carriedOver == null ? List.of() : carriedOver;
        left = left == null ? List.of() : left;
        proposed = proposed == null ? List.of() : proposed;
    }

    @Schema(description = "A household that leaves the programme without graduating: moved, died or withdrew")
    public record Leaving(@NotBlank @Size(max = 100) String householdId, @NotNull ClosureReason closure) {
    }

    /** The district's decision on a held review. */
    public record Decision(@NotNull LocalDate on, @Size(max = 2000) String reason) {
    }
}
