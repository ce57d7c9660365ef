package th.poverty.team.proposal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * Assignment proposals: drafted for an area, reviewed, then confirmed as a batch by an office.
 * A reviewer leaves out households by listing them in {@code exclude}.
 */
@Path("/api/v1/care/proposals")
@Tag(name = "Care (ดูแลชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    private final Proposals proposals;
    private final Areas areas;
    private final Caller caller;

    public ProposalResource(Proposals proposals, Areas areas, Caller caller) {
        this.proposals = proposals;
        this.areas = areas;
        this.caller = caller;
    }

    @Schema(description = "The area whose waiting households are to be matched: a province, district, tambon or village")
    public record Drafting(
            @Schema(example = "2401") @NotBlank @Size(max = 8) @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}|\\d{8}",
                    message = "must be a province, district, tambon or village code") String areaCode) {
    }

    public record Confirmation(
            @Schema(description = "Households of the proposal not to assign")
            @Size(max = 10_000) List<@NotBlank @Size(max = 100) String> exclude,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Propose carers for the households of an area still waiting for one",
            description = "Matches the longest-waiting households (up to 500) to carers with room: the same village first, "
                    + "then the same tambon, the least-loaded carer first. Nothing is assigned until the proposal is "
                    + "confirmed.")
    public Uni<Response> draft(@NotNull @Valid Drafting drafting) {
        var area = areas.pathOf(drafting.areaCode()).orElseThrow(() -> ProblemException.notFound("Area", drafting.areaCode()));
        caller.requireArea(area);
        return proposals.draft(area, caller, caller.subject())
                .map(p -> Response.created(URI.create("/api/v1/care/proposals/" + p.proposalId()))
                        .entity(ProposalView.of(p, areas)).build());
    }

    @GET
    @Path("/{proposalId}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "One proposal, with what its confirmation did")
    public Uni<ProposalView> get(@PathParam("proposalId") UUID proposalId) {
        return proposals.find(proposalId, caller).map(p -> ProposalView.of(p, areas));
    }

    @POST
    @Path("/{proposalId}/confirmation")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Confirm a reviewed proposal: its assignments are made as a batch",
            description = "Each assignment obeys the care rules on the state at confirmation; the outcome lists what "
                    + "was assigned and what the rules refused (a carer who took other households meanwhile, say). "
                    + "A proposal is confirmed once (409 after).")
    public Uni<ProposalView> confirm(@PathParam("proposalId") UUID proposalId, @NotNull @Valid Confirmation confirmation) {
        Set<String> excluded = confirmation.exclude() == null ? Set.of() : Set.copyOf(confirmation.exclude());
        return proposals.confirm(proposalId, excluded, caller, caller.metadata(confirmation.reason(), null))
                .map(p -> ProposalView.of(p, areas));
    }
}
