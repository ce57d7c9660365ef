package th.poverty.household.tpmap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.area.IdentityHasher;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.domain.Thailand;
import th.poverty.domain.TimeOrderedIds;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.EventStore.NewStream;
import th.poverty.household.Household;
import th.poverty.household.HouseholdCommand.FlagTpmapTarget;
import th.poverty.household.HouseholdEvent;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.household.HouseholdProjection;
import th.poverty.household.Households;
import th.poverty.household.IdentificationSource;
import th.poverty.household.IdentifyHousehold;
import th.poverty.household.PersonalData;
import th.poverty.household.PersonalData.Person;
import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.RowOutcome;
import th.poverty.household.bmn.RowProblem;
import th.poverty.household.imports.ImportBatches;
import th.poverty.household.imports.StagedRow;

/**
 * Imports a batch of a TPMAP list in one transaction: removes its rows from the staged rows, flags
 * the households in the programme whose heads it lists (one after another: each is the household's
 * own decision), and adds the people it lists who lead none as candidate households, flagged too,
 * with their outcomes and the job's counters. A crash loses nothing: the rows of an uncommitted
 * batch are still staged.
 */
@ApplicationScoped
public class TpmapBatch implements ImportBatches<TpmapJob, TpmapBatch.Prepared> {

    private static final EventCodec<HouseholdEvent> CODEC = EventCodec.of(HouseholdEvent.class);

    private final Pool pool;
    private final EventStore eventStore;
    private final Households households;
    private final HouseholdProjection projection;
    private final PersonalData people;
    private final IdentityHasher hasher;
    private final Areas areas;
    private final int batchSize;
    private final Clock clock;

    public TpmapBatch(Pool pool, EventStore eventStore, Households households, HouseholdProjection projection,
                      PersonalData people, IdentityHasher hasher, Areas areas, BmnImportConfig config, Clock clock) {
        this.pool = pool;
        this.eventStore = eventStore;
        this.households = households;
        this.projection = projection;
        this.people = people;
        this.hasher = hasher;
        this.areas = areas;
        this.batchSize = config.batchSize();
        this.clock = clock;
    }

    /** A listed person who fails at least one dimension, by the keyed hash of their national ID. */
    private record Listed(TpmapRow person, String idHash) {

        int row() {
            return person.row();
        }
    }

    /** A household in the programme a listed person heads, and where it lies. */
    private record Known(String householdId, AreaPath area) {
    }

    /** What became of the batch's rows, and the counts the job adds up. */
    private static final class Tally {
        private final List<RowOutcome> outcomes = new ArrayList<>();
        private final int read;
        private int flagged;
        private int candidates;
        private int notTargets;
        private int duplicates;
        private int rejected;

        Tally(int read) {
            this.read = read;
        }

        void reject(int row, List<RowProblem> problems) {
            rejected++;
            for (int i = 0; i < problems.size(); i++) {
                outcomes.add(RowOutcome.rejected(row, i, problems.get(i)));
            }
        }

        void reject(int row, RowProblem problem) {
            reject(row, List.of(problem));
        }

        void duplicate(int row, String code, String reason) {
            duplicates++;
            outcomes.add(RowOutcome.duplicate(row, code, reason));
        }
    }

    /** The batch's rows, checked: the listed people to look up, and what became of the others so far. */
    record Prepared(List<StagedRow> rows, List<Listed> listed, Tally tally) implements ImportBatches.Prepared {

        @Override
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        @Override
        public int lastRow() {
            return rows.getLast().row();
        }
    }

    @Override
    public Prepared prepare(TpmapJob job, int afterRow) {
        List<StagedRow> rows = TpmapJobs.ROWS.read(pool, job.id(), afterRow, batchSize);
        Tally tally = new Tally(rows.size());
        return new Prepared(rows, sort(job, rows, tally), tally);
    }

    @Override
    public Uni<Void> commit(TpmapJob job, Prepared batch) {
        List<StagedRow> rows = batch.rows();
        List<Listed> listed = batch.listed();
        Tally tally = batch.tally();
        return pool.withTransaction(tx -> TpmapJobs.ROWS.take(tx, job.id(), rows)
                .chain(() -> metForTheFirstTime(tx, job.id(), listed))
                .chain(first -> {
                    List<Listed> met = new ArrayList<>(listed.size());
                    for (Listed person : listed) {
                        if (first.contains(person.idHash())) {
                            met.add(person);
                        } else {
                            tally.duplicate(person.row(), "duplicate-in-file", "the same person as a row above");
                        }
                    }
                    return inTheProgramme(tx, met).chain(known -> {
                        List<Listed> unknown = met.stream().filter(p -> !known.containsKey(p.idHash())).toList();
                        return flagKnown(tx, job, met, known, tally)
                                .chain(() -> addCandidates(tx, job, unknown, tally));
                    });
                })
                .chain(() -> TpmapJobs.OUTCOMES.record(tx, job.id(), tally.outcomes))
                .chain(() -> count(tx, job.id(), tally)));
    }

