package org.jposh.grammar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Parse speed over a folder of scripts (the corpus of grammar/corpus/fetch-corpus.sh); a program, not a test.
 * Reads every .ps1/.psm1 file into memory, parses them all a few times to warm the JIT up, then times further
 * rounds and prints the throughput and the slowest files. bench/parse.sh runs it on one core.
 *
 * <pre>ParseBenchmark DIR [warm-up rounds] [measured rounds]</pre>
 */
public final class ParseBenchmark {
    private record Script(Path path, ScriptSource source, long bytes) {
    }

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "grammar/corpus/files");
        int warmUpRounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Script> scripts = load(root);
        long bytes = scripts.stream().mapToLong(Script::bytes).sum();
        System.out.printf(Locale.ROOT, "%d files, %.1f MB, %d processor(s) available%n", scripts.size(),
                bytes / 1e6, Runtime.getRuntime().availableProcessors());

        long[] cold = new long[scripts.size()];
        long coldTotal = round(scripts, cold);
        System.out.printf(Locale.ROOT, "cold round: %.2f s, %.1f MB/s, slowest file %.0f ms%n", coldTotal / 1e9,
                bytes / 1e6 / (coldTotal / 1e9), max(cold) / 1e6);
        for (int i = 1; i < warmUpRounds; i++) {
            round(scripts, new long[scripts.size()]);
        }

        long[] worst = new long[scripts.size()];
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long[] times = new long[scripts.size()];
            long total = round(scripts, times);
            best = Math.min(best, total);
            for (int f = 0; f < times.length; f++) {
                worst[f] = Math.max(worst[f], times[f]);
            }
            System.out.printf(Locale.ROOT, "round %d: %.2f s, %.1f MB/s%n", i + 1, total / 1e9,
                    bytes / 1e6 / (total / 1e9));
        }
        System.out.printf(Locale.ROOT, "after warm-up: best %.1f MB/s; slowest file %.1f ms%n",
                bytes / 1e6 / (best / 1e9), max(worst) / 1e6);
        Integer[] order = new Integer[scripts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> worst[i]).reversed());
        System.out.println("slowest files after warm-up (worst of the measured rounds):");
        for (int i = 0; i < Math.min(5, order.length); i++) {
            Script s = scripts.get(order[i]);
            System.out.printf(Locale.ROOT, "  %7.1f ms  %8d bytes  %s%n", worst[order[i]] / 1e6, s.bytes(),
                    root.relativize(s.path()));
        }
    }

    private static List<Script> load(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".ps1") || name.endsWith(".psm1");
            }).sorted().toList();
        }
        List<Script> scripts = new ArrayList<>(paths.size());
        for (Path p : paths) {
            scripts.add(new Script(p, ScriptSource.read(p), Files.size(p)));
        }
        return scripts;
    }

    /** Parses every script once; returns the total time and fills in each one's time. */
    private static long round(List<Script> scripts, long[] times) {
        long total = 0;
        for (int i = 0; i < scripts.size(); i++) {
            long start = System.nanoTime();
            try {
                ScriptParser.parse(scripts.get(i).source());
            } catch (ParseException e) {
                // Counted like a parse: the corpus has a few scripts pwsh rejects too.
            }
            times[i] = System.nanoTime() - start;
            total += times[i];
        }
        return total;
    }

    private static long max(long[] values) {
        long max = 0;
        for (long v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
