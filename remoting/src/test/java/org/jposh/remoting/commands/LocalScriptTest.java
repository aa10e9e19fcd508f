package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the remoting cmdlets' script tests share: a local runspace per test whose host text is kept, in
 * which the test runs its scripts, and a clean-up script run before the runspace closes.
 */
public abstract class LocalScriptTest {
    protected Runspace runspace;
    private final ByteArrayOutputStream hostText = new ByteArrayOutputStream();

    @BeforeEach
    public void openRunspace() {
        runspace = Runspace.open(hostText, hostText);
    }

    @AfterEach
    public void closeRunspace() {
        run(cleanUp());
        runspace.close();
    }

    /** What is left to remove after each test, as a script. */
    protected abstract String cleanUp();

    /** What a script wrote: its output objects as strings, and its errors. */
    protected record Result(List<String> output, List<ErrorRecord> errors) {
    }

    protected Result run(String script) {
        List<String> output = new ArrayList<>();
        List<ErrorRecord> errors = new ArrayList<>();
        runspace.invokeScript(script, "<test>", null, value -> output.add(LanguagePrimitives.toStringValue(value)),
                error -> errors.add((ErrorRecord) error));
        return new Result(output, errors);
    }

    /** The output of a script that must write no error. */
    protected List<String> output(String script) {
        Result r = run(script);
        assertEquals(List.of(), r.errors().stream().map(ErrorRecord::normalView).toList());
        return r.output();
    }

    protected String hostText() {
        return hostText.toString(StandardCharsets.UTF_8);
    }
}
