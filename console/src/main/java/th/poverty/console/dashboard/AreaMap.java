package th.poverty.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.poverty.area.AreaPoints;
import th.poverty.area.AreaPoints.Point;
import th.poverty.console.api.ReportingApi.Progress;

/**
 * An area's children as circles on a plain map drawn by the console (no tiles, no outside
 * request): each at its point, its area sized by the chosen figure and its shade one of five
 * steps, with the value written beside it, so neither size nor colour carries meaning alone.
 */
public record AreaMap(int width, int height, List<Circle> circles, List<String> unplaced, long max) {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int MARGIN = 40;
    private static final double MAX_RADIUS = 28;
    private static final double MIN_RADIUS = 3;

    /** One child: where it is drawn, how big, which of five shades (1 lightest), and its value. */
    public record Circle(String code, String name, double x, double y, double r, int shade, long value) {
    }

    static AreaMap of(List<Progress> children, Figure figure, AreaPoints points) {
        record Placed(Progress child, Point point) {
        }
        List<Placed> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Progress child : children) {
            Optional<Point> point = points.of(child.area().code());
            if (point.isPresent()) {
                placed.add(new Placed(child, point.get()));
            } else {
                unplaced.add(child.area().nameTh());
            }
        }
        long max = children.stream().mapToLong(figure::of).max().orElse(0);
        if (placed.isEmpty()) {
            return new AreaMap(WIDTH, HEIGHT, List.of(), unplaced, max);
        }
        double minLat = placed.stream().mapToDouble(p -> p.point().latitude()).min().orElseThrow();
        double maxLat = placed.stream().mapToDouble(p -> p.point().latitude()).max().orElseThrow();
        double minLon = placed.stream().mapToDouble(p -> p.point().longitude()).min().orElseThrow();
        double maxLon = placed.stream().mapToDouble(p -> p.point().longitude()).max().orElseThrow();
        // one scale for both axes, so the shape of the area is kept (degrees are near enough square this close to the equator)
        double span = Math.max(Math.max(maxLat - minLat, maxLon - minLon), 0.01);
        double scale = Math.min(WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN) / span;
        double offsetX = (WIDTH - (maxLon - minLon) * scale) / 2;
        double offsetY = (HEIGHT - (maxLat - minLat) * scale) / 2;
        List<Circle> circles = new ArrayList<>();
        for (Placed p : placed) {
            long value = figure.of(p.child());
            double share = max == 0 ? 0 : (double) value / max;
            double r = value == 0 ? MIN_RADIUS : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(share));
            int shade = value == 0 ? 1 : 1 + (int) Math.min(4, Math.floor(share * 5 - 1e-9));
            circles.add(new Circle(p.child().area().code(), p.child().area().nameTh(),
                    round(offsetX + (p.point().longitude() - minLon) * scale),
                    round(offsetY + (maxLat - p.point().latitude()) * scale), round(r), shade, value));
        }
        // the biggest first, so small circles are drawn on top and stay clickable
        circles.sort((a, b) -> Double.compare(b.r(), a.r()));
        return new AreaMap(WIDTH, HEIGHT, List.copyOf(circles), List.copyOf(unplaced), max);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
