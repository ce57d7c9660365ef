package th.poverty.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The window a date given by a person must lie in, one rule for every service. The date of
 * something that happened lies between the programme's beginning (or what it follows: the plan's
 * drafting, the member's joining) and today; a target date from the programme's beginning to a
 * horizon ahead. A date outside is a slip of the keyboard or a number read as a date (day 0 is
 * 1970), never a fact of this programme.
 */
public final class FactDate {

    /**
     * The integrated household process (ชี้เป้าชีวิต, เข็มทิศชีวิต, บริหารจัดการชีวิต, ดูแลชีวิต)
     * began in B.E. 2554 (2011): no forum, visit or plan of it is older.
     */
    public static final LocalDate PROGRAMME_BEGAN = LocalDate.of(2011, 1, 1);

    private FactDate() {
    }

    /** The date of something that happened: not in the future, not before the programme began. */
    public static Optional<Rejection> problem(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(Rejection.invalid(field, "date-in-future", "The date " + date + " lies in the future"));
        }
        if (date.isBefore(PROGRAMME_BEGAN)) {
            return Optional.of(Rejection.invalid(field, "date-before-programme",
                    "The date " + date + " is before the programme began on " + PROGRAMME_BEGAN));
        }
        return Optional.empty();
    }

    /**
     * As {@link #problem(String, LocalDate, LocalDate)}, and not before {@code notBefore}.
     *
     * @param tooEarly the refusal's code when the date is before {@code notBefore}
     * @param since    what happened on {@code notBefore}, in words: "the plan was drafted"
     */
    public static Optional<Rejection> problem(String field, LocalDate date, LocalDate today, LocalDate notBefore,
                                              String tooEarly, String since) {
        return problem(field, date, today).or(() -> date.isBefore(notBefore)
                ? Optional.of(Rejection.invalid(field, tooEarly, "The date " + date + " is before " + since + " on " + notBefore))
                : Optional.empty());
    }

    /** A target date: from the programme's beginning to {@code horizon} after today. */
    public static Optional<Rejection> targetProblem(String field, LocalDate date, LocalDate today, Period horizon) {
        if (date.isBefore(PROGRAMME_BEGAN)) {
            return Optional.of(Rejection.invalid(field, "date-before-programme",
                    "The date " + date + " is before the programme began on " + PROGRAMME_BEGAN));
        }
        if (date.isAfter(today.plus(horizon))) {
            return Optional.of(Rejection.invalid(field, "date-too-far-ahead",
                    "The date " + date + " is more than " + horizon.getYears() + " years ahead"));
        }
        return Optional.empty();
    }
}
