package org.jposh.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jposh.grammar.ast.AstDumper;
import org.jposh.grammar.ast.ScriptSource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the parser cases under {@code src/test/resources/org/jposh/grammar/cases}: each file holds cases of the
 * form
 * <pre>
 * === name
 * script text
 * ---
 * expected AST dump ({@link AstDumper}), or the error as "error LINE:COL-LINE:COL Id [incomplete]: message"
 * </pre>
 * A case named with {@code (escaped)} has its script on one line with Java escapes ({@code \r}, {@code \t},
 * {@code \\u00a0}...), for characters a text file cannot show.
 */
class ParserCasesTest {

    @TestFactory
    Stream<DynamicNode> parserCases() throws IOException, URISyntaxException {
        Path dir = Path.of(ParserCasesTest.class.getResource("cases").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : files) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Case c : read(file)) {
                tests.add(DynamicTest.dynamicTest(c.name, () -> assertEquals(c.expected, run(c.script),
                        () -> file.getFileName() + ": " + c.name)));
            }
            containers.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        return containers.stream();
    }

    /** What a case prints: the AST dump, or the first error. */
    static String run(String script) {
        try {
            return AstDumper.dump(ScriptParser.parse(new ScriptSource(null, script))).stripTrailing();
        } catch (ParseException e) {
            ParseError error = e.error();
            return "error " + error.extent().startLine() + ":" + error.extent().startColumn() + "-"
                    + error.extent().endLine() + ":" + error.extent().endColumn() + " " + error.errorId()
                    + (error.incompleteInput() ? " incomplete" : "") + ": " + error.message();
        }
    }

    record Case(String name, String script, String expected) {
    }

    static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("=== ")) {
                i++;
                continue;
            }
            String name = lines.get(i).substring(4).trim();
            List<String> script = new ArrayList<>();
            i++;
            while (i < lines.size() && !lines.get(i).equals("---")) {
                script.add(lines.get(i));
                i++;
            }
            i++;
            StringBuilder expected = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                expected.append(lines.get(i)).append('\n');
                i++;
            }
            String text = String.join("\n", script);
            if (name.endsWith("(escaped)")) {
                text = unescape(text);
            }
            cases.add(new Case(name, text, expected.toString().strip()));
        }
        return cases;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
