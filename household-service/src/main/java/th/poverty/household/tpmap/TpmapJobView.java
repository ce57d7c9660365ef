package th.poverty.household.tpmap;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import th.poverty.domain.Label;
import th.poverty.household.bmn.ImportJobView.MappingUsed;

/** A TPMAP list import as the API shows it. */
@Schema(description = "A TPMAP target list (รายชื่อคนจนเป้าหมาย) import job and how far it got")
public record TpmapJobView(
        UUID jobId,
        @Schema(description = "The list's year, Buddhist Era", example = "2568") int listYear,
        Label status,
        @Schema(description = "The uploader's area: rows for villages outside it are rejected (\"\" = the whole country)")
        String areaCode,
        String uploadedBy,
        Instant uploadedAt,
        Instant startedAt,
        Instant finishedAt,
        long fileBytes,
        String fileSha256,
        Rows rows,
        @Schema(description = "Rows decided of all rows, in percent") double percentDone,
        @Schema(description = "Why the job failed (status FAILED)") String failure,
        @Schema(description = "The column mapping the file was read by; null for the standard columns")
        MappingUsed mapping,
        Links links) {

    /**
     * @param total      data rows in the file
     * @param read       rows decided so far; read = flagged + candidates + notTargets + duplicates + rejected
     * @param flagged    people whose household is in the programme: it is flagged (TpmapTargetFlagged)
     * @param candidates people not in the programme: each is a new candidate household (source TPMAP_LIST), flagged
     * @param notTargets rows failing none of the five dimensions
     * @param duplicates a person listed again further down, or added meanwhile by another import
     * @param rejected   rows with a wrong value, or a person who cannot be flagged; the rejections download says why
     */
    public record Rows(int total, int read, int flagged, int candidates, int notTargets, int duplicates, int rejected) {
    }

    public record Links(String self, String rejections) {
    }

    static TpmapJobView of(TpmapJob job) {
        String self = TpmapImportResource.PATH + "/" + job.id();
        return new TpmapJobView(job.id(), job.listYear(), job.status().label(), job.areaCode(), job.uploadedBy(),
                job.uploadedAt(), job.startedAt(), job.finishedAt(), job.fileBytes(), job.fileSha256(),
                new Rows(job.rowsTotal(), job.rowsRead(), job.flagged(), job.candidates(), job.notTargets(),
                        job.duplicates(), job.rejected()),
                job.percentDone(), job.failure(), MappingUsed.of(job.mappingName(), job.mappingVersion()),
                new Links(self, self + "/rejections"));
    }
}
