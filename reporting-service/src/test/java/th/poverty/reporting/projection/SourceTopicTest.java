package th.poverty.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.poverty.eventstore.EventMetadata;
import th.poverty.domain.Dimension;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.problem.ProblemEvent;
import th.poverty.reporting.problem.ProblemStatus;

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
        assertThat(confirmed.facts()).isEqualTo(new HouseholdEvent.CandidateConfirmed("h-1", LocalDate.of(2026, 12, 1)));

        var unknown = SourceTopic.HOUSEHOLD.read(event("SomethingNewer", "household", "h-2", "{}")).orElseThrow();
        assertThat(unknown.subjects()).isEqualTo(List.of(Subject.household("h-2")));
        assertThat(unknown.facts()).isNull();
    }

    @Test
    void aProblemsEventCountsForItsHouseholdWhileTheAgencyRegistrysAndALinkOnlyShowOrPass() {
        var changed = SourceTopic.PLAN.read(event("ProblemStatusChanged", "problem", "pr-1", """
                {"problemId": "pr-1", "householdId": "h-1", "dimension": "HEALTH", "agency": "SSJ-24",
                 "status": "SOLVED", "changedOn": "2026-12-01"}""")).orElseThrow();
        assertThat(changed.subjects()).containsExactly(Subject.household("h-1"));
        assertThat(changed.facts()).isEqualTo(new ProblemEvent.ProblemStatusChanged("pr-1", "h-1", Dimension.HEALTH,
                "SSJ-24", ProblemStatus.SOLVED));
        assertThat(SourceTopic.decode("ProblemStatusChanged", changed.factsJson())).isEqualTo(changed.facts());

        var helped = SourceTopic.PLAN.read(event("ProblemHelped", "problem", "pr-1", """
                {"problemId": "pr-1", "householdId": "h-1", "dimension": "HEALTH", "agency": "SSJ-24", "kind": "SERVICE",
                 "amountThb": 0.00, "helpedOn": "2026-12-01", "description": "ft:3f1c"}""")).orElseThrow();
        assertThat(helped.factsJson()).as("no free text, not even its reference").doesNotContain("ft:", "description");

        var linked = SourceTopic.PLAN.read(event("ProblemLinked", "problem", "pr-1", """
                {"problemId": "pr-1", "householdId": "h-1", "dimension": "HEALTH", "planId": "p-1", "activityId": "a-1"}"""))
                .orElseThrow();
        assertThat(linked.subjects()).containsExactly(Subject.household("h-1"));
        assertThat(linked.facts()).isNull();

        assertThat(SourceTopic.PLAN.read(event("AgencyRegistered", "agency", "SSJ-24", """
                {"code": "SSJ-24", "nameTh": "สำนักงานสาธารณสุขจังหวัด", "level": "PROVINCE", "areaCode": "24"}""")))
                .isEmpty();
        assertThat(SourceTopic.PLAN.read(event("RoutingTableSet", "routing-table", "24", """
                {"provinceCode": "24", "rules": []}"""))).isEmpty();
    }

    @Test
    void aProblemOfADimensionReportingDoesNotKnowIsPoison() {
        assertThatThrownBy(() -> SourceTopic.PLAN.read(event("ProblemIdentified", "problem", "pr-1", """
                {"problemId": "pr-1", "householdId": "h-1", "dimension": "SPIRITUAL", "origin": "FAMILY_FOLDER"}""")))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("SPIRITUAL");
        assertThatThrownBy(() -> SourceTopic.PLAN.read(event("ProblemRouted", "problem", "pr-1", """
                {"problemId": "pr-1", "householdId": "h-1", "dimension": "HEALTH"}""")))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("agency");
    }
}
