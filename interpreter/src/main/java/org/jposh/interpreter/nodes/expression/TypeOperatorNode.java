package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.interpreter.runtime.TypeOperators;

/** {@code -is -isnot -as}: the right operand is a type or a type name. */
public abstract class TypeOperatorNode extends BinaryNode {
    private final TokenKind operator;

    /** @param operator IS, IS_NOT or AS */
    protected TypeOperatorNode(TokenKind operator) {
        this.operator = operator;
    }

    @Specialization
    protected Object apply(Object left, Object right) {
        return switch (operator) {
            case IS -> TypeOperators.is(left, right);
            case IS_NOT -> TypeOperators.isNot(left, right);
            default -> TypeOperators.as(left, right);
        };
    }
}
