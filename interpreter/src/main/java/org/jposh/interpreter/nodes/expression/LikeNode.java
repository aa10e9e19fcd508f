package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.MatchOperators;

/** {@code -like -notlike} and their {@code -c}/{@code -i} forms. */
public abstract class LikeNode extends BinaryNode {
    private final boolean not;
    private final boolean ignoreCase;

    protected LikeNode(boolean not, boolean ignoreCase) {
        this.not = not;
        this.ignoreCase = ignoreCase;
    }

    @Specialization
    protected Object like(Object left, Object right) {
        return MatchOperators.like(left, right, ignoreCase, not);
    }
}
