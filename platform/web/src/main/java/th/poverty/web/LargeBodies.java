package th.poverty.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;

/**
 * A route that takes bodies over {@link BodyLimit}'s limit and checks its own (a survey file
 * upload): a bean implementing this exempts its route from the JSON limit.
 */
public interface LargeBodies {

    /** The path its POSTs go to. */
    String path();

    /** The paths of the routes declared, which the JSON body checks leave alone. */
    static Set<String> paths(Instance<LargeBodies> routes) {
        return routes.stream().map(LargeBodies::path).collect(Collectors.toUnmodifiableSet());
    }
}
