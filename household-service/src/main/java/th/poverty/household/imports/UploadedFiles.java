package th.poverty.household.imports;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.SpooledUpload;
import th.poverty.household.bmn.Staging;

/**
 * Receives a file to import ({@link SpooledUpload}). A file uploaded before for the same year and
 * area, read by the same mapping, finds its job there and then. Otherwise its rows are staged
 * together with the new job ({@link Staging}): a broken file writes nothing. The temporary file is
 * deleted at once; the staged rows are what the job imports.
 */
@ApplicationScoped
public class UploadedFiles {

    private final DataSource dataSource;
    private final Staging staging;
    private final BmnImportConfig config;

    public UploadedFiles(DataSource dataSource, Staging staging, BmnImportConfig config) {
        this.dataSource = dataSource;
        this.staging = staging;
        this.config = config;
    }

    /** The job of the file; {@code created} is false when the same file was uploaded before. */
    public record Accepted(UUID jobId, boolean created) {
    }

    /** Inserts the import's job in the staging transaction; false when the same file's job got there first. */
    @FunctionalInterface
    public interface NewJob {
        boolean create(Connection connection, UUID jobId, SpooledUpload file, int rows) throws SQLException;
    }

    public Accepted accept(InputStream body, Upload upload, JobTable<?> jobs, NewJob newJob) {
        try (SpooledUpload file = SpooledUpload.receive(body, config.maxUploadSize().asLongValue())) {
            Optional<UUID> earlier = earlierJob(file.sha256(), upload, jobs);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get(), false);
            }
            UUID jobId = UUID.randomUUID();
            StagedRows rows = jobs.rows();
            boolean created = staging.stage(file, jobId, rows.copy(), rows.fields(), upload.mapping().orElse(null),
                    (connection, count) -> newJob.create(connection, jobId, file, count));
            // the same file racing in found the other's job
            return created ? new Accepted(jobId, true)
                    : new Accepted(earlierJob(file.sha256(), upload, jobs).orElseThrow(), false);
        }
    }

    /** The job of the same file, year, area and mapping, if any; a FAILED one is queued again, its rows still staged. */
    private Optional<UUID> earlierJob(String sha256, Upload upload, JobTable<?> jobs) {
        String table = jobs.table();
        try (Connection connection = dataSource.getConnection();
             var resume = connection.prepareStatement("with earlier as (select job_id from " + table
                     + " where file_sha256 = ? and " + jobs.yearColumn() + " = ? and area_code = ? and mapping_name = ?"
                     + " and mapping_version = ?),"
                     + " requeued as (update " + table + " set status = 'QUEUED', failure = null"
                     + " where job_id = (select job_id from earlier) and status = 'FAILED')"
                     + " select job_id from earlier")) {
            resume.setString(1, sha256);
            resume.setInt(2, upload.year());
            resume.setString(3, upload.areaCode());
            resume.setString(4, upload.mappingName());
            resume.setInt(5, upload.mappingVersion());
            try (var rows = resume.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up earlier imports in " + table + " failed", e);
        }
    }
}
