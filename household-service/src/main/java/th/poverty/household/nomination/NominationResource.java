package th.poverty.household.nomination;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.area.IdentityHasher;
import th.poverty.household.Households;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;
import th.poverty.web.Versions;

@Path("/api/v1/households/forum-nominations")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {

    private final Households households;
    private final IdentityHasher hasher;
    private final Pool pool;
    private final Caller caller;
    private final Areas areas;

    public NominationResource(Households households, IdentityHasher hasher, Pool pool, Caller caller,
                              Areas areas) {
        this.areas = areas;
        this.households = households;
        this.hasher = hasher;
        this.pool = pool;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "Nominate a household at a community forum",
            description = "Identifies the household (HouseholdIdentified, source COMMUNITY_FORUM). The head's personal data "
                    + "is stored apart from the event. Send Idempotency-Key to make retries safe.")
    public Uni<Response> nominate(@NotNull @Valid ForumNomination nomination) {
        var nominee = Nominee.of(nomination.head(), nomination.houseNumber(), nomination.address(), hasher, "");
        // where, before anything is looked up: what lies outside the caller's area is never consulted
        caller.requireArea(village(nomination.villageCode()));
        return pool.withTransaction(tx -> households.identify(tx,
                        nominee.identify(UUID.randomUUID().toString(), nomination.villageCode(), nomination.forumDate(),
                                nomination.reason()),
                        nominee.head(), caller))
                .flatMap(id -> households.atTheSameHouse(id, caller).map(sameHouse -> Response
                        .created(URI.create("/api/v1/households/" + id))
                        .header(HttpHeaders.ETAG, Versions.etag(1))
                        .entity(new NominationAccepted(id, sameHouse))
                        .build()));
    }

    /**
     * The new household's id; {@code sameHouse} the other households at the same house
     * registration the caller may see: a hint to check, never a refusal.
     */
    public record NominationAccepted(String householdId, List<String> sameHouse) {
    }

    private AreaPath village(String code) {
        return village(areas, code);
    }

    /** The village a request names, or 400: what lies outside the area reference data is never looked up. */
    public static AreaPath village(Areas areas, String code) {
        return areas.pathOf(code).filter(path -> path.level() == AreaLevel.VILLAGE)
                .orElseThrow(() -> new ProblemException(Problem.of(400, "unknown-village", "Unknown village",
                        "villageCode " + code + " is not a village in the area reference data").withField("villageCode")));
    }
}
