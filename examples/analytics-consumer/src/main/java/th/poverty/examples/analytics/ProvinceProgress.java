package th.poverty.examples.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeoutException;

/**
 * Prints the current progress of a province's areas as CSV, read with the analysts' own Kafka
 * user: {@code ProvinceProgress analysts-24.properties 24}. The properties file is the one
 * docs/partners.md shows.
 */
public final class ProvinceProgress {

    private ProvinceProgress() {
    }

    public static void main(String[] args) throws IOException, TimeoutException {
        if (args.length != 2) {
            System.err.println("usage: ProvinceProgress <consumer properties> <province code>");
            System.exit(2);
        }
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            settings.load(in);
        }
        var latest = new AreaProgressReader(settings).latest(args[1], Duration.ofMinutes(2));
        System.out.println(AreaProgress.CSV_HEADER);
        latest.values().forEach(area -> System.out.println(area.csv()));
    }
}
