package th.poverty.household.bmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.household.mapping.FileHeader;

/** The sample file the README shows field teams is a good survey file. */
class SampleFileTest {

    private static final SurveyRound ROUND_2568 = new SurveyRound(2568, 38, 38_000);

    @Test
    void everyRowOfTheSampleIsReadAndScreened() throws IOException {
        var in = SampleFileTest.class.getResourceAsStream("/bmn/sample-bmn-2568.csv");
        var csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var header = FileHeader.of(csv.next(), csv.row(), SurveyLayout.FIELDS, null);
        List<Boolean> candidates = new ArrayList<>();
        for (var record = csv.next(); record != null; record = csv.next()) {
            assertThat(record).as("row " + csv.row()).hasSize(header.width());
            var reading = SurveyRow.read(csv.row(), header.values(record), null, ROUND_2568);
            assertThat(reading).as("row " + csv.row()).isInstanceOf(SurveyRow.Valid.class);
            candidates.add(Screening.candidateReason(((SurveyRow.Valid) reading).row(), ROUND_2568).isPresent());
        }
        assertThat(candidates).containsExactly(true, true, true, false, true);
    }
}
