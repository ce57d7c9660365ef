package th.poverty.area;

/**
 * An identity number that cannot be accepted. The message names the field and the rule broken
 * but never repeats the input: it is personal data and messages end up in logs and responses.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidIdentifierException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the field that was rejected, e.g. {@code nationalId}, for error responses. */
    public String field() {
        return field;
    }
}
