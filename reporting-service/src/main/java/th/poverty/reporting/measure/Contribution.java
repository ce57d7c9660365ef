package th.poverty.reporting.measure;

import java.util.Map;

import th.poverty.area.AreaPath;

/**
 * What one household or carer adds to the measures of its area (and so of every area above it)
 * at a moment: nothing until its area is known.
 */
public record Contribution(AreaPath area, Map<String, Long> values) {

    public static final Contribution NONE = new Contribution(null, Map.of());

    public Contribution {
        values = Map.copyOf(values);
    }
}
