package th.poverty.plan.problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.domain.Page;
import th.poverty.domain.Thailand;
import th.poverty.plan.problems.ProblemCommand.Accept;
import th.poverty.plan.problems.ProblemCommand.ChangeStatus;
import th.poverty.plan.problems.ProblemCommand.Decline;
import th.poverty.plan.problems.ProblemCommand.Help;
import th.poverty.plan.problems.ProblemCommand.Reroute;
import th.poverty.plan.problems.ProblemQueries.ActivityLink;
import th.poverty.plan.problems.ProblemQueries.Filter;
import th.poverty.plan.problems.ProblemQueries.ProblemView;
import th.poverty.plan.problems.ProblemRequests.Acceptance;
import th.poverty.plan.problems.ProblemRequests.Declination;
import th.poverty.plan.problems.ProblemRequests.Rerouting;
import th.poverty.plan.problems.ProblemRequests.StatusUpdate;
import th.poverty.web.Caller;
import th.poverty.web.PageSize;
import th.poverty.web.ProblemException;
import th.poverty.web.QueryParams;
import th.poverty.web.Roles;
import th.poverty.web.ShowsFreeText;
import th.poverty.web.Versions;

/**
 * A household's problems and welfare referrals, as ThaiQM shows them: each with its dimension,
 * agency, status and due date. A partner agency reads and works on its own (its token's agency
 * code); a district, a province and the ministry on those in their area. Each command needs
 * If-Match with the version read and answers with the problem and its new ETag.
 */
