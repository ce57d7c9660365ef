package th.poverty.household.bmn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import th.poverty.eventstore.NewEvent;
import th.poverty.household.Household;
import th.poverty.household.HouseholdCommand.RecordSurvey;
import th.poverty.household.HouseholdEvent;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.household.HouseholdProjection;
import th.poverty.household.Households;
import th.poverty.household.IdentificationSource;
import th.poverty.household.IdentifyHousehold;
import th.poverty.household.PersonalData;
import th.poverty.household.PersonalData.Person;
import th.poverty.household.imports.ImportBatches;
import th.poverty.household.imports.StagedRow;

/**
 * Imports a job's rows batch by batch. A batch is read and decided off the database's threads
 * (checks, screening, keyed hashes, the domain's decision); then one transaction removes
 * them from the staged rows, records this round's facts for the households whose heads are
 * already in the programme (a re-survey), and writes the new households' streams, events,
 * outbox entries, read model and personal data, the outcomes and the job's counters, a few
 * statements whatever the batch size (and a few per re-surveyed household). A crash loses
 * nothing: the rows of an uncommitted batch are still staged and are read again.
 */
@ApplicationScoped
public class ImportBatch implements ImportBatches<ImportJob, ImportBatch.Prepared> {

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

    public ImportBatch(Pool pool, EventStore eventStore, Households households, HouseholdProjection projection,
                       PersonalData people, IdentityHasher hasher, Areas areas, BmnImportConfig config, Clock clock) {
        this.clock = clock;
        this.pool = pool;
        this.eventStore = eventStore;
        this.households = households;
        this.projection = projection;
        this.people = people;
        this.hasher = hasher;
        this.areas = areas;
        this.batchSize = config.batchSize();
    }

    /** The batch's candidates, each linked to its head's earlier case, and those the read model took. */
    private record Linked(List<Candidate> candidates, Set<String> added) {
    }

    /** A valid row's survey facts, for the household its head may already lead. */
    private record Surveyed(int row, String headIdHash, RecordSurvey facts) {
    }

    /** A household the batch would identify, unless its head already leads one: then its facts update that one. */
    private record Candidate(Surveyed surveyed, HouseholdIdentified event, NewEvent encoded, EventMetadata metadata,
                             Person head) {

        int row() {
            return surveyed.row();
        }

        /** A head who led a household that graduated, was closed or dismissed: a new case of it. */
        Candidate newCaseOf(Map<String, String> earlierCases) {
            String earlier = earlierCases.get(event.headIdHash());
            if (earlier == null) {
                return this;
            }
            var linked = event.withEarlierCase(earlier);
            return new Candidate(surveyed, linked, CODEC.encode(linked), metadata, head);
        }
    }

    /**
     * The batch's rows, decided: candidates to identify unless their head is already in the
     * programme, the other valid rows (whose facts still update a household in the programme),
     * and the counts of the rest.
     */
    private record Sorted(List<Candidate> candidates, List<Surveyed> notCandidates, List<RowOutcome> outcomes,
                          int duplicates, int rejected) {
    }

    /** What the rows of households already in the programme did: updated their facts, or repeated a year. */
    private static final class Resurveys {
        private final Set<Integer> rows = new HashSet<>();
        private final List<RowOutcome> outcomes = new ArrayList<>();
        private int resurveyed;

        void add(Surveyed surveyed, Optional<Rejection> refusal) {
            rows.add(surveyed.row());
            refusal.ifPresentOrElse(
                    r -> outcomes.add(RowOutcome.duplicate(surveyed.row(), "already-surveyed", r.message())),
                    () -> resurveyed++);
        }

        boolean handled(int row) {
            return rows.contains(row);
        }
    }

    /** Rows read and decided, ready to commit; empty when the job has no rows left after the last batch. */
    static final class Prepared implements ImportBatches.Prepared {
        private final List<StagedRow> rows;
        private final Sorted sorted;

        private Prepared(List<StagedRow> rows, Sorted sorted) {
            this.rows = rows;
            this.sorted = sorted;
        }

        @Override
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        @Override
        public int lastRow() {
            return rows.getLast().row();
        }
    }

    /** Reads past rows a batch still in flight is about to remove, so the next batch is ready when that one commits. */
    @Override
    public Prepared prepare(ImportJob job, int afterRow) {
        List<StagedRow> rows = ImportJobs.ROWS.read(pool, job.id(), afterRow, batchSize);
        return new Prepared(rows, rows.isEmpty() ? null : sort(job, rows));
    }

    @Override
    public Uni<Void> commit(ImportJob job, Prepared batch) {
        return pool.withTransaction(tx -> commit(tx, job, batch.rows, batch.sorted));
    }

