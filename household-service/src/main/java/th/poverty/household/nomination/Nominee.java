package th.poverty.household.nomination;

import java.time.LocalDate;
import java.util.function.Supplier;

import th.poverty.area.HouseNumber;
import th.poverty.area.IdentityHasher;
import th.poverty.area.InvalidIdentifierException;
import th.poverty.area.NationalId;
import th.poverty.household.IdentifyHousehold;
import th.poverty.household.PersonalData.Person;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/**
 * A household proposed by its community, its identifiers checked and hashed: what a single
 * nomination and a forum's record share.
 */
public record Nominee(Person head, String headIdHash, String houseHash) {

    /**
     * @param field where the nominee sits in the request ("" for a nomination of its own), so a
     *              bad identifier is named where the caller sent it
     */
    public static Nominee of(ForumNomination.Head head, String houseNumber, String address, IdentityHasher hasher,
                             String field) {
        NationalId nationalId = identifier(field + "head.nationalId", () -> NationalId.parse(head.nationalId()));
        HouseNumber house = houseNumber == null ? null
                : identifier(field + "houseNumber", () -> HouseNumber.parse(houseNumber));
        var person = new Person(nationalId, head.firstName(), head.lastName(), head.phone(), house, address);
        return new Nominee(person, hasher.hash(nationalId), house == null ? null : hasher.hash(house));
    }

    public IdentifyHousehold identify(String householdId, String villageCode, LocalDate forumDate, String reason) {
        return IdentifyHousehold.atForum(householdId, villageCode, forumDate, reason, headIdHash, houseHash);
    }

    private static <T> T identifier(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidIdentifierException e) {
            throw new ProblemException(Problem.of(422, "invalid-identifier", "Invalid identifier", e.getMessage())
                    .withField(field));
        }
    }
}
