package th.poverty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class FactDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aFactLiesBetweenTheProgrammesBeginningAndToday() {
        assertThat(FactDate.problem("on", TODAY, TODAY)).isEmpty();
        assertThat(FactDate.problem("on", FactDate.PROGRAMME_BEGAN, TODAY)).isEmpty();
        assertThat(FactDate.problem("on", TODAY.plusDays(1), TODAY)).get().extracting(Rejection::code, Rejection::field)
                .containsExactly("date-in-future", "on");
        assertThat(FactDate.problem("on", FactDate.PROGRAMME_BEGAN.minusDays(1), TODAY)).get()
                .extracting(Rejection::code).isEqualTo("date-before-programme");
        assertThat(FactDate.problem("on", LocalDate.EPOCH, TODAY)).get()
                .extracting(Rejection::code).isEqualTo("date-before-programme");
    }

    @Test
    void aFactThatFollowsAnotherIsNotBeforeIt() {
        LocalDate drafted = LocalDate.of(2026, 3, 1);
        assertThat(FactDate.problem("signedOn", drafted, TODAY, drafted, "before-drafting", "the plan was drafted")).isEmpty();
        assertThat(FactDate.problem("signedOn", drafted.minusDays(1), TODAY, drafted, "before-drafting", "the plan was drafted"))
                .get().extracting(Rejection::code, Rejection::message)
                .containsExactly("before-drafting", "The date 2026-02-28 is before the plan was drafted on 2026-03-01");
    }

    @Test
    void aTargetMayLieAheadUpToTheHorizon() {
        Period fiveYears = Period.ofYears(5);
        assertThat(FactDate.targetProblem("dueOn", TODAY.plusYears(5), TODAY, fiveYears)).isEmpty();
        assertThat(FactDate.targetProblem("dueOn", TODAY.plusYears(5).plusDays(1), TODAY, fiveYears)).get()
                .extracting(Rejection::code).isEqualTo("date-too-far-ahead");
        assertThat(FactDate.targetProblem("dueOn", LocalDate.of(1999, 1, 1), TODAY, fiveYears)).get()
                .extracting(Rejection::code).isEqualTo("date-before-programme");
    }
}
