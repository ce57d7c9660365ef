package th.poverty.team.villages;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of a district's changes to its villages; each carries the reason recorded with its event. */
public final class VillageRequests {

    private VillageRequests() {
    }

    @Schema(description = "A village the province's list lacks: its code (tambon code + หมู่ที่) and names")
    public record Registration(
            @Schema(example = "24050103") @NotBlank @Size(max = 8)
            @Pattern(regexp = "\\d{8}", message = "must be 8 digits: the tambon's 6 and the หมู่ที่'s 2") String villageCode,
            @Schema(example = "บ้านคลองใหม่") @NotBlank @Size(max = VillageName.MOST_CHARACTERS) String nameTh,
            @Schema(example = "Ban Khlong Mai") @Size(max = VillageName.MOST_CHARACTERS) String nameEn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A village's new name; without nameEn its English name stays as it is")
    public record Renaming(
            @NotBlank @Size(max = VillageName.MOST_CHARACTERS) String nameTh,
            @Size(max = VillageName.MOST_CHARACTERS) String nameEn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "The village no longer exists from retiredOn: MERGED into another village of the district "
            + "(mergedInto), or DISSOLVED")
    public record Retiring(
            @NotNull Retirement retirement,
            @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String mergedInto,
            @NotNull LocalDate retiredOn,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
