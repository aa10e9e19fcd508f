package org.jposh.stdlib.cases;

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
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.DynamicTest;

/**
 * The script corpus of a module: runs every {@code cases/**}{@code /NAME.ps1} of its test resources as a host would
 * (output through Out-Default) and compares what it printed with {@code NAME.out}, and with {@code NAME.err} for
 * what it printed as errors when that file exists (otherwise nothing may be printed as an error). Each script
 * starts in a new, empty temporary directory as its current location, so cases may create files with relative
 * paths; where the output shows that directory's path, the expected files write {@code <location>}. A case with a
 * {@code NAME.in} file reads it as what the user types (prompts, Read-Host); the others run non-interactive, as
 * {@code jposh -NonInteractive}, so a prompt fails as it does there. The cmdlets are those of the modules on the
 * class path, so a module above the standard library (remoting) runs its own cases with its cmdlets too.
 */
public final class ScriptCases implements AutoCloseable {
    private final Engine engine = Engine.newBuilder("posh").option("engine.WarnInterpreterOnly", "false").build();

    /** The cases of the module whose tests {@code testClass} is one of, named by their path under {@code cases}. */
    public Stream<DynamicTest> of(Class<?> testClass) throws IOException, URISyntaxException {
        Path root = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("cases");
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".ps1"))
                .sorted()
                .map(script -> DynamicTest.dynamicTest(root.relativize(script).toString(), script.toUri(),
                        () -> check(script)));
    }

    @Override
    public void close() {
        engine.close();
    }

    private void check(Path script) throws IOException {
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

    private void check(Path script, Path location) throws IOException {
        String base = script.toString().substring(0, script.toString().length() - 4);
        String expectedOut = read(Path.of(base + ".out"));
        Path errFile = Path.of(base + ".err");
        String expectedErr = Files.exists(errFile) ? read(errFile) : "";
        Path inFile = Path.of(base + ".in");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("posh").engine(engine).allowIO(IOAccess.ALL)
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
