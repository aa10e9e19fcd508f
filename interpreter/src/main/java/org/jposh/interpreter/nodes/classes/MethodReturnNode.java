package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code return [value]} in a class's method: ends the method with the value as it is (a collection
 * is not enumerated), which the method converts to its return type.
 */
public final class MethodReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    /** @param value what is returned, or null */
    public MethodReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        throw new MethodReturnException(value == null ? AutomationNull.VALUE : value.executeGeneric(frame));
    }
}