@Path("/api/v1/problems")
@Tag(name = "Problems (ปัญหารายครัวเรือน)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ShowsFreeText
public class ProblemResource {

    private final Problems problems;
    private final StatusUpload upload;
    private final ProblemQueries queries;
    private final Areas areas;
    private final Pool pool;
    private final Caller caller;
    private final Clock clock;

    public ProblemResource(Problems problems, StatusUpload upload, ProblemQueries queries,
                           Areas areas, Pool pool, Caller caller, Clock clock) {
        this.problems = problems;
        this.upload = upload;
        this.queries = queries;
        this.areas = areas;
        this.pool = pool;
        this.caller = caller;
        this.clock = clock;
    }

    /** A problem with what answers it: the compass activities linked to it and the help delivered for it. */
    public record ProblemDetail(ProblemView problem, List<ActivityLink> activities, List<ProblemQueries.Help> help) {
    }

    @GET
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "A worklist of problems and welfare referrals, a cursor page at a time",
            description = "A partner agency sees its own work (area narrows it); everyone else gives an area and sees "
                    + "what lies in it, optionally one agency's. status, dimension, dueBy (due on or before), overdue=true "
                    + "and householdId narrow it further.")
    public Uni<Page<ProblemView>> worklist(@QueryParam("area") String area, @QueryParam("agency") String agency,
                                           @QueryParam("status") String status, @QueryParam("dimension") String dimension,
                                           @QueryParam("dueBy") LocalDate dueBy, @QueryParam("overdue") boolean overdue,
                                           @QueryParam("householdId") String householdId,
                                           @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        var filterStatus = QueryParams.enumValue(ProblemStatus.class, status, "status");
        var filterDimension = QueryParams.enumValue(Dimension.class, dimension, "dimension");
        String ofAgency;
        AreaPath path;
        if (Roles.PARTNER_AGENCY.equals(caller.role())) {
            ofAgency = caller.ownAgency(agency);
            path = area == null || area.isBlank() ? null : QueryParams.area(areas, area);
        } else {
            ofAgency = agency == null || agency.isBlank() ? null : agency;
            path = QueryParams.area(areas, area);
            if (!caller.mayAct(path)) {
                return Uni.createFrom().item(new Page<>(List.of(), null));
            }
        }
        var filter = new Filter(ofAgency, path, filterStatus, filterDimension, dueBy, overdue, householdId);
        return queries.find(filter, after, size + 1, today()).map(rows -> Page.of(rows, size, ProblemView::problemId));
    }

    /** The changes after a cursor, and the cursor to ask from next time ({@code more}: ask again at once). */
    public record Feed(List<ProblemQueries.FeedEntry> changes, long last, boolean more) {
    }

    @GET
    @Path("/feed")
    @RolesAllowed(Roles.PARTNER_AGENCY)
    @Operation(summary = "The partner agency's feed: every change to its work after a cursor, oldest first",
            description = "An agency's own system polls with after=<last> to stay in step; a change that takes a problem "
                    + "away from the agency (rerouted, declined) appears with withAgency=false.")
    public Uni<Feed> feed(@QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        String agency = caller.ownAgency(null);
        int size = PageSize.of(limit);
        long from = after == null ? 0 : after;
        if (from < 0) {
            throw ProblemException.badRequest("after", "after is a cursor from an earlier answer, 0 or more");
        }
        return queries.feed(agency, from, size + 1).map(entries -> {
            boolean more = entries.size() > size;
            var page = more ? entries.subList(0, size) : entries;
            return new Feed(List.copyOf(page), page.isEmpty() ? from : page.getLast().seq(), more);
        });
    }

    @POST
    @Path("/status-updates")
    @Consumes("text/csv")
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Status updates from a CSV file, for an agency serving hundreds of households",
            description = "Columns problem_id, status (ACCEPTED, IN_PROGRESS, HELPED, SOLVED, UNSOLVABLE), changed_on, "
                    + "reason, and optionally version. Each row is applied on its own as the single command would be; "
                    + "the answer counts the rows applied and lists each refused one with why.")
    public Uni<StatusUpload.Outcome> statusUpdates(String csv) {
        return upload.apply(csv, caller);
    }

    @GET
    @Path("/{problemId}")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY})
    @Operation(summary = "A problem, the compass activities that answer it and the help delivered for it; ETag: its version")
    public Uni<Response> get(@PathParam("problemId") String problemId) {
        return problems.locate(pool, problemId, caller)
                .chain(located -> queries.one(pool, problemId, today()))
                .flatMap(view -> queries.activities(problemId).flatMap(links -> queries.help(problemId)
                        .map(help -> Response.ok(new ProblemDetail(view, links, help))
                                .header(HttpHeaders.ETAG, Versions.etag(view.version())).build())));
    }

    @POST
    @Path("/{problemId}/acceptance")
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "The agency takes the problem on (ProblemAccepted)")
    public Uni<Response> accept(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Acceptance acceptance) {
        return run(problemId, ifMatch, new Accept(acceptance.acceptedOn()), acceptance.reason());
    }

    @POST
    @Path("/{problemId}/declination")
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "The agency gives the problem back to the district, saying why (ProblemDeclined)")
    public Uni<Response> decline(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Declination declination) {
        return run(problemId, ifMatch, new Decline(declination.declinedOn()), declination.reason());
    }

    @POST
    @Path("/{problemId}/status")
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Where the problem stands now (ProblemStatusChanged): in progress, helped, solved, or cannot be "
            + "solved with a reason, which sends it to the district's forum")
    public Uni<Response> status(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid StatusUpdate update) {
        boolean reasonGiven = update.reason() != null && !update.reason().isBlank();
        return run(problemId, ifMatch, new ChangeStatus(update.status(), update.changedOn(), reasonGiven), update.reason());
    }

    @POST
    @Path("/{problemId}/help")
    @RolesAllowed({Roles.PARTNER_AGENCY, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Record help delivered for the problem (ProblemHelped); the problem is then helped",
            description = "Send Idempotency-Key to make retries safe.")
    public Uni<Response> help(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                              @NotNull @Valid ProblemRequests.Help help) {
        long expected = Versions.required(ifMatch);
        var command = new Help(help.kind(), help.amountThb(), help.helpedOn(), help.description());
        return pool.withTransaction(tx -> problems.handle(tx, problemId, expected, command, caller, help.description()))
                .chain(() -> answer(problemId));
    }

    @POST
    @Path("/{problemId}/routing")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Send the problem to another agency of the registry, saying why (ProblemRouted, rerouted)",
            description = "dueOn defaults to " + RoutingTable.DEFAULT_DUE_DAYS + " days from today.")
    public Uni<Response> reroute(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Rerouting rerouting) {
        LocalDate due = rerouting.dueOn() != null ? rerouting.dueOn() : today().plusDays(RoutingTable.DEFAULT_DUE_DAYS);
        return run(problemId, ifMatch, new Reroute(rerouting.agency().strip(), due), rerouting.reason());
    }

    @POST
    @Path("/{problemId}/activities")
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Link an activity of the household's compass, in its agencies' part, to the problem (ProblemLinked)")
    public Uni<Response> link(@PathParam("problemId") String problemId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                              @NotNull @Valid ProblemRequests.ActivityLink link) {
        long expected = Versions.required(ifMatch);
        return problems.link(problemId, expected, link.planId(), link.activityId(), caller, link.reason())
                .chain(() -> answer(problemId));
    }

    private Uni<Response> run(String problemId, String ifMatch, ProblemCommand command, String reason) {
        long expected = Versions.required(ifMatch);
        return problems.handle(problemId, expected, command, caller, reason).chain(() -> answer(problemId));
    }

    private Uni<Response> answer(String problemId) {
        return queries.one(pool, problemId, today())
                .map(view -> Response.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build());
    }

    private LocalDate today() {
        return Thailand.today(clock);
    }
}
