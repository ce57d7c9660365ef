package th.poverty.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a JSON body that gives a field twice (400): parsers disagree on which one counts, so a
 * gateway or an auditor may read one value while the service acts on the other.
 */
@Singleton
public class DuplicateKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
