package th.poverty.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.HouseNumber;
import th.poverty.area.NationalId;
import th.poverty.eventstore.FreeTexts;

/**
 * The household head's personal data (PDPA), in its own table and nowhere else: not in events,
 * not on Kafka. Erasure deletes the row and the free text typed about the household
 * ({@link FreeTexts}), and leaves the history intact.
 */
@ApplicationScoped
public class PersonalData {

    private final FreeTexts freeTexts;

    public PersonalData(FreeTexts freeTexts) {
        this.freeTexts = freeTexts;
    }

    public record Person(NationalId nationalId, String firstName, String lastName, String phone,
                         HouseNumber houseNumber, String address) {
    }

    public Uni<Void> record(SqlConnection tx, String householdId, Person person) {
        return recordAll(tx, Map.of(householdId, person));
    }

    /** Records many heads in one statement (a survey import). */
    public Uni<Void> recordAll(SqlConnection tx, Map<String, Person> heads) {
        int n = heads.size();
        String[] ids = new String[n];
        String[] nationalIds = new String[n];
        String[] firstNames = new String[n];
        String[] lastNames = new String[n];
        String[] phones = new String[n];
        String[] houses = new String[n];
        String[] addresses = new String[n];
        int i = 0;
        for (var entry : heads.entrySet()) {
            Person p = entry.getValue();
            ids[i] = entry.getKey();
            nationalIds[i] = p.nationalId().digits();
            firstNames[i] = p.firstName();
            lastNames[i] = p.lastName();
            phones[i] = p.phone();
            houses[i] = p.houseNumber() == null ? null : p.houseNumber().digits();
            addresses[i] = p.address();
            i++;
        }
        return tx.preparedQuery("""
                        insert into household_people (household_id, national_id, first_name, last_name, phone, house_number, address)
                        select unnest($1::text[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]),
                                unnest($5::text[]), unnest($6::text[]), unnest($7::text[])""")
                .execute(Tuple.tuple(List.of(ids, nationalIds, firstNames, lastNames, phones, houses, addresses)))
                .replaceWithVoid();
    }

    /** Corrections to the head's details; null leaves a field as it is. */
    public record Correction(String firstName, String lastName, String phone, String address) {

        /** The names of the fields this correction changes, for the event (never their values). */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            if (firstName != null) {
                fields.add("head.firstName");
            }
            if (lastName != null) {
                fields.add("head.lastName");
            }
            if (phone != null) {
                fields.add("head.phone");
            }
            if (address != null) {
                fields.add("address");
            }
            return fields;
        }
    }

    public Uni<Void> correct(SqlConnection tx, String householdId, Correction correction) {
        if (correction.fields().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        update household_people set first_name = coalesce($2, first_name), last_name = coalesce($3, last_name),
                               phone = coalesce($4, phone), address = coalesce($5, address), updated_at = now()
                        where household_id = $1""")
                .execute(Tuple.from(Arrays.asList(householdId, correction.firstName(), correction.lastName(),
                        correction.phone(), correction.address())))
                .replaceWithVoid();
    }

    /** The household's new head: their identity and name in place of the old head's; the house and address stay. */
    public Uni<Void> replaceHead(SqlConnection tx, String householdId, NationalId nationalId, String firstName,
                                 String lastName, String phone) {
        return tx.preparedQuery("""
                        update household_people set national_id = $2, first_name = $3, last_name = $4, phone = $5,
                               updated_at = now()
                        where household_id = $1""")
                .execute(Tuple.from(Arrays.asList(householdId, nationalId.digits(), firstName, lastName, phone)))
                .replaceWithVoid();
    }

    /** The Family Folder's members as they stand now, in place of those before. */
    public Uni<Void> replaceMembers(SqlConnection tx, String householdId, List<HouseholdMember> members) {
        int n = members.size();
        Integer[] positions = new Integer[n];
        String[] relations = new String[n];
        String[] ageBands = new String[n];
        Boolean[] disabled = new Boolean[n];
        Boolean[] bedridden = new Boolean[n];
        Boolean[] alone = new Boolean[n];
        for (int i = 0; i < n; i++) {
            HouseholdMember m = members.get(i);
            positions[i] = i + 1;
            relations[i] = m.relation().name();
            ageBands[i] = m.ageBand().name();
            disabled[i] = m.disabled();
            bedridden[i] = m.bedridden();
            alone[i] = m.elderlyLivingAlone();
        }
        return tx.preparedQuery("delete from household_members where household_id = $1").execute(Tuple.of(householdId))
                .chain(() -> tx.preparedQuery("""
                                insert into household_members (household_id, position, relation, age_band, disabled, bedridden,
                                                               elderly_living_alone)
                                select $1, unnest($2::int[]), unnest($3::text[]), unnest($4::text[]),
                                        unnest($5::bool[]), unnest($6::bool[]), unnest($7::bool[])""")
                        .execute(Tuple.tuple(List.of(householdId, positions, relations, ageBands, disabled, bedridden, alone))))
                .replaceWithVoid();
    }

    public Uni<List<HouseholdMember>> members(SqlClient client, String householdId) {
        return client.preparedQuery("""
                        select relation, age_band, disabled, bedridden, elderly_living_alone from household_members
                        where household_id = $1 order by position""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<HouseholdMember> members = new ArrayList<>();
                    rows.forEach(row -> members.add(new HouseholdMember(HouseholdMember.Relation.valueOf(row.getString(0)),
                            HouseholdMember.AgeBand.valueOf(row.getString(1)), row.getBoolean(2), row.getBoolean(3),
                            row.getBoolean(4))));
                    return members;
                });
    }

    /** Deletes the head's and the members' personal data and every free text about the household for good (PDPA erasure). */
    public Uni<Void> erase(SqlConnection tx, String householdId) {
        return tx.preparedQuery("delete from household_people where household_id = $1").execute(Tuple.of(householdId))
                .call(() -> tx.preparedQuery("delete from household_members where household_id = $1")
                        .execute(Tuple.of(householdId)))
                .call(() -> freeTexts.erase(tx, householdId))
                .replaceWithVoid();
    }

    public Uni<Person> find(SqlClient client, String householdId) {
        return client.preparedQuery("""
                        select national_id, first_name, last_name, phone, house_number, address
                        from household_people where household_id = $1""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    String house = row.getString(4);
                    return new Person(NationalId.parse(row.getString(0)), row.getString(1), row.getString(2),
                            row.getString(3), house == null ? null : HouseNumber.parse(house), row.getString(5));
                });
    }
}
