package th.poverty.team.cap;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.team.cap.CarerCapEvent.CarerCapSet;

/**
 * A province's cap on the households one carer cares for. The guideline writes one carer for
 * three households "for example" (๑ ต่อ ๓ ครัวเรือน เป็นต้น): three unless the province sets
 * another, from a date on. A lower cap releases no one; it only refuses new assignments.
 */
public record CarerCap(String provinceCode, NavigableMap<LocalDate, Integer> byDate) {

    public static final int DEFAULT_HOUSEHOLDS = 3;
    public static final int MOST_HOUSEHOLDS = 10;

    public CarerCap {
        byDate = new TreeMap<>(byDate);
    }

    /** A province that never set its cap. */
    public static CarerCap of(String provinceCode) {
        return new CarerCap(provinceCode, new TreeMap<>());
    }

    /** How many more households a carer caring for {@code caredFor} may take under {@code cap}. */
    public static int freePlaces(int caredFor, int cap) {
        return Math.max(0, cap - caredFor);
    }

    /** The cap in force on {@code day}. */
    public int on(LocalDate day) {
        var entry = byDate.floorEntry(day);
        return entry == null ? DEFAULT_HOUSEHOLDS : entry.getValue();
    }

    /** A new cap from a date on: from one to {@value #MOST_HOUSEHOLDS} households, and a change. */
    public Decision<CarerCapEvent> set(int households, LocalDate effectiveFrom) {
        if (households < 1 || households > MOST_HOUSEHOLDS) {
            return Decision.reject(Rejection.invalid("households", "cap-out-of-range",
                    "A carer cares for 1 to " + MOST_HOUSEHOLDS + " households; " + households + " is outside that"));
        }
        // a cap may be set ahead, from a date to come; not from before the programme began
        Optional<Rejection> wrongDate = FactDate.problem("effectiveFrom", effectiveFrom, LocalDate.MAX);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        if (on(effectiveFrom) == households) {
            return Decision.reject(Rejection.rule("cap-unchanged", "Province " + provinceCode + " already has a cap of "
                    + households + " households on " + effectiveFrom));
        }
        return Decision.accept(new CarerCapSet(provinceCode, households, effectiveFrom));
    }

    public static CarerCap apply(CarerCap cap, CarerCapEvent event) {
        return switch (event) {
            case CarerCapSet e -> {
                var next = new TreeMap<>((cap == null ? of(e.provinceCode()) : cap).byDate());
                next.put(e.effectiveFrom(), e.households());
                yield new CarerCap(e.provinceCode(), next);
            }
        };
    }
}
