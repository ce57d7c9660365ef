package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import th.poverty.domain.Label;

/** A version's content as the API shows it, codes labelled in Thai and English. */
public record ContentView(
        List<GoalView> goals,
        List<CapitalView> capital,
        String potential,
        List<String> occupations,
        BigDecimal targetAnnualIncomePerPersonThb,
        List<ActivityView> activities) {

    public record GoalView(Label sufficiency, String description) {
    }

    public record CapitalView(Label kind, String description) {
    }

    /** An activity; {@code progress} is its latest progress (shown with the current version only). */
    public record ActivityView(String activityId, Label part, Label kind, String description, String agency, String help,
                               LocalDate dueOn, BigDecimal budgetThb, ProgressView progress) {
    }

    public record ProgressView(Label status, LocalDate progressOn, String note) {
    }

    static ContentView of(PlanContent content, Map<String, ActivityProgress> progress) {
        return new ContentView(
                content.goals().stream().map(g -> new GoalView(Label.of(g.sufficiency()), g.description())).toList(),
                content.capital().stream().map(c -> new CapitalView(Label.of(c.kind()), c.description())).toList(),
                content.potential(),
                content.occupations(),
                content.targetAnnualIncomePerPersonThb(),
                content.activities().stream().map(a -> new ActivityView(a.activityId(), Label.of(a.part()),
                        Label.of(a.kind()), a.description(), a.agency(), a.help(), a.dueOn(), a.budgetThb(),
                        progressView(progress.get(a.activityId())))).toList());
    }

    private static ProgressView progressView(ActivityProgress progress) {
        return progress == null ? null : new ProgressView(Label.of(progress.status()), progress.progressOn(), progress.note());
    }
}
