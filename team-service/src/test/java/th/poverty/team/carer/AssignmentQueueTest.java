package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.EventMetadata;
import th.poverty.web.Caller;

/** Requests to one carer wait for the batch in flight and are then decided together, in arrival order. */
class AssignmentQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** The batches the decider was given, by carer, each held open until the test answers it. */
    private final Map<String, List<Batch>> batches = new ConcurrentHashMap<>();

    private record Batch(List<AssignmentQueue.Request> requests, UniEmitter<? super List<AssignmentQueue.Answer>> emitter) {

        List<String> households() {
            return requests.stream().map(AssignmentQueue.Request::householdId).toList();
        }

        void assignAll() {
            emitter.complete(requests.stream().map(r -> AssignmentQueue.Answer.assigned(carerHolding(r.householdId())))
                    .toList());
        }
    }

    private final AssignmentQueue queue = new AssignmentQueue((carerId, requests) -> Uni.createFrom().emitter(emitter ->
            batches.computeIfAbsent(carerId, id -> new ArrayList<>()).add(new Batch(requests, emitter))));

    @Test
    void requestsArrivingDuringABatchAreDecidedTogetherInTheNext() {
        var first = submit("c-1", "h-1");
        var second = submit("c-1", "h-2");
        var third = submit("c-1", "h-3");

        assertThat(batches.get("c-1")).extracting(Batch::households).containsExactly(List.of("h-1"));
        batches.get("c-1").getFirst().assignAll();
        assertThat(first.await().atMost(WAIT).version()).isEqualTo(1);

        assertThat(batches.get("c-1")).extracting(Batch::households).containsExactly(List.of("h-1"), List.of("h-2", "h-3"));
        batches.get("c-1").getLast().assignAll();
        assertThat(second.await().atMost(WAIT).version()).isEqualTo(2);
        assertThat(third.await().atMost(WAIT).version()).isEqualTo(3);
    }

    @Test
    void eachRequestGetsItsOwnAnswer() {
        submit("c-1", "h-1");
        var assigned = submit("c-1", "h-2");
        var refused = submit("c-1", "h-3");
        batches.get("c-1").getFirst().assignAll();

        batches.get("c-1").getLast().emitter().complete(List.of(AssignmentQueue.Answer.assigned(carerHolding("h-2")),
                AssignmentQueue.Answer.refused(new IllegalStateException("carer-at-capacity"))));

        assertThat(assigned.await().atMost(WAIT).version()).isEqualTo(2);
        assertThatThrownBy(() -> refused.await().atMost(WAIT)).hasMessage("carer-at-capacity");
    }

    @Test
    void aFailedBatchFailsItsRequestsAndTheQueueGoesOn() {
        var failed = submit("c-1", "h-1");
        batches.get("c-1").getFirst().emitter().fail(new IllegalStateException("database unavailable"));
        assertThatThrownBy(() -> failed.await().atMost(WAIT)).hasMessage("database unavailable");

        var later = submit("c-1", "h-2");
        assertThat(batches.get("c-1")).hasSize(2);
        batches.get("c-1").getLast().assignAll();
        assertThat(later.await().atMost(WAIT).version()).isEqualTo(2);
    }

    @Test
    void carersAreDecidedIndependently() {
        submit("c-1", "h-1");
        var other = submit("c-2", "h-2");

        assertThat(batches).containsKeys("c-1", "c-2");
        batches.get("c-2").getFirst().assignAll();
        assertThat(other.await().atMost(WAIT).version()).isEqualTo(2);
    }

    private Uni<Versioned<Carer>> submit(String carerId, String householdId) {
        // subscribed at once, as the REST layer does: the answer is memoized for the assertions
        Uni<Versioned<Carer>> answer = queue.submit(carerId, new AssignmentQueue.Request(householdId, null, Caller.system("test", Clock.systemUTC()),
                new EventMetadata("field-worker", "field-team", "test", UUID.randomUUID(), null, Instant.now(), null))).memoize().indefinitely();
        answer.subscribe().with(ignored -> { }, ignored -> { });
        return answer;
    }

    /** A stand-in answer whose version is the household's number, to tell the answers apart. */
    private static Versioned<Carer> carerHolding(String householdId) {
        return new Versioned<>(null, Long.parseLong(householdId.substring(2)));
    }
}