    /** Reads and checks each row: rejected, not a target, or a listed person (once per batch). */
    private List<Listed> sort(TpmapJob job, List<StagedRow> rows, Tally tally) {
        List<Listed> listed = new ArrayList<>(rows.size());
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (StagedRow staged : rows) {
            switch (TpmapRow.read(staged.row(), staged.values(), staged.problem())) {
                case TpmapRow.Invalid invalid -> tally.reject(staged.row(), invalid.problems());
                case TpmapRow.Valid valid -> {
                    TpmapRow person = valid.row();
                    RowProblem outside = placeProblem(person.villageCode(), job.areaCode());
                    if (outside != null) {
                        tally.reject(person.row(), outside);
                    } else if (person.dimensions().isEmpty()) {
                        tally.notTargets++;
                    } else {
                        String idHash = hasher.hash(person.nationalId());
                        Integer twin = firstRowOf.putIfAbsent(idHash, person.row());
                        if (twin == null) {
                            listed.add(new Listed(person, idHash));
                        } else {
                            tally.duplicate(person.row(), "duplicate-in-file", "the same person as row " + twin);
                        }
                    }
                }
            }
        }
        return listed;
    }

    /** Why a village may not be imported by this job: unknown, or outside the uploader's area; null if fine. */
    private RowProblem placeProblem(String villageCode, String jobArea) {
        AreaPath path = areas.pathOf(villageCode).filter(p -> p.level() == AreaLevel.VILLAGE).orElse(null);
        if (path == null) {
            return new RowProblem("village_code", "unknown-village",
                    "village_code " + villageCode + " is not a village in the area reference data");
        }
        if (!path.within(jobArea)) {
            return new RowProblem("village_code", "outside-your-area",
                    "village_code " + villageCode + " is outside the uploader's area " + jobArea);
        }
        return null;
    }

