package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * What {@code break} and {@code continue} share: the label, written as a bare word ({@code break outer})
 * or computed ({@code break $name}, converted to a string when the statement runs; $null names no label).
 */
abstract class LoopFlowNode extends StatementNode {
    private final String label;
    @Child private ExpressionNode computedLabel;

    /** @param label the bare-word label, "" when there is none or it is computed */
    LoopFlowNode(String label, ExpressionNode computedLabel) {
        this.label = label;
        this.computedLabel = computedLabel;
    }

    protected final String label(VirtualFrame frame) {
        if (computedLabel == null) {
            return label;
        }
        Object value = computedLabel.executeGeneric(frame);
        return LanguagePrimitives.isNull(value) ? "" : LanguagePrimitives.toStringValue(value);
    }
}
