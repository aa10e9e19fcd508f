package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * The body of a class's method or constructor. Its statements' output goes nowhere, as in pwsh; the
 * value of {@code return} is the one object the body writes.
 */
public final class MethodBodyNode extends StatementNode {
    private static final Pipe DISCARD = value -> { };

    @Child private StatementNode body;

    public MethodBodyNode(StatementNode body) {
        this.body = body;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        try {
            body.execute(frame, DISCARD);
            if (ScriptBlockRootNode.hasReturned(frame)) {
                output.write(ScriptBlockRootNode.returnValue(frame));
            }
        } catch (MethodReturnException e) {
            output.write(e.value());
        }
    }
}
