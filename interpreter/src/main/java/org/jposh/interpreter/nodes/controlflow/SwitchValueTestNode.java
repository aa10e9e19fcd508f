package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.SwitchOperators;

/**
 * A clause written as a value ({@code 'a'}, {@code 5}, {@code $x}, {@code '^\d+$'} with -Regex), compared
 * with {@code $_} by {@link SwitchOperators#clauseMatches}; a regular expression match sets {@code $Matches}
 * in the current scope.
 */
public final class SwitchValueTestNode extends SwitchTestNode {
    @Child private ExpressionNode value;
    private final boolean regex;
    private final boolean wildcard;
    private final boolean caseSensitive;

    public SwitchValueTestNode(ExpressionNode value, boolean regex, boolean wildcard, boolean caseSensitive) {
        this.value = value;
        this.regex = regex;
        this.wildcard = wildcard;
        this.caseSensitive = caseSensitive;
    }

    @Override
    boolean executeTest(VirtualFrame frame) {
        Object clause = value.executeGeneric(frame);
        Object element = SessionStateScope.valueOf(LoopBodyNode.dollarUnderSlot(frame));
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        try {
            return SwitchOperators.clauseMatches(clause, element, regex, wildcard, caseSensitive,
                    matches -> scope.set("Matches", matches));
        } catch (PSRuntimeException e) {
            throw new PoshException(e.toErrorRecord(extent()), this);
        }
    }
}
