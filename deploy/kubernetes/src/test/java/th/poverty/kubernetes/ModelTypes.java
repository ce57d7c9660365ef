package th.poverty.kubernetes;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.annotations.SerializedName;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;

/**
 * Checks the JSON type of every field against the Kubernetes model's Java type, which the
 * models' own {@code validateJsonElement} leaves to deserialization: a port given as text or a
 * label given as a list is refused here as the API server refuses it.
 */
final class ModelTypes {

    private ModelTypes() {
    }

    static void check(JsonNode value, Type type, String path, List<String> errors) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type element = generic.getActualTypeArguments()[generic.getActualTypeArguments().length - 1];
            if (raw == List.class && expect(value.isArray(), "a list", value, path, errors)) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), element, path + "[" + i + "]", errors);
                }
            } else if (raw == Map.class && expect(value.isObject(), "a map", value, path, errors)) {
                value.properties().forEach(entry -> check(entry.getValue(), element, path + "." + entry.getKey(), errors));
            }
            return;
        }
        Class<?> model = (Class<?>) type;
        if (model == String.class || model == OffsetDateTime.class || model == byte[].class) {
            expect(value.isTextual(), "text", value, path, errors);
        } else if (model == Integer.class || model == Long.class) {
            expect(value.isIntegralNumber(), "an integer", value, path, errors);
        } else if (model == Double.class || model == Float.class) {
            expect(value.isNumber(), "a number", value, path, errors);
        } else if (model == Boolean.class) {
            expect(value.isBoolean(), "true or false", value, path, errors);
        } else if (model == IntOrString.class) {
            expect(value.isIntegralNumber() || value.isTextual(), "an integer or text", value, path, errors);
        } else if (model == Quantity.class) {
            expect((value.isTextual() && isQuantity(value.asText())) || value.isNumber(), "a quantity", value, path, errors);
        } else if (model != Object.class && expect(value.isObject(), "an object", value, path, errors)) {
            for (Field field : model.getDeclaredFields()) {
                SerializedName name = field.getAnnotation(SerializedName.class);
                if (name != null && value.has(name.value())) {
                    check(value.get(name.value()), field.getGenericType(), path + "." + name.value(), errors);
                }
            }
        }
    }

    private static boolean isQuantity(String text) {
        try {
            new Quantity(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean expect(boolean ok, String what, JsonNode value, String path, List<String> errors) {
        if (!ok) {
            errors.add(path + ": expected " + what + ", found " + value);
        }
        return ok;
    }
}
