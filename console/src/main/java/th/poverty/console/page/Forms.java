package th.poverty.console.page;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ServiceProblem;

/**
 * What a form sends, read as the service takes it, and a command sent from a form. What the
 * browser's typed inputs could not guard goes as missing, and the service names the field.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * Sends a command: done, back to a page (so a reload sends nothing twice); refused, the page
     * again with the form as typed, under the service's status. A refusal no form can mend
     * (401, 403, 404) goes on to the error pages.
     */
    public static Uni<Object> submit(Uni<?> command, URI done, Function<ServiceProblem, Uni<TemplateInstance>> refused) {
        return submit(command, ignored -> done, refused);
    }

    /** As {@link #submit(Uni, URI, Function)}, to a page that the service's answer names. */
    public static <T> Uni<Object> submit(Uni<T> command, Function<T, URI> done,
                                         Function<ServiceProblem, Uni<TemplateInstance>> refused) {
        return command.<Object>map(answer -> Response.seeOther(done.apply(answer)).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    var problem = (ServiceProblem) failure;
                    if (problem.isUnauthenticated() || problem.status() == 403 || problem.status() == 404) {
                        return Uni.createFrom().failure(problem);
                    }
                    return refused.apply(problem).map(page -> html(problem.status(), page));
                });
    }

    /**
     * What is recorded now of what a form records, and the version it is at: what a device's
     * queued command is shown beside when the household (or plan) changed since it was typed.
     *
     * @param values by form field, as the form would hold them
     */
    public record Current(long version, Map<String, String> values) {
    }

    /**
     * As {@link #submit(Uni, Function, Function)}, and for a command from the device's queue
     * ({@link CommandRequest#answersJson()}) the outcome as JSON, for the page's script to settle
     * the queued command by: {@code applied} with the page to go to and the new version;
     * {@code conflict} when the service found the version stale (412), with the current version
     * and values; {@code refused} with the service's status, title and messages by field;
     * {@code unauthenticated} (401) and {@code unavailable} (5xx) leave the command queued.
     */
    public static <T> Uni<Object> submit(CommandRequest request, Uni<T> command, Function<T, URI> done,
                                         ToLongFunction<T> version,
                                         Function<ServiceProblem, Uni<TemplateInstance>> refused,
                                         Supplier<Uni<Current>> current) {
        if (!request.answersJson()) {
            return submit(command, done, refused);
        }
        return command.<Object>map(answer -> {
                    Map<String, Object> applied = new LinkedHashMap<>();
                    applied.put("state", "applied");
                    applied.put("location", done.apply(answer).toString());
                    if (answer != null) {
                        // a repeat the service could only acknowledge (204) has no version to give
                        applied.put("version", version.applyAsLong(answer));
                    }
                    return json(200, applied);
                })
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    var problem = (ServiceProblem) failure;
                    if (problem.isUnauthenticated()) {
                        return Uni.createFrom().item(unauthenticated());
                    }
                    if (problem.status() >= 500) {
                        return Uni.createFrom().item(json(503, Map.of("state", "unavailable", "status", problem.status())));
                    }
                    if (problem.isStale()) {
                        return current.get().map(now -> json(409, Map.of("state", "conflict", "status", 412,
                                "version", problem.currentVersion().orElse(now.version()), "current", now.values())));
                    }
                    Map<String, Object> refusal = new LinkedHashMap<>();
                    refusal.put("state", "refused");
                    refusal.put("status", problem.status());
                    refusal.put("type", problem.type());
                    refusal.put("title", problem.title() == null ? "" : problem.title());
                    refusal.put("detail", problem.detail() == null ? "" : problem.detail());
                    refusal.put("errors", problem.byField());
                    return Uni.createFrom().item(json(problem.status(), refusal));
                });
    }

    /** The answer to a queued command whose sender is no longer signed in: it stays queued until they are. */
    public static Response unauthenticated() {
        return json(401, Map.of("state", "unauthenticated", "location", "/sign-in"));
    }

    private static Response json(int status, Map<String, ?> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(body).build();
    }

    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    /** A posted form's fields by name, each's first value: what was typed, to send and to show again. */
    public static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.getFirst()));
        return typed;
    }

    /** Fields by name as typed, for the page to show them again. */
    public static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    /** The version a page was read at, as If-Match takes it. */
    public static String etag(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }

    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A comma-separated field as a list; none typed is an empty list, which the service judges. */
    public static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A textarea's lines that hold anything, one item each. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Boolean bool(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text);
    }
}
