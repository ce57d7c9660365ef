package th.poverty.plan.problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import th.poverty.domain.Dimension;

/**
 * Each BMN survey round's map from indicator to dimension, read from the shipped
 * {@code bmn/indicator-dimensions.csv} (its sources in {@code bmn/PROVENANCE.md}): data, so a new
 * round is a new file version, not new code.
 */
@ApplicationScoped
public class IndicatorDimensions {

    static final String RESOURCE = "bmn/indicator-dimensions.csv";

    /** By the round's first survey year, the dimension of each indicator that opens a problem. */
    private final TreeMap<Integer, Map<Integer, Dimension>> rounds = new TreeMap<>();

    public IndicatorDimensions() {
        try (InputStream in = IndicatorDimensions.class.getClassLoader().getResourceAsStream(RESOURCE);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : csv) {
                Map<Integer, Dimension> round = rounds.computeIfAbsent(Integer.parseInt(row.getField("round")),
                        year -> new HashMap<>());
                String dimension = row.getField("dimension");
                if (!dimension.isEmpty()) {
                    round.put(Integer.parseInt(row.getField("indicator")), Dimension.valueOf(dimension));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed indicator as a problem: its code and dimension; empty when its round or category opens none. */
    public Optional<Indicator> of(int surveyYear, int indicator) {
        var round = rounds.floorEntry(surveyYear);
        if (round == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(round.getValue().get(indicator))
                .map(dimension -> new Indicator("BMN-" + round.getKey() + "-" + indicator, dimension));
    }

    /** The first survey year of the round the survey year belongs to; empty before the first round known. */
    public Optional<Integer> roundOf(int surveyYear) {
        return Optional.ofNullable(rounds.floorKey(surveyYear));
    }

    /** @param code e.g. {@code BMN-2565-17}: the round's first survey year and the indicator's number */
    public record Indicator(String code, Dimension dimension) {
    }
}
