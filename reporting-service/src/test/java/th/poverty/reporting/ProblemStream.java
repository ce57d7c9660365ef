package th.poverty.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import th.poverty.domain.Thailand;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StoredEvent;

/**
 * Plays one problem of a household as plan-service publishes it on plan.events: its events in the
 * problem's own stream, keyed by the problem, in order, a minute apart, each naming the agency the
 * problem is with as plan-service's do.
 */
public final class ProblemStream {

    private final String problemId = UUID.randomUUID().toString();
    private final String householdId;
    private final String dimension;
    private Instant at;
    private long version;
    private String agency;

    public ProblemStream(String householdId, String dimension, Instant from) {
        this.householdId = householdId;
        this.dimension = dimension;
        this.at = from;
    }

    public String problemId() {
        return problemId;
    }

    /** The problem's next events happen from {@code when} on. */
    public ProblemStream from(Instant when) {
        at = when;
        return this;
    }

    public StoredEvent identified() {
        return publish(next("ProblemIdentified", """
                "origin": "FAMILY_FOLDER", "descriptionCode": "FOLDER-%s-1", "welfareNeed": null, "identifiedOn": "%s\""""
                .formatted(dimension, today())));
    }

    public StoredEvent routed(String to) {
        String from = agency;
        agency = to;
        return publish(next("ProblemRouted", """
                "agency": "%s", "previousAgency": %s, "routedOn": "%s", "dueOn": "%s", "rerouted": %s"""
                .formatted(to, from == null ? "null" : "\"" + from + "\"", today(), today().plusDays(30), from != null)));
    }

    public StoredEvent accepted() {
        return publish(next("ProblemAccepted", "\"agency\": \"%s\", \"acceptedOn\": \"%s\"".formatted(agency, today())));
    }

    /** The agency gives it back: the district routes it again. */
    public StoredEvent declined() {
        var declined = publish(next("ProblemDeclined", "\"agency\": \"%s\", \"declinedOn\": \"%s\"".formatted(agency, today())));
        agency = null;
        return declined;
    }

    public StoredEvent statusChanged(String status) {
        return publish(next("ProblemStatusChanged", "\"agency\": \"%s\", \"status\": \"%s\", \"changedOn\": \"%s\""
                .formatted(agency, status, today())));
    }

    public StoredEvent helped() {
        return publish(next("ProblemHelped", """
                "agency": "%s", "kind": "SERVICE", "amountThb": 500.00, "helpedOn": "%s", "description": "ft:%s\""""
                .formatted(agency, today(), UUID.randomUUID())));
    }

    public StoredEvent linked(String planId) {
        return publish(next("ProblemLinked", "\"planId\": \"%s\", \"activityId\": \"a-1\"".formatted(planId)));
    }

    /** The problem's next event of any type, with the fields every problem event has and {@code fields}; not yet sent. */
    public StoredEvent next(String type, String fields) {
        version++;
        at = at.plus(1, ChronoUnit.MINUTES);
        String payload = "{\"problemId\": \"%s\", \"householdId\": \"%s\", \"dimension\": \"%s\", %s}"
                .formatted(problemId, householdId, dimension, fields);
        var metadata = new EventMetadata("district-officer-1", "district-officer", "", UUID.randomUUID(), null, at, null);
        return new StoredEvent(version, problemId, "problem", version, UUID.randomUUID(), type, 1, payload, metadata, at);
    }

    /** Sends the event keyed by the problem, as plan-service's relay does: again, for a redelivery. */
    public static StoredEvent publish(StoredEvent event) {
        ServiceTopics.publish(event, "plan-service");
        return event;
    }

    private LocalDate today() {
        return Thailand.dateOf(at);
    }

    public static String agencyCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
