package th.poverty.team.carer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.EventMetadata;
import th.poverty.web.Caller;

/**
 * Assignment requests to one carer, decided in batches. While a batch for a carer is being
 * decided, later requests for that carer wait on this instance; when it ends, the next batch takes
 * all of them. A burst at one carer thus costs a few transactions instead of one per request, and
 * the requests the rules refuse never queue on the carer's stream row. Instances still race on
 * the stream's version, which the decider settles by deciding its batch again.
 */
final class AssignmentQueue {

    /** One field worker's request: this household to the carer, as the caller may see it. */
    record Request(String householdId, Long expectedVersion, Caller caller, EventMetadata metadata) {
    }

    /** A request's answer: the carer after its assignment, or why it was refused. */
    record Answer(Versioned<Carer> carer, RuntimeException refusal) {

        static Answer assigned(Versioned<Carer> carer) {
            return new Answer(carer, null);
        }

        static Answer refused(RuntimeException refusal) {
            return new Answer(null, refusal);
        }
    }

    private record Waiting(Request request, CompletableFuture<Versioned<Carer>> answer) {
    }

    /** Decides one carer's batch, answering each request in order. */
    private final BiFunction<String, List<Request>, Uni<List<Answer>>> decider;
    /** The carers with a batch in flight, and the requests queued behind it. */
    private final Map<String, List<Waiting>> queued = new HashMap<>();

    AssignmentQueue(BiFunction<String, List<Request>, Uni<List<Answer>>> decider) {
        this.decider = decider;
    }

    Uni<Versioned<Carer>> submit(String carerId, Request request) {
        var waiting = new Waiting(request, new CompletableFuture<>());
        boolean idle;
        synchronized (queued) {
            idle = !queued.containsKey(carerId);
            queued.computeIfAbsent(carerId, id -> new ArrayList<>()).add(waiting);
        }
        if (idle) {
            decideNext(carerId);
        }
        // answered on the thread that decided the batch: go back to the caller's request context
        Context caller = Vertx.currentContext();
        Uni<Versioned<Carer>> answer = Uni.createFrom().completionStage(waiting.answer());
        return caller == null ? answer : answer.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    private void decideNext(String carerId) {
        List<Waiting> batch;
        synchronized (queued) {
            batch = queued.get(carerId);
            if (batch.isEmpty()) {
                queued.remove(carerId);
                return;
            }
            queued.put(carerId, new ArrayList<>());
        }
        Uni.createFrom().deferred(() -> decider.apply(carerId, batch.stream().map(Waiting::request).toList()))
                .subscribe().with(answers -> {
                    for (int i = 0; i < batch.size(); i++) {
                        Answer answer = answers.get(i);
                        if (answer.refusal() == null) {
                            batch.get(i).answer().complete(answer.carer());
                        } else {
                            batch.get(i).answer().completeExceptionally(answer.refusal());
                        }
                    }
                    decideNext(carerId);
                }, failure -> {
                    batch.forEach(waiting -> waiting.answer().completeExceptionally(failure));
                    decideNext(carerId);
                });
    }
}
