package org.jposh.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.ScriptSource;

/**
 * {@code jposh -Parse FILE...}: parses scripts without running them and prints one line per file,
 * {@code PATH<TAB>ok} or {@code PATH<TAB>fail<TAB>LINE:COL MESSAGE} (the first error, as pwsh reports it), then
 * a summary. A directory stands for the .ps1 and .psm1 files under it.
 */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(ParseCommand::isScript).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("Cannot read '" + argument + "': " + e.getMessage());
                    return 1;
                }
            } else {
                files.add(path);
            }
        }
        int failed = 0;
        for (Path file : files) {
            String result = parse(file);
            if (result != null) {
                failed++;
                out.println(file + "\tfail\t" + result);
            } else {
                out.println(file + "\tok");
            }
        }
        int parsed = files.size() - failed;
        double rate = files.isEmpty() ? 100 : 100.0 * parsed / files.size();
        out.printf("%d files, %d parsed, %d failed (%.2f%% parsed)%n", files.size(), parsed, failed, rate);
        return failed == 0 ? 0 : 1;
    }

    private static boolean isScript(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".ps1") || name.endsWith(".psm1"));
    }

    /** The first parse error as {@code LINE:COL MESSAGE}, or null when the file parses. */
    private static String parse(Path file) {
        ScriptSource source;
        try {
            source = ScriptSource.read(file);
        } catch (IOException e) {
            return "0:0 Cannot read the file: " + e.getMessage();
        }
        try {
            ScriptParser.parse(source);
            return null;
        } catch (ParseException e) {
            ParseError error = e.error();
            return error.extent().startLine() + ":" + error.extent().startColumn() + " "
                    + error.message().replace("\r", "").replace('\n', ' ');
        }
    }
}
