package th.poverty.bench;

import java.util.Map;
import java.util.TreeMap;

/** A benchmark's command line: {@code --name value} pairs. */
final class Arguments {

    private Arguments() {
    }

    static Map<String, String> of(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
