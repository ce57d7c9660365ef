package th.poverty.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses text holding NUL (\u0000) in a JSON body as a malformed body (400), not echoing it: no
 * name, reason or id contains one, and PostgreSQL cannot store it, so let through it would fail
 * the request with a server error wherever it reaches the database.
 */
@Singleton
public class NulInJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("refuse-nul").addDeserializer(String.class, new Text()));
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                return context.reportInputMismatch(String.class, "text may not hold a NUL character (\\u0000)");
            }
            return value;
        }
    }
}
