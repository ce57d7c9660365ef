package th.poverty.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads a date in a JSON body from an ISO text ({@code "2026-11-20"}) only, as a malformed body
 * (400) otherwise. Jackson also takes a number as days since 1970, so {@code "forumDate": 0} was
 * a forum held on 1 January 1970, and an array of year, month and day: no client means either.
 */
@Singleton
public class IsoDates implements ObjectMapperCustomizer {

    /** After Quarkus registers Jackson's Java time module: the deserializer added last is the one used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDate()));
    }

    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.reportInputMismatch(LocalDate.class, "a date is text in the form yyyy-mm-dd, e.g. \"2026-11-20\"");
            }
            String text = parser.getText().trim();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "not a date in the form yyyy-mm-dd, e.g. \"2026-11-20\"");
            }
        }
    }
}
