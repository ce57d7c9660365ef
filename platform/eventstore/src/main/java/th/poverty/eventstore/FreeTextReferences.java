package th.poverty.eventstore;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import th.poverty.domain.FreeText;
import th.poverty.domain.TimeOrderedIds;

/**
 * Writes each {@link FreeText} component of an event as a reference ({@link FreeTexts}) and
 * puts the text aside in the map the writer carries as attribute {@link #KEPT}. Without that
 * attribute the text is written as it is.
 */
final class FreeTextReferences extends BeanSerializerModifier {

    /** The writer attribute: a {@code Map<UUID, String>} that collects the texts an event refers to. */
    static final Object KEPT = FreeTextReferences.class;

    private static final StdSerializer<Object> REFERENCE = new StdSerializer<>(Object.class) {
        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            String text = value.toString();
            var kept = (Map<UUID, String>) provider.getAttribute(KEPT);
            if (kept == null || text.isBlank()) {
                generator.writeString(text);
                return;
            }
            UUID id = TimeOrderedIds.next();
            kept.put(id, text);
            generator.writeString(FreeTexts.reference(id));
        }
    };

    static SimpleModule module() {
        return new SimpleModule("free-text-references").setSerializerModifier(new FreeTextReferences());
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                     List<BeanPropertyWriter> properties) {
        for (BeanPropertyWriter property : properties) {
            if (property.getAnnotation(FreeText.class) != null) {
                if (!property.getType().hasRawClass(String.class)) {
                    throw new IllegalStateException("@FreeText marks text: " + description.getBeanClass().getSimpleName()
                            + "." + property.getName() + " is " + property.getType());
                }
                property.assignSerializer(REFERENCE);
            }
        }
        return properties;
    }
}
