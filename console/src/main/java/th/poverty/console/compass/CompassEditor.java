package th.poverty.console.compass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import th.poverty.console.api.PlanApi;
import th.poverty.console.api.PlanApi.ActivityRequest;
import th.poverty.console.api.PlanApi.CapitalRequest;
import th.poverty.console.api.PlanApi.Change;
import th.poverty.console.api.PlanApi.ContentRequest;
import th.poverty.console.api.PlanApi.GoalRequest;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.page.Forms;

/**
 * The compass editor's form: the content as typed, in fields named as plan-service names them
 * ({@code goals[0].sufficiency}, {@code activities[2].kind}), so a refusal's field lands beside
 * its input. Rows left empty are not sent; a few empty rows always follow the filled ones.
 */
public final class CompassEditor {

    private static final int SPARE_GOALS = 3;
    private static final int SPARE_CAPITAL = 2;
    private static final int SPARE_ACTIVITIES = 3;
    /** plan-service takes at most 500 activities; no list is longer. */
    private static final int MAX_ROWS = 500;

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final int goals;
    private final int capital;
    private final int activities;
    private final String message;
    private final boolean stale;
    private final List<Change> meanwhile;

    private CompassEditor(Map<String, String> values, Map<String, String> errors, String message, boolean stale,
                          List<Change> meanwhile) {
        this.values = values;
        this.errors = errors;
        this.goals = rows(values, "goals", SPARE_GOALS);
        this.capital = rows(values, "capital", SPARE_CAPITAL);
        this.activities = rows(values, "activities", SPARE_ACTIVITIES);
        this.message = message;
        this.stale = stale;
        this.meanwhile = meanwhile;
    }

    static CompassEditor blank() {
        return new CompassEditor(Map.of(), Map.of(), null, false, List.of());
    }

    /** The editor filled with a version's content, to revise it. */
    static CompassEditor of(PlanApi.Content content) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < content.goals().size(); i++) {
            var goal = content.goals().get(i);
            values.put("goals[" + i + "].sufficiency", goal.sufficiency().code());
            values.put("goals[" + i + "].description", goal.description());
        }
        for (int i = 0; i < content.capital().size(); i++) {
            var kept = content.capital().get(i);
            values.put("capital[" + i + "].kind", kept.kind().code());
            values.put("capital[" + i + "].description", kept.description());
        }
        for (int i = 0; i < content.activities().size(); i++) {
            var activity = content.activities().get(i);
            String row = "activities[" + i + "].";
            values.put(row + "activityId", activity.activityId());
            values.put(row + "part", activity.part().code());
            values.put(row + "kind", activity.kind() == null ? "" : activity.kind().code());
            values.put(row + "description", text(activity.description()));
            values.put(row + "agency", text(activity.agency()));
            values.put(row + "help", text(activity.help()));
            values.put(row + "dueOn", activity.dueOn() == null ? "" : activity.dueOn().toString());
            values.put(row + "budgetThb", activity.budgetThb() == null ? "" : activity.budgetThb().toPlainString());
        }
        values.put("potential", text(content.potential()));
        values.put("occupations", content.occupations() == null ? "" : String.join(", ", content.occupations()));
        values.put("targetAnnualIncomePerPersonThb", content.targetAnnualIncomePerPersonThb() == null ? ""
                : content.targetAnnualIncomePerPersonThb().toPlainString());
        return new CompassEditor(values, Map.of(), null, false, List.of());
    }

    /** The editor as the browser sent it. */
    static CompassEditor typed(Map<String, String> form) {
        return new CompassEditor(Map.copyOf(form), Map.of(), null, false, List.of());
    }

    /** The same form, refused: each message beside its field (a validation's {@code content.} prefix dropped). */
    CompassEditor refused(ServiceProblem problem, List<Change> meanwhile) {
        Map<String, String> byField = new HashMap<>();
        problem.byField().forEach((field, text) -> byField.put(field.startsWith("content.") ? field.substring(8) : field, text));
        return new CompassEditor(values, byField, problem.detail() == null ? problem.title() : problem.detail(),
                problem.isStale(), meanwhile);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String value(String list, int row, String field) {
        return value(list + "[" + row + "]." + field);
    }

    public boolean selected(String list, int row, String field, String code) {
        return code.equals(value(list, row, field));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public String error(String list, int row, String field) {
        return error(list + "[" + row + "]." + field);
    }

    /** Every message, for the summary above the form (some name no single input, such as "goals"). */
    public List<Map.Entry<String, String>> errors() {
        return errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public List<Integer> goalRows() {
        return IntStream.range(0, goals).boxed().toList();
    }

    public List<Integer> capitalRows() {
        return IntStream.range(0, capital).boxed().toList();
    }

    public List<Integer> activityRows() {
        return IntStream.range(0, activities).boxed().toList();
    }

    public String message() {
        return message;
    }

    public boolean stale() {
        return stale;
    }

    /** What changed in the plan since the editor was opened, when a save found it changed. */
    public List<Change> meanwhile() {
        return meanwhile;
    }

    ContentRequest content() {
        List<GoalRequest> goalRequests = new ArrayList<>();
        for (int i = 0; i < goals; i++) {
            if (filled("goals", i, "sufficiency", "description")) {
                goalRequests.add(new GoalRequest(Forms.text(value("goals", i, "sufficiency")), Forms.text(value("goals", i, "description"))));
            }
        }
        List<CapitalRequest> capitalRequests = new ArrayList<>();
        for (int i = 0; i < capital; i++) {
            if (filled("capital", i, "kind", "description")) {
                capitalRequests.add(new CapitalRequest(Forms.text(value("capital", i, "kind")), Forms.text(value("capital", i, "description"))));
            }
        }
        List<ActivityRequest> activityRequests = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            if (filled("activities", i, "part", "kind", "description")) {
                activityRequests.add(new ActivityRequest(Forms.text(value("activities", i, "activityId")),
                        Forms.text(value("activities", i, "part")), Forms.text(value("activities", i, "kind")),
                        Forms.text(value("activities", i, "description")), Forms.text(value("activities", i, "agency")),
                        Forms.text(value("activities", i, "help")), Forms.date(value("activities", i, "dueOn")),
                        Forms.decimal(value("activities", i, "budgetThb"))));
            }
        }
        List<String> occupations = Forms.list(value("occupations"));
        return new ContentRequest(goalRequests, capitalRequests, Forms.text(value("potential")), occupations,
                Forms.decimal(value("targetAnnualIncomePerPersonThb")), activityRequests);
    }

    private boolean filled(String list, int row, String... fields) {
        return Arrays.stream(fields).anyMatch(field -> !value(list, row, field).isBlank());
    }

    /** How many rows the form shows: as many as hold anything (at most the service's limit), then the spare ones. */
    private static int rows(Map<String, String> values, String list, int spare) {
        int filled = values.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .mapToInt(e -> row(e.getKey(), list)).max().orElse(-1) + 1;
        return Math.min(filled, MAX_ROWS) + spare;
    }

    /** The row a field's name gives in the list, or -1 for a field of another list or a malformed name. */
    private static int row(String name, String list) {
        if (!name.startsWith(list + "[") || name.indexOf(']') < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(list.length() + 1, name.indexOf(']')));
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
