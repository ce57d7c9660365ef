package th.poverty.team.proposal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Rejection;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventMetadata;
import th.poverty.team.carer.Afresh;
import th.poverty.team.carer.CarerSearch;
import th.poverty.team.carer.CarerSearch.Load;
import th.poverty.team.carer.Carers;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.household.CareHouseholds.AwaitingCarer;
import th.poverty.team.proposal.AssignmentMatching.Available;
import th.poverty.team.proposal.AssignmentMatching.Waiting;
import th.poverty.team.proposal.Proposal.Outcome;
import th.poverty.team.proposal.Proposal.ProposedCarer;
import th.poverty.team.proposal.Proposal.Refusal;
import th.poverty.team.proposal.Proposal.Status;
import th.poverty.team.proposal.Proposal.Unmatched;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;

/**
 * Drafts assignment proposals for an area and confirms them as a batch. Confirming appends each
 * carer's share to its stream in one transaction, each household decided on the carer's state at
 * that moment: what the rules now refuse is reported, the rest is assigned.
 */
@ApplicationScoped
public class Proposals {

    /** The longest-waiting households of an area a proposal takes on; the next proposal takes the rest. */
    static final int MAX_HOUSEHOLDS = 500;

    private static final ObjectMapper JSON = EventCodec.defaultMapper();
    private static final String COLUMNS = """
            select proposal_id, area_code, status, proposed_by, proposed_at, matches::text, unmatched::text, confirmed_by,
                   confirmed_at, outcome::text
            from care_proposals
            """;

    private final CareHouseholds households;
    private final CarerSearch carerSearch;
    private final Carers carers;
    private final Areas areas;
    private final Pool pool;
    private final Clock clock;

    public Proposals(CareHouseholds households, CarerSearch carerSearch, Carers carers, Areas areas, Pool pool, Clock clock) {
        this.clock = clock;
        this.households = households;
        this.carerSearch = carerSearch;
        this.carers = carers;
        this.areas = areas;
        this.pool = pool;
    }

    public Uni<Proposal> draft(AreaPath area, Caller caller, String proposedBy) {
        return households.longestAwaiting(area.code(), area.level(), MAX_HOUSEHOLDS).flatMap(waiting -> {
            List<String> tambons = waiting.stream().map(AwaitingCarer::tambonCode).distinct().toList();
            return carerSearch.withRoomIn(tambons).flatMap(found -> {
                Map<String, Load> carers = found.stream()
                        .filter(c -> caller.mayAct(c.area()))
                        .collect(Collectors.toMap(Load::carerId, Function.identity()));
                var result = AssignmentMatching.match(
                        waiting.stream().map(h -> new Waiting(h.householdId(), h.villageCode(), h.tambonCode())).toList(),
                        carers.values().stream()
                                .map(c -> new Available(c.carerId(), c.villageCode(), c.tambonCode(), c.caredFor(), c.cap()))
                                .toList());
                Map<String, String> villages = waiting.stream()
                        .collect(Collectors.toMap(AwaitingCarer::householdId, AwaitingCarer::villageCode));
                var proposal = new Proposal(UUID.randomUUID(), area.code(), Status.DRAFT, proposedBy, clock.instant(),
                        result.matches().stream().map(m -> new ProposedCarer(m.householdId(), villages.get(m.householdId()),
                                m.carerId(), carers.get(m.carerId()).name(), m.level())).toList(),
                        result.unmatched().stream().map(id -> new Unmatched(id, villages.get(id))).toList(),
                        null, null, null);
                return pool.preparedQuery("""
                                insert into care_proposals (proposal_id, area_code, status, proposed_by, proposed_at, matches,
                                                            unmatched)
                                values ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb)""")
                        .execute(Tuple.from(List.of(proposal.proposalId(), proposal.areaCode(), proposal.status().name(),
                                proposedBy, proposal.proposedAt().atOffset(ZoneOffset.UTC), json(proposal.matches()),
                                json(proposal.unmatched()))))
                        .replaceWith(proposal);
            });
        });
    }

