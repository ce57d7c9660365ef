package th.poverty.reporting.projection;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.measure.CarerFacts;
import th.poverty.reporting.measure.HouseholdFacts;
import th.poverty.reporting.measure.LoggedEvent;

/** The live projection tables: the event log, the per-subject rows and the area counters. */
@ApplicationScoped
public class ProjectionStore {

    Uni<Void> lock(SqlConnection tx, List<Subject> subjects) {
        Uni<Void> locked = tx.preparedQuery("select pg_advisory_xact_lock_shared($1)")
                .execute(Tuple.of(ProjectionLocks.REBUILD)).replaceWithVoid();
        // in one order everywhere, so two events sharing subjects (a carer and a household) queue, not deadlock
        for (Subject subject : subjects.stream().sorted().toList()) {
            locked = locked.chain(() -> tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                    .execute(Tuple.of(ProjectionLocks.key(subject))).replaceWithVoid());
        }
        return locked;
    }

    /** Logs the event under each subject; returns those it was new for (a replayed event is new for none). */
    Uni<List<Subject>> log(SqlConnection tx, ConsumedEvent consumed) {
        IncomingEvent e = consumed.event();
        int n = consumed.subjects().size();
        String[] kinds = new String[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = consumed.subjects().get(i).kind().name();
            ids[i] = consumed.subjects().get(i).id();
        }
        return tx.preparedQuery("""
                        insert into event_log (subject_kind, subject_id, event_id, source, type, stream_type, stream_id,
                                               stream_version, occurred_at, actor, actor_role, reason, facts)
                        select k, i, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text::json
                        from unnest($1::text[], $2::text[]) as s (k, i)
                        on conflict do nothing
                        returning subject_kind, subject_id""")
                .execute(Tuple.tuple(java.util.Arrays.asList(kinds, ids, e.eventId(), e.source(), e.type(), e.streamType(),
                        e.streamId(), e.version(), e.metadata().occurredAt().atOffset(ZoneOffset.UTC), e.metadata().actor(),
                        e.metadata().actorRole(), e.metadata().reason(), consumed.factsJson())))
                .map(rows -> {
                    List<Subject> logged = new ArrayList<>();
                    rows.forEach(row -> logged.add(new Subject(Subject.Kind.valueOf(row.getString(0)), row.getString(1))));
                    logged.sort(Comparator.naturalOrder());
                    return logged;
                });
    }

    /** The subject's counted events, in no particular order. */
    Uni<List<LoggedEvent>> history(SqlClient client, Subject subject) {
        return client.preparedQuery("""
                        select occurred_at, stream_version, event_id, type, facts::text from event_log
                        where subject_kind = $1 and subject_id = $2 and facts is not null""")
                .execute(Tuple.of(subject.kind().name(), subject.id()))
                .map(rows -> {
                    List<LoggedEvent> events = new ArrayList<>(rows.size());
                    rows.forEach(row -> events.add(logged(row)));
                    return events;
                });
    }

    static LoggedEvent logged(Row row) {
        return new LoggedEvent(row.getOffsetDateTime(0).toInstant(), row.getLong(1), row.getUUID(2),
                SourceTopic.decode(row.getString(3), row.getString(4)));
    }

    Uni<Void> household(SqlConnection tx, String householdId, HouseholdFacts facts) {
        var area = facts.area();
        return tx.preparedQuery("""
                        insert into households (household_id, province_code, district_code, tambon_code, village_code, status)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (household_id) do update set province_code = excluded.province_code,
                            district_code = excluded.district_code, tambon_code = excluded.tambon_code,
                            village_code = excluded.village_code, status = excluded.status""")
                .execute(Tuple.from(java.util.Arrays.asList(householdId, area == null ? null : area.province(),
                        area == null ? null : area.district(), area == null ? null : area.tambon(),
                        area == null ? null : area.village(), facts.standing().name())))
                .replaceWithVoid();
    }

    Uni<Void> carer(SqlConnection tx, String carerId, CarerFacts facts) {
        return tx.preparedQuery("""
                        insert into carers (carer_id, area_code, households) values ($1, $2, $3)
                        on conflict (carer_id) do update set area_code = excluded.area_code, households = excluded.households""")
                .execute(Tuple.of(carerId, facts.area() == null ? null : facts.area().code(), facts.households()))
                .replaceWithVoid();
    }

    /**
     * Adds the changes to the totals and the days, and marks the areas for analytics: three
     * statements, whatever the number of changes. Rows are written in key order, so concurrent
     * writers queue on the same first row instead of deadlocking.
     */
    Uni<Void> apply(SqlConnection tx, List<AreaChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<List<String>, Long> totals = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Map<List<Object>, Long> days = new TreeMap<>(Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (LocalDate) k.get(1)).thenComparing(k -> (String) k.get(2)));
        Map<String, String> parents = new TreeMap<>();
        for (AreaChange change : changes) {
            totals.merge(List.of(change.areaCode(), change.measure()), change.delta(), Long::sum);
            days.merge(List.of(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
            parents.put(change.areaCode(), change.parentCode() == null ? "" : change.parentCode());
        }
        return tx.preparedQuery(Sql.ADD_TO_TOTALS.formatted("area_totals"))
                .execute(Tuple.of(column(totals.keySet(), 0), column(totals.keySet(), 1),
                        totals.keySet().stream().map(k -> parents.get(k.get(0))).toArray(String[]::new),
                        totals.values().toArray(Long[]::new)))
                .chain(() -> tx.preparedQuery(Sql.ADD_TO_DAYS.formatted("area_daily"))
                        .execute(Tuple.of(days.keySet().stream().map(k -> (String) k.get(0)).toArray(String[]::new),
                                days.keySet().stream().map(k -> (LocalDate) k.get(1)).toArray(LocalDate[]::new),
                                days.keySet().stream().map(k -> (String) k.get(2)).toArray(String[]::new),
                                days.values().toArray(Long[]::new))))
                .chain(() -> tx.preparedQuery(Sql.MARK_CHANGED)
                        .execute(Tuple.of(parents.keySet().toArray(String[]::new))))
                .replaceWithVoid();
    }

    private static String[] column(java.util.Collection<List<String>> keys, int index) {
        return keys.stream().map(k -> k.get(index)).toArray(String[]::new);
    }
}
