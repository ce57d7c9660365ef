package th.poverty.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import th.poverty.domain.Dimension;

/**
 * The BMN survey's indicator sets, one per round, read from the shipped {@code bmn-indicators.csv}
 * (its sources in PROVENANCE.md beside it): data, so a new round is a new file version, not new
 * code. Immutable and thread-safe.
 */
public final class IndicatorSets {

    static final String RESOURCE = "bmn-indicators.csv";

    /** By the round's first survey year. */
    private final TreeMap<Integer, Round> rounds;

    private IndicatorSets(TreeMap<Integer, Round> rounds) {
        this.rounds = rounds;
    }

    private static final class Holder {
        static final IndicatorSets BMN = load();
    }

    /** The shipped indicator sets, loaded on first use. */
    public static IndicatorSets bmn() {
        return Holder.BMN;
    }

    /** The round a survey year uses: the latest that began on or before it; empty before the first. */
    public Optional<Round> roundOf(int surveyYear) {
        var round = rounds.floorEntry(surveyYear);
        return round == null ? Optional.empty() : Optional.of(round.getValue());
    }

    /** The indicator a survey year's failed indicator names; empty for a number its round lacks. */
    public Optional<Indicator> indicator(int surveyYear, int number) {
        return roundOf(surveyYear).flatMap(round -> round.indicator(number));
    }

    /** The indicator a code ({@code BMN-2565-17}) names; empty for any other code. */
    public Optional<Indicator> byCode(String code) {
        String[] parts = code == null ? new String[0] : code.split("-");
        if (parts.length != 3 || !parts[0].equals("BMN")) {
            return Optional.empty();
        }
        try {
            Round round = rounds.get(Integer.parseInt(parts[1]));
            return round == null ? Optional.empty() : round.indicator(Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<Round> rounds() {
        return List.copyOf(rounds.values());
    }

    /** A round's indicators, numbered 1 to {@code count()}. */
    public record Round(int firstYear, List<Indicator> indicators) {

        public int count() {
            return indicators.size();
        }

        public Optional<Indicator> indicator(int number) {
            return number >= 1 && number <= indicators.size() ? Optional.of(indicators.get(number - 1)) : Optional.empty();
        }
    }

    /**
     * One indicator of a round.
     *
     * @param nameTh    the questionnaire's wording; null where the round's names are not sourced
     * @param category  the round's category (หมวด), in Thai
     * @param dimension the dimension its failure is a problem in; null where no agency answers it
     */
    public record Indicator(int round, int number, String nameTh, String category, Dimension dimension) {

        /** The indicator as a problem's description code: {@code BMN-<round>-<number>}. */
        public String code() {
            return "BMN-" + round + "-" + number;
        }
    }

    static IndicatorSets load() {
        try (InputStream in = IndicatorSets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource th/poverty/survey/" + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read th/poverty/survey/" + RESOURCE, e);
        }
    }

    /** Every round numbers its indicators 1, 2, 3 ... in order, without gaps: anything else fails the load. */
    static IndicatorSets parse(String text) {
        Map<Integer, List<Indicator>> byRound = new TreeMap<>();
        for (NamedCsvRecord row : CsvReader.builder().ofNamedCsvRecord(text)) {
            int round = Integer.parseInt(row.getField("round"));
            int number = Integer.parseInt(row.getField("indicator"));
            List<Indicator> indicators = byRound.computeIfAbsent(round, r -> new ArrayList<>());
            if (number != indicators.size() + 1) {
                throw new IllegalStateException(RESOURCE + ": round " + round + " lists indicator " + number
                        + " after " + indicators.size());
            }
            String name = row.getField("name_th");
            String dimension = row.getField("dimension");
            indicators.add(new Indicator(round, number, name.isBlank() ? null : name, row.getField("category"),
                    dimension.isEmpty() ? null : Dimension.valueOf(dimension)));
        }
        TreeMap<Integer, Round> rounds = new TreeMap<>();
        byRound.forEach((first, indicators) -> rounds.put(first, new Round(first, List.copyOf(indicators))));
        return new IndicatorSets(rounds);
    }
}
