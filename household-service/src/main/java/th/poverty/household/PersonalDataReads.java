package th.poverty.household;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.HouseholdView.HeadView;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/**
 * Who may see a head of household's personal data, and the record of every time someone did
 * (PDPA): only the roles that work with the household, only with a stated purpose
 * ({@value #PURPOSE_HEADER}), and the full national ID only for the district office that
 * verifies identities. Without a purpose the household is shown without its head.
 */
@ApplicationScoped
public class PersonalDataReads {

    public static final String PURPOSE_HEADER = "X-Purpose";
    static final Set<String> MAY_READ = Set.of(Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);
    static final Set<String> MAY_SEE_FULL_ID = Set.of(Roles.DISTRICT_OFFICER);
    private static final int MAX_PURPOSE = 200;

    private final Pool pool;
    private final PersonalData people;

    public PersonalDataReads(Pool pool, PersonalData people) {
        this.pool = pool;
        this.people = people;
    }

    public record Read(String actor, String actorRole, String purpose, Instant readAt) {
    }

    /** The head as this caller may see it (logging the read), or null when withheld or erased. */
    public Uni<HeadView> head(String householdId, Caller caller, String header) {
        if (header == null || header.isBlank() || !MAY_READ.contains(caller.role())) {
            return Uni.createFrom().nullItem();
        }
        return logged(householdId, caller, header)
                .map(person -> person == null ? null : new HeadView(person.firstName(), person.lastName(),
                        MAY_SEE_FULL_ID.contains(caller.role()) ? person.nationalId().digits() : person.nationalId().masked(),
                        person.phone(), person.address()));
    }

    /** A head of household's name and how to reach the household, for an agency delivering help. */
    public record Contact(String householdId, String firstName, String lastName, String phone, String address) {
    }

    /**
     * The household's delivery contact, for a partner agency with work there, only with a stated
     * purpose (400 without), the read logged like any other; null when the data was erased.
     */
    public Uni<Contact> deliveryContact(String householdId, Caller caller, String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.badRequest(PURPOSE_HEADER, "State why you need the household's contact in "
                    + PURPOSE_HEADER + ": the read is logged");
        }
        return logged(householdId, caller, header)
                .map(person -> person == null ? null : new Contact(householdId, person.firstName(), person.lastName(),
                        person.phone(), person.address()));
    }

    /** The household's person, the read logged with its purpose in the same transaction; null when erased. */
    private Uni<PersonalData.Person> logged(String householdId, Caller caller, String header) {
        String purpose = decoded(header);
        if (purpose.length() > MAX_PURPOSE) {
            throw ProblemException.badRequest(PURPOSE_HEADER, PURPOSE_HEADER + " must be at most " + MAX_PURPOSE + " characters");
        }
        return pool.withTransaction(tx -> people.find(tx, householdId).call(person -> person == null
                ? Uni.createFrom().voidItem()
                : tx.preparedQuery("insert into personal_data_reads (household_id, actor, actor_role, purpose) "
                                + "values ($1, $2, $3, $4)")
                        .execute(Tuple.of(householdId, caller.subject(), caller.role(), purpose.trim()))));
    }

    /**
     * A header carries only Latin-1, so a purpose in Thai comes percent-encoded as UTF-8 (as a
     * browser encodes a form); a plain ASCII purpose is taken as it is, a '+' included.
     */
    static String decoded(String header) {
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            throw ProblemException.badRequest(PURPOSE_HEADER, PURPOSE_HEADER
                    + " must be plain ASCII or UTF-8 percent-encoded, e.g. %E0%B8%95%E0%B8%A3%E0%B8%A7%E0%B8%88");
        }
    }

    /** The reads of one household's personal data, newest first. */
    public Uni<List<Read>> reads(String householdId) {
        return pool.preparedQuery("""
                        select actor, actor_role, purpose, read_at from personal_data_reads
                        where household_id = $1 order by read_at desc, id desc limit 500""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<Read> reads = new ArrayList<>();
                    rows.forEach(r -> reads.add(new Read(r.getString(0), r.getString(1), r.getString(2),
                            r.getOffsetDateTime(3).toInstant())));
                    return reads;
                });
    }
}
