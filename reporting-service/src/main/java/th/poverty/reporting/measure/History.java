package th.poverty.reporting.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import th.poverty.domain.Thailand;

/**
 * Folds a household's or carer's events in the order they happened and keeps what it
 * contributed at the end of each day it changed: the dated facts that the as-of date, the fiscal
 * year and the monthly cut-off read. Days are Thai days: Thailand has one time zone.
 */
public final class History {

    private History() {
    }

    /** The contribution at the end of every day on which an event happened; {@code facts} ends folded. */
    public static NavigableMap<LocalDate, Contribution> fold(Facts facts, List<LoggedEvent> events) {
        List<LoggedEvent> inTime = new ArrayList<>(events);
        inTime.sort(LoggedEvent.IN_TIME);
        NavigableMap<LocalDate, Contribution> byDay = new TreeMap<>();
        for (LoggedEvent event : inTime) {
            if (event.facts() != null) {
                facts.apply(event.facts());
                byDay.put(dayOf(event), facts.contribution());
            }
        }
        return byDay;
    }

    private static LocalDate dayOf(LoggedEvent event) {
        return Thailand.dateOf(event.occurredAt());
    }
}
