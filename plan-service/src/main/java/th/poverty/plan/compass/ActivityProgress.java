package th.poverty.plan.compass;

import java.time.LocalDate;

/** The latest progress recorded on an activity. */
public record ActivityProgress(ProgressStatus status, LocalDate progressOn, String note) {
}
