package th.poverty.testing.architecture;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClasses;

/** A service's architecture test: each of {@link ArchitectureRules} checked on its classes and the platform's. */
public abstract class ServiceArchitectureTest {

    private final String service;
    private final Class<?>[] alsoPure;

    /** @param alsoPure domain policies that decide without returning a {@code Decision} */
    protected ServiceArchitectureTest(String service, Class<?>... alsoPure) {
        this.service = service;
        this.alsoPure = alsoPure;
    }

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheArchitecture() {
        JavaClasses classes = ArchitectureRules.mainClasses();
        return ArchitectureRules.forService(service, alsoPure).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
