package th.poverty.testing.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;

/**
 * One REST operation of a service as its JAX-RS annotations declare it: verb, path template and
 * the roles that may call it (the method's {@code @RolesAllowed}, else its class's).
 */
public record Endpoint(String verb, String template, Set<String> roles) {

    /** "POST /api/v1/carers/{carerId}/households": how fixtures name an endpoint. */
    public String key() {
        return verb + " " + template;
    }

    public boolean writes() {
        return !verb.equals("GET") && !verb.equals("HEAD") && !verb.equals("OPTIONS");
    }

    @Override
    public String toString() {
        return key();
    }

    /**
     * Every endpoint of the resource classes in {@code rootPackage} and below, compiled alongside
     * {@code anchor}: a resource added later is in the matrix without anyone listing it.
     */
    public static List<Endpoint> of(Class<?> anchor, String rootPackage) {
        return resourceClasses(anchor, rootPackage).flatMap(Endpoint::declaredBy)
                .sorted(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::verb))
                .toList();
    }

    private static Stream<Endpoint> declaredBy(Class<?> resource) {
        String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
        // its own methods, and the public ones it inherits (a kernel base class such as the rebuild's)
        Stream<Method> methods = Stream.concat(Arrays.stream(resource.getDeclaredMethods()),
                Arrays.stream(resource.getMethods()).filter(method -> method.getDeclaringClass() != resource));
        return methods.flatMap(method -> verb(method).stream()
                .map(verb -> new Endpoint(verb, join(base, method.getAnnotation(jakarta.ws.rs.Path.class)),
                        roles(method, resource))));
    }

    private static Optional<String> verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    /** Empty when nothing is declared; {@code @PermitAll} counts as nothing, since no API endpoint is public. */
    private static Set<String> roles(Method method, Class<?> resource) {
        for (AnnotatedElement element : List.<AnnotatedElement>of(method, resource)) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return Set.of();
            }
            RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                return Set.of(allowed.value());
            }
        }
        return Set.of();
    }

    private static String join(String base, jakarta.ws.rs.Path sub) {
        String path = sub == null ? base : base.replaceAll("/$", "") + "/" + sub.value().replaceAll("^/", "");
        return path.startsWith("/") ? path : "/" + path;
    }

    static Stream<Class<?>> resourceClasses(Class<?> anchor, String rootPackage) {
        ClassLoader loader = anchor.getClassLoader();
        try {
            // the anchor's own class file, not a package, which the test classes share
            Path classes = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI());
            for (int i = 0; i <= anchor.getPackageName().split("\\.").length; i++) {
                classes = classes.getParent();
            }
            Path top = classes;
            try (Stream<Path> files = Files.walk(top.resolve(rootPackage.replace('.', '/')))) {
                List<String> names = files.map(top::relativize).map(Path::toString)
                        .filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .toList();
                return names.stream().<Class<?>>map(name -> load(name, loader))
                        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
