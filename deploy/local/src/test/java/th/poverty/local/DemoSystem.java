package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A system of its own with bin/run-local's Chachoengsao demo loaded, for every test class of a run
 * that reads or walks the demo: its teams and households would change what the shared system's
 * tests count and read. Started by the first class that needs it, stopped when the run ends.
 */
final class DemoSystem implements BeforeAllCallback {

    private static volatile SharedLocalSystem.Running running;

    static SharedLocalSystem.Running running() {
        return running;
    }

    /** The demo system's console, which every browser journey walks. */
    static URI console() {
        URI console = running.system().consoleUrl();
        assertThat(console).as("the console runs with the local system").isNotNull();
        return console;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.create(DemoSystem.class))
                .computeIfAbsent(SharedLocalSystem.Running.class, key -> startAndLoad(), SharedLocalSystem.Running.class);
    }

    private static SharedLocalSystem.Running startAndLoad() {
        var started = SharedLocalSystem.start();
        load(started.system());
        return started;
    }

    /** Loads the demo as bin/run-local does; loading it again changes nothing. */
    static TeamDemo.Result load(LocalSystem system) {
        var demo = new ChachoengsaoDemo().load(system.url(Service.HOUSEHOLD), system.tokenKeys());
        assertThat(demo.failures()).as("nominations refused").isEmpty();
        var journeys = new ChachoengsaoJourneys().load(system.url(Service.HOUSEHOLD), system.url(Service.PLAN),
                system.tokenKeys());
        assertThat(journeys.failures()).as("steps refused").isEmpty();
        var teams = new TeamDemo().load(system.url(Service.TEAM), system.tokenKeys(), demo.created() + demo.alreadyLoaded(),
                journeys.needingCare());
        assertThat(teams.failures()).as("teams and carers refused").isEmpty();
        return teams;
    }
}
