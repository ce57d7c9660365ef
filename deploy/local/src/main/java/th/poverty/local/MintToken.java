package th.poverty.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;

import th.poverty.testing.TokenKeys;

/**
 * {@code MintToken <role> [area] [subject]}: prints a bearer token the running local system accepts,
 * signed with the key pair in {@code deploy/local/.data/keys}. The area defaults to the whole
 * country (""), the subject to {@code local-<role>}; the token is valid for 12 hours.
 */
public final class MintToken {

    static final Duration LIFETIME = Duration.ofHours(12);

    private MintToken() {
    }

    public static void main(String[] args) {
        try {
            var command = CommandLine.parse(args).allowing();
            var positional = command.positional();
            if (positional.isEmpty() || positional.size() > 3) {
                throw new IllegalArgumentException(
                        "usage: MintToken <role> [area] [subject]   (roles: ministry, province-officer, district-officer, "
                                + "field-team, partner-agency, analyst)");
            }
            String role = positional.get(0);
            String area = positional.size() > 1 ? positional.get(1) : "";
            String subject = positional.size() > 2 ? positional.get(2) : "local-" + role;
            var keys = new DataDirectory(Options.standard(command.root()).dataDir()).keys();
            if (!Files.exists(keys)) {
                throw new IllegalStateException("no token keys in " + keys + ": start the local system first, it creates them");
            }
            System.out.println(TokenKeys.loadOrCreate(keys).mint(subject, Set.of(role), area, LIFETIME));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
