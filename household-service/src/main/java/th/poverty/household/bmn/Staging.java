package th.poverty.household.bmn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import th.poverty.household.mapping.ColumnMapping;
import th.poverty.household.mapping.FileField;
import th.poverty.household.mapping.FileHeader;
import th.poverty.household.mapping.UnreadableHeader;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/**
 * Stages a received file for its import job: reads it as CSV, finds its fields by its header (and
 * the mapping, if one is given), and copies its rows into the job's staging table (PostgreSQL COPY)
 * together with the new job, in one transaction: a broken file writes nothing. One file is copied
 * at a time per instance, whatever its kind: each copy holds a JDBC connection, of which there are
 * few.
 */
@ApplicationScoped
public class Staging {

    private static final int BUFFER = 64 * 1024;

    private final DataSource dataSource;
    private final BmnImportConfig config;
    private final Semaphore copying = new Semaphore(1, true);

    public Staging(DataSource dataSource, BmnImportConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Creates the job in the staging transaction, given the count of rows staged; false if the same file got there first. */
    @FunctionalInterface
    public interface JobCreation {
        boolean create(Connection connection, int rows) throws SQLException;
    }

    /**
     * Stages the file's rows under {@code jobId} with {@code copy} (a {@code COPY ... FROM STDIN}
     * of job id, row number, problem and the fields in order) and creates the job; false, having
     * written nothing, when {@code createJob} found the same file's job.
     */
    public boolean stage(SpooledUpload file, UUID jobId, String copy, List<? extends FileField> fields,
                         ColumnMapping mapping, JobCreation createJob) {
        awaitTurn();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int rows = copyRows(connection, jobId, copy, file, fields, mapping);
                if (!createJob.create(connection, rows)) {
                    connection.rollback(); // this copy of the rows is not needed
                    return false;
                }
                connection.commit();
                return true;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (BrokenCsvException e) {
            throw new ProblemException(Problem.of(400, "broken-csv", "Unreadable CSV", e.getMessage()).withField(e.field()));
        } catch (UnreadableHeader e) {
            throw new ProblemException(Problem.of(400, "broken-csv", "Unreadable CSV", e.getMessage()).withField("header"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("staging the uploaded file failed", e);
        } finally {
            copying.release();
        }
    }

    private static int copyRows(Connection connection, UUID jobId, String copySql, SpooledUpload file,
                                List<? extends FileField> fields, ColumnMapping mapping) throws IOException, SQLException {
        try (Reader reader = file.reader()) {
            var csv = new CsvReader(reader);
            List<String> names = csv.next();
            if (names == null) {
                throw new BrokenCsvException(1, "body", "the file is empty: it needs the header row and at least one row");
            }
            FileHeader header = FileHeader.of(names, csv.row(), fields, mapping);
            var copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER);
            try {
                Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
                String job = jobId.toString();
                StringBuilder line = new StringBuilder(512);
                int rows = 0;
                for (List<String> record = csv.next(); record != null; record = csv.next()) {
                    rows++;
                    line.setLength(0);
                    line.append(job).append('\t').append(csv.row()).append('\t');
                    if (record.size() == header.width()) {
                        line.append("\\N");
                        for (String value : header.values(record)) {
                            line.append('\t');
                            escape(value, line);
                        }
                    } else {
                        escape("expected " + header.width() + " columns as in the header, found " + record.size(), line);
                        line.append("\t\\N".repeat(fields.size()));
                    }
                    out.append(line).append('\n');
                }
                if (rows == 0) {
                    throw new BrokenCsvException(csv.row(), "body", "the file has a header but no rows");
                }
                out.flush();
                copy.endCopy();
                return rows;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** COPY text format: backslash escapes for the characters that delimit, {@code \N} for a missing value. */
    private static void escape(String value, StringBuilder line) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private void awaitTurn() {
        try {
            if (copying.tryAcquire(config.uploadWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProblemException(Problem.of(503, "upload-busy", "Busy with another file",
                "This instance is copying another file; try again in a minute"));
    }
}
