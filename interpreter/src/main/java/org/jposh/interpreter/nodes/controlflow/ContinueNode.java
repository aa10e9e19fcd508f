package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.Pipe;

/** {@code continue [label]}. */
public final class ContinueNode extends LoopFlowNode {
    public ContinueNode(String label, ExpressionNode computedLabel) {
        super(label, computedLabel);
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        throw new ContinueException(label(frame));
    }
}
