package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.ActionPreference;
import org.jposh.interpreter.commands.Inquiry;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.nodes.statements.TrapHandlersNode;
import org.jposh.interpreter.runtime.CommandOutputPipe;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * Statements run one after another, and this is where a terminating error raised by one of them is
 * dealt with, as pwsh's ExceptionHandlingOps.CheckActionPreference does: the error goes into $Error,
 * into the -ErrorVariable lists of the script block's output pipe (see CommandOutputPipe), and $? becomes
 * false; then
 * <ul>
 * <li>a trap of this list that takes the error runs, and the list goes on with the next statement
 *     (after writing the error, unless $ErrorActionPreference silences it); with no trap for it the
 *     error ends the list;</li>
 * <li>inside a try block or a trap's scope (and for errors already stopped) the error propagates to it;</li>
 * <li>otherwise $ErrorActionPreference decides: SilentlyContinue and Ignore go on silently, Stop ends
 *     the script, and Continue writes the error and goes on with the next statement, except after
 *     {@code throw}, which ends the script; under Inquire the user picks one of those.</li>
 * </ul>
 * Runtime errors raised without a position get the position of the statement that raised them.
 * As in pwsh, a statement sets $? only when it is an expression (or assigns one), which leaves $? true:
 * pipelines of commands set it themselves when they end ({@link org.jposh.interpreter.nodes.pipeline.PipelineNode}),
 * and compound statements (if, loops, switch, try, definitions) leave it as the last pipeline inside them did.
 */
public final class StatementListNode extends StatementNode {
    @Children private final StatementNode[] statements;
    @CompilationFinal(dimensions = 1) private final boolean[] succeedsAfter;
    @CompilationFinal(dimensions = 1) private final boolean[] mayReturn;
    @Child private TrapHandlersNode traps;

    /**
     * @param succeedsAfter for each statement, whether $? becomes true once it ran without a terminating error
     * @param mayReturn for each statement, whether it holds a {@code return} that marks the block returned
     *        ({@link org.jposh.interpreter.nodes.controlflow.ReturnNode}), after which the list stops
     * @param traps the list's trap statements, or null when it has none
     */
    public StatementListNode(StatementNode[] statements, boolean[] succeedsAfter, boolean[] mayReturn,
                             TrapHandlersNode traps) {
        this.statements = statements;
        this.succeedsAfter = succeedsAfter;
        this.mayReturn = mayReturn;
        this.traps = traps;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        boolean propagate = traps != null && context.setPropagateErrors(true);
        try {
            for (int i = 0; i < statements.length; i++) {
                StatementNode statement = statements[i];
                try {
                    statement.execute(frame, output);
                    if (mayReturn[i] && ScriptBlockRootNode.hasReturned(frame)) {
                        return;
                    }
                    if (succeedsAfter[i]) {
                        context.setLastStatementSucceeded(true);
                    }
                } catch (PSRuntimeException e) {
                    handleError(frame, context, terminatingError(e, statement), statement, output);
                } catch (PoshException e) {
                    handleError(frame, context, e, statement, output);
                }
            }
        } finally {
            if (traps != null) {
                context.setPropagateErrors(propagate);
            }
        }
    }

    /**
     * An error that ended one pipeline of a chain ({@code a && b || c}) in this list, handled as an error of a
     * statement of it (pwsh compiles each pipeline of a chain as one): a trap, an enclosing try, {@code throw} and
     * $ErrorActionPreference decide as they do for a statement; when this returns, the chain goes on, $? false.
     */
    public void handleChainError(VirtualFrame frame, RuntimeException e, StatementNode pipeline, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        PoshException error = e instanceof PSRuntimeException runtime ? terminatingError(runtime, pipeline) : (PoshException) e;
        handleError(frame, context, error, pipeline, output);
    }

    private void handleError(VirtualFrame frame, PoshContext context, PoshException e, StatementNode statement,
                             Pipe output) {
        if (e.severity() == PoshException.Severity.COMMAND_STOPPED) {
            throw e;
        }
        ErrorRecord error = record(context, e, statement);
        CommandOutputPipe.recordError(ScriptBlockRootNode.output(frame), error);
        ActionPreference preference;
        if (traps != null) {
            TrapHandlersNode.Outcome outcome = traps.handle(frame, error, e.wrapper(), output);
            if (outcome == TrapHandlersNode.Outcome.NOT_TRAPPED || outcome == TrapHandlersNode.Outcome.BREAK) {
                throw stopped(e);
            }
            context.setLastStatementSucceeded(false);
            if (outcome == TrapHandlersNode.Outcome.CONTINUE) {
                return;
            }
            preference = preference(ScriptBlockRootNode.scope(frame));
        } else if (propagates(context, e)) {
            throw e;
        } else {
            preference = preference(ScriptBlockRootNode.scope(frame));
        }
        if (preference == ActionPreference.Inquire) {
            preference = inquire(context, error, statement);
        }
        if (preference == ActionPreference.SilentlyContinue || preference == ActionPreference.Ignore) {
            return;
        }
        if (preference == ActionPreference.Stop) {
            throw stopped(e);
        }
        if (traps == null && e.severity() == PoshException.Severity.THROWN) {
            throw e;
        }
        report(context, error);
    }

    /** A runtime error raised without a record as the terminating error of the statement that raised it. */
    @TruffleBoundary
    private PoshException terminatingError(PSRuntimeException e, StatementNode statement) {
        return new PoshException(e.toErrorRecord(statement.extent()), this);
    }

    @TruffleBoundary
    private static ErrorRecord record(PoshContext context, PoshException e, StatementNode statement) {
        ErrorRecord error = e.errorRecord();
        error.setExtentIfAbsent(statement.extent());
        record(context, error);
        return error;
    }

    private static void record(PoshContext context, ErrorRecord error) {
        context.sessionState().recordError(error);
        context.failCurrentPipeline();
        context.setLastStatementSucceeded(false);
    }

    private static boolean propagates(PoshContext context, PoshException e) {
        return context.propagateErrors() || e.severity() == PoshException.Severity.STOPPED;
    }

    @TruffleBoundary
    private static ActionPreference preference(SessionStateScope scope) {
        return SessionState.preference(scope, "ErrorActionPreference", ActionPreference.Continue);
    }

    /**
     * $ErrorActionPreference Inquire: the user picks Continue, SilentlyContinue or Stop for this error. A host
     * that cannot ask stops the script with its own error, raised where the statement is.
     */
    @TruffleBoundary
    private ActionPreference inquire(PoshContext context, ErrorRecord error, StatementNode statement) {
        try {
            return Inquiry.actionForException(context.host().ui(), context.internalHost(), error.toString());
        } catch (HostException e) {
            throw new PoshException(e.toErrorRecord(statement.extent()), this, PoshException.Severity.STOPPED);
        }
    }

    private PoshException stopped(PoshException e) {
        return e.severity() == PoshException.Severity.STOPPED ? e
                : new PoshException(e.errorRecord(), this, PoshException.Severity.STOPPED, e.wrapper());
    }

    @TruffleBoundary
    private static void report(PoshContext context, ErrorRecord error) {
        context.errorOutput().write(error);
    }
}
