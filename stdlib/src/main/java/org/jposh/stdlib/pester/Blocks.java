package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * How the framework runs the test code: as Pester does inside its {@code try} blocks, every terminating
 * error of the block (statement-terminating ones too) propagates to the caller, and output is discarded
 * ({@code $null = & $block}).
 */
final class Blocks {
    private static final Pipe DISCARD = value -> { };

    private Blocks() {
    }

    /** {@code & $block @parameters}: a new scope under the current one. */
    static void invoke(ScriptBlock block, Map<?, ?> parameters) {
        run(block, false, parameters, DISCARD);
    }

    /** {@code . $block}: in the current scope, so the variables it sets stay for the code that follows. */
    static void dotSource(ScriptBlock block) {
        run(block, true, Map.of(), DISCARD);
    }

    /** {@code . $block @parameters}: the parameters bound in the current scope. */
    static void dotSource(ScriptBlock block, Map<?, ?> parameters) {
        run(block, true, parameters, DISCARD);
    }

    /** {@code & $block}, its output collected. */
    static List<Object> invokeCollecting(ScriptBlock block, Map<?, ?> parameters) {
        List<Object> output = new ArrayList<>();
        run(block, false, parameters, output::add);
        return output;
    }

    /**
     * Runs a block in a new scope holding {@code variables} (a mock's bound parameters, seen by its body
     * and its parameter filter as variables) and returns its output.
     */
    static List<Object> invokeWithVariables(ScriptBlock block, Map<?, ?> variables) {
        SessionState session = PoshContext.get(null).sessionState();
        SessionStateScope caller = enterScope(session);
        try {
            for (Map.Entry<?, ?> entry : variables.entrySet()) {
                session.currentScope().set(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue());
            }
            List<Object> output = new ArrayList<>();
            run(block, true, Map.of(), output::add);
            return output;
        } finally {
            session.setCurrentScope(caller);
        }
    }

    /** Whether the output of a block is true as a condition ({@code if (& $block)}). */
    static boolean isTrue(List<Object> output) {
        return output.size() == 1 ? LanguagePrimitives.isTrue(output.getFirst())
                : LanguagePrimitives.isTrue(output.toArray());
    }

    private static void run(ScriptBlock block, boolean dotSource, Map<?, ?> parameters, Pipe output) {
        PoshContext context = PoshContext.get(null);
        List<CommandArgument> arguments = new ArrayList<>();
        for (Map.Entry<?, ?> entry : parameters.entrySet()) {
            arguments.add(CommandArgument.named(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue(),
                    null));
        }
        boolean propagate = context.setPropagateErrors(true);
        try {
            CommandProcessorBase processor = CommandDiscovery.createProcessor(context, block, dotSource,
                    arguments.toArray(CommandArgument[]::new), null, 1, false);
            processor.setOutput(output);
            processor.begin();
            processor.processWithoutInput();
            processor.end();
        } catch (PoshParseError e) {
            // a parse error at run time ([scriptblock]::Create, Invoke-Expression) is a terminating error
            throw new PoshException(e.errorRecord(), null);
        } finally {
            context.setPropagateErrors(propagate);
        }
    }

    /** Makes a new scope under the current one the current scope; returns the scope to restore. */
    static SessionStateScope enterScope(SessionState sessionState) {
        SessionStateScope previous = sessionState.currentScope();
        sessionState.setCurrentScope(new SessionStateScope(previous, ScopeLayout.AUTOMATIC_ONLY, false));
        return previous;
    }
}
