package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code try { } catch [T1], [T2] { } catch { } finally { }}. Inside the try block every terminating
 * error propagates here (statement-terminating ones too; errors a command only writes do not). The
 * first catch clause whose types take the error (see {@link ErrorHandlerTypes}) runs with {@code $_}
 * (and {@code $PSItem}) set to the error record; a bare {@code throw} in it rethrows the error. The
 * finally block runs however the statement ends: normally, by an error, or by break, continue,
 * return or exit, which pass through the catch clauses.
 */
public final class TryNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final StatementNode[] catchBodies;
    @Child private StatementNode finallyBlock;
    private final ErrorHandlerTypes catchTypes;

    /**
     * @param catchTypeNames per catch clause, the types it takes; empty for a clause that takes every error
     * @param finallyBlock the finally block, or null
     * @param usingNamespaces the script's {@code using namespace} namespaces, and
     * @param scriptTypes its classes, for the catch types
     */
    public TryNode(StatementNode body, String[][] catchTypeNames, StatementNode[] catchBodies,
                   StatementNode finallyBlock, List<String> usingNamespaces, ScriptTypes scriptTypes) {
        this.body = body;
        this.catchBodies = catchBodies;
        this.finallyBlock = finallyBlock;
        this.catchTypes = new ErrorHandlerTypes(catchTypeNames, usingNamespaces, scriptTypes);
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        boolean propagate = context.setPropagateErrors(true);
        try {
            body.execute(frame, output);
        } catch (PoshException e) {
            if (catchBodies.length == 0) {
                throw e;
            }
            ErrorHandlerTypes.Match match = catchTypes.find(e.errorRecord(), e.wrapper());
            if (match == null) {
                throw e;
            }
            runCatch(frame, context, match, e.errorRecord(), output);
        } finally {
            context.setPropagateErrors(propagate);
            if (finallyBlock != null) {
                finallyBlock.execute(frame, output);
            }
        }
    }

    /** The loop over the clauses is unrolled so that the compiler sees the clause that runs as a constant. */
    @ExplodeLoop
    private void runCatch(VirtualFrame frame, PoshContext context, ErrorHandlerTypes.Match match, ErrorRecord thrown,
                          Pipe output) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        Object previousItem = setItem(scope, match.error());
        ErrorRecord previousError = context.setErrorBeingHandled(thrown);
        try {
            for (int i = 0; i < catchBodies.length; i++) {
                if (i == match.handler()) {
                    catchBodies[i].execute(frame, output);
                }
            }
        } finally {
            context.setErrorBeingHandled(previousError);
            setItem(scope, previousItem);
        }
    }

    /** Sets $_ ($PSItem) in the scope's own slot; returns what the slot held, for restoring it. */
    private static Object setItem(SessionStateScope scope, Object value) {
        Object previous = scope.slots()[ScopeLayout.DOLLAR_UNDER];
        scope.slots()[ScopeLayout.DOLLAR_UNDER] = value;
        return previous;
    }
}
