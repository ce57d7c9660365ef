package th.poverty.household;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.area.Areas;
import th.poverty.area.FiscalYear;
import th.poverty.area.IdentityHasher;
import th.poverty.household.HouseholdCommand.AcknowledgePovertyCauses;
import th.poverty.household.HouseholdCommand.Assess;
import th.poverty.household.HouseholdCommand.ChangeHead;
import th.poverty.household.HouseholdCommand.Classify;
import th.poverty.household.HouseholdCommand.Close;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.CorrectDetails;
import th.poverty.household.HouseholdCommand.DismissCandidate;
import th.poverty.household.HouseholdCommand.ErasePersonalData;
import th.poverty.household.HouseholdCommand.FollowUp;
import th.poverty.household.HouseholdCommand.Graduate;
import th.poverty.household.HouseholdCommand.RecordMembers;
import th.poverty.household.HouseholdCommand.RecordPovertyCauses;
import th.poverty.household.HouseholdCommand.RecordVisit;
import th.poverty.household.HouseholdCommand.Reopen;
import th.poverty.household.HouseholdRequests.Acknowledgement;
import th.poverty.household.HouseholdRequests.Causes;
import th.poverty.household.HouseholdRequests.Classification;
import th.poverty.household.HouseholdRequests.Closure;
import th.poverty.household.HouseholdRequests.Correction;
import th.poverty.household.HouseholdRequests.Dismissal;
import th.poverty.household.HouseholdRequests.Erasure;
import th.poverty.household.HouseholdRequests.FollowUpRequest;
import th.poverty.household.HouseholdRequests.FourT;
import th.poverty.household.HouseholdRequests.GraduationRequest;
import th.poverty.household.HouseholdRequests.HeadChangeRequest;
import th.poverty.household.HouseholdRequests.Members;
import th.poverty.household.HouseholdRequests.Reopening;
import th.poverty.household.HouseholdRequests.Verification;
import th.poverty.household.HouseholdRequests.Visit;
import th.poverty.household.income.HouseholdIncomes;
import th.poverty.household.nomination.Nominee;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

/**
 * The step-1 commands on a household, from verifying a survey candidate on. Each needs {@code If-Match} with the version
 * the caller read (428 without, 412 when someone changed it since) and answers with the new
 * state and ETag.
 */
@Path("/api/v1/households/{householdId}")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
public class HouseholdCommandsResource {

    private final Households households;
    private final PovertyLine povertyLine;
    private final PersonalData people;
    private final Areas areas;
    private final Caller caller;
    private final HouseholdIncomes incomes;
    private final IdentityHasher hasher;
    private final Pool pool;
    private final int monthsAboveThreshold;

    public HouseholdCommandsResource(Households households, PovertyLine povertyLine, PersonalData people, Areas areas,
                                     Caller caller, HouseholdIncomes incomes, IdentityHasher hasher, Pool pool,
                                     @ConfigProperty(name = "household.graduation.months-above-threshold")
                                     int monthsAboveThreshold) {
        this.incomes = incomes;
        this.hasher = hasher;
        this.pool = pool;
        this.monthsAboveThreshold = monthsAboveThreshold;
        this.households = households;
        this.povertyLine = povertyLine;
        this.people = people;
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Confirm a survey candidate as a target household after a home visit",
            description = "A forum confirms its village's candidates in one record: POST /api/v1/forums.")
    public Uni<Response> confirm(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Verification verification) {
        return run(id, ifMatch, new ConfirmCandidate(verification.confirmedOn(), VerificationMethod.HOME_VISIT, null),
                verification.reason());
    }

    @POST
    @Path("/dismissal")
    @Operation(summary = "Dismiss a survey candidate that is not a target household",
            description = "Not poor after checking, moved, died, not found, or a duplicate of another household. The "
                    + "household leaves the funnel and keeps its history.")
    public Uni<Response> dismiss(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Dismissal dismissal) {
        return run(id, ifMatch, new DismissCandidate(dismissal.dismissedOn(), dismissal.dismissal(),
                dismissal.duplicateOf(), null), dismissal.reason());
    }

