package th.poverty.kubernetes;

import java.util.List;
import java.util.stream.Stream;

/**
 * What each service owns, publishes and consumes (ARCHITECTURE.md, and each service's
 * application.properties): the policy tests hold the tree to it.
 */
enum Service {
    HOUSEHOLD("household-service", "household", List.of("household.events"), List.of("plan.events")),
    TEAM("team-service", "team", List.of("team.events"), List.of("household.events", "plan.events")),
    PLAN("plan-service", "plan", List.of("plan.events"), List.of("household.events")),
    REPORTING("reporting-service", "reporting",
            List.of("analytics.area-progress", "analytics.area-progress-history", "reporting.monthly-reports"),
            List.of("household.events", "team.events", "plan.events"));

    final String id;
    final String database;
    final List<String> publishes;
    final List<String> consumes;

    Service(String id, String database, List<String> publishes, List<String> consumes) {
        this.id = id;
        this.database = database;
        this.publishes = publishes;
        this.consumes = consumes;
    }

    /** The CloudNativePG cluster that holds the service's database. */
    String cluster() {
        return database + "-db";
    }

    /** The topics the service may write: its own, and the dead letters of those it consumes. */
    List<String> writes() {
        return Stream.concat(publishes.stream(), consumes.stream().map(topic -> topic + ".dlq")).toList();
    }

    /**
     * The Kafka transactional ids the service's relays use: the outbox's, and reporting's second
     * relay for analytics.area-progress.
     */
    List<String> transactionalIds() {
        return this == REPORTING ? List.of(id + "-outbox", id + "-area-progress") : List.of(id + "-outbox");
    }

    static List<String> domainTopics() {
        return List.of("household.events", "team.events", "plan.events");
    }

    /** What provincial analysts may read: reporting-service's numbers per area, nothing else. */
    static List<String> analyticsTopics() {
        return List.of("analytics.area-progress", "analytics.area-progress-history");
    }
}
