package th.poverty.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.opentest4j.AssertionFailedError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a campaign's cases were answered. Wrong: a 5xx or no answer; a 4xx that is not
 * problem+json with a {@code type}; a decisive case accepted.
 */
public final class FuzzReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 30;

    record Answer(int status, String contentType, String body) {
    }

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byOperation = new TreeMap<>();
    private final List<String> wrong = new ArrayList<>();
    private int cases;

    void record(FuzzCase fuzz, Answer answer) {
        cases++;
        byStatus.merge(answer.status(), 1, Integer::sum);
        byOperation.merge(fuzz.operation(), 1, Integer::sum);
        String problem = problem(fuzz, answer);
        if (problem != null) {
            wrong.add(problem + ": " + fuzz + "\n    -> " + answer.status() + " " + answer.contentType() + " "
                    + answer.body().substring(0, Math.min(answer.body().length(), 300)));
        }
    }

    private static String problem(FuzzCase fuzz, Answer answer) {
        if (answer.status() < 0 || answer.status() >= 500) {
            return "failed";
        }
        if (answer.status() >= 400) {
            return answer.contentType().startsWith("application/problem+json") && hasType(answer.body()) ? null
                    : "a 4xx that is not problem+json with a type";
        }
        return fuzz.decisive() ? "accepted" : null;
    }

    private static boolean hasType(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && !problem.path("type").asText().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    public int cases() {
        return cases;
    }

    public String summary(String service) {
        return service + ": " + cases + " malformed requests; answers " + byStatus + "; by operation "
                + byOperation.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** Fails with the first wrong answers, if any. */
    public void assertNothingWrong() {
        if (!wrong.isEmpty()) {
            throw new AssertionFailedError(wrong.size() + " of " + cases + " malformed requests were answered wrongly:\n"
                    + String.join("\n", wrong.subList(0, Math.min(SHOWN, wrong.size()))));
        }
    }
}
