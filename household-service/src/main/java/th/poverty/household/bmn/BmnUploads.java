package th.poverty.household.bmn;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.imports.Upload;
import th.poverty.household.imports.UploadedFiles;
import th.poverty.household.imports.UploadedFiles.Accepted;

/** Receives a survey file ({@link UploadedFiles}); its job records the round's rules it screens by. */
@ApplicationScoped
public class BmnUploads {

    private final UploadedFiles files;

    public BmnUploads(UploadedFiles files) {
        this.files = files;
    }

    /** @param upload for the round's survey year */
    Accepted accept(InputStream body, SurveyRound round, Upload upload) {
        return files.accept(body, upload, ImportJobs.TABLE,
                (connection, jobId, file, rows) -> createJob(connection, jobId, file.sha256(), file.bytes(), rows, round,
                        upload));
    }

    /** Creates the job; false when the same file for the same year, area and mapping got there first. */
    private static boolean createJob(Connection connection, UUID jobId, String sha256, long bytes, int rows,
                                     SurveyRound round, Upload upload) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into bmn_imports (job_id, survey_year, area_code, file_sha256, file_bytes, income_threshold,
                                         indicator_count, identified_on, uploaded_by, uploader_role, correlation_id,
                                         rows_total, mapping_name, mapping_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (file_sha256, survey_year, area_code, mapping_name, mapping_version) do nothing""")) {
            insert.setObject(1, jobId);
            insert.setInt(2, round.surveyYear());
            insert.setString(3, upload.areaCode());
            insert.setString(4, sha256);
            insert.setLong(5, bytes);
            insert.setInt(6, round.incomeThreshold());
            insert.setInt(7, round.indicatorCount());
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
}
