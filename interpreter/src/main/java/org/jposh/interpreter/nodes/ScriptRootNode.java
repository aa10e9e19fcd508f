package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.ExternalScriptInfo;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.nodes.controlflow.LoopFlowException;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.InteropValues;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A script as the host evaluates it. A script file runs as a command in a new script scope, its
 * arguments (the application arguments) bound to its {@code param} block or left in {@code $args};
 * a command string runs in the global scope, as {@code pwsh -Command} does. With host output on, the
 * output goes through Out-Default, errors are printed as they happen, and the run returns whether its
 * last statement succeeded ($?), which the shell turns into the exit code as pwsh's console host does;
 * otherwise the output is returned and errors that end the script propagate unprinted. A {@code break}
 * or {@code continue} outside any loop ends the script silently, as in pwsh.
 */
public final class ScriptRootNode extends RootNode {
    private final CompiledScriptBlock code;
    private final Source source;

    public ScriptRootNode(PoshLanguage language, CompiledScriptBlock code, Source source) {
        super(language);
        this.code = code;
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PoshContext context = PoshContext.get(this);
        try {
            if (context.hostOutput()) {
                runWithHostOutput(context);
                return context.lastStatementSucceeded();
            }
            CollectingPipe pipe = new CollectingPipe();
            run(context, pipe);
            return InteropValues.export(pipe.result());
        } catch (ExitException e) {
            throw exit(context, e.exitCode());
        }
    }

    @TruffleBoundary
    private void run(PoshContext context, Pipe output) {
        ScriptBlock script = new ScriptBlock(code, context.sessionState());
        CommandProcessorBase processor;
        if (source.getPath() == null) {
            processor = CommandDiscovery.createProcessor(context, script, true, new CommandArgument[0], null, 1, false);
        } else {
            CommandDiscovery.verifyRequirements(context, source.getName(), code);
            String[] applicationArguments = context.env().getApplicationArguments();
            CommandArgument[] arguments = new CommandArgument[applicationArguments.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = scriptArgument(applicationArguments[i]);
            }
            processor = ScriptCommandProcessor.forHostScript(context,
                    new ExternalScriptInfo(Path.of(source.getPath()), script), arguments);
        }
        try {
            CommandProcessorBase.runPipeline(new CommandProcessorBase[]{processor}, null, output);
        } catch (LoopFlowException e) {
            // ends the script, keeping what it wrote
        }
    }

    /**
     * A command-line word after the script's path, as pwsh -File passes it: {@code -Name} is a parameter
     * name, {@code -Name:value} a parameter with its value, anything else (numbers such as -5 included)
     * a positional string.
     */
    private static CommandArgument scriptArgument(String word) {
        if (word.length() > 1 && word.charAt(0) == '-' && !Character.isDigit(word.charAt(1)) && word.charAt(1) != '.') {
            int colon = word.indexOf(':');
            return colon < 0 ? CommandArgument.parameter(word.substring(1), null)
                    : CommandArgument.named(word.substring(1, colon), word.substring(colon + 1), null);
        }
        return CommandArgument.positional(word, null);
    }

    @TruffleBoundary
    private void runWithHostOutput(PoshContext context) {
        runWithHostOutput(context, output -> run(context, output));
    }

    /**
     * Runs code whose output goes through Out-Default, as a host runs what its user typed: a
     * terminating error is shown with the host's error view and then rethrown.
     */
    @TruffleBoundary
    public static void runWithHostOutput(PoshContext context, Consumer<Pipe> code) {
        CommandProcessorBase outDefault = context.sessionState().commands().outDefault(context);
        outDefault.begin();
        try {
            code.accept(outDefault::process);
        } catch (PoshException e) {
            outDefault.end();
            context.host().ui().writeErrorLine(e.errorRecord().normalView());
            throw e;
        } catch (ExitException e) {
            outDefault.end();
            throw e;
        }
        outDefault.end();
    }

    /** Ends the context with the exit code; the host sees a PolyglotException with isExit(). */
    @TruffleBoundary
    private RuntimeException exit(PoshContext context, int exitCode) {
        context.out().flush();
        context.env().getContext().closeExited(this, exitCode);
        return CompilerDirectives.shouldNotReachHere("closeExited returned");
    }

    @Override
    public String getName() {
        return source.getPath() == null ? "<script>" : source.getName();
    }
}
