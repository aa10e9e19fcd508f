package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * Writes the value of each expression as it is, one object each (collections are not enumerated): a
 * property's initial value, the arguments of a constructor's {@code : base(...)}.
 */
public final class ValuesNode extends StatementNode {
    @Children private final ExpressionNode[] values;

    public ValuesNode(ExpressionNode... values) {
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        for (ExpressionNode value : values) {
            output.write(value.executeGeneric(frame));
        }
    }
}
