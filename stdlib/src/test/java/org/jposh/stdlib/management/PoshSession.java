package org.jposh.stdlib.management;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * A JPosh session for tests: runs script text in one context whose location starts at a given
 * directory, and returns the output as strings (what the polyglot API sees of PowerShell objects) and
 * the error text the host printed.
 */
public final class PoshSession implements AutoCloseable {
    private static final Engine ENGINE = Engine.newBuilder("posh").option("engine.WarnInterpreterOnly", "false")
            .build();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Context context;

    public PoshSession(Path location) {
        this(location, Context.newBuilder("posh"));
    }

    /** A session whose user types {@code input} at its prompts, or, when null, one that cannot prompt. */
    PoshSession(Path location, String input) {
        this(location, input == null ? Context.newBuilder("posh").option("posh.NonInteractive", "true")
                : Context.newBuilder("posh").in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                        .out(new ByteArrayOutputStream()));
    }

    private PoshSession(Path location, Context.Builder builder) {
        context = builder.engine(ENGINE).allowIO(IOAccess.ALL).err(err).build();
        run("Set-Location -LiteralPath '" + location.toString().replace("'", "''") + "'");
    }

    /** Runs the script and returns its output objects as strings. */
    public List<String> run(String script) {
        Value result = context.eval("posh", script);
        List<String> out = new ArrayList<>();
        if (result.hasArrayElements()) {
            for (long i = 0; i < result.getArraySize(); i++) {
                out.add(result.getArrayElement(i).toString());
            }
        } else if (!result.isNull()) {
            out.add(result.toString());
        }
        return out;
    }

    /** The one output object as a string. */
    String single(String script) {
        List<String> out = run(script);
        if (out.size() != 1) {
            throw new AssertionError("expected one object from " + script + ", got " + out);
        }
        return out.getFirst();
    }

    /**
     * Runs a one-statement script that must fail with a statement-terminating error, which ends the
     * statement and is written to the error output as pwsh does; returns the error view's first line.
     */
    String statementError(String script) {
        context.eval("posh", script);
        String text = errors();
        if (text.isEmpty()) {
            throw new AssertionError("no error from " + script);
        }
        return text.lines().findFirst().orElseThrow();
    }

    /** The errors printed so far (and forgets them). */
    public String errors() {
        String text = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return text;
    }

    @Override
    public void close() {
        context.close();
    }
}
