package th.poverty.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A broker's security as deploy/kubernetes has it (Strimzi's listener on 9093): TLS with a
 * certificate for 127.0.0.1, SCRAM-SHA-512 users and KRaft's StandardAuthorizer, no access
 * without an ACL. The certificate is made here with the JDK's keytool; the broker's own super
 * user {@value #ADMIN} is made when its storage is formatted.
 */
public final class KafkaSecurity {

    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-512";

    private final String bootstrapServers;
    private final Path keystore;
    private final Path certificate;
    private final String storePassword;
    private final String certificatePem;
    private final String adminPassword;

    private KafkaSecurity(String bootstrapServers, Path keystore, Path certificate, String storePassword,
                          String certificatePem, String adminPassword) {
        this.bootstrapServers = bootstrapServers;
        this.keystore = keystore;
        this.certificate = certificate;
        this.storePassword = storePassword;
        this.certificatePem = certificatePem;
        this.adminPassword = adminPassword;
    }

    /** A key pair and self-signed certificate for 127.0.0.1 in {@code dir}, made once, for the broker at {@code bootstrapServers}. */
    static KafkaSecurity in(Path dir, String bootstrapServers) {
        try {
            Files.createDirectories(dir);
            Path keystore = dir.resolve("broker.p12");
            Path certificate = dir.resolve("broker.pem");
            Path secrets = dir.resolve("secrets");
            if (!Files.exists(secrets)) {
                Files.writeString(secrets, UUID.randomUUID() + "\n" + UUID.randomUUID() + "\n", StandardCharsets.UTF_8);
            }
            List<String> lines = Files.readAllLines(secrets, StandardCharsets.UTF_8);
            String storePassword = lines.get(0);
            if (!Files.exists(keystore)) {
                keytool(dir, "-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1",
                        "-validity", "365", "-dname", "CN=kafka-broker", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                        "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", storePassword);
                keytool(dir, "-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(),
                        "-storepass", storePassword, "-file", certificate.toString());
            }
            return new KafkaSecurity(bootstrapServers, keystore, certificate, storePassword,
                    Files.readString(certificate, StandardCharsets.UTF_8), lines.get(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker's listener on {@code port}: SASL_SSL, beside the controller's own plain listener. */
    List<String> brokerProperties(int port, int controllerPort) {
        return List.of(
                "listeners=SASL_SSL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_SSL://127.0.0.1:" + port,
                "inter.broker.listener.name=SASL_SSL",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL",
                "sasl.enabled.mechanisms=" + MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + MECHANISM,
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=" + jaas(ADMIN, adminPassword),
                "ssl.keystore.type=PKCS12",
                "ssl.keystore.location=" + keystore,
                "ssl.keystore.password=" + storePassword,
                // the broker is a client of itself too, and trusts its own certificate
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + certificate,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                // the broker reaches its own controller over the plain controller listener, unauthenticated
                "super.users=User:" + ADMIN + ";User:ANONYMOUS");
    }

    /** The format tool's argument that creates the super user before the broker first starts. */
    String scramCredentialArgument() {
        return MECHANISM + "=[name=" + ADMIN + ",password=" + adminPassword + "]";
    }

    /**
     * What a client needs to connect as {@code user}, in Kafka's property names: the same
     * settings deploy/kubernetes gives each service as KAFKA_* variables (the CA as PEM text).
     */
    public Map<String, Object> client(String user, String password) {
        return Map.of(
                "bootstrap.servers", bootstrapServers,
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(user, password),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.certificates", certificatePem);
    }

    /** The super user's client settings, for creating users, topics and ACLs. */
    public Map<String, Object> admin() {
        return client(ADMIN, adminPassword);
    }

    /** TLS only, no credentials: what a stranger who trusts the certificate can try. */
    public Map<String, Object> withoutCredentials() {
        return Map.of("bootstrap.servers", bootstrapServers, "security.protocol", "SSL", "ssl.truststore.type", "PEM",
                "ssl.truststore.certificates", certificatePem);
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static void keytool(Path dir, String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Processes.run(command, dir.resolve("keytool.log"), Duration.ofMinutes(1));
    }
}
