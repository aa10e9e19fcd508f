package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.BitwiseOperators;
import org.jposh.interpreter.runtime.BitwiseOperators.Operator;

/** {@code -band -bor -bxor -shl -shr}; two ints stay ints, shift counts masked to 5 bits as in C#. */
public abstract class BitwiseNode extends BinaryNode {
    private final Operator operator;

    protected BitwiseNode(Operator operator) {
        this.operator = operator;
    }

    @Specialization
    protected int ints(int left, int right) {
        return switch (operator) {
            case BAND -> left & right;
            case BOR -> left | right;
            case BXOR -> left ^ right;
            case SHL -> left << (right & 31);
            case SHR -> left >> (right & 31);
        };
    }

    @Fallback
    protected Object objects(Object left, Object right) {
        return BitwiseOperators.binary(operator, left, right);
    }
}
