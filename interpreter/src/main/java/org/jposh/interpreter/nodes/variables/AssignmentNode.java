package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code target = statement}: the right side's output, as a value, goes to the target. As a statement
 * an assignment outputs nothing; in parentheses its value is the value assigned. A right side that is an
 * expression alone ({@code $x = $x + 1}, the most common statement) is evaluated as one, without the
 * statement around it: one node call less each time.
 */
public final class AssignmentNode extends StatementNode {
    @Child private AssignmentTargetNode target;
    @Child private StatementNode value;
    @Child private ExpressionNode expression;

    public AssignmentNode(AssignmentTargetNode target, StatementNode value) {
        this.target = target;
        this.value = value;
    }

    public AssignmentNode(AssignmentTargetNode target, ExpressionNode expression) {
        this.target = target;
        this.expression = expression;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        executeValue(frame);
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        Object assigned = expression != null ? expression.executeGeneric(frame) : value.executeValue(frame);
        target.assign(frame, assigned);
        return assigned;
    }
}
