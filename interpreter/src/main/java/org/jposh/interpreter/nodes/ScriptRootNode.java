package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import java.util.function.Consumer;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.commands.CommandProcessor;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.InteropValues;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A script as the host evaluates it. A script file runs in a new script scope holding {@code $args};
 * a command string runs in the global scope, as {@code pwsh -Command} does. With host output on, the
 * output goes through Out-Default, errors are printed as they happen, and the run returns whether its
 * last statement succeeded ($?), which the shell turns into the exit code as pwsh's console host does;
 * otherwise the output is returned and errors that end the script propagate unprinted.
 */
public final class ScriptRootNode extends RootNode {
    @Child private DirectCallNode body;
    private final Source source;

    public ScriptRootNode(PoshLanguage language, CallTarget body, Source source) {
        super(language);
        this.body = DirectCallNode.create(body);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PoshContext context = PoshContext.get(this);
        SessionStateScope scope = scriptScope(context);
        try {
            if (context.hostOutput()) {
                runWithHostOutput(context, scope);
                return context.lastStatementSucceeded();
            }
            CollectingPipe pipe = new CollectingPipe();
            body.call(ScriptBlockRootNode.arguments(scope, pipe));
            return InteropValues.export(pipe.result());
        } catch (ExitException e) {
            throw exit(context, e.exitCode());
        }
    }

    @TruffleBoundary
    private SessionStateScope scriptScope(PoshContext context) {
        SessionStateScope global = context.sessionState().global();
        if (source.getPath() == null) {
            return global;
        }
        SessionStateScope script = new SessionStateScope(global);
        script.set("args", context.env().getApplicationArguments().clone());
        return script;
    }

    @TruffleBoundary
    private void runWithHostOutput(PoshContext context, SessionStateScope scope) {
        runWithHostOutput(context, output -> body.call(ScriptBlockRootNode.arguments(scope, output)));
    }

    /**
     * Runs code whose output goes through Out-Default, as a host runs what its user typed: a
     * terminating error is shown with the host's error view and then rethrown.
     */
    @TruffleBoundary
    public static void runWithHostOutput(PoshContext context, Consumer<Pipe> code) {
        CommandProcessor outDefault = context.sessionState().commands().outDefault(context);
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
