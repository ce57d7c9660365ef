package th.poverty.examples.analytics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of one area an analyst's table shows, from an {@code AreaProgressUpdated} record
 * (reporting-service's AsyncAPI; JSON Schema at {@code /schemas/reporting-service/index.json}).
 * A figure that would describe fewer than five households is withheld: null here, blank in CSV.
 */
public record AreaProgress(String areaCode, String level, String nameTh, String asOf, Integer identified,
                           Integer withPlan, Integer withCarer, Integer graduated, int withheld) {

    public static final String CSV_HEADER = "area_code,level,name_th,as_of,identified,with_plan,with_carer,graduated,withheld";

    public static AreaProgress of(JsonNode record) {
        return new AreaProgress(record.path("areaCode").asText(), record.path("level").asText(null),
                record.path("nameTh").asText(null), record.path("asOf").asText(),
                households(record.at("/identified/total")), households(record.path("withPlan")),
                households(record.path("withCarer")), households(record.path("graduated")),
                record.path("withheld").size());
    }

    public String csv() {
        return String.join(",", areaCode, text(level), "\"" + text(nameTh).replace("\"", "\"\"") + "\"", asOf,
                text(identified), text(withPlan), text(withCarer), text(graduated), Integer.toString(withheld));
    }

    private static Integer households(JsonNode figure) {
        return figure.isNumber() ? figure.asInt() : null;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
