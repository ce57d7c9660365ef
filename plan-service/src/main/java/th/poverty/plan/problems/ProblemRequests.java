package th.poverty.plan.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.domain.Dimension;
import th.poverty.plan.compass.AssistanceKind;

/** The request bodies of the problem commands and the routing table. */
public final class ProblemRequests {

    private ProblemRequests() {
    }

    @Schema(description = "The agency takes the problem on")
    public record Acceptance(@NotNull LocalDate acceptedOn, @Size(max = 2000) String reason) {
    }

    @Schema(description = "The agency gives the problem back to the district, saying why")
    public record Declination(@NotNull LocalDate declinedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Where the problem stands now: IN_PROGRESS, HELPED, SOLVED, or UNSOLVABLE with the reason "
            + "(it goes to the district's forum, ศจพ.อ.)")
    public record StatusUpdate(@NotNull ProblemStatus status, @NotNull LocalDate changedOn, @Size(max = 2000) String reason) {
    }

    @Schema(description = "Help the agency delivered for the problem; its value is counted in THB")
    public record Help(@NotNull AssistanceKind kind, @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amountThb,
                       @NotNull LocalDate helpedOn, @Size(max = 2000) String description) {
    }

    @Schema(description = "The district sends the problem to another agency of the registry, saying why")
    public record Rerouting(@NotBlank @Size(max = 40) String agency, LocalDate dueOn,
                            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "An activity of the household's compass, in its agencies' part, that answers the problem")
    public record ActivityLink(@NotBlank @Size(max = 60) String planId, @NotBlank @Size(max = 20) String activityId,
                               @Size(max = 2000) String reason) {
    }

    @Schema(description = "A province's routing table, whole, and why it changes")
    public record Table(@NotNull @Size(max = RoutingTable.MOST_RULES) List<@NotNull @Valid Rule> rules,
                        @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Problems of a dimension (or of one description code in it, e.g. BMN-2565-17 or "
            + "WELFARE-BEDRIDDEN_CARE) go to the most local of these agencies that serves the household's area")
    public record Rule(@NotNull Dimension dimension, @Size(max = 60) String descriptionCode,
                       @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 40) String> agencies,
                       @Min(1) @Max(365) Integer dueDays) {

        RoutingTable.Rule toRule() {
            return new RoutingTable.Rule(dimension, descriptionCode == null || descriptionCode.isBlank() ? null
                    : descriptionCode.strip(), agencies, dueDays == null ? RoutingTable.DEFAULT_DUE_DAYS : dueDays);
        }
    }
}
