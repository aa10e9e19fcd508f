package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.PoshTypes;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * A condition's truth ({@code if}, loops, {@code ? :}), with the comparisons' bool and an int counter
 * decided without leaving compiled code.
 */
@TypeSystemReference(PoshTypes.class)
@NodeChild(value = "value", type = ExpressionNode.class)
public abstract class ConditionNode extends PoshNode {

    public abstract boolean executeBoolean(VirtualFrame frame);

    @Specialization
    protected boolean isTrueBoolean(boolean value) {
        return value;
    }

    @Specialization
    protected boolean isTrueInt(int value) {
        return value != 0;
    }

    @Fallback
    protected boolean isTrueObject(Object value) {
        return LanguagePrimitives.isTrue(value);
    }
}
