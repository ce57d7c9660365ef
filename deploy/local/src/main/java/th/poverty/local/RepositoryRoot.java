package th.poverty.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root, so the commands work from the root or from any folder below it. */
final class RepositoryRoot {

    private static final String MARKER = "deploy/local/pom.xml";

    private RepositoryRoot() {
    }

    /** The given root, checked; or, when null, the nearest folder at or above {@code start} that holds this module. */
    static Path locate(Path given, Path start) {
        if (given != null) {
            Path root = given.toAbsolutePath().normalize();
            if (!Files.exists(root.resolve(MARKER))) {
                throw new IllegalArgumentException(root + " is not the repository root (no " + MARKER + ")");
            }
            return root;
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("run this from the repository or pass --root <repository root>");
    }
}
