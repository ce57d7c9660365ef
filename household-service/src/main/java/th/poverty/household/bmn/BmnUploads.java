package th.poverty.household.bmn;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.mapping.ColumnMapping;

/**
 * Receives a survey file ({@link SpooledUpload}). A file uploaded before for the same year and
 * area, read by the same mapping, finds its job there and then. Otherwise its rows are staged
 * together with the new job ({@link Staging}): a broken file writes nothing. The temporary file is
 * deleted at once; the staged rows are what the job imports.
 */
@ApplicationScoped
public class BmnUploads {

    private final DataSource dataSource;
    private final Staging staging;
    private final BmnImportConfig config;

    public BmnUploads(DataSource dataSource, Staging staging, BmnImportConfig config) {
        this.dataSource = dataSource;
        this.staging = staging;
        this.config = config;
    }

    /**
     * The file's inputs that are not in it: the round it screens by, who uploads within which area,
     * and the mapping its columns are read by (none: the standard columns).
     */
    record Upload(SurveyRound round, String areaCode, String uploadedBy, String uploaderRole, UUID correlationId,
                  LocalDate importDate, Optional<ColumnMapping> mapping) {

        String mappingName() {
            return mapping.map(ColumnMapping::name).orElse("");
        }

        int mappingVersion() {
            return mapping.map(m -> (int) m.version()).orElse(0);
        }
    }

    /** The job of the file; {@code created} is false when the same file was uploaded before. */
    record Accepted(UUID jobId, boolean created) {
    }

    Accepted accept(InputStream body, Upload upload) {
        try (SpooledUpload file = SpooledUpload.receive(body, config.maxUploadSize().asLongValue())) {
            Optional<UUID> earlier = earlierJob(file.sha256(), upload);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get(), false);
            }
            UUID jobId = UUID.randomUUID();
            boolean created = staging.stage(file, jobId, ImportJobs.ROWS.copy(), ImportJobs.ROWS.fields(), upload.mapping().orElse(null),
                    (connection, rows) -> createJob(connection, jobId, file, rows, upload));
            // the same file racing in found the other's job
            return created ? new Accepted(jobId, true) : new Accepted(earlierJob(file.sha256(), upload).orElseThrow(), false);
        }
    }

    /** Creates the job; false when the same file for the same year, area and mapping got there first. */
    private static boolean createJob(Connection connection, UUID jobId, SpooledUpload file, int rows, Upload upload)
            throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into bmn_imports (job_id, survey_year, area_code, file_sha256, file_bytes, income_threshold,
                                         indicator_count, identified_on, uploaded_by, uploader_role, correlation_id,
                                         rows_total, mapping_name, mapping_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (file_sha256, survey_year, area_code, mapping_name, mapping_version) do nothing""")) {
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
            insert.setString(13, upload.mappingName());
            insert.setInt(14, upload.mappingVersion());
            return insert.executeUpdate() == 1;
        }
    }

    /** The job of the same file, year, area and mapping, if any; a FAILED one is queued again, its rows still staged. */
    private Optional<UUID> earlierJob(String sha256, Upload upload) {
        try (Connection connection = dataSource.getConnection();
             var resume = connection.prepareStatement("""
                     with earlier as (
                         select job_id from bmn_imports
                         where file_sha256 = ? and survey_year = ? and area_code = ? and mapping_name = ?
                           and mapping_version = ?),
                     requeued as (
                         update bmn_imports set status = 'QUEUED', failure = null
                         where job_id = (select job_id from earlier) and status = 'FAILED')
                     select job_id from earlier""")) {
            resume.setString(1, sha256);
            resume.setInt(2, upload.round().surveyYear());
            resume.setString(3, upload.areaCode());
            resume.setString(4, upload.mappingName());
            resume.setInt(5, upload.mappingVersion());
            try (var rows = resume.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up earlier imports failed", e);
        }
    }
}
