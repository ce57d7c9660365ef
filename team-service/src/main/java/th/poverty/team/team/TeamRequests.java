package th.poverty.team.team;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the team commands; each change carries the reason recorded with its event. */
public final class TeamRequests {

    private TeamRequests() {
    }

    @Schema(description = "A new team for a tambon (6 digits) or a district (4 digits) with its first members")
    public record Formation(
            @NotNull TeamKind kind,
            @Schema(example = "Smile Team คลองนา") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Tambon or district code", example = "240104")
            @NotBlank @Size(max = 6) @Pattern(regexp = "\\d{4}|\\d{6}", message = "must be a 4-digit district or 6-digit tambon code")
            String areaCode,
            @NotNull LocalDate formedOn,
            @NotEmpty @Size(max = 60) List<@NotNull @Valid NewMember> members,
            @Size(max = 2000) String reason) {
    }

    @Schema(description = "A person joining: officials and volunteers act in that capacity, so their names are kept")
    public record NewMember(
            @Schema(example = "สมชาย ใจงาม") @NotBlank @Size(max = 200) String name,
            @NotNull MemberRole role,
            @Schema(description = "The village a community leader stands for (required for ผู้นำ อช. and community leaders)",
                    example = "24010403")
            @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode) {
    }

    public record Joining(
            @NotBlank @Size(max = 200) String name,
            @NotNull MemberRole role,
            @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode,
            @NotNull LocalDate joinedOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Leaving(@NotNull LocalDate leftOn, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A member hands over to a successor in the same role on the same day")
    public record Replacement(
            @NotNull LocalDate on,
            @NotBlank @Size(max = 200) String successorName,
            @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String successorVillageCode,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
