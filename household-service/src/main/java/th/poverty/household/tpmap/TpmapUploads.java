package th.poverty.household.tpmap;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.imports.Upload;
import th.poverty.household.imports.UploadedFiles;
import th.poverty.household.imports.UploadedFiles.Accepted;

/** Receives a TPMAP list ({@link UploadedFiles}) as the survey import receives its file. */
@ApplicationScoped
public class TpmapUploads {

    private final UploadedFiles files;

    public TpmapUploads(UploadedFiles files) {
        this.files = files;
    }

    /** @param upload for the list's year */
    Accepted accept(InputStream body, Upload upload) {
        return files.accept(body, upload, TpmapJobs.TABLE,
                (connection, jobId, file, rows) -> createJob(connection, jobId, file.sha256(), file.bytes(), rows, upload));
    }

    /** Creates the job; false when the same list for the same year, area and mapping got there first. */
    private static boolean createJob(Connection connection, UUID jobId, String sha256, long bytes, int rows,
                                     Upload upload) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into tpmap_imports (job_id, list_year, area_code, file_sha256, file_bytes, mapping_name,
                                           mapping_version, listed_on, uploaded_by, uploader_role, correlation_id,
                                           rows_total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (file_sha256, list_year, area_code, mapping_name, mapping_version) do nothing""")) {
            insert.setObject(1, jobId);
            insert.setInt(2, upload.year());
            insert.setString(3, upload.areaCode());
            insert.setString(4, sha256);
            insert.setLong(5, bytes);
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
}
