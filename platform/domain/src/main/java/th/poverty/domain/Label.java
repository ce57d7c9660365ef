package th.poverty.domain;

/** A code as the API shows it: the code, its Thai and its English label. */
public record Label(String code, String th, String en) {

    /** The value's label, or null for no value. */
    public static Label of(Labelled value) {
        return value == null ? null : value.label();
    }
}
