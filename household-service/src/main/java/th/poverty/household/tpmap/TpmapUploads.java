package th.poverty.household.tpmap;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.SpooledUpload;
import th.poverty.household.bmn.Staging;
import th.poverty.household.mapping.ColumnMapping;

/**
 * Receives a TPMAP list as the survey import receives its file: the same file for the same year,
 * area and mapping finds its job; otherwise its rows are staged with the new job, or nothing is
 * written.
 */
@ApplicationScoped
public class TpmapUploads {

    private final DataSource dataSource;
    private final Staging staging;
    private final BmnImportConfig config;

    public TpmapUploads(DataSource dataSource, Staging staging, BmnImportConfig config) {
        this.dataSource = dataSource;
        this.staging = staging;
        this.config = config;
    }

    /** The list's inputs that are not in it. */
    record Upload(int listYear, String areaCode, String uploadedBy, String uploaderRole, UUID correlationId,
                  LocalDate importDate, Optional<ColumnMapping> mapping) {

        String mappingName() {
            return mapping.map(ColumnMapping::name).orElse("");
        }

        int mappingVersion() {
            return mapping.map(m -> (int) m.version()).orElse(0);
        }
    }

    /** The job of the list; {@code created} is false when the same list was uploaded before. */
    record Accepted(UUID jobId, boolean created) {
    }

    Accepted accept(InputStream body, Upload upload) {
        try (SpooledUpload file = SpooledUpload.receive(body, config.maxUploadSize().asLongValue())) {
            Optional<UUID> earlier = earlierJob(file.sha256(), upload);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get(), false);
            }
            UUID jobId = UUID.randomUUID();
            boolean created = staging.stage(file, jobId, TpmapJobs.ROWS.copy(), TpmapJobs.ROWS.fields(), upload.mapping().orElse(null),
                    (connection, rows) -> createJob(connection, jobId, file, rows, upload));
            return created ? new Accepted(jobId, true) : new Accepted(earlierJob(file.sha256(), upload).orElseThrow(), false);
        }
    }

    private static boolean createJob(Connection connection, UUID jobId, SpooledUpload file, int rows, Upload upload)
            throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into tpmap_imports (job_id, list_year, area_code, file_sha256, file_bytes, mapping_name,
                                           mapping_version, listed_on, uploaded_by, uploader_role, correlation_id,
                                           rows_total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (file_sha256, list_year, area_code, mapping_name, mapping_version) do nothing""")) {
            insert.setObject(1, jobId);
            insert.setInt(2, upload.listYear());
            insert.setString(3, upload.areaCode());
            insert.setString(4, file.sha256());
            insert.setLong(5, file.bytes());
            insert.setString(6, upload.mappingName());
            insert.setInt(7, upload.mappingVersion());
            insert.setDate(8, Date.valueOf(upload.importDate()));
            insert.setString(9, upload.uploadedBy());
            insert.setString(10, upload.uploaderRole());
            insert.setObject(11, upload.correlationId());
            insert.setInt(12, rows);
            return insert.executeUpdate() == 1;
        }
    }

    /** The job of the same list, year, area and mapping, if any; a FAILED one is queued again. */
    private Optional<UUID> earlierJob(String sha256, Upload upload) {
        try (Connection connection = dataSource.getConnection();
             var resume = connection.prepareStatement("""
                     with earlier as (
                         select job_id from tpmap_imports
                         where file_sha256 = ? and list_year = ? and area_code = ? and mapping_name = ?
                           and mapping_version = ?),
                     requeued as (
                         update tpmap_imports set status = 'QUEUED', failure = null
                         where job_id = (select job_id from earlier) and status = 'FAILED')
                     select job_id from earlier""")) {
            resume.setString(1, sha256);
            resume.setInt(2, upload.listYear());
            resume.setString(3, upload.areaCode());
            resume.setString(4, upload.mappingName());
            resume.setInt(5, upload.mappingVersion());
            try (var rows = resume.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up earlier TPMAP imports failed", e);
        }
    }
}