    @POST
    @Path("/head")
    @Operation(summary = "A new head of household (death, moving out): the household goes on (HouseholdHeadChanged)",
            description = "Refused with 409 already-identified when the new head already leads a household in the programme.")
    public Uni<Response> changeHead(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                    @NotNull @Valid HeadChangeRequest request) {
        var newHead = Nominee.of(request.head(), null, null, hasher, "");
        return run(id, ifMatch, new ChangeHead(newHead.headIdHash(), request.change()), request.reason(),
                tx -> people.replaceHead(tx, id, newHead.head().nationalId(), request.head().firstName(),
                        request.head().lastName(), request.head().phone()));
    }

    @POST
    @Path("/visits")
    @Operation(summary = "Record a home visit (เยี่ยมบ้าน)")
    public Uni<Response> visit(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                               @NotNull @Valid Visit visit) {
        return run(id, ifMatch, new RecordVisit(visit.visitedOn(), visit.visitedBy(), visit.notes()), visit.notes());
    }

    @POST
    @Path("/assessment")
    @Operation(summary = "Record the 4 ท assessment (ทัศนะ ทักษะ ทรัพยากร ทางออก); needs a visit first")
    public Uni<Response> assess(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid FourT assessment) {
        return run(id, ifMatch, new Assess(assessment.assessedOn(), assessment.toAssessment()), assessment.wayOut().direction());
    }

    @POST
    @Path("/classification")
    @Operation(summary = "Classify the household: group ก welfare or ข self-developing; needs the 4 ท assessment")
    public Uni<Response> classify(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @NotNull @Valid Classification classification) {
        return run(id, ifMatch, new Classify(classification.group(), classification.welfareNeeds()), classification.reason());
    }

    @POST
    @Path("/poverty-causes")
    @Operation(summary = "Record the causes of poverty from the Family Folder; needs a visit first")
    public Uni<Response> causes(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Causes causes) {
        var recorded = causes.causes().stream().map(c -> new PovertyCause(c.dimension(), c.description())).toList();
        return run(id, ifMatch, new RecordPovertyCauses(recorded), causes.reason());
    }

    @POST
    @Path("/members")
    @Operation(summary = "Record the Family Folder's members (relation, age band, disabled, bedridden, elderly living alone)",
            description = "Personal data: kept in household-service; the event says only how many members there are.")
    public Uni<Response> members(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Members members) {
        List<HouseholdMember> recorded = members.toMembers();
        return run(id, ifMatch, new RecordMembers(recorded), members.reason(),
                tx -> people.replaceMembers(tx, id, recorded));
    }

    @POST
    @Path("/poverty-causes/acknowledgement")
    @Operation(summary = "Record that the household acknowledges its recorded causes of poverty")
    public Uni<Response> acknowledge(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                     @NotNull @Valid Acknowledgement acknowledgement) {
        return run(id, ifMatch, new AcknowledgePovertyCauses(acknowledgement.acknowledgedOn()), "");
    }

    @POST
    @Path("/corrections")
    @Operation(summary = "Correct the household's details (village, members, the head's personal details)")
    public Uni<Response> correct(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull @Valid Correction correction) {
        var personal = new PersonalData.Correction(correction.firstName(), correction.lastName(), correction.phone(),
                correction.address());
        return run(id, ifMatch, new CorrectDetails(correction.villageCode(), correction.members(), personal.fields()),
                correction.reason(), tx -> people.correct(tx, id, personal));
    }

