package th.poverty.reporting.monthly;

import java.util.regex.Pattern;

/**
 * The one rule for the text of a report download, CSV and XLSX alike, so that a spreadsheet
 * program shows the text and does nothing else with it. Text can come from other services
 * (an agency's name is typed by a person), so it is treated as hostile. Numbers are not text:
 * the writers keep them numbers, and a negative number is not a formula.
 */
final class ReportCell {

    /**
     * Line breaks and tabs become one space: a cell here is a one-line label, and a break inside
     * a cell splits the row in readers that handle quoted breaks poorly.
     */
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+");
    /** Other control characters mean nothing in a label, and XML 1.0 forbids most of them. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F]");
    /** What a spreadsheet program may run as a formula, also after leading spaces (OWASP, CSV injection). */
    private static final Pattern FORMULA = Pattern.compile("^[\\s\\p{Z}]*[=+\\-@]");

    private ReportCell() {
    }

    /**
     * The text as it goes into a cell. Text that would start a formula gets a leading apostrophe,
     * OWASP's advice: no spreadsheet program reads a cell that starts with one as a formula, and a
     * reader still sees the value whole.
     */
    static String text(String value) {
        String text = CONTROLS.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("");
        return FORMULA.matcher(text).find() ? "'" + text : text;
    }
}
