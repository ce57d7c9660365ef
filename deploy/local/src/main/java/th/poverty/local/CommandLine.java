package th.poverty.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The arguments of the local commands: {@code --root <dir>}, flags such as {@code --fresh}, then positionals. */
record CommandLine(Path root, Set<String> flags, List<String> positional) {

    static CommandLine parse(String[] args) {
        Path given = null;
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--root needs a directory");
                }
                given = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                flags.add(args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        return new CommandLine(RepositoryRoot.locate(given, Path.of("")), Set.copyOf(flags), List.copyOf(positional));
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Fails on a mistyped flag rather than ignoring it. */
    CommandLine allowing(String... known) {
        Set<String> unknown = new HashSet<>(flags);
        unknown.removeAll(Set.of(known));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option " + String.join(", ", unknown));
        }
        return this;
    }
}
