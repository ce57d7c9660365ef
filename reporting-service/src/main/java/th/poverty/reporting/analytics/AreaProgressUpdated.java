package th.poverty.reporting.analytics;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import th.poverty.reporting.progress.Figures;

/**
 * An area's whole progress after it changed, on analytics.area-progress keyed by the area code:
 * the latest message of an area is its current progress (the topic can be compacted). No
 * personal data: numbers of households and carers, sums and medians only.
 */
public record AreaProgressUpdated(String areaCode, String level, String nameTh, String parentCode, Instant asOf,
                                  @JsonUnwrapped Figures figures) {
}
