package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.MatchOperators;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code -match -notmatch} and their {@code -c}/{@code -i} forms. A scalar that matches sets
 * {@code $Matches} in the current scope, as pwsh does (so a function's match does not leak to its caller).
 */
public abstract class MatchNode extends BinaryNode {
    private final boolean not;
    private final boolean ignoreCase;

    protected MatchNode(boolean not, boolean ignoreCase) {
        this.not = not;
        this.ignoreCase = ignoreCase;
    }

    @Specialization
    protected Object match(VirtualFrame frame, Object left, Object right) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        return MatchOperators.match(left, right, ignoreCase, not, matches -> scope.set("Matches", matches));
    }
}
