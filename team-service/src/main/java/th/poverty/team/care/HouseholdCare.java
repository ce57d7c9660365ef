package th.poverty.team.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.team.carer.ReleaseReason;
import th.poverty.team.household.CareHousehold;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.team.MemberRole;

/** A household's carers, now and before, from the read models. */
@ApplicationScoped
public class HouseholdCare {

    private final CareHouseholds households;
    private final Pool pool;

    public HouseholdCare(CareHouseholds households, Pool pool) {
        this.households = households;
        this.pool = pool;
    }

    /** One carer's time with the household; {@code releasedOn} is null while it lasts. */
    public record CarerSpell(String carerId, String name, MemberRole role, LocalDate assignedOn, LocalDate releasedOn,
                             ReleaseReason release) {
    }

    public record Record(CareHousehold household, LocalDate identifiedOn, List<CarerSpell> spells) {
    }

    public Uni<Optional<Record>> find(String householdId) {
        return households.find(pool, householdId).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<Record>empty())
                : pool.preparedQuery("""
                                select a.carer_id, c.name, c.role, a.assigned_on, a.released_on, a.release_reason,
                                       h.identified_on
                                from care_households h
                                left join care_assignments a on a.household_id = h.household_id
                                left join carers c on c.carer_id = a.carer_id
                                where h.household_id = $1
                                order by a.position""")
                        .execute(Tuple.of(householdId))
                        .map(rows -> {
                            List<CarerSpell> spells = new ArrayList<>();
                            LocalDate identifiedOn = null;
                            for (var r : rows) {
                                identifiedOn = r.getLocalDate(6);
                                if (r.getString(0) != null) {
                                    spells.add(new CarerSpell(r.getString(0), r.getString(1),
                                            MemberRole.valueOf(r.getString(2)), r.getLocalDate(3), r.getLocalDate(4),
                                            r.getString(5) == null ? null : ReleaseReason.valueOf(r.getString(5))));
                                }
                            }
                            return Optional.of(new Record(found.get(), identifiedOn, spells));
                        }));
    }
}
