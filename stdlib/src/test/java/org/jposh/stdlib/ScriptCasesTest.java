package org.jposh.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code cases/**}{@code /NAME.ps1} as a host would (output through Out-Default) and compares
 * what it printed with {@code NAME.out}, and with {@code NAME.err} for what it printed as errors when
 * that file exists (otherwise nothing may be printed as an error). Each script starts in a new, empty
 * temporary directory as its current location, so cases may create files with relative paths; where the
 * output shows that directory's path, the expected files write {@code <location>}. A case
 * with a {@code NAME.in} file reads it as what the user types (prompts, Read-Host); the others run
 * non-interactive, as {@code jposh -NonInteractive}, so a prompt fails as it does there.
 */
class ScriptCasesTest {
    private static final Engine ENGINE = Engine.newBuilder("posh").option("engine.WarnInterpreterOnly", "false")
            .build();

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ScriptCasesTest.class.getResource("/cases").toURI());
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".ps1"))
                .sorted()
                .map(script -> DynamicTest.dynamicTest(root.relativize(script).toString(), script.toUri(),
                        () -> check(script)));
    }

    private static void check(Path script) throws IOException {
        Path location = Files.createTempDirectory("jposh-case");
        try {
            check(script, location);
        } finally {
            try (Stream<Path> created = Files.walk(location)) {
                for (Path p : created.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void check(Path script, Path location) throws IOException {
        String base = script.toString().substring(0, script.toString().length() - 4);
        String expectedOut = read(Path.of(base + ".out"));
        Path errFile = Path.of(base + ".err");
        String expectedErr = Files.exists(errFile) ? read(errFile) : "";
        Path inFile = Path.of(base + ".in");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("posh").engine(ENGINE).allowIO(IOAccess.ALL)
                .allowHostClassLookup(name -> true).allowCreateThread(true).allowCreateProcess(true).out(out).err(err)
                .option("posh.HostOutput", "true").option("posh.Culture", "en-US");
        if (Files.exists(inFile)) {
            builder.in(new ByteArrayInputStream(read(inFile).getBytes(StandardCharsets.UTF_8)));
        } else {
            builder.option("posh.NonInteractive", "true");
        }
        try (Context context = builder.build()) {
            context.eval("posh", "Set-Location -LiteralPath '" + location.toString().replace("'", "''") + "'");
            try {
                context.eval(Source.newBuilder("posh", Files.readString(script), script.getFileName().toString())
                        .cached(false).build());
            } catch (PolyglotException e) {
                if (e.isSyntaxError()) {
                    err.writeBytes((e.getGuestObject().getMember("NormalView").asString() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                } else if (!e.isGuestException() || e.isInternalError()) {
                    throw e;
                }
            }
        }
        String where = location.toString();
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8).replace(where, "<location>"),
                "standard output of " + script);
        assertEquals(expectedErr, err.toString(StandardCharsets.UTF_8).replace(where, "<location>"),
                "error output of " + script);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("missing expected output " + path, e);
        }
    }
}
