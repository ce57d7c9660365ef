package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.poverty.domain.Label;

/** The plan's records as the API lists them: versions, comparisons, help delivered, incomes, a household's plans. */
public final class PlanRecords {

    private PlanRecords() {
    }

    /** One version in the plan's history: who wrote it, when, why and what changed (DRAFTED or REVISED). */
    public record VersionEntry(int planVersion, String kind, Instant occurredAt, String actor, String actorRole,
                               String reason, List<Change> changes) {
    }

    /** One version in full. */
    public record Version(String planId, int planVersion, String kind, Instant occurredAt, String actor, String actorRole,
                          String reason, List<Change> changes, ContentView content) {
    }

    /** What changed from version {@code from} to version {@code to}. */
    public record Comparison(String planId, int from, int to, List<Change> changes) {
    }

    /** Help a partner agency delivered, and who recorded it. */
    public record Delivery(String agency, Label kind, BigDecimal amountThb, LocalDate deliveredOn, String activityId,
                           String description, String recordedBy, String recordedByRole) {
    }

    /** A month's income measurement; per person per month and annualised per person per year, THB. */
    public record Income(YearMonth month, int householdMembers, List<SourceView> sources, BigDecimal monthlyIncomeThb,
                         BigDecimal monthlyIncomePerPersonThb, BigDecimal annualisedIncomePerPersonThb) {
    }

    public record SourceView(Label source, BigDecimal monthlyAmountThb) {
    }

    /** A plan of a household, newest last. */
    public record PlanSummary(String planId, Label status, int planVersion, LocalDate draftedOn, long version) {
    }
}
