package th.poverty.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;

import th.poverty.testing.TokenKeys;

/**
 * {@code MintToken <role> [area] [subject] [agency]}: prints a bearer token the running local system
 * accepts, signed with the key pair in {@code deploy/local/.data/keys}. The area defaults to the
 * whole country (""), the subject to {@code local-<role>}; a partner agency's token names its
 * agency's registry code (e.g. {@code PMJ.24}). The token is valid for 12 hours.
 */
public final class MintToken {

    static final Duration LIFETIME = Duration.ofHours(12);

    private MintToken() {
    }

    public static void main(String[] args) {
        try {
            var command = CommandLine.parse(args).allowing();
            var positional = command.positional();
            if (positional.isEmpty() || positional.size() > 4) {
                throw new IllegalArgumentException(
                        "usage: MintToken <role> [area] [subject] [agency]   (roles: ministry, province-officer, "
                                + "district-officer, field-team, partner-agency, analyst; agency: a partner agency's code)");
            }
            String role = positional.get(0);
            String area = positional.size() > 1 ? positional.get(1) : "";
            String subject = positional.size() > 2 ? positional.get(2) : "local-" + role;
            var keys = new DataDirectory(Options.standard(command.root()).dataDir()).keys();
            if (!Files.exists(keys)) {
                throw new IllegalStateException("no token keys in " + keys + ": start the local system first, it creates them");
            }
            if (positional.size() > 3 && !"partner-agency".equals(role)) {
                throw new IllegalArgumentException("only a partner agency's token names an agency");
            }
            TokenKeys signing = TokenKeys.loadOrCreate(keys);
            System.out.println(positional.size() > 3 ? signing.mintForAgency(subject, positional.get(3), area, LIFETIME)
                    : signing.mint(subject, Set.of(role), area, LIFETIME));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
