package th.poverty.reporting.measure;

/** The fields reporting cannot count without: a consumed event lacking one is a poison message. */
public final class Required {

    private Required() {
    }

    public static void field(String name, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
    }
}
