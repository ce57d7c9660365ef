package th.poverty.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.reporting.household.HouseholdEvent;

class SourceTopicTest {

    private static IncomingEvent event(String type, String streamType, String streamId, String payload) {
        return new IncomingEvent(UUID.randomUUID(), "household-service", type, streamType, streamId, 1, 1, payload,
                new EventMetadata("somchai", "district-officer", "", UUID.randomUUID(), null, Instant.now(), "24010101"));
    }

    @Test
    void aForumsRecordIsAboutNoHouseholdWhileItsHouseholdsVerificationsCount() {
        var forum = event("ForumHeld", "forum", "f-1", """
                {"forumId": "f-1", "villageCode": "24010101", "confirmed": ["h-1"], "dismissed": [], "nominated": []}""");
        assertThat(SourceTopic.HOUSEHOLD.read(forum)).isEmpty();

        var confirmed = SourceTopic.HOUSEHOLD.read(event("CandidateConfirmed", "household", "h-1",
                "{\"householdId\": \"h-1\", \"confirmedOn\": \"2026-12-01\", \"method\": \"FORUM\", \"forumId\": \"f-1\"}"))
                .orElseThrow();
        assertThat(confirmed.subjects()).containsExactly(Subject.household("h-1"));
        assertThat(confirmed.facts()).isEqualTo(new HouseholdEvent.CandidateConfirmed("h-1"));

        var unknown = SourceTopic.HOUSEHOLD.read(event("SomethingNewer", "household", "h-2", "{}")).orElseThrow();
        assertThat(unknown.subjects()).isEqualTo(List.of(Subject.household("h-2")));
        assertThat(unknown.facts()).isNull();
    }
}
