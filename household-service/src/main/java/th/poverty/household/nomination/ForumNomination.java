package th.poverty.household.nomination;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household proposed at a community forum (เวทีประชาคม). */
@Schema(description = "A household nominated at a community forum (เวทีประชาคม)")
public record ForumNomination(
        @Schema(description = "Date of the forum (วันที่จัดเวทีประชาคม)", example = "2026-11-20")
        @NotNull LocalDate forumDate,
        @Schema(description = "8-digit village code: tambon code + village number (หมู่ที่)", example = "24010101")
        @NotBlank @Size(max = 8) @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String villageCode,
        @Schema(description = "Why the forum proposes the household (เหตุผล)")
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Head head,
        @Schema(description = "11-digit house registration number (เลขรหัสประจำบ้าน)", example = "24010012345")
        @Size(max = 15) @Pattern(regexp = "[0-9 -]{11,15}", message = "must be 11 digits") String houseNumber,
        @Size(max = 500) String address) {

    @Schema(description = "The head of household (หัวหน้าครัวเรือน): personal data, kept out of events")
    public record Head(
            @Schema(description = "13-digit national ID (เลขประจำตัวประชาชน)", example = "1103702071838")
            @NotBlank @Size(max = 20) String nationalId,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 10) @Pattern(regexp = "0\\d{8,9}", message = "must be a Thai phone number such as 0812345678") String phone) {
    }
}
