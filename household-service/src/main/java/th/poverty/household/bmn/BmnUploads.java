package th.poverty.household.bmn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/**
 * Receives a survey file. The body is first written to a temporary file as it streams in (counted
 * against the limit and hashed), so a slow connection holds neither a transaction nor one of the
 * few JDBC connections. A file uploaded before for the same year and area finds its job there and
 * then. Otherwise the file is read as CSV, its header checked, and its rows copied into the job's
 * staged rows (PostgreSQL COPY) together with the new job, in one transaction: a broken file
 * writes nothing. The temporary file is deleted at once; the staged rows are what the job imports.
 */
@ApplicationScoped
public class BmnUploads {

    private static final String COPY = "copy bmn_import_rows (job_id, row_number, problem, national_id, first_name,"
            + " last_name, house_number, village_code, members, income_per_person, failed_indicators, phone, address)"
            + " from stdin";
    private static final int BUFFER = 64 * 1024;

    private final DataSource dataSource;
    private final BmnImportConfig config;
    /** One file copied at a time per instance: each copy holds a JDBC connection, of which there are few. */
    private final Semaphore copying = new Semaphore(1, true);

    public BmnUploads(DataSource dataSource, BmnImportConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** The file's inputs that are not in it: the round it screens by, and who uploads within which area. */
    record Upload(SurveyRound round, String areaCode, String uploadedBy, String uploaderRole, UUID correlationId,
                  LocalDate importDate) {
    }

    /** The job of the file; {@code created} is false when the same file was uploaded before. */
    record Accepted(UUID jobId, boolean created) {
    }

    /** A file received whole: where it waits, its size and its SHA-256. */
    private record Received(Path file, long bytes, String sha256) {
    }

    Accepted accept(InputStream body, Upload upload) {
        Path spool = null;
        try {
            spool = Files.createTempFile("bmn-upload-", ".csv");
            Received file = receive(body, spool);
            Optional<UUID> earlier = earlierJob(file.sha256(), upload);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get(), false);
            }
            awaitTurn();
            try {
                return stage(file, upload);
            } finally {
                copying.release();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the uploaded file could not be kept in this instance's temporary directory", e);
        } finally {
            delete(spool);
        }
    }

    private Received receive(InputStream body, Path spool) {
        long limit = config.maxUploadSize().asLongValue();
        var counted = new UploadStream(body, limit);
        try (OutputStream out = Files.newOutputStream(spool)) {
            counted.transferTo(out);
        } catch (UploadStream.TooLarge e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "upload-interrupted", "Upload interrupted",
                    "The file did not arrive whole: " + e.getMessage()).withField("body"));
        }
        return new Received(spool, counted.bytes(), counted.sha256());
    }

    /** Copies the rows and creates the job in one transaction; the same file racing in finds the other's job. */
    private Accepted stage(Received file, Upload upload) throws IOException {
        UUID jobId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int rows = copyRows(connection, jobId, file.file());
                boolean created = createJob(connection, jobId, file, rows, upload);
                connection.commit();
                return created ? new Accepted(jobId, true)
                        : new Accepted(earlierJob(file.sha256(), upload).orElseThrow(), false);
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (BrokenCsvException e) {
            throw new ProblemException(Problem.of(400, "broken-csv", "Unreadable CSV", e.getMessage()).withField(e.field()));
        } catch (SQLException e) {
            throw new IllegalStateException("staging the survey file failed", e);
        }
    }

    /** Copies the data rows into {@code bmn_import_rows}; returns their count. */
    private static int copyRows(Connection connection, UUID jobId, Path file) throws IOException, SQLException {
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            var csv = new CsvReader(reader);
            List<String> names = csv.next();
            if (names == null) {
                throw new BrokenCsvException(1, "body", "the file is empty: it needs the header row and at least one row");
            }
            SurveyHeader header = SurveyHeader.of(names, csv.row());
            var copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER);
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
                        line.append("\t\\N".repeat(SurveyColumn.values().length));
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

    /** Creates the job; false when the same file for the same year and area got there first. */
    private static boolean createJob(Connection connection, UUID jobId, Received file, int rows, Upload upload)
            throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into bmn_imports (job_id, survey_year, area_code, file_sha256, file_bytes, income_threshold,
                                         indicator_count, identified_on, uploaded_by, uploader_role, correlation_id,
                                         rows_total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (file_sha256, survey_year, area_code) do nothing""")) {
            insert.setObject(1, jobId);
            insert.setInt(2, upload.round().surveyYear());
            insert.setString(3, upload.areaCode());
            insert.setString(4, file.sha256());
            insert.setLong(5, file.bytes());
            insert.setInt(6, upload.round().incomeThreshold());
            insert.setInt(7, upload.round().indicatorCount());
            insert.setDate(8, Date.valueOf(upload.importDate()));
            insert.setString(9, upload.uploadedBy());
            insert.setString(10, upload.uploaderRole());
            insert.setObject(11, upload.correlationId());
            insert.setInt(12, rows);
            if (insert.executeUpdate() == 1) {
                return true;
            }
        }
        connection.rollback(); // this copy of the rows is not needed
        return false;
    }

    /** The job of the same file, year and area, if any; a FAILED one is queued again, its rows still staged. */
    private Optional<UUID> earlierJob(String sha256, Upload upload) {
        try (Connection connection = dataSource.getConnection();
             var resume = connection.prepareStatement("""
                     with earlier as (
                         select job_id from bmn_imports where file_sha256 = ? and survey_year = ? and area_code = ?),
                     requeued as (
                         update bmn_imports set status = 'QUEUED', failure = null
                         where job_id = (select job_id from earlier) and status = 'FAILED')
                     select job_id from earlier""")) {
            resume.setString(1, sha256);
            resume.setInt(2, upload.round().surveyYear());
            resume.setString(3, upload.areaCode());
            try (var rows = resume.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up earlier imports failed", e);
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
                "This instance is copying another survey file; try again in a minute"));
    }

    private static void delete(Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // the temporary directory is emptied when the instance restarts
            }
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "upload-too-large", "Upload too large",
                "A survey file may have at most " + limit + " bytes; split it by district and upload the parts")
                .withField("body"));
    }
}
