package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.IndexOperator;

/** {@code $a[0] = v}, {@code $h['key'] = v}: sets an element of an array, list or dictionary. */
public final class IndexTargetNode extends AssignmentTargetNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode index;

    public IndexTargetNode(ExpressionNode target, ExpressionNode index) {
        this.target = target;
        this.index = index;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        IndexOperator.setIndex(target.executeGeneric(frame), index.executeGeneric(frame), value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return IndexOperator.getIndex(target.executeGeneric(frame), index.executeGeneric(frame),
                ScriptBlockRootNode.scope(frame));
    }
}