    private Sorted sort(ImportJob job, List<StagedRow> rows) {
        SurveyRound round = job.round();
        LocalDate today = Thailand.today(clock);
        Instant now = clock.instant();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        List<Surveyed> notCandidates = new ArrayList<>(rows.size());
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>(rows.size() * 4);
        int duplicates = 0;
        int rejected = 0;
        for (StagedRow staged : rows) {
            List<RowProblem> problems = new ArrayList<>(1);
            Candidate candidate = null;
            switch (SurveyRow.read(staged.row(), staged.values(), staged.problem(), round)) {
                case SurveyRow.Invalid invalid -> problems.addAll(invalid.problems());
                case SurveyRow.Valid valid -> {
                    SurveyRow row = valid.row();
                    RowProblem outside = placeProblem(row.villageCode(), job.areaCode());
                    if (outside != null) {
                        problems.add(outside);
                    } else {
                        var surveyed = new Surveyed(row.row(), hasher.hash(row.nationalId()), new RecordSurvey(
                                job.surveyYear(), job.identifiedOn(), row.members(), row.incomePerPerson(),
                                row.failedIndicators()));
                        var reason = Screening.candidateReason(row, round);
                        if (reason.isEmpty()) {
                            notCandidates.add(surveyed);
                            continue;
                        }
                        candidate = identify(row, surveyed, reason.get(), job, today, now, problems);
                    }
                }
            }
            if (!problems.isEmpty()) {
                rejected++;
                for (int i = 0; i < problems.size(); i++) {
                    outcomes.add(RowOutcome.rejected(staged.row(), i, problems.get(i)));
                }
                continue;
            }
            // the head decides duplicates; households sharing a house registration are each their own
            Integer twin = firstRowOf.putIfAbsent(candidate.event().headIdHash(), candidate.row());
            if (twin == null) {
                candidates.add(candidate);
            } else {
                duplicates++;
                outcomes.add(RowOutcome.duplicate(candidate.row(), "duplicate-in-file",
                        "the same head of household as row " + twin));
            }
        }
        return new Sorted(candidates, notCandidates, outcomes, duplicates, rejected);
    }

    /** Why a village may not be imported by this job: unknown, or outside the uploader's area; null if fine. */
    private RowProblem placeProblem(String villageCode, String jobArea) {
        AreaPath path = areas.pathOf(villageCode).filter(p -> p.level() == AreaLevel.VILLAGE).orElse(null);
        if (path == null) {
            return new RowProblem(SurveyColumn.VILLAGE_CODE.header(), "unknown-village",
                    "village_code " + villageCode + " is not a village in the area reference data");
        }
        if (!path.within(jobArea)) {
            return new RowProblem(SurveyColumn.VILLAGE_CODE.header(), "outside-your-area",
                    "village_code " + villageCode + " is outside the uploader's area " + jobArea);
        }
        return null;
    }

    /** The domain's decision on the candidate; a refusal becomes the row's problem. */
    private Candidate identify(SurveyRow row, Surveyed surveyed, String reason, ImportJob job, LocalDate today,
                               Instant now, List<RowProblem> problems) {
        var command = new IdentifyHousehold(TimeOrderedIds.next().toString(), IdentificationSource.BMN_SURVEY,
                row.villageCode(), job.identifiedOn(), reason, surveyed.headIdHash(), hasher.hash(row.houseNumber()),
                job.surveyYear(), row.members(), row.incomePerPerson(), row.failedIndicators(), null);
        return switch (Household.identify(command, areas, today)) {
            case Decision.Rejected<HouseholdEvent> refused -> {
                var r = refused.rejection();
                problems.add(new RowProblem("villageCode".equals(r.field()) ? SurveyColumn.VILLAGE_CODE.header() : r.field(),
                        r.code(), r.message()));
                yield null;
            }
            case Decision.Accepted<HouseholdEvent> accepted -> {
                var event = (HouseholdIdentified) accepted.events().getFirst();
                var metadata = new EventMetadata(job.uploadedBy(), job.uploaderRole(), reason, job.correlationId(), null,
                        now, event.villageCode());
                var head = new Person(row.nationalId(), row.firstName(), row.lastName(), row.phone(), row.houseNumber(),
                        row.address());
                yield new Candidate(surveyed, event, CODEC.encode(event), metadata, head);
            }
        };
    }

