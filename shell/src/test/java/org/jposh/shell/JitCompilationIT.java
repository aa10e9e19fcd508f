package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Graal JIT really compiles the interpreter's nodes. Truffle gives up on a compilation that
 * inlines code it cannot partially evaluate (a hot path that reaches the JDK without a
 * {@code @TruffleBoundary}), and then runs the script in the interpreter without a word: the output
 * stays right, only slower. So the launcher runs common constructs with every call target compiled on
 * its first call, in the foreground, and the VM exits with an error on any failed compilation; the
 * compiled code must also print what the interpreter alone prints.
 */
class JitCompilationIT {
    private static final Path JPOSH = Path.of(System.getProperty("jposh.repo"), "bin", "jposh");
    private static final String COMPILE_EVERYTHING = "-Dpolyglot.engine.CompileImmediately=true"
            + " -Dpolyglot.engine.BackgroundCompilation=false"
            + " -Dpolyglot.engine.CompilationFailureAction=ExitVM";
    private static final String COMPILE_NOTHING = "-Dpolyglot.engine.Compilation=false";

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void everyCompilationSucceeds(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("jit-constructs.ps1");
        Files.writeString(script, resource("jit-constructs.ps1"));
        Run compiled = run(dir, script, COMPILE_EVERYTHING);
        assertEquals(0, compiled.exitCode(), compiled.err());
        assertEquals("", compiled.err());
        Run interpreted = run(dir, script, COMPILE_NOTHING);
        assertEquals(new Run(0, interpreted.out(), ""), interpreted);
        assertEquals(interpreted.out(), compiled.out());
    }

    /**
     * Calls from the interpreter mostly bypass Truffle's call path (ScriptBlockRootNode.callFromInterpreter),
     * which is where Truffle counts calls: a hot function must still be compiled, and its compiled code run
     * (the second tier is compiled from the first tier's counts).
     */
    @Test
    void aHotFunctionIsCompiledThoughTheInterpreterMostlyCallsItDirectly(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("fib.ps1");
        Files.writeString(script, "function fib([int]$n) { if ($n -lt 2) { return $n }; "
                + "return (fib ($n - 1)) + (fib ($n - 2)) }\nfib 22\n");
        Run run = run(dir, script,
                "-Dpolyglot.engine.TraceCompilation=true -Dpolyglot.engine.BackgroundCompilation=false");
        assertEquals("17711\n", run.out(), run.err());
        assertTrue(run.err().contains("|Tier 1|") && run.err().contains("|Tier 2|"), run.err());
    }

    private static Run run(Path dir, Path script, String javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(JPOSH.toString(), "-NoProfile", "-File", script.toString())
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("JPOSH_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "jposh did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JitCompilationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
