package th.poverty.console.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import th.poverty.area.FiscalYear;
import th.poverty.area.ThaiDates;
import th.poverty.domain.Label;
import th.poverty.domain.Thailand;

/**
 * How the console writes what it shows: dates in the Buddhist Era (in English too, as Thai
 * offices write them), counts and baht with thousands separators, labels in the reader's language.
 */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    /** e.g. "6 ธ.ค. 2569", or "6 Dec 2569 BE" in English. */
    static String be(LocalDate day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (day == null) {
            return "–";
        }
        if (isThai(locale)) {
            return ThaiDates.shortDate(day);
        }
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + FiscalYear.buddhistYear(day) + " BE";
    }

    /** e.g. "6 ธ.ค. 2569 09:05", in Thai time. */
    static String be(Instant moment, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (moment == null) {
            return "–";
        }
        ZonedDateTime local = moment.atZone(Thailand.ZONE);
        return be(local.toLocalDate(), locale) + " %02d:%02d".formatted(local.getHour(), local.getMinute());
    }

    /** e.g. "12,345". */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** e.g. "28,000 บาท" or "28,000 THB"; a dash for none. */
    static String baht(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP)) + (isThai(locale) ? " บาท" : " THB");
    }

    /** A code's label in the reader's language; a dash for none. */
    static String text(Label label, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (label == null) {
            return "–";
        }
        return isThai(locale) ? label.th() : label.en();
    }

    /** A code as the key of its message, e.g. {@code status_CANDIDATE}. */
    static String prefixed(String code, String prefix) {
        return prefix + code;
    }

    /** A text as a URL's query parameter, e.g. the page to come back to. */
    static String encoded(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    private static boolean isThai(Object locale) {
        return !(locale instanceof Locale l) || !"en".equals(l.getLanguage());
    }
}
