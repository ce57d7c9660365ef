package th.poverty.reporting.projection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
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

    /**
     * Takes the rebuild lock shared and the subjects' locks, in one order everywhere, so two
     * batches sharing subjects (a carer and a household) queue instead of deadlocking.
     */
    Uni<Void> lock(SqlConnection tx, SortedSet<Subject> subjects) {
        return tx.preparedQuery("select pg_advisory_xact_lock_shared($1)").execute(Tuple.of(ProjectionLocks.REBUILD))
                .chain(() -> tx.preparedQuery("""
                                select count(pg_advisory_xact_lock(hashtextextended(k, 0)))
                                from (select k from unnest($1::text[]) with ordinality as s (k, n) order by n) ordered""")
                        .execute(Tuple.of(subjects.stream().map(ProjectionLocks::key).toArray(String[]::new))))
                .replaceWithVoid();
    }

    /**
     * Logs each event under each of its subjects and reads the subjects' counted events as they
     * were before, in one statement (its select does not see its insert's rows): returns the pairs
     * that were new (a redelivered or replayed event is new for none) and each subject's earlier
     * events, in no particular order. The facts of the events in {@code known} (the batch's own,
     * just read from Kafka) are not decoded again.
     */
    Uni<Log> log(SqlConnection tx, List<ConsumedEvent> batch, Collection<Subject> subjects, Map<UUID, Object> known) {
        var rows = new LogRows(batch);
        return tx.preparedQuery("""
                        with logged as (
                            insert into event_log (subject_kind, subject_id, event_id, source, type, stream_type, stream_id,
                                                   stream_version, occurred_at, actor, actor_role, facts)
                            select k, i, e, src, t, st, sid, v, o, a, r, f::json
                            from (select unnest($1::text[]) as k, unnest($2::text[]) as i, unnest($3::uuid[]) as e,
                                    unnest($4::text[]) as src, unnest($5::text[]) as t, unnest($6::text[]) as st,
                                    unnest($7::text[]) as sid, unnest($8::bigint[]) as v,
                                    unnest($9::timestamptz[]) as o, unnest($10::text[]) as a,
                                    unnest($11::text[]) as r, unnest($12::text[]) as f) as x
                            on conflict do nothing
                            returning subject_kind, subject_id, event_id)
                        select true, subject_kind, subject_id, event_id, null, null, null, null from logged
                        union all
                        select false, l.subject_kind, l.subject_id, l.event_id, l.occurred_at, l.stream_version, l.type,
                               l.facts::text
                        from (select unnest($13::text[]) as kind, unnest($14::text[]) as id) as s
                        join event_log l on l.subject_id = s.id and l.subject_kind = s.kind
                        where l.facts is not null""")
                .execute(rows.tuple(subjects))
                .map(result -> {
                    Set<Logged> logged = new HashSet<>(batch.size() * 2);
                    Map<Subject, List<LoggedEvent>> earlier = new HashMap<>();
                    result.forEach(row -> {
                        var subject = new Subject(Subject.Kind.valueOf(row.getString(1)), row.getString(2));
                        if (row.getBoolean(0)) {
                            logged.add(new Logged(subject, row.getUUID(3)));
                        } else {
                            earlier.computeIfAbsent(subject, s -> new ArrayList<>()).add(logged(row, known));
                        }
                    });
                    return new Log(logged, earlier);
                });
    }

    /** What logging a batch found: the pairs it added, and its subjects' events logged before. */
    record Log(Set<Logged> added, Map<Subject, List<LoggedEvent>> earlier) {

        List<LoggedEvent> earlier(Subject subject) {
            return earlier.getOrDefault(subject, List.of());
        }
    }

    /** An event newly logged under a subject. */
    record Logged(Subject subject, UUID eventId) {
    }

    /** The batch as the columns of the log, one row per event and subject. */
    private static final class LogRows {
        private final List<Object[]> columns = new ArrayList<>();

        LogRows(List<ConsumedEvent> batch) {
            int n = batch.stream().mapToInt(c -> c.subjects().size()).sum();
            String[] kinds = new String[n];
            String[] ids = new String[n];
            UUID[] events = new UUID[n];
            String[] sources = new String[n];
            String[] types = new String[n];
            String[] streamTypes = new String[n];
            String[] streamIds = new String[n];
            Long[] versions = new Long[n];
            OffsetDateTime[] occurred = new OffsetDateTime[n];
            String[] actors = new String[n];
            String[] roles = new String[n];
            String[] facts = new String[n];
            int row = 0;
            for (ConsumedEvent consumed : batch) {
                IncomingEvent e = consumed.event();
                for (Subject subject : consumed.subjects()) {
                    kinds[row] = subject.kind().name();
                    ids[row] = subject.id();
                    events[row] = e.eventId();
                    sources[row] = e.source();
                    types[row] = e.type();
                    streamTypes[row] = e.streamType();
                    streamIds[row] = e.streamId();
                    versions[row] = e.version();
                    occurred[row] = e.metadata().occurredAt().atOffset(ZoneOffset.UTC);
                    actors[row] = e.metadata().actor();
                    roles[row] = e.metadata().actorRole();
                    facts[row] = consumed.factsJson();
                    row++;
                }
            }
            columns.addAll(List.of(kinds, ids, events, sources, types, streamTypes, streamIds, versions, occurred, actors,
                    roles, facts));
        }

        /** The columns, then the subjects whose events to read, as two more. */
        Tuple tuple(Collection<Subject> subjects) {
            var values = new ArrayList<Object>(columns);
            values.add(subjects.stream().map(s -> s.kind().name()).toArray(String[]::new));
            values.add(subjects.stream().map(Subject::id).toArray(String[]::new));
            return Tuple.tuple(values);
        }
    }

    private static LoggedEvent logged(Row row, Map<UUID, Object> known) {
        UUID eventId = row.getUUID(3);
        Object facts = known.get(eventId);
        return new LoggedEvent(row.getOffsetDateTime(4).toInstant(), row.getLong(5), eventId,
                facts != null ? facts : SourceTopic.decode(row.getString(6), row.getString(7)));
    }

    /** Writes the households' facts as folded, in one statement. */
    Uni<Void> households(SqlConnection tx, Map<String, HouseholdFacts> households) {
        if (households.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = households.size();
        String[] ids = new String[n];
        String[] provinces = new String[n];
        String[] districts = new String[n];
        String[] tambons = new String[n];
        String[] villages = new String[n];
        String[] standings = new String[n];
        int i = 0;
        for (var entry : new TreeMap<>(households).entrySet()) {
            var area = entry.getValue().area();
            ids[i] = entry.getKey();
            provinces[i] = area == null ? null : area.province();
            districts[i] = area == null ? null : area.district();
            tambons[i] = area == null ? null : area.tambon();
            villages[i] = area == null ? null : area.village();
            standings[i] = entry.getValue().standing().name();
            i++;
        }
        return tx.preparedQuery("""
                        insert into households (household_id, province_code, district_code, tambon_code, village_code, status)
                        select unnest($1::text[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]),
                                unnest($5::text[]), unnest($6::text[])
                        on conflict (household_id) do update set province_code = excluded.province_code,
                            district_code = excluded.district_code, tambon_code = excluded.tambon_code,
                            village_code = excluded.village_code, status = excluded.status""")
                .execute(Tuple.of(ids, provinces, districts, tambons, villages, standings))
                .replaceWithVoid();
    }

    /** Writes the carers' facts as folded, in one statement. */
    Uni<Void> carers(SqlConnection tx, Map<String, CarerFacts> carers) {
        if (carers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var sorted = new TreeMap<>(carers);
        return tx.preparedQuery("""
                        insert into carers (carer_id, area_code, households)
                        select unnest($1::text[]), unnest($2::text[]), unnest($3::int[])
                        on conflict (carer_id) do update set area_code = excluded.area_code, households = excluded.households""")
                .execute(Tuple.of(sorted.keySet().toArray(String[]::new),
                        sorted.values().stream().map(f -> f.area() == null ? null : f.area().code()).toArray(String[]::new),
                        sorted.values().stream().map(CarerFacts::households).toArray(Integer[]::new)))
                .replaceWithVoid();
    }

    /**
     * Adds the changes to the totals and the days, and marks the areas for analytics: three
     * statements, whatever the number of changes, under the area counters' lock. The marks are
     * written in area order, the relay's, so that the two never deadlock.
     */
    Uni<Void> apply(SqlConnection tx, List<AreaChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Total, Long> totals = new HashMap<>();
        Map<Day, Long> days = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (AreaChange change : changes) {
            totals.merge(new Total(change.areaCode(), change.measure()), change.delta(), Long::sum);
            days.merge(new Day(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
            parents.putIfAbsent(change.areaCode(), change.parentCode() == null ? "" : change.parentCode());
        }
        int t = totals.size();
        String[] totalAreas = new String[t];
        String[] totalMeasures = new String[t];
        String[] totalParents = new String[t];
        Long[] totalValues = new Long[t];
        int i = 0;
        for (var total : totals.entrySet()) {
            totalAreas[i] = total.getKey().area();
            totalMeasures[i] = total.getKey().measure();
            totalParents[i] = parents.get(total.getKey().area());
            totalValues[i++] = total.getValue();
        }
        int d = days.size();
        String[] dayAreas = new String[d];
        LocalDate[] dayDates = new LocalDate[d];
        String[] dayMeasures = new String[d];
        Long[] dayValues = new Long[d];
        i = 0;
        for (var day : days.entrySet()) {
            dayAreas[i] = day.getKey().area();
            dayDates[i] = day.getKey().day();
            dayMeasures[i] = day.getKey().measure();
            dayValues[i++] = day.getValue();
        }
        String[] marked = parents.keySet().toArray(String[]::new);
        Arrays.sort(marked);
        return tx.preparedQuery("select pg_advisory_xact_lock($1)").execute(Tuple.of(ProjectionLocks.AREA_COUNTERS))
                .chain(() -> tx.preparedQuery(Sql.ADD_TO_TOTALS.formatted("area_totals"))
                        .execute(Tuple.of(totalAreas, totalMeasures, totalParents, totalValues)))
                .chain(() -> tx.preparedQuery(Sql.ADD_TO_DAYS.formatted("area_daily"))
                        .execute(Tuple.of(dayAreas, dayDates, dayMeasures, dayValues)))
                .chain(() -> tx.preparedQuery(Sql.MARK_CHANGED).execute(Tuple.of(marked)))
                .replaceWithVoid();
    }

    /** An area's total of one measure: the key of area_totals. */
    private record Total(String area, String measure) {
    }

    /** An area's change of one measure on one day: the key of area_daily. */
    private record Day(String area, LocalDate day, String measure) {
    }
}
