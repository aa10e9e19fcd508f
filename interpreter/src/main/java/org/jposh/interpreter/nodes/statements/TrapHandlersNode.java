package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import java.util.List;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.controlflow.BreakException;
import org.jposh.interpreter.nodes.controlflow.ContinueException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The {@code trap} statements of a statement list. They apply to every statement of the list (also
 * those before them); the error picks one as a catch clause would, and its body runs in a new scope
 * with {@code $_} set to the error record, writing to the list's output.
 */
public final class TrapHandlersNode extends Node {
    private final ErrorHandlerTypes types;
    @Children private final DirectCallNode[] bodies;

    /**
     * @param typeNames per trap, its type ({@code trap [T]}) or none
     * @param usingNamespaces the script's {@code using namespace} namespaces, and
     * @param scriptTypes its classes, for the trap types
     */
    public TrapHandlersNode(String[][] typeNames, CallTarget[] bodies, List<String> usingNamespaces,
                            ScriptTypes scriptTypes) {
        this.types = new ErrorHandlerTypes(typeNames, usingNamespaces, scriptTypes);
        this.bodies = new DirectCallNode[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            this.bodies[i] = DirectCallNode.create(bodies[i]);
        }
    }

    /** What the statement list does after a trap took an error. */
    public enum Outcome {
        /** No trap takes the error: it ends the list. */
        NOT_TRAPPED,
        /** The trap ended normally: the error is reported as $ErrorActionPreference says, and the list goes on. */
        REPORT,
        /** The trap said {@code continue}: the list goes on with the next statement, the error unreported. */
        CONTINUE,
        /** The trap said {@code break}: the error ends the list. */
        BREAK
    }

    /**
     * Runs the trap the error picks (see {@link ErrorHandlerTypes#find}). As in pwsh, a {@code break} or {@code continue} in its body (with
     * or without a label) ends the trap and decides what happens next, rather than reaching a loop.
     * The loop over the bodies is unrolled so that the compiler sees each call node as a constant.
     */
    @ExplodeLoop
    public Outcome handle(VirtualFrame frame, ErrorRecord error, DotNetType wrapper, Pipe output) {
        ErrorHandlerTypes.Match match = types.find(error, wrapper);
        if (match == null) {
            return Outcome.NOT_TRAPPED;
        }
        SessionStateScope scope = trapScope(ScriptBlockRootNode.scope(frame), match.error());
        try {
            for (int i = 0; i < bodies.length; i++) {
                if (i == match.handler()) {
                    bodies[i].call(ScriptBlockRootNode.arguments(scope, output));
                }
            }
        } catch (ContinueException e) {
            return Outcome.CONTINUE;
        } catch (BreakException e) {
            return Outcome.BREAK;
        }
        return Outcome.REPORT;
    }

    @TruffleBoundary
    private static SessionStateScope trapScope(SessionStateScope parent, ErrorRecord error) {
        SessionStateScope scope = new SessionStateScope(parent, ScopeLayout.AUTOMATIC_ONLY, false);
        scope.set("_", error);
        return scope;
    }
}
