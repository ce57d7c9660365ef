package th.poverty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The one table of every scenario beside its floor and target: each benchmark adds its lines
 * (tab-separated, in {@code bench/results/summary.tsv}) and {@link Harness} writes them out as Markdown.
 */
final class Summary {

    static final Path FILE = Path.of("bench/results/summary.tsv");

    private Summary() {
    }

    static void add(String scenario, String measured, String floor, String target, String verdict) {
        String line = String.join("\t", List.of(scenario, measured, floor, target, verdict)).replace("\n", " ") + "\n";
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines so far as a Markdown table. */
    static String markdown() throws IOException {
        StringBuilder md = new StringBuilder("""
                | scenario | measured | floor, same run | target | verdict |
                |---|---|---|---|---|
                """);
        if (Files.exists(FILE)) {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                md.append("| ").append(line.replace("|", "\\|").replace("\t", " | ")).append(" |\n");
            }
        }
        return md.toString();
    }
}
