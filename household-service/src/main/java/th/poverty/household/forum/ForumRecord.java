package th.poverty.household.forum;

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

import th.poverty.household.DismissalReason;
import th.poverty.household.nomination.ForumNomination;

/** What a village forum decided, as the district records it after the sitting. */
@Schema(description = "A village forum (เวทีประชาคมหมู่บ้าน): the survey candidates it confirmed and dismissed, "
        + "and the households it nominated")
public record ForumRecord(
        @Schema(description = "Date of the forum", example = "2026-11-20")
        @NotNull LocalDate heldOn,
        @Schema(description = "8-digit village code: tambon code + village number (หมู่ที่)", example = "24010101")
        @NotBlank @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode,
        @Schema(description = "How many people took part")
        @NotNull @Min(1) @Max(10000) Integer attendance,
        @Schema(description = "Survey candidates of the village the forum confirmed as target households")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> confirmed,
        @Size(max = 1000) List<@NotNull @Valid Dismissed> dismissed,
        @Size(max = 200) List<@NotNull @Valid Nominated> nominated) {

    public ForumRecord {
        confirmed = confirmed == null ? List.of() : confirmed;
        dismissed = dismissed == null ? List.of() : dismissed;
        nominated = nominated == null ? List.of() : nominated;
    }

    @Schema(description = "A survey candidate the forum found not to be a target household")
    public record Dismissed(@NotBlank @Size(max = 100) String householdId, @NotNull DismissalReason dismissal,
                            @Size(max = 100) String duplicateOf, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A household the forum proposes (ชี้เป้าโดยประชาคม): verified by the forum itself")
    public record Nominated(@NotBlank @Size(max = 2000) String reason, @NotNull @Valid ForumNomination.Head head,
                            @Size(max = 15) @Pattern(regexp = "[0-9 -]{11,15}", message = "must be 11 digits")
                            String houseNumber,
                            @Size(max = 500) String address) {
    }
}
