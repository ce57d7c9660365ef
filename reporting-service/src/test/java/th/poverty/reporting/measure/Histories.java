package th.poverty.reporting.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.household.IdentificationSource;
import th.poverty.reporting.plan.PlanEvent;
import th.poverty.reporting.team.TeamEvent;

/** Builds a household's or carer's history, one event a day from a given date, for fold tests. */
final class Histories {

    static final String HOUSEHOLD = "h-1";

    private final List<LoggedEvent> events = new ArrayList<>();
    private LocalDate day;

    Histories(LocalDate from) {
        this.day = from;
    }

    Histories then(Object facts) {
        events.add(new LoggedEvent(at(day), events.size() + 1, UUID.randomUUID(), facts));
        day = day.plusDays(1);
        return this;
    }

    Histories on(LocalDate date, Object facts) {
        day = date;
        return then(facts);
    }

    List<LoggedEvent> events() {
        return List.copyOf(events);
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Thailand.ZONE).toInstant();
    }

    static HouseholdEvent.HouseholdIdentified identified(String village, Integer income) {
        return surveyed(village, income, 2568, List.of());
    }

    /** Identified from the survey of {@code year}, failing {@code indicators}. */
    static HouseholdEvent.HouseholdIdentified surveyed(String village, Integer income, int year, List<Integer> indicators) {
        var path = Areas.thailand().pathOf(village).orElseThrow();
        return new HouseholdEvent.HouseholdIdentified(HOUSEHOLD, IdentificationSource.BMN_SURVEY, path.province(),
                path.district(), path.tambon(), path.village(), LocalDate.of(2026, 11, 1), income, year, indicators);
    }

    static HouseholdEvent.HouseholdDetailsCorrected movedTo(String village) {
        var path = Areas.thailand().pathOf(village).orElseThrow();
        return new HouseholdEvent.HouseholdDetailsCorrected(HOUSEHOLD, path.province(), path.district(), path.tambon(),
                path.village());
    }

    static PlanEvent.PlanDrafted planDrafted(String plan) {
        return new PlanEvent.PlanDrafted(plan, HOUSEHOLD);
    }

    static PlanEvent.IncomeRecorded income(YearMonth month, long thb) {
        return new PlanEvent.IncomeRecorded("p-1", HOUSEHOLD, month, BigDecimal.valueOf(thb));
    }

    static TeamEvent.CarerAssigned assigned(String carer, String household) {
        return new TeamEvent.CarerAssigned(carer, household, null, null);
    }
}
