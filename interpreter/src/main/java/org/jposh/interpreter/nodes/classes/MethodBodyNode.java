package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * The body of a class's method or constructor. Its statements' output goes nowhere, as in pwsh; the
 * value of {@code return} is the one object the body writes. An error that ends a statement ends the method, as
 * if it ran in a try block: the statements after it, in the method and in the functions it calls, do not run.
 */
public final class MethodBodyNode extends StatementNode {
    private static final Pipe DISCARD = value -> { };

    @Child private StatementNode body;

    public MethodBodyNode(StatementNode body) {
        this.body = body;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        boolean propagate = context.setPropagateErrors(true);
        try {
            body.execute(frame, DISCARD);
            if (ScriptBlockRootNode.hasReturned(frame)) {
                output.write(ScriptBlockRootNode.returnValue(frame));
            }
        } catch (MethodReturnException e) {
            output.write(e.value());
        } finally {
            context.setPropagateErrors(propagate);
        }
    }
}
