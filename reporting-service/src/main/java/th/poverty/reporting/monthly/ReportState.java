package th.poverty.reporting.monthly;

import java.time.Instant;

/**
 * Where an office's monthly report stands against its deadline, the end of the 20th (Thai time):
 * read from the clock and the moment it was submitted, never stored, so a report nobody submits
 * turns late by itself.
 */
public enum ReportState {
    /** Not submitted, and the deadline is still to come. */
    OPEN("รอส่ง"),
    /** Not submitted, and the deadline has passed. */
    LATE("ค้างส่ง (เกินกำหนด)"),
    /** Submitted by the deadline: early or on the 20th. */
    SUBMITTED("ส่งแล้ว"),
    /** Submitted after the deadline. */
    SUBMITTED_LATE("ส่งแล้ว (ล่าช้า)");

    private final String labelTh;

    ReportState(String labelTh) {
        this.labelTh = labelTh;
    }

    /** @param submittedAt when the report was submitted (closed); null while it is not */
    public static ReportState of(Instant deadline, Instant submittedAt, Instant now) {
        if (submittedAt != null) {
            return submittedAt.isBefore(deadline) ? SUBMITTED : SUBMITTED_LATE;
        }
        return now.isBefore(deadline) ? OPEN : LATE;
    }

    public String labelTh() {
        return labelTh;
    }
}
