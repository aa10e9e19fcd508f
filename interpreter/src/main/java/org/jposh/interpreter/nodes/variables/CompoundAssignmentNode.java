package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.function.BinaryOperator;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code $a[0] += 1}, {@code $o.Count *= 2}, {@code $x ??= 5} on targets other than plain variables
 * (a plain variable's {@code $x += 1} compiles to {@code $x = $x + 1} with the specializing arithmetic
 * nodes): reads the target, applies the operator, assigns the result.
 */
public final class CompoundAssignmentNode extends StatementNode {
    @Child private AssignmentTargetNode target;
    @Child private StatementNode value;
    private final BinaryOperator<Object> operator;

    /** @param operator the operation; null for {@code ??=}, which assigns only when the target is $null */
    public CompoundAssignmentNode(AssignmentTargetNode target, BinaryOperator<Object> operator, StatementNode value) {
        this.target = target;
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        executeValue(frame);
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        Object current = target.read(frame);
        if (operator == null) {
            if (!LanguagePrimitives.isNull(current)) {
                return current;
            }
            Object assigned = value.executeValue(frame);
            target.assign(frame, assigned);
            return assigned;
        }
        Object result = apply(current, value.executeValue(frame));
        target.assign(frame, result);
        return result;
    }

    @TruffleBoundary
    private Object apply(Object left, Object right) {
        return operator.apply(left, right);
    }
}
