package th.poverty.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import th.poverty.domain.Rejection;
import th.poverty.eventstore.StreamVersionConflict;

/**
 * An RFC 7807 problem: {@code type} is stable and names the kind of failure, {@code field}
 * names the input that failed where there is one, {@code errors} lists each failed field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String field,
        List<FieldError> errors,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, List.of(), null);
    }

    /** A command the domain refused: 422 for a wrong input, 409 for a broken rule. */
    public static Problem rejected(Rejection rejection) {
        boolean invalid = rejection.kind() == Rejection.Kind.INVALID;
        return of(invalid ? 422 : 409, rejection.code(), invalid ? "Invalid value" : "Refused by a domain rule",
                rejection.message()).withField(rejection.field());
    }

    /** A command against a version someone changed meanwhile (412), naming the current one. */
    public static Problem stale(StreamVersionConflict conflict) {
        return of(412, "stale-version", "Changed by someone else", "The resource is at version "
                + conflict.actualVersion() + ", not " + conflict.expectedVersion() + ": reload it and try again")
                .withCurrentVersion(conflict.actualVersion());
    }

    /** The kind of failure without its prefix: {@code stale-version} for {@code /problems/stale-version}. */
    public String slug() {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, instance, name, errors, currentVersion);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        String first = fieldErrors.isEmpty() ? field : fieldErrors.getFirst().field();
        return new Problem(type, title, status, detail, instance, first, fieldErrors, currentVersion);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, field, errors, currentVersion);
    }

    public Problem withCurrentVersion(long version) {
        return new Problem(type, title, status, detail, instance, field, errors, version);
    }

    public record FieldError(String field, String message) {
    }
}