    @POST
    @Path("/follow-ups")
    @Operation(summary = "A graduate's income measured again, 6 and then 12 months after it left poverty",
            description = "At or below the line of the fiscal year it is measured in, the household fell back: it is "
                    + "identified again as a new case linked to this one (earlierCase), named in the Link header "
                    + "(rel=\"new-case\"). Needs If-Match.")
    public Uni<Response> followUp(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @NotNull @Valid FollowUpRequest followUp) {
        var command = new FollowUp(followUp.measuredOn(), followUp.annualIncomePerPerson(),
                povertyLine.thresholdFor(FiscalYear.ofDate(followUp.measuredOn())));
        return households.followUp(id, Versions.required(ifMatch), command, caller, followUp.reason())
                .map(recorded -> {
                    var updated = recorded.household();
                    var response = Response.ok(HouseholdView.of(updated.aggregate(), updated.version(), null, null, areas))
                            .header(HttpHeaders.ETAG, Versions.etag(updated.version()));
                    if (recorded.newCase() != null) {
                        response.header("Link", "</api/v1/households/" + recorded.newCase() + ">; rel=\"new-case\"");
                    }
                    return response.build();
                });
    }

    @POST
    @Path("/graduation")
    @Operation(summary = "The household leaves poverty (พ้นความยากจน): income per person above the year's threshold",
            description = "Where plan-service has measured monthly incomes, they decide: the latest months (3 by default) "
                    + "must all clear their fiscal year's threshold. Otherwise annualIncomePerPerson, measured now, must.")
    public Uni<Response> graduate(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @NotNull @Valid GraduationRequest graduation) {
        Versions.required(ifMatch);
        return incomes.of(pool, id).flatMap(recorded -> {
            IncomeEvidence evidence;
            if (!recorded.isEmpty()) {
                evidence = new IncomeEvidence.Recorded(recorded, povertyLine.byYear(), povertyLine.defaultThreshold(),
                        monthsAboveThreshold);
            } else if (graduation.annualIncomePerPerson() != null) {
                int year = graduation.surveyYear() != null ? graduation.surveyYear()
                        : FiscalYear.ofDate(graduation.graduatedOn());
                evidence = new IncomeEvidence.Measured(graduation.annualIncomePerPerson(), povertyLine.thresholdFor(year));
            } else {
                throw new ProblemException(Problem.of(422, "income-required", "Income required",
                        "plan-service has measured no income for this household: send annualIncomePerPerson")
                        .withField("annualIncomePerPerson"));
            }
            return run(id, ifMatch, new Graduate(graduation.graduatedOn(), evidence), graduation.reason());
        });
    }

    @POST
    @Path("/closure")
    @Operation(summary = "Close the household: moved, died, duplicate or merged")
    public Uni<Response> close(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                               @NotNull @Valid Closure closure) {
        return run(id, ifMatch, new Close(closure.closure(), closure.duplicateOf()), closure.reason());
    }

    @POST
    @Path("/personal-data/erasure")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Erase the head's personal data (PDPA); the event history stays valid without it")
    public Uni<Response> erase(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                               @NotNull @Valid Erasure erasure) {
        return run(id, ifMatch, new ErasePersonalData(), erasure.reason(), tx -> people.erase(tx, id));
    }

    @POST
    @Path("/reopening")
    @Operation(summary = "Reopen a closed household at the step it had reached")
    public Uni<Response> reopen(@PathParam("householdId") String id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                @NotNull @Valid Reopening reopening) {
        return run(id, ifMatch, new Reopen(), reopening.reason());
    }

    private Uni<Response> run(String id, String ifMatch, HouseholdCommand command, String reason) {
        return run(id, ifMatch, command, reason, tx -> Uni.createFrom().voidItem());
    }

    private Uni<Response> run(String id, String ifMatch, HouseholdCommand command, String reason,
                              Function<SqlConnection, Uni<Void>> alsoInTransaction) {
        long expected = Versions.required(ifMatch);
        // answers carry no personal data: reading it is a GET with a stated purpose
        return households.handle(id, expected, command, caller, reason, alsoInTransaction)
                .map(updated -> Response.ok(HouseholdView.of(updated.aggregate(), updated.version(), null, null, areas))
                        .header(HttpHeaders.ETAG, Versions.etag(updated.version()))
                        .build());
    }
}
