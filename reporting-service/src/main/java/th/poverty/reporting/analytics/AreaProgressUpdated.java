package th.poverty.reporting.analytics;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import th.poverty.reporting.progress.Figures;

/**
 * An area's whole progress after it changed, on analytics.area-progress keyed by the area code:
 * the latest message of an area is its current progress (the topic can be compacted), and on
 * analytics.area-progress-history every one of them, for time series. No personal data: numbers of
 * households and carers, sums and medians only; a village's or tambon's figures that would describe
 * fewer than five households are null and listed, as JSON Pointers, in {@code withheld}
 * ({@link DisclosureControl}).
 */
public record AreaProgressUpdated(String areaCode, String level, String nameTh, String parentCode, Instant asOf,
                                  @JsonUnwrapped Figures figures, List<String> withheld) {

    /** Schema version 2: figures may be withheld (null), and {@code withheld} lists them. */
    public static final int SCHEMA_VERSION = 2;

    public AreaProgressUpdated {
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }
}