    private Uni<Void> commit(SqlConnection tx, ImportJob job, List<StagedRow> rows, Sorted sorted) {
        List<Surveyed> valid = new ArrayList<>(sorted.candidates().size() + sorted.notCandidates().size());
        sorted.candidates().forEach(c -> valid.add(c.surveyed()));
        valid.addAll(sorted.notCandidates());
        return ImportJobs.ROWS.take(tx, job.id(), rows)
                .chain(() -> projection.inTheProgramme(tx, valid.stream().map(Surveyed::headIdHash).toList()))
                .chain(known -> resurvey(tx, job, valid, known))
                .chain(resurveys -> {
                    List<Candidate> unknown = sorted.candidates().stream().filter(c -> !resurveys.handled(c.row())).toList();
                    int notCandidates = (int) sorted.notCandidates().stream().filter(n -> !resurveys.handled(n.row())).count();
                    return projection.earlierCases(tx, unknown.stream().map(c -> c.event().headIdHash()).toList())
                            .chain(earlier -> {
                                List<Candidate> linked = unknown.stream().map(c -> c.newCaseOf(earlier)).toList();
                                return projection.identified(tx, linked.stream().map(Candidate::event).toList(), true)
                                        .map(added -> new Linked(linked, added));
                            })
                            .chain(identified -> {
                                Set<String> added = identified.added();
                                List<Candidate> fresh = new ArrayList<>(added.size());
                                List<RowOutcome> outcomes = new ArrayList<>(sorted.outcomes());
                                outcomes.addAll(resurveys.outcomes);
                                for (Candidate c : identified.candidates()) {
                                    if (added.contains(c.event().householdId())) {
                                        fresh.add(c);
                                    } else {
                                        outcomes.add(RowOutcome.duplicate(c.row(), "already-identified",
                                                "this head of household already leads a household in the programme"
                                                        + " (identified meanwhile, or earlier in this file)"));
                                    }
                                }
                                int duplicates = sorted.duplicates() + resurveys.outcomes.size() + unknown.size() - fresh.size();
                                return identify(tx, fresh)
                                        .chain(() -> ImportJobs.OUTCOMES.record(tx, job.id(), outcomes))
                                        .chain(() -> count(tx, job.id(), new Counts(rows.size(), fresh.size(),
                                                resurveys.resurveyed, notCandidates, duplicates, sorted.rejected())));
                            });
                });
    }

    /**
     * Records this round's facts for each row whose head leads a household in the programme, one
     * household after another in the batch's transaction.
     */
    private Uni<Resurveys> resurvey(SqlConnection tx, ImportJob job, List<Surveyed> valid, Map<String, String> known) {
        Resurveys resurveys = new Resurveys();
        Uni<Void> chain = Uni.createFrom().voidItem();
        Instant now = clock.instant();
        for (Surveyed surveyed : valid) {
            String householdId = known.get(surveyed.headIdHash());
            if (householdId != null) {
                var metadata = new EventMetadata(job.uploadedBy(), job.uploaderRole(), "BMN survey "
                        + job.surveyYear(), job.correlationId(), null, now, null);
                chain = chain.chain(() -> households.decideInImport(tx, householdId, surveyed.facts(), metadata)
                        .invoke(refusal -> resurveys.add(surveyed, refusal))
                        .replaceWithVoid());
            }
        }
        return chain.replaceWith(resurveys);
    }

    /** The new households' streams and personal data; their read-model rows are already in. */
    private Uni<Void> identify(SqlConnection tx, List<Candidate> fresh) {
        if (fresh.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<NewStream> streams = fresh.stream()
                .map(c -> new NewStream(c.event().householdId(), List.of(c.encoded()), c.metadata()))
                .toList();
        Map<String, Person> heads = new LinkedHashMap<>(fresh.size() * 2);
        fresh.forEach(c -> heads.put(c.event().householdId(), c.head()));
        return eventStore.appendNewStreams(tx, Households.STREAM_TYPE, streams)
                .chain(() -> people.recordAll(tx, heads));
    }

    /** A batch's rows as the job counts them: read = accepted + resurveyed + notCandidates + duplicates + rejected. */
    private record Counts(int read, int accepted, int resurveyed, int notCandidates, int duplicates, int rejected) {
    }

    private static Uni<Void> count(SqlConnection tx, UUID jobId, Counts counts) {
        return tx.preparedQuery("""
                        update bmn_imports set
                            rows_read = rows_read + $2, accepted = accepted + $3, resurveyed = resurveyed + $4,
                            not_candidates = not_candidates + $5, duplicates = duplicates + $6, rejected = rejected + $7,
                            status = case when rows_read + $2 >= rows_total then 'DONE' else 'RUNNING' end,
                            started_at = coalesce(started_at, now()),
                            finished_at = case when rows_read + $2 >= rows_total then now() end
                        where job_id = $1""")
                .execute(Tuple.tuple(List.of(jobId, counts.read(), counts.accepted(), counts.resurveyed(),
                        counts.notCandidates(), counts.duplicates(), counts.rejected())))
                .replaceWithVoid();
    }
}
