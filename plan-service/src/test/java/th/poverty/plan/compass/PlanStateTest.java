package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.compass.PlanScenario.TODAY;
import static th.poverty.plan.compass.PlanScenario.activity;
import static th.poverty.plan.compass.PlanScenario.agreed;
import static th.poverty.plan.compass.PlanScenario.content;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.eventstore.EventCodec;
import th.poverty.plan.compass.PlanCommand.CompletePlan;
import th.poverty.plan.compass.PlanCommand.DeliverAssistance;
import th.poverty.plan.compass.PlanCommand.RecordActivityProgress;
import th.poverty.plan.compass.PlanCommand.RecordIncome;
import th.poverty.plan.compass.PlanCommand.RevisePlan;

/**
 * A command starts from the stored state instead of the folded stream, so the two must agree,
 * and the events must survive their codec unchanged.
 */
class PlanStateTest {

    private static final EventCodec<PlanEvent> CODEC = EventCodec.of(PlanEvent.class);

    static PlanScenario everyKindOfEvent() {
        return agreed().and(
                new RevisePlan("เพิ่มเลี้ยงไก่", content(activity(ActivityPart.HOUSEHOLD, ActivityKind.GROW_FOOD, "เลี้ยงไก่"))),
                new RecordActivityProgress("A4", ProgressStatus.DONE, TODAY, "ได้ไข่วันละ 5 ฟอง"),
                new DeliverAssistance("ปศุสัตว์อำเภอ", AssistanceKind.GOODS, new BigDecimal("1200.5"), TODAY, "A4", "ไก่ 10 ตัว"),
                new RecordIncome(YearMonth.of(2026, 10), 4, List.of(new IncomeSource(IncomeSourceKind.AGRICULTURE,
                        new BigDecimal("10000")))),
                new CompletePlan(TODAY));
    }

    @Test
    void theStoredStateIsTheFoldedHistory() {
        LifeCompassPlan folded = everyKindOfEvent().state();

        LifeCompassPlan stored = PlanJson.read(PlanJson.write(folded), LifeCompassPlan.class);

        assertThat(stored).isEqualTo(folded);
        assertThat(stored.followUp().latestIncome().annualisedIncomePerPersonThb()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(stored.activitiesNumbered()).isEqualTo(4);
    }

    /** Whole, once its free text (the revision's reason, the progress note, the assistance's description) is put back. */
    @Test
    void everyEventSurvivesItsCodec() {
        for (PlanEvent event : everyKindOfEvent().history()) {
            var encoded = CODEC.encode(event);
            String payload = encoded.payload();
            for (var kept : encoded.texts().entrySet()) {
                assertThat(payload).doesNotContain(kept.getValue());
                payload = payload.replace("ft:" + kept.getKey(), kept.getValue());
            }
            assertThat(CODEC.decode(encoded.type(), encoded.schemaVersion(), payload)).isEqualTo(event);
        }
        assertThat(everyKindOfEvent().history().stream().mapToInt(event -> CODEC.encode(event).texts().size()).sum())
                .isEqualTo(3);
    }
}
