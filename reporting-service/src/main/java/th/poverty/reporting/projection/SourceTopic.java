package th.poverty.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.reporting.household.HouseholdEvents;
import th.poverty.reporting.measure.EventReader;
import th.poverty.reporting.plan.PlanEvent;
import th.poverty.reporting.problem.ProblemEvent;
import th.poverty.reporting.team.TeamEvent;

/**
 * The three topics reporting projects, and what each event of them is about. Every event of
 * household.events belongs to its household's timeline; plan events, a plan's or a problem's, name
 * their household in the payload (an unknown type too, so it still shows in the timeline; the
 * agency registry's and routing tables' name none); of team.events only the carer events count,
 * for the carer and, once assigned or released, for the household.
 */
public enum SourceTopic {
    HOUSEHOLD("household.events"),
    TEAM("team.events"),
    PLAN("plan.events");

    private static final EventReader<PlanEvent> PLANS = EventReader.of(PlanEvent.class);
    private static final EventReader<ProblemEvent> PROBLEMS = EventReader.of(ProblemEvent.class);
    private static final EventReader<TeamEvent> TEAMS = EventReader.of(TeamEvent.class);
    private static final ObjectMapper JSON = EventCodec.defaultMapper();
    private static final String HOUSEHOLD_STREAM = "household";

    private final String topic;

    SourceTopic(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public static Optional<SourceTopic> of(String topic) {
        for (SourceTopic source : values()) {
            if (source.topic.equals(topic)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** Empty when the event is about no household or carer reporting follows. */
    public Optional<ConsumedEvent> read(IncomingEvent event) {
        return switch (this) {
            // a forum's record is about no one household: its households have events of their own
            case HOUSEHOLD -> !HOUSEHOLD_STREAM.equals(event.streamType()) ? Optional.empty() : Optional.of(HouseholdEvents.read(event)
                    .map(facts -> new ConsumedEvent(event, List.of(Subject.household(facts.householdId())), facts,
                            HouseholdEvents.READER.encode(facts)))
                    .orElseGet(() -> new ConsumedEvent(event, List.of(Subject.household(event.streamId())), null, null)));
            case PLAN -> PLANS.read(event)
                    .map(facts -> new ConsumedEvent(event, List.of(Subject.household(facts.householdId())), facts,
                            PLANS.encode(facts)))
                    .or(() -> PROBLEMS.read(event)
                            .map(facts -> new ConsumedEvent(event, List.of(Subject.household(facts.householdId())), facts,
                                    PROBLEMS.encode(facts))))
                    .or(() -> householdNamedIn(event)
                            .map(household -> new ConsumedEvent(event, List.of(Subject.household(household)), null, null)));
            case TEAM -> TEAMS.read(event).map(facts -> new ConsumedEvent(event, subjectsOf(facts), facts, TEAMS.encode(facts)));
        };
    }

    /** Reads back the facts an event was logged with. */
    public static Object decode(String type, String json) {
        if (HouseholdEvents.READER.knows(type)) {
            return HouseholdEvents.READER.decode(type, json);
        }
        if (PLANS.knows(type)) {
            return PLANS.decode(type, json);
        }
        if (PROBLEMS.knows(type)) {
            return PROBLEMS.decode(type, json);
        }
        return TEAMS.decode(type, json);
    }

    private static List<Subject> subjectsOf(TeamEvent facts) {
        List<Subject> subjects = new ArrayList<>(2);
        subjects.add(Subject.carer(facts.carerId()));
        switch (facts) {
            case TeamEvent.CarerAssigned e -> subjects.add(Subject.household(e.householdId()));
            case TeamEvent.CarerReleased e -> subjects.add(Subject.household(e.householdId()));
            case TeamEvent.CarerRegistered e -> {
                // about the carer only
            }
        }
        return subjects;
    }

    private static Optional<String> householdNamedIn(IncomingEvent event) {
        try {
            JsonNode household = event.payload() == null ? null : JSON.readTree(event.payload()).get("householdId");
            return household == null || !household.isTextual() || household.asText().isBlank()
                    ? Optional.empty() : Optional.of(household.asText());
        } catch (JsonProcessingException e) {
            throw new PoisonMessage(event.type() + " " + event.eventId() + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
