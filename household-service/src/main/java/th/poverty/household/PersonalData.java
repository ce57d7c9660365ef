package th.poverty.household;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.HouseNumber;
import th.poverty.area.NationalId;

/**
 * The household head's personal data (PDPA), in its own table and nowhere else: not in events,
 * not on Kafka. Erasure deletes the row and leaves the history intact.
 */
@ApplicationScoped
public class PersonalData {

    public record Person(NationalId nationalId, String firstName, String lastName, String phone,
                         HouseNumber houseNumber, String address) {
    }

    public Uni<Void> record(SqlConnection tx, String householdId, Person person) {
        return tx.preparedQuery("""
                        insert into household_people (household_id, national_id, first_name, last_name, phone, house_number, address)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(java.util.Arrays.asList(householdId, person.nationalId().digits(), person.firstName(),
                        person.lastName(), person.phone(),
                        person.houseNumber() == null ? null : person.houseNumber().digits(), person.address())))
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
