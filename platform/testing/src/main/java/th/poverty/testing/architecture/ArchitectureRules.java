package th.poverty.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules of ARCHITECTURE.md that the compiler does not keep, as ArchUnit rules every service
 * checks against its own classes and the platform's:
 * <ul>
 * <li>the domain is pure: an aggregate or rule (a class that decides, returning a
 * {@code Decision}) reaches no framework, database, JSON or messaging class, directly or
 * through the classes it uses;</li>
 * <li>the domain's building blocks ({@code th.poverty.domain}, {@code th.poverty.area}) import
 * no framework either;</li>
 * <li>no service uses another service's classes: they meet only through REST and events;</li>
 * <li>the kernel ({@code platform/}) uses no service's classes.</li>
 * </ul>
 */
public final class ArchitectureRules {

    public static final List<String> SERVICES = List.of("household", "team", "plan", "reporting");
    static final String ROOT = "th.poverty";
    static final String DOMAIN = "th.poverty.domain";
    static final List<String> KERNEL = List.of("th.poverty.domain..", "th.poverty.area..", "th.poverty.eventstore..",
            "th.poverty.web..");
    /** What the domain must not reach: frameworks, the database, JSON, messaging, and the kernel's I/O side. */
    static final List<String> FRAMEWORKS = List.of("io.quarkus", "io.vertx", "io.smallrye", "io.micrometer", "jakarta",
            "javax.sql", "javax.inject", "javax.persistence", "org.eclipse.microprofile", "org.jboss", "org.hibernate", "com.fasterxml", "org.apache.kafka",
            "org.postgresql", "org.flywaydb", "java.sql", "th.poverty.eventstore", "th.poverty.web");

    private ArchitectureRules() {
    }

    /** The main classes (no tests) under {@code th.poverty} on the classpath: the service's own and the platform's. */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /**
     * Every rule for one service ({@code household}, {@code team}, {@code plan} or {@code reporting});
     * {@code alsoPure} names domain policies that decide without returning a {@code Decision}.
     */
    public static List<ArchRule> forService(String service, Class<?>... alsoPure) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("not a service: " + service);
        }
        return List.of(aggregatesArePure(alsoPure), buildingBlocksArePure(), serviceStandsAlone(service),
                kernelUsesNoService());
    }

    public static ArchRule aggregatesArePure(Class<?>... alsoPure) {
        List<String> policies = Stream.of(alsoPure).map(Class::getName).toList();
        DescribedPredicate<JavaClass> domain = DECIDES.or(DescribedPredicate.describe("are " + policies,
                type -> policies.contains(type.getName())));
        return classes().that(domain).should(REACH_NO_FRAMEWORK)
                .because("aggregates and rules decide without I/O, so they are tested as plain Java (ARCHITECTURE.md)");
    }

    public static ArchRule buildingBlocksArePure() {
        return noClasses().that().resideInAnyPackage(DOMAIN + "..", "th.poverty.area..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FRAMEWORKS))
                .because("the domain's building blocks are plain Java that every aggregate may use");
    }

    public static ArchRule serviceStandsAlone(String service) {
        String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services meet only through their REST APIs and their events");
    }

    public static ArchRule kernelUsesNoService() {
        return noClasses().that().resideInAnyPackage(KERNEL.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICES.stream().map(service -> ROOT + "." + service + "..").toArray(String[]::new))
                .because("the kernel serves every service and knows none of them");
    }

    /**
     * Follows a class's dependencies through the project's own classes (the JDK's are not
     * followed: every class reaches I/O through {@code Object}) and reports each framework class
     * met, with the class that uses it.
     */
    static final ArchCondition<JavaClass> REACH_NO_FRAMEWORK = new ArchCondition<>(
            "reach no framework, directly or through the classes they use") {
        @Override
        public void check(JavaClass root, ConditionEvents events) {
            Deque<JavaClass> next = new ArrayDeque<>(List.of(root));
            Set<String> seen = new HashSet<>(Set.of(root.getName()));
            while (!next.isEmpty()) {
                JavaClass type = next.removeFirst();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isFramework(target.getName())) {
                        events.add(SimpleConditionEvent.violated(root, root.getName() + " reaches " + target.getName()
                                + " through " + dependency.getDescription()));
                    } else if (target.getName().startsWith(ROOT + ".") && seen.add(target.getName())) {
                        next.addLast(target);
                    }
                }
            }
        }
    };

    static boolean isFramework(String className) {
        return FRAMEWORKS.stream().anyMatch(prefix -> className.startsWith(prefix + "."));
    }

    private static String[] packages(List<String> prefixes) {
        return prefixes.stream().map(prefix -> prefix + "..").toArray(String[]::new);
    }

    /** A class that decides: it declares a method returning the domain's {@code Decision}. */
    static final DescribedPredicate<JavaClass> DECIDES = DescribedPredicate.describe("decide (return a Decision)",
            type -> type.getMethods().stream()
                    .anyMatch(method -> method.getRawReturnType().getName().equals(DOMAIN + ".Decision"))
                    && !type.getPackageName().startsWith(DOMAIN));
}
