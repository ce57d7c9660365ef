package th.poverty.domain;

/**
 * Why a command was refused.
 *
 * @param kind    {@link Kind#INVALID} when an input is wrong for the domain (an unknown village,
 *                a bad checksum: HTTP 422), {@link Kind#RULE} when the aggregate's state forbids the
 *                command (a step skipped, a fourth household: HTTP 409)
 * @param code    a stable, kebab-case name for the refusal, e.g. {@code not-yet-assessed}
 * @param message what went wrong, for people
 * @param field   the input that failed, if one did
 */
public record Rejection(Kind kind, String code, String message, String field) {

    public enum Kind {
        INVALID, RULE
    }

    public static Rejection invalid(String field, String code, String message) {
        return new Rejection(Kind.INVALID, code, message, field);
    }

    public static Rejection rule(String code, String message) {
        return new Rejection(Kind.RULE, code, message, null);
    }
}
