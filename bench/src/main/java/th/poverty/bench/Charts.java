package th.poverty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's PNG charts: one line per series, x in seconds of the run. */
final class Charts {

    private Charts() {
    }

    /** Writes a line chart of the series (name → one value per second) to {@code file}. */
    static void perSecond(Path file, String title, String yLabel, Map<String, List<Double>> series) throws IOException {
        var data = new XYSeriesCollection();
        series.forEach((name, values) -> {
            var line = new XYSeries(name);
            for (int s = 0; s < values.size(); s++) {
                line.add(s + 1, values.get(s));
            }
            data.addSeries(line);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds into the run", yLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 450);
    }
}
