package th.poverty.reporting.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Page;
import th.poverty.reporting.rollup.ReportAreas;
import th.poverty.web.Caller;
import th.poverty.web.PageSize;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/households/{householdId}/timeline")
@Tag(name = "Household timeline (audit trail)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.FIELD_TEAM, Roles.ANALYST})
public class TimelineResource {

    private final Pool pool;
    private final ReportAreas areas;
    private final Caller caller;

    public TimelineResource(Pool pool, ReportAreas areas, Caller caller) {
        this.pool = pool;
        this.areas = areas;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every event of a household across household-, team- and plan-service, in the order they happened",
            description = "Who did what, when and why; no personal data. A household outside the caller's area, or "
                    + "not identified yet, is not found. Paged: pass next back as after.")
    public Uni<Page<TimelineEntry>> timeline(@PathParam("householdId") String householdId,
                                             @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int size = PageSize.of(limit);
        Cursor from = Cursor.parse(after);
        return pool.preparedQuery("select village_code from households where household_id = $1")
                .execute(Tuple.of(householdId))
                .chain(rows -> {
                    String village = rows.size() == 0 ? null : rows.iterator().next().getString(0);
                    if (village == null || !areas.visibleWithin(caller.area(), village)) {
                        throw ProblemException.notFound("Household", householdId);
                    }
                    return pool.preparedQuery("""
                                    select event_id, type, source, stream_type, stream_id, stream_version, occurred_at,
                                           actor, actor_role
                                    from event_log
                                    where subject_kind = 'HOUSEHOLD' and subject_id = $1 and (occurred_at, event_id) > ($2, $3)
                                    order by occurred_at, event_id
                                    limit $4""")
                            .execute(Tuple.of(householdId, from.occurredAt().atOffset(ZoneOffset.UTC), from.eventId(), size + 1));
                })
                .map(rows -> {
                    List<TimelineEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(new TimelineEntry(row.getUUID(0), row.getString(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getLong(5), row.getOffsetDateTime(6).toInstant(),
                            row.getString(7), row.getString(8))));
                    return Page.of(entries, size, entry -> new Cursor(entry.occurredAt(), entry.eventId()).encode());
                });
    }

    /** Where a page ends: opaque to clients. */
    record Cursor(Instant occurredAt, UUID eventId) {

        static final Cursor START = new Cursor(Instant.EPOCH, new UUID(0, 0));

        static Cursor parse(String after) {
            if (after == null || after.isBlank()) {
                return START;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(" ", 2);
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("after", "after must be a cursor this API gave out as next");
            }
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((occurredAt + " " + eventId).getBytes(StandardCharsets.UTF_8));
        }
    }
}
