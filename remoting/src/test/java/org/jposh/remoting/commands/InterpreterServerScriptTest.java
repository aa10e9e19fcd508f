package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the session cmdlets' end-to-end tests share: the embedded SSH server on loopback running the
 * interpreter (one per test class, key authentication, a known_hosts file of the test's own), and a
 * local runspace per test whose host text is kept, in which the test runs its scripts.
 */
abstract class InterpreterServerScriptTest {
    @TempDir
    static Path dir;

    static InterpreterSshServer server;
    /** The parameters that reach the server: {@code -Port n -KeyFilePath ...}. */
    static String connect;

    Runspace runspace;
    private final ByteArrayOutputStream hostText = new ByteArrayOutputStream();

    @BeforeAll
    static void startServer() throws Exception {
        server = new InterpreterSshServer(dir);
        connect = server.connectParameters();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void openRunspace() {
        runspace = Runspace.open(hostText, hostText);
    }

    @AfterEach
    void closeRunspace() {
        run(cleanUp());
        runspace.close();
    }

    /** What is left to remove after each test, as a script. */
    String cleanUp() {
        return "Get-PSSession | Remove-PSSession";
    }

    /** What a script wrote: its output objects as strings, and its errors. */
    record Result(List<String> output, List<ErrorRecord> errors) {
    }

    Result run(String script) {
        List<String> output = new ArrayList<>();
        List<ErrorRecord> errors = new ArrayList<>();
        runspace.invokeScript(script, "<test>", null, value -> output.add(LanguagePrimitives.toStringValue(value)),
                error -> errors.add((ErrorRecord) error));
        return new Result(output, errors);
    }

    /** The output of a script that must write no error. */
    List<String> output(String script) {
        Result r = run(script);
        assertEquals(List.of(), r.errors().stream().map(ErrorRecord::normalView).toList());
        return r.output();
    }

    String hostText() {
        return hostText.toString(StandardCharsets.UTF_8);
    }
}
