package th.poverty.reporting.progress;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import th.poverty.reporting.progress.Figures.Identified;
import th.poverty.reporting.progress.Problems.ProblemCounts;
import th.poverty.testing.Tokens;

/** Reads the roll-up through the REST API, as the ministry (the whole country). */
final class ProgressApi {

    static final String MINISTRY = Tokens.bearer("ministry", "ministry", "");

    private ProgressApi() {
    }

    static Identified identified(String code) {
        JsonPath json = progress(code);
        return new Identified(json.getLong("identified.total"), json.getLong("identified.bmnSurvey"),
                json.getLong("identified.communityForum"), json.getLong("identified.candidates"),
                json.getLong("identified.verified"), json.getLong("identified.dismissed"));
    }

    static JsonPath progress(String code) {
        return given().header("Authorization", MINISTRY).get("/api/v1/areas/{code}/progress", code)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath children(String code) {
        return given().header("Authorization", MINISTRY).get("/api/v1/areas/{code}/progress/children", code)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The counts now, to assert on what a test adds: other tests count households on the same broker. */
    static Map<String, Identified> snapshot(String... codes) {
        Map<String, Identified> counts = new LinkedHashMap<>();
        for (String code : codes) {
            counts.put(code, identified(code));
        }
        return counts;
    }

    /** Survey households come as candidates, forum nominations verified. */
    static Identified plus(Identified before, long bmnSurvey, long communityForum) {
        return new Identified(before.total() + bmnSurvey + communityForum, before.bmnSurvey() + bmnSurvey,
                before.communityForum() + communityForum, before.candidates() + bmnSurvey,
                before.verified() + communityForum, before.dismissed());
    }

    /** The problem counts at a path of an answer; none where it finds nothing, as for an agency not listed. */
    static ProblemCounts problems(JsonPath json, String path) {
        Map<String, Number> counts = json.getMap(path);
        return counts == null ? ProblemCounts.NONE : new ProblemCounts(counts.get("found").longValue(),
                counts.get("inProgress").longValue(), counts.get("helped").longValue(), counts.get("solved").longValue(),
                counts.get("unsolvable").longValue());
    }

    static String ofDimension(String dimension) {
        return "problems.byDimension.find { it.dimension == '%s' }.counts".formatted(dimension);
    }

    /** @param agency a registry code, or null for the problems waiting to be routed */
    static String ofAgency(String agency) {
        return "problems.byAgency.find { it.agency == %s }.counts".formatted(agency == null ? "null" : "'" + agency + "'");
    }
}
