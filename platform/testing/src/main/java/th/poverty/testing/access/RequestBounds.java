package th.poverty.testing.access;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HttpMethod;

/**
 * What a request body may carry without a bound: every text, list, map or array among the
 * components of a resource method's body record, and of the records it holds, must say how large
 * it may be ({@code @Size}, on the component and on the elements of a list of text), so no request
 * can make an event, a row or a message of any size.
 */
public final class RequestBounds {

    private RequestBounds() {
    }

    /** "ForumNomination.reason", ...: the unbounded parts of the bodies of the endpoints in {@code rootPackage}. */
    public static Set<String> unbounded(Class<?> anchor, String rootPackage) {
        Set<String> unbounded = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Endpoint.resourceClasses(anchor, rootPackage)
                .flatMap(resource -> Arrays.stream(resource.getMethods()))
                .filter(RequestBounds::isEndpoint)
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(RequestBounds::isBody)
                .forEach(body -> walk(body.getType(), seen, unbounded));
        return unbounded;
    }

    private static boolean isEndpoint(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The entity: a parameter that no JAX-RS annotation binds to a path, query, header or context. */
    private static boolean isBody(Parameter parameter) {
        return parameter.getType().isRecord() && Arrays.stream(parameter.getAnnotations())
                .map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs")
                        || type.getPackageName().startsWith("org.jboss.resteasy.reactive"))
                && parameter.getType() != InputStream.class;
    }

    private static void walk(Class<?> record, Set<Class<?>> seen, Set<String> unbounded) {
        if (!record.isRecord() || !seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = record.getSimpleName() + "." + component.getName();
            AnnotatedType type = component.getAccessor().getAnnotatedReturnType();
            boolean sized = component.getAccessor().isAnnotationPresent(Size.class) || type.isAnnotationPresent(Size.class);
            if (needsBound(component.getType()) && !sized) {
                unbounded.add(name);
            }
            for (AnnotatedType element : elements(type)) {
                if (element.getType() == String.class && !element.isAnnotationPresent(Size.class)) {
                    unbounded.add(name + "[]");
                }
                if (element.getType() instanceof Class<?> nested) {
                    walk(nested, seen, unbounded);
                }
            }
            walk(component.getType(), seen, unbounded);
        }
    }

    private static boolean needsBound(Class<?> type) {
        return type == String.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.isArray();
    }

    private static List<AnnotatedType> elements(AnnotatedType type) {
        List<AnnotatedType> elements = new ArrayList<>();
        if (type instanceof AnnotatedParameterizedType parameterized) {
            elements.addAll(List.of(parameterized.getAnnotatedActualTypeArguments()));
        } else if (type instanceof AnnotatedArrayType array) {
            elements.add(array.getAnnotatedGenericComponentType());
        }
        return elements;
    }
}
