package th.poverty.console.dashboard;

import java.util.function.ToLongFunction;

import th.poverty.console.api.ReportingApi.Progress;

/** A figure of an area's progress that the map and the trends can show, with the message naming it. */
public enum Figure {
    IDENTIFIED("identified", p -> p.identified().total()),
    VISITED("visited", Progress::visited),
    WITH_PLAN("withPlan", Progress::withPlan),
    WITH_CARER("withCarer", Progress::withCarer),
    GRADUATED("graduated", Progress::graduated),
    WITHOUT_CARER("withoutCarer", p -> p.carers().householdsWithoutCarer());

    private final String message;
    private final ToLongFunction<Progress> read;

    Figure(String message, ToLongFunction<Progress> read) {
        this.message = message;
        this.read = read;
    }

    /** The key of its name in the message bundle. */
    public String message() {
        return message;
    }

    public long of(Progress progress) {
        return read.applyAsLong(progress);
    }

    public static Figure parse(String name) {
        for (Figure figure : values()) {
            if (figure.name().equalsIgnoreCase(name == null ? "" : name)) {
                return figure;
            }
        }
        return IDENTIFIED;
    }
}
