package th.poverty.household.bmn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;
import th.poverty.household.imports.QueuedImport;

/**
 * An import job as stored: the file, who uploaded it within which area, the round's rules it
 * screens by, and its counters, which move on with every committed batch.
 *
 * @param areaCode     the uploader's area claim ("" for the whole country)
 * @param identifiedOn the import date, the identification date of every household it identifies
 * @param rowsRead     rows decided so far: accepted + resurveyed + notCandidates + duplicates + rejected
 * @param mappingName  the column mapping the file was read by ("" for the standard columns), at
 *                     {@code mappingVersion}
 */
record ImportJob(
        UUID id,
        int surveyYear,
        String areaCode,
        String fileSha256,
        long fileBytes,
        int incomeThreshold,
        int indicatorCount,
        LocalDate identifiedOn,
        String uploadedBy,
        String uploaderRole,
        UUID correlationId,
        Instant uploadedAt,
        ImportStatus status,
        int rowsTotal,
        int rowsRead,
        int accepted,
        int resurveyed,
        int notCandidates,
        int duplicates,
        int rejected,
        Instant startedAt,
        Instant finishedAt,
        String failure,
        String mappingName,
        int mappingVersion) implements QueuedImport {

    static final String COLUMNS = """
            job_id, survey_year, area_code, file_sha256, file_bytes, income_threshold, indicator_count, identified_on,
            uploaded_by, uploader_role, correlation_id, uploaded_at, status, rows_total, rows_read, accepted,
            resurveyed, not_candidates, duplicates, rejected, started_at, finished_at, failure, mapping_name,
            mapping_version""";

    static ImportJob of(Row row) {
        return new ImportJob(row.getUUID("job_id"), row.getInteger("survey_year"), row.getString("area_code"),
                row.getString("file_sha256"), row.getLong("file_bytes"), row.getInteger("income_threshold"),
                row.getInteger("indicator_count"), row.getLocalDate("identified_on"), row.getString("uploaded_by"),
                row.getString("uploader_role"), row.getUUID("correlation_id"), instant(row, "uploaded_at"),
                ImportStatus.valueOf(row.getString("status")), row.getInteger("rows_total"), row.getInteger("rows_read"),
                row.getInteger("accepted"), row.getInteger("resurveyed"), row.getInteger("not_candidates"), row.getInteger("duplicates"),
                row.getInteger("rejected"), instant(row, "started_at"), instant(row, "finished_at"),
                row.getString("failure"), row.getString("mapping_name"), row.getInteger("mapping_version"));
    }

    @Override
    public String describe() {
        return "survey year " + surveyYear;
    }

    SurveyRound round() {
        return new SurveyRound(surveyYear, indicatorCount, incomeThreshold);
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
