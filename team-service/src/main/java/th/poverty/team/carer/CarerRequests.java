package th.poverty.team.carer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.team.team.MemberRole;

/** The request bodies of the carer commands; each change carries the reason recorded with its event. */
public final class CarerRequests {

    private CarerRequests() {
    }

    @Schema(description = "A team member (teamId and memberId: name and role come from the team), or an official or "
            + "community leader outside any team (name, role, and where they care: a community leader's village)")
    public record Registration(
            @Size(max = 100) String teamId,
            @Size(max = 100) String memberId,
            @Size(max = 200) String name,
            MemberRole role,
            @Schema(description = "Where they care: a district, tambon or village code; for a team member it defaults to "
                    + "their village, else the team's area", example = "24010403")
            @Size(max = 8) @Pattern(regexp = "\\d{4}|\\d{6}|\\d{8}", message = "must be a district, tambon or village code")
            String areaCode,
            @Size(max = 2000) String reason) {
    }

    public record Assignment(
            @Schema(example = "5f0c6f0e-3d61-4a43-9a3e-2f1c3b8e9d10") @NotBlank @Size(max = 100) String householdId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Why the carer stops caring: CARER_UNAVAILABLE, HOUSEHOLD_REQUEST or OTHER (graduation, closing "
            + "and hand-overs release carers by themselves)")
    public record Releasing(@NotNull ReleaseReason release, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reassignment(@NotBlank @Size(max = 100) String carerId, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A carer's visit to a household it cares for: what was seen, and when the next visit is due")
    public record CareVisit(@NotNull LocalDate visitedOn, @NotBlank @Size(max = 4000) String seen,
                            @NotNull LocalDate nextVisitDue) {
    }

    @Schema(description = "The person who is this carer, by the subject their sign-in token carries")
    public record AccountLink(@NotBlank @Size(max = 200) String account, @NotBlank @Size(max = 2000) String reason) {
    }
}
