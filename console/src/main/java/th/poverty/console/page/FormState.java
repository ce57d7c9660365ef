package th.poverty.console.page;

import java.util.Map;

import th.poverty.console.api.ServiceProblem;

/**
 * A form as the reader left it after the service refused it: what they typed, the service's
 * message beside each field it named, and whether the household changed meanwhile (412), in
 * which case the page shows the latest version and the form is sent again against it.
 *
 * @param form   which form on the page: {@code visit} or {@code fourT}
 * @param values what was typed, by form field
 * @param errors the service's messages, by form field
 */
public record FormState(String form, Map<String, String> values, Map<String, String> errors, boolean stale,
                        String message) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of(), false, null);

    public static FormState refused(String form, Map<String, String> values, ServiceProblem problem) {
        return new FormState(form, values, problem.byField(), problem.isStale(),
                problem.detail() == null ? problem.title() : problem.detail());
    }

    public boolean is(String name) {
        return form.equals(name);
    }

    /** What the reader typed in a field of this form, or the fallback when they have not. */
    public String value(String name, String field, String fallback) {
        return is(name) && values.containsKey(field) ? values.get(field) : fallback;
    }

    public String error(String name, String field) {
        return is(name) ? errors.get(field) : null;
    }
}
