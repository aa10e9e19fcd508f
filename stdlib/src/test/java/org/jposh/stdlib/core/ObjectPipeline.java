package org.jposh.stdlib.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ScriptCallable;

/**
 * Runs one cmdlet of a Runspace on Java values, so that tests can hand the object cmdlets script
 * blocks as ScriptCallable lambdas (scripts cannot write script blocks yet) and look at the objects
 * they write.
 */
public final class ObjectPipeline implements AutoCloseable {
    private final Runspace runspace = Runspace.open(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    private final List<ErrorRecord> errors = new ArrayList<>();

    /** Runs the command with the input objects (null: none) and returns what it wrote. */
    public List<Object> run(List<?> input, String command, CommandArgument... arguments) {
        List<Object> output = new ArrayList<>();
        runspace.invokeCommands(List.of(new Runspace.Command(command, Arrays.asList(arguments))),
                input == null ? null : input.iterator(), output::add, e -> errors.add((ErrorRecord) e));
        return output;
    }

    /** The non-terminating errors written so far. */
    public List<ErrorRecord> errors() {
        return errors;
    }

    public static CommandArgument positional(Object value) {
        return CommandArgument.positional(value, null);
    }

    public static CommandArgument named(String name, Object value) {
        return CommandArgument.named(name, value, null);
    }

    public static CommandArgument switchParameter(String name) {
        return CommandArgument.parameter(name, null);
    }

    /** A script block as the runtime sees one, with its text for the labels that show it. */
    public static ScriptCallable script(String text, ScriptCallable body) {
        return new ScriptCallable() {
            @Override
            public Object invoke(Object dollarThis, Object dollarUnder, Object[] args) {
                return body.invoke(dollarThis, dollarUnder, args);
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    @Override
    public void close() {
        runspace.close();
    }
}