    /** The proposal, if its area lies within {@code caller}; otherwise 404. */
    public Uni<Proposal> find(UUID proposalId, Caller caller) {
        return load(pool, proposalId, caller, "");
    }

    /**
     * Confirms a draft, leaving out the households in {@code excluded}. Carers are written in id
     * order, so two confirmations sharing carers cannot deadlock.
     */
    public Uni<Proposal> confirm(UUID proposalId, Set<String> excluded, Caller caller, EventMetadata metadata) {
        return Afresh.retried(true, () -> pool.withTransaction(tx -> load(tx, proposalId, caller, " for update")
                .flatMap(proposal -> {
                    if (proposal.status() != Status.DRAFT) {
                        throw new RejectedCommand(Rejection.rule("proposal-already-confirmed", "Proposal " + proposalId
                                + " was confirmed by " + proposal.confirmedBy() + " at " + proposal.confirmedAt()));
                    }
                    Set<String> proposed = new HashSet<>();
                    Map<String, List<String>> byCarer = new TreeMap<>();
                    for (ProposedCarer match : proposal.matches()) {
                        proposed.add(match.householdId());
                        if (!excluded.contains(match.householdId())) {
                            byCarer.computeIfAbsent(match.carerId(), id -> new ArrayList<>()).add(match.householdId());
                        }
                    }
                    excluded.stream().filter(id -> !proposed.contains(id)).findFirst().ifPresent(id -> {
                        throw ProblemException.badRequest("exclude", "Household " + id + " is not in the proposal");
                    });
                    var at = metadata.withAreaCode(proposal.areaCode());
                    Uni<List<Refusal>> chain = Uni.createFrom().item(new ArrayList<>());
                    for (var share : byCarer.entrySet()) {
                        chain = chain.call(refused -> carers.assignAll(tx, share.getKey(), share.getValue(), caller,
                                proposalId, at).invoke(refusals -> refusals.forEach((householdId, rejection) ->
                                refused.add(new Refusal(householdId, share.getKey(), "/problems/" + rejection.code(),
                                        rejection.message())))));
                    }
                    return chain.flatMap(refused -> {
                        Set<String> notAssigned = refused.stream().map(Refusal::householdId).collect(Collectors.toSet());
                        var outcome = new Outcome(
                                byCarer.values().stream().flatMap(List::stream).filter(id -> !notAssigned.contains(id))
                                        .sorted().toList(),
                                refused, excluded.stream().sorted().toList());
                        return tx.preparedQuery("""
                                        update care_proposals
                                        set status = 'CONFIRMED', confirmed_by = $2, confirmed_at = now(), outcome = $3::text::jsonb
                                        where proposal_id = $1""")
                                .execute(Tuple.of(proposalId, metadata.actor(), json(outcome)))
                                .flatMap(done -> load(tx, proposalId, caller, ""));
                    });
                })));
    }

    private Uni<Proposal> load(SqlClient client, UUID proposalId, Caller caller, String lock) {
        return client.preparedQuery(COLUMNS + "where proposal_id = $1" + lock)
                .execute(Tuple.of(proposalId))
                .map(rows -> {
                    var proposal = rows.size() == 0 ? null : proposal(rows.iterator().next());
                    if (proposal == null || !areas.pathOf(proposal.areaCode()).map(caller::mayAct).orElse(false)) {
                        throw ProblemException.notFound("Proposal", proposalId.toString());
                    }
                    return proposal;
                });
    }

    private static Proposal proposal(Row row) {
        return new Proposal(row.getUUID(0), row.getString(1), Status.valueOf(row.getString(2)), row.getString(3),
                row.getOffsetDateTime(4).toInstant(),
                read(row.getString(5), new TypeReference<List<ProposedCarer>>() {
                }),
                read(row.getString(6), new TypeReference<List<Unmatched>>() {
                }),
                row.getString(7), row.getOffsetDateTime(8) == null ? null : row.getOffsetDateTime(8).toInstant(),
                row.getString(9) == null ? null : read(row.getString(9), new TypeReference<Outcome>() {
                }));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable proposal", e);
        }
    }
}
