package th.poverty.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an area lies, as one point: a subdistrict's from the shipped {@code thai-areas.csv} (see
 * PROVENANCE.md), a district's and a province's the mean of the points below them. Enough to place
 * an area on a map as a circle, not to draw its outline. Villages have no point.
 */
public final class AreaPoints {

    private final Areas areas;
    private final Map<String, Optional<Point>> above = new HashMap<>();

    /** A latitude and longitude in degrees (WGS 84). */
    public record Point(double latitude, double longitude) {
    }

    AreaPoints(Areas areas) {
        this.areas = areas;
    }

    private static final class Holder {
        static final AreaPoints THAILAND = new AreaPoints(Areas.thailand());
    }

    public static AreaPoints thailand() {
        return Holder.THAILAND;
    }

    /** The area's point; empty for a village, an unknown code, or an area with no located subdistrict. */
    public Optional<Point> of(String code) {
        Objects.requireNonNull(code, "code");
        Optional<Area> area = areas.find(code);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return switch (area.get().level()) {
            case VILLAGE -> Optional.empty();
            case TAMBON -> areas.pointOf(code);
            case DISTRICT, PROVINCE -> mean(code);
        };
    }

    private synchronized Optional<Point> mean(String code) {
        Optional<Point> known = above.get(code);
        if (known != null) {
            return known;
        }
        List<Point> points = areas.children(code).stream().map(child -> of(child.code())).flatMap(Optional::stream).toList();
        Optional<Point> mean = points.isEmpty() ? Optional.empty() : Optional.of(new Point(
                points.stream().mapToDouble(Point::latitude).average().orElseThrow(),
                points.stream().mapToDouble(Point::longitude).average().orElseThrow()));
        above.put(code, mean);
        return mean;
    }
}
