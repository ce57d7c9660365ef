package th.poverty.household.tpmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;
import th.poverty.household.bmn.ImportStatus;
import th.poverty.household.imports.QueuedImport;

/**
 * A TPMAP list import as stored: the file, who uploaded it within which area, and its counters,
 * which move on with every committed batch.
 *
 * @param areaCode    the uploader's area claim ("" for the whole country)
 * @param listedOn    the import date, the date each flag and each candidate it adds records
 * @param mappingName the column mapping the file was read by ("" for the standard columns)
 * @param rowsRead    rows decided so far: flagged + candidates + notTargets + duplicates + rejected
 */
record TpmapJob(
        UUID id,
        int listYear,
        String areaCode,
        String fileSha256,
        long fileBytes,
        String mappingName,
        int mappingVersion,
        LocalDate listedOn,
        String uploadedBy,
        String uploaderRole,
        UUID correlationId,
        Instant uploadedAt,
        ImportStatus status,
        int rowsTotal,
        int rowsRead,
        int flagged,
        int candidates,
        int notTargets,
        int duplicates,
        int rejected,
        Instant startedAt,
        Instant finishedAt,
        String failure) implements QueuedImport {

    static final String COLUMNS = """
            job_id, list_year, area_code, file_sha256, file_bytes, mapping_name, mapping_version, listed_on, uploaded_by,
            uploader_role, correlation_id, uploaded_at, status, rows_total, rows_read, flagged, candidates, not_targets,
            duplicates, rejected, started_at, finished_at, failure""";

    static TpmapJob of(Row row) {
        return new TpmapJob(row.getUUID("job_id"), row.getInteger("list_year"), row.getString("area_code"),
                row.getString("file_sha256"), row.getLong("file_bytes"), row.getString("mapping_name"),
                row.getInteger("mapping_version"), row.getLocalDate("listed_on"), row.getString("uploaded_by"),
                row.getString("uploader_role"), row.getUUID("correlation_id"), instant(row, "uploaded_at"),
                ImportStatus.valueOf(row.getString("status")), row.getInteger("rows_total"), row.getInteger("rows_read"),
                row.getInteger("flagged"), row.getInteger("candidates"), row.getInteger("not_targets"),
                row.getInteger("duplicates"), row.getInteger("rejected"), instant(row, "started_at"),
                instant(row, "finished_at"), row.getString("failure"));
    }

    @Override
    public String describe() {
        return "list year " + listYear;
    }

    /** Rows decided of all rows, 0 to 100, one decimal. */
    double percentDone() {
        return rowsTotal == 0 ? 100.0 : Math.floor(rowsRead * 1000.0 / rowsTotal) / 10.0;
    }

    private static Instant instant(Row row, String column) {
        var time = row.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
