package th.poverty.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an area lies, as one point: a subdistrict's from the shipped {@code area-points.csv}
 * (see PROVENANCE.md), a district's and a province's the mean of the points below them. Enough
 * to place an area on a map as a circle, not to draw its outline. Villages have no point.
 */
public final class AreaPoints {

    static final String RESOURCE = "area-points.csv";
    private static final String HEADER = "tambon_code,latitude,longitude";

    private final Areas areas;
    private final Map<String, Point> tambons;
    private final Map<String, Optional<Point>> above = new HashMap<>();

    /** A latitude and longitude in degrees (WGS 84). */
    public record Point(double latitude, double longitude) {
    }

    AreaPoints(Areas areas, Map<String, Point> tambons) {
        this.areas = areas;
        this.tambons = Map.copyOf(tambons);
    }

    private static final class Holder {
        static final AreaPoints THAILAND = new AreaPoints(Areas.thailand(), load());
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
            case TAMBON -> Optional.ofNullable(tambons.get(code));
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

    static Map<String, Point> load() {
        try (InputStream in = AreaPoints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource th/poverty/area/" + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read th/poverty/area/" + RESOURCE, e);
        }
    }

    static Map<String, Point> parse(String text) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ": unexpected header");
        }
        Map<String, Point> points = new HashMap<>(lines.length * 2);
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            if (fields.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 3 fields");
            }
            points.put(fields[0], new Point(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
        }
        return points;
    }
}
