package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code target = statement}: the right side's output, as a value, goes to the target. As a statement
 * an assignment outputs nothing; in parentheses its value is the value assigned.
 */
public final class AssignmentNode extends StatementNode {
    @Child private AssignmentTargetNode target;
    @Child private StatementNode value;

    public AssignmentNode(AssignmentTargetNode target, StatementNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        executeValue(frame);
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        Object assigned = value.executeValue(frame);
        target.assign(frame, assigned);
        return assigned;
    }
}
