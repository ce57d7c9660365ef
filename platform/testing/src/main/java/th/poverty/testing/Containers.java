package th.poverty.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL and Kafka as containers, for machines with a Docker engine
 * ({@code -Dpoverty.infrastructure=testcontainers} or {@code POVERTY_INFRASTRUCTURE=testcontainers}).
 * Stopping and starting a container may move its mapped port, so the tests that restart the
 * database or the broker need the default, Docker-free infrastructure.
 */
final class Containers {

    private Containers() {
    }

    static Database postgres() {
        var container = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c", "fsync=off",
                "-c", "max_connections=300");
        container.start();
        return new Database() {
            @Override
            public String jdbcUrl(String database) {
                return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
            }

            @Override
            public String reactiveUrl(String database) {
                return "postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
            }

            @Override
            public String user() {
                return container.getUsername();
            }

            @Override
            public String password() {
                return container.getPassword();
            }

            @Override
            public void stop() {
                container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void start() {
                container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
            }
        };
    }

    static Broker kafka() {
        var container = new KafkaContainer("apache/kafka:" + KafkaVersion.CLIENTS);
        container.start();
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void stop() {
                container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void start() {
                container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
            }
        };
    }
}
