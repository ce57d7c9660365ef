package th.poverty.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.testing.NationalIds;
import th.poverty.testing.TokenKeys;

/**
 * The Chachoengsao (province 24) demo: households nominated at community forums, loaded through
 * household-service's public API as a provincial officer would. Every request is the same on
 * every run (fixed national IDs, one Idempotency-Key per household), so loading twice adds nothing.
 */
public final class ChachoengsaoDemo {

    public static final String PROVINCE = "24";
    private static final String DATA = "chachoengsao-demo.json";
    private static final String NOMINATIONS = "/api/v1/households/forum-nominations";
    private static final String ALREADY_IDENTIFIED = "already-identified";

    private final ObjectMapper json = new ObjectMapper();

    /** One demo household: the forum's nomination with the head of household. */
    record DemoHousehold(int number, String villageCode, String forumDate, String reason, String firstName,
                         String lastName, String phone, String houseNumber, String address) {

        /** Deterministic and valid: the same person on every run, so a repeat is recognised as one. */
        String nationalId() {
            return NationalIds.withCheckDigit("3240%08d".formatted(number));
        }

        String idempotencyKey() {
            return "demo-household-" + number;
        }

        /** The body household-service expects (its ForumNomination). */
        Nomination nomination() {
            return new Nomination(forumDate, villageCode, reason, new Head(nationalId(), firstName, lastName, phone),
                    houseNumber, address);
        }
    }

    record Nomination(String forumDate, String villageCode, String reason, Head head, String houseNumber, String address) {
    }

    record Head(String nationalId, String firstName, String lastName, String phone) {
    }

    /** What a load did; {@code failures} holds one line per household that was refused. */
    public record Result(int created, int alreadyLoaded, List<String> failures) {
    }

    List<DemoHousehold> households() {
        try (InputStream in = ChachoengsaoDemo.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing from the classpath");
            }
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result load(URI householdService, TokenKeys keys) {
        var client = new DemoClient(householdService,
                keys.mint("demo-loader", Set.of("province-officer"), PROVINCE, Duration.ofMinutes(30)));
        int created = 0;
        int already = 0;
        List<String> failures = new ArrayList<>();
        for (DemoHousehold household : households()) {
            var answer = client.created(NOMINATIONS, household.idempotencyKey(), household.nomination());
            switch (outcome(answer)) {
                case CREATED -> created++;
                case ALREADY_LOADED -> already++;
                case REFUSED -> failures.add(household.idempotencyKey() + ": " + answer);
            }
        }
        return new Result(created, already, List.copyOf(failures));
    }

    private enum Outcome { CREATED, ALREADY_LOADED, REFUSED }

    /** A repeat gets the first answer again (same key) or 409 already-identified (same person, key forgotten). */
    private static Outcome outcome(DemoClient.Answer answer) {
        return switch (answer.status()) {
            case 201 -> answer.replayed() ? Outcome.ALREADY_LOADED : Outcome.CREATED;
            case 409 -> ALREADY_IDENTIFIED.equals(answer.problem()) ? Outcome.ALREADY_LOADED : Outcome.REFUSED;
            default -> Outcome.REFUSED;
        };
    }
}