    /** Flags the households in the programme that listed people head, within the uploader's area. */
    private Uni<Void> flagKnown(SqlConnection tx, TpmapJob job, List<Listed> met, Map<String, Known> known, Tally tally) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Listed person : met) {
            Known household = known.get(person.idHash());
            if (household == null) {
                continue;
            }
            if (!household.area().within(job.areaCode())) {
                // the household is not named: who leads a household where is not the uploader's to learn
                tally.reject(person.row(), new RowProblem("national_id", "household-outside-your-area",
                        "the person leads a household in the programme outside the uploader's area " + job.areaCode()));
                continue;
            }
            chain = chain.call(() -> flag(tx, job, household.householdId(), person, tally).invoke(done -> {
                if (done) {
                    tally.flagged++;
                }
            }));
        }
        return chain;
    }

    /**
     * Adds each named person who leads no household in the programme as a candidate household of
     * their village (a new case of the one they led before, if any), then flags it.
     */
    private Uni<Void> addCandidates(SqlConnection tx, TpmapJob job, List<Listed> unknown, Tally tally) {
        List<Listed> named = new ArrayList<>(unknown.size());
        for (Listed person : unknown) {
            if (person.person().named()) {
                named.add(person);
            } else {
                tally.reject(person.row(), new RowProblem(person.person().firstName() == null ? "first_name" : "last_name",
                        "name-required", "the person leads no household in the programme: first_name and last_name are "
                        + "needed to add them as a candidate"));
            }
        }
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return projection.earlierCases(tx, named.stream().map(Listed::idHash).toList()).chain(earlier -> {
            Map<String, Listed> byHousehold = new LinkedHashMap<>();
            List<HouseholdIdentified> identified = new ArrayList<>();
            for (Listed person : named) {
                switch (Household.identify(identification(job, person, earlier.get(person.idHash())), areas,
                        Thailand.today(clock))) {
                    case Decision.Rejected<HouseholdEvent> refused -> tally.reject(person.row(), problem(refused.rejection()));
                    case Decision.Accepted<HouseholdEvent> accepted -> {
                        var event = (HouseholdIdentified) accepted.events().getFirst();
                        identified.add(event);
                        byHousehold.put(event.householdId(), person);
                    }
                }
            }
            return projection.identified(tx, identified, true).chain(added -> {
                Instant now = clock.instant();
                List<NewStream> streams = new ArrayList<>(added.size());
                Map<String, Person> heads = new LinkedHashMap<>();
                for (HouseholdIdentified event : identified) {
                    Listed person = byHousehold.get(event.householdId());
                    if (!added.contains(event.householdId())) {
                        tally.duplicate(person.row(), "already-identified",
                                "the person leads a household in the programme (identified meanwhile)");
                        continue;
                    }
                    var metadata = new EventMetadata(job.uploadedBy(), job.uploaderRole(), event.reason(),
                            job.correlationId(), null, now, event.villageCode());
                    streams.add(new NewStream(event.householdId(), List.of(CODEC.encode(event)), metadata));
                    TpmapRow row = person.person();
                    heads.put(event.householdId(), new Person(row.nationalId(), row.firstName(), row.lastName(), null,
                            row.houseNumber(), null));
                }
                if (streams.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                Uni<Void> chain = eventStore.appendNewStreams(tx, Households.STREAM_TYPE, streams)
                        .chain(() -> people.recordAll(tx, heads));
                for (NewStream stream : streams) {
                    Listed person = byHousehold.get(stream.streamId());
                    chain = chain.call(() -> flag(tx, job, stream.streamId(), person, tally).invoke(done -> {
                        if (done) {
                            tally.candidates++;
                        }
                    }));
                }
                return chain;
            });
        });
    }

    private IdentifyHousehold identification(TpmapJob job, Listed listed, String earlierCase) {
        TpmapRow person = listed.person();
        String reason = "TPMAP target list " + job.listYear() + ": " + person.dimensions().stream()
                .map(d -> d.labelEn().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new IdentifyHousehold(TimeOrderedIds.next().toString(), IdentificationSource.TPMAP_LIST,
                person.villageCode(), job.listedOn(), reason, listed.idHash(),
                person.houseNumber() == null ? null : hasher.hash(person.houseNumber()), null, null, null, List.of(),
                earlierCase);
    }

    /** The household's decision on the list's flag, appended; a refusal becomes the row's problem (false). */
    private Uni<Boolean> flag(SqlConnection tx, TpmapJob job, String householdId, Listed person, Tally tally) {
        var command = new FlagTpmapTarget(job.listYear(), job.listedOn(), person.person().dimensions());
        var metadata = new EventMetadata(job.uploadedBy(), job.uploaderRole(), "TPMAP target list " + job.listYear(),
                job.correlationId(), null, clock.instant(), null);
        return households.decideInImport(tx, householdId, command, metadata).map(refusal -> {
            refusal.ifPresent(r -> tally.reject(person.row(), problem(r)));
            return refusal.isEmpty();
        });
    }

    private static RowProblem problem(Rejection rejection) {
        String field = "villageCode".equals(rejection.field()) ? "village_code" : rejection.field();
        return new RowProblem(field, rejection.code(), rejection.message());
    }

    /** The people of the batch the job meets for the first time; the others were listed in an earlier batch. */
    private static Uni<Set<String>> metForTheFirstTime(SqlConnection tx, UUID jobId, List<Listed> listed) {
        if (listed.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return tx.preparedQuery("""
                        insert into tpmap_import_people (job_id, id_hash) select $1, unnest($2::text[])
                        on conflict do nothing returning id_hash""")
                .execute(Tuple.of(jobId, listed.stream().map(Listed::idHash).toArray(String[]::new)))
                .map(rows -> {
                    Set<String> first = new HashSet<>();
                    rows.forEach(row -> first.add(row.getString(0)));
                    return first;
                });
    }

    /** The households in the programme the people head, by the keyed hash of their national ID. */
    private static Uni<Map<String, Known>> inTheProgramme(SqlConnection tx, List<Listed> people) {
        if (people.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return tx.preparedQuery("""
                        select head_id_hash, household_id, province_code, district_code, tambon_code, village_code
                        from households
                        where head_id_hash = any($1) and status not in ('CLOSED', 'DISMISSED', 'GRADUATED')""")
                .execute(Tuple.of(people.stream().map(Listed::idHash).toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Known> known = new HashMap<>();
                    rows.forEach(row -> known.put(row.getString(0), new Known(row.getString(1),
                            new AreaPath(row.getString(2), row.getString(3), row.getString(4), row.getString(5)))));
                    return known;
                });
    }

    /** Adds the batch to the job's counters: read = flagged + candidates + notTargets + duplicates + rejected. */
    private static Uni<Void> count(SqlConnection tx, UUID jobId, Tally tally) {
        return tx.preparedQuery("""
                        update tpmap_imports set
                            rows_read = rows_read + $2, flagged = flagged + $3, candidates = candidates + $4,
                            not_targets = not_targets + $5, duplicates = duplicates + $6, rejected = rejected + $7,
                            status = 'RUNNING', started_at = coalesce(started_at, now()),
                            finished_at = case when rows_read + $2 >= rows_total then now() end
                        where job_id = $1""")
                .execute(Tuple.tuple(List.of(jobId, tally.read, tally.flagged, tally.candidates, tally.notTargets,
                        tally.duplicates, tally.rejected)))
                .replaceWithVoid();
    }

}
