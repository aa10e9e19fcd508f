package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code return [value]} in a class's method: ends the method with the value as it is (a collection
 * is not enumerated), which the method converts to its return type. As a script block's return, it
 * marks the block returned when only statement lists and {@code if} bodies lie between it and the
 * method's body, else it throws (see ReturnNode).
 */
public final class MethodReturnNode extends StatementNode {
    @Child private ExpressionNode value;
    private final boolean marksBlock;

    /**
     * @param value what is returned, or null
     * @param marksBlock whether the statement lists up to the method's body stop for a returned block
     */
    public MethodReturnNode(ExpressionNode value, boolean marksBlock) {
        this.value = value;
        this.marksBlock = marksBlock;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        Object result = value == null ? AutomationNull.VALUE : value.executeGeneric(frame);
        if (marksBlock) {
            ScriptBlockRootNode.setReturnValue(frame, result);
            ScriptBlockRootNode.markReturned(frame);
            return;
        }
        throw new MethodReturnException(result);
    }
}
