package th.poverty.household.bmn;

import io.vertx.mutiny.sqlclient.Row;

/** A row of an uploaded file waiting to be imported, its values in {@link SurveyColumn} order. */
record StagedRow(int row, String problem, String[] values) {

    static final String COLUMNS = "row_number, problem, national_id, first_name, last_name, house_number, village_code,"
            + " members, income_per_person, failed_indicators, phone, address";

    static StagedRow of(Row row) {
        String[] values = new String[SurveyColumn.values().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getString(2 + i);
        }
        return new StagedRow(row.getInteger(0), row.getString(1), values);
    }
}
