package th.poverty.plan.problems;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.domain.RejectedCommand;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.plan.problems.ProblemCommand.Accept;
import th.poverty.plan.problems.ProblemCommand.ChangeStatus;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/**
 * Status updates from a CSV file, for an agency serving hundreds of households: one row a
 * problem ({@code problem_id,status,changed_on,reason}, optionally {@code version}), each applied
 * on its own as the REST command would be, so a refused row leaves the others applied and is
 * reported with the reason. A row without a version applies to the problem as it stands.
 */
@ApplicationScoped
public class StatusUpload {

    static final int MOST_ROWS = 5_000;
    private static final Set<String> HEADER = Set.of("problem_id", "status", "changed_on", "reason");

    private final Problems problems;
    private final Pool pool;

    public StatusUpload(Problems problems, Pool pool) {
        this.problems = problems;
        this.pool = pool;
    }

    /** What became of the file: how many rows applied, and each refused row with why. */
    public record Outcome(int rows, int applied, List<Refusal> refused) {
    }

    /** @param row the row's number as a spreadsheet shows it (the header is row 1) */
    public record Refusal(int row, String problemId, String type, String detail) {
    }

    private record Row(int number, String problemId, ProblemStatus status, LocalDate changedOn, String reason,
                       Long version) {
    }

    public Uni<Outcome> apply(String csv, Caller caller) {
        List<Row> rows = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        read(csv, rows, refused);
        Caller by = caller.value();
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> applyRow(row, by))
                .collect().asList()
                .map(results -> {
                    List<Refusal> all = new ArrayList<>(refused);
                    results.stream().filter(r -> r != null).forEach(all::add);
                    all.sort((a, b) -> Integer.compare(a.row(), b.row()));
                    return new Outcome(rows.size() + refused.size(), rows.size() - (all.size() - refused.size()),
                            List.copyOf(all));
                });
    }

    /** Applies one row in its own transaction; null when applied, the refusal otherwise. */
    private Uni<Refusal> applyRow(Row row, Caller caller) {
        ProblemCommand command = row.status() == ProblemStatus.ACCEPTED ? new Accept(row.changedOn())
                : new ChangeStatus(row.status(), row.changedOn(), row.reason() != null);
        return pool.withTransaction(tx -> (row.version() != null ? Uni.createFrom().item(row.version())
                        : problems.locate(tx, row.problemId(), caller).chain(() -> problems.version(tx, row.problemId())))
                        .chain(version -> problems.handle(tx, row.problemId(), version, command, caller, row.reason())))
                .replaceWith((Refusal) null)
                .onFailure().recoverWithItem(failure -> refusal(row, failure));
    }

    /** A refused row as the single command would have been refused. */
    private static Refusal refusal(Row row, Throwable failure) {
        Problem problem = switch (failure) {
            case RejectedCommand rejected -> Problem.rejected(rejected.rejection());
            case StreamVersionConflict stale -> Problem.stale(stale);
            case ProblemException refused -> refused.problem();
            default -> throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        };
        return new Refusal(row.number(), row.problemId(), problem.slug(), problem.detail());
    }

    private static void read(String csv, List<Row> rows, List<Refusal> refused) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(new StringReader(csv))) {
            for (NamedCsvRecord record : reader) {
                if (!record.getHeader().containsAll(HEADER)) {
                    throw ProblemException.badRequest("file", "The first row names the columns: problem_id, status, "
                            + "changed_on, reason (and optionally version)");
                }
                int number = (int) record.getStartingLineNumber();
                if (rows.size() + refused.size() >= MOST_ROWS) {
                    throw ProblemException.badRequest("file", "A file has at most " + MOST_ROWS + " rows; split it");
                }
                row(number, record).ifPresentOrElse(rows::add, () -> refused.add(bad(number, record)));
            }
        } catch (CsvParseException e) {
            throw ProblemException.badRequest("file", "Not a CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && refused.isEmpty()) {
            throw ProblemException.badRequest("file", "The file has no rows after its header");
        }
    }

    private static Optional<Row> row(int number, NamedCsvRecord record) {
        try {
            ProblemStatus status = ProblemStatus.valueOf(record.getField("status").strip());
            if (status == ProblemStatus.NEW) {
                return Optional.empty();
            }
            String reason = record.getField("reason").strip();
            String version = record.findField("version").map(String::strip).orElse("");
            return Optional.of(new Row(number, record.getField("problem_id").strip(), status,
                    LocalDate.parse(record.getField("changed_on").strip()), reason.isEmpty() ? null : reason,
                    version.isEmpty() ? null : Long.parseLong(version)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Refusal bad(int number, NamedCsvRecord record) {
        return new Refusal(number, record.findField("problem_id").orElse(""), "invalid-row",
                "status is one of ACCEPTED, IN_PROGRESS, HELPED, SOLVED, UNSOLVABLE; changed_on a date such as 2026-12-06; "
                        + "version, if given, a whole number");
    }
}
