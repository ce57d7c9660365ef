package th.poverty.household.bmn;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.domain.Label;

/** An import job as the API shows it. */
@Schema(description = "A BMN survey (จปฐ.) import job and how far it got")
public record ImportJobView(
        UUID jobId,
        @Schema(description = "Survey year, Buddhist Era", example = "2568") int surveyYear,
        Label status,
        @Schema(description = "The uploader's area: rows for villages outside it are rejected (\"\" = the whole country)")
        String areaCode,
        String uploadedBy,
        Instant uploadedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Income per person per year (THB) below which a household is a candidate")
        int incomeThreshold,
        @Schema(description = "Number of indicators of the survey round; failed_indicators name them 1..n")
        int indicatorCount,
        long fileBytes,
        String fileSha256,
        Rows rows,
        @Schema(description = "Rows decided of all rows, in percent") double percentDone,
        @Schema(description = "Why the job failed (status FAILED)") String failure,
        @Schema(description = "The column mapping the file was read by; null for the standard columns")
        MappingUsed mapping,
        Links links) {

    /**
     * @param total         data rows in the file (the header and blank rows not counted)
     * @param read          rows decided so far; read = accepted + resurveyed + notCandidates + duplicates + rejected
     * @param accepted      households identified (HouseholdIdentified, source BMN_SURVEY)
     * @param resurveyed    households already in the programme whose facts this later round updated
     *                      (HouseholdResurveyed), candidates or not
     * @param notCandidates rows screened out: income at or above the threshold and no failed indicator
     * @param duplicates    rows for a household that already carries this year's survey, or repeating a row above
     * @param rejected      rows with a wrong value; the rejections download says which field and why
     */
    public record Rows(int total, int read, int accepted, int resurveyed, int notCandidates, int duplicates, int rejected) {
    }

    public record Links(String self, String rejections) {
    }

    /** A province's column mapping, at the version a job read its file by. */
    public record MappingUsed(String name, int version) {

        public static MappingUsed of(String name, int version) {
            return name.isEmpty() ? null : new MappingUsed(name, version);
        }
    }

    static ImportJobView of(ImportJob job) {
        String self = BmnImportResource.PATH + "/" + job.id();
        return new ImportJobView(job.id(), job.surveyYear(),
                job.status().label(), job.areaCode(),
                job.uploadedBy(), job.uploadedAt(), job.startedAt(), job.finishedAt(), job.incomeThreshold(),
                job.indicatorCount(), job.fileBytes(), job.fileSha256(),
                new Rows(job.rowsTotal(), job.rowsRead(), job.accepted(), job.resurveyed(), job.notCandidates(), job.duplicates(),
                        job.rejected()),
                job.percentDone(), job.failure(), MappingUsed.of(job.mappingName(), job.mappingVersion()),
                new Links(self, self + "/rejections"));
    }
}
