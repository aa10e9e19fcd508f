package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A clause written as a script block, {@code { $_ -gt 5 }}: it matches when the block's output is true.
 * As in pwsh, the block runs in a child scope with {@code $_} set to the element, so variables it
 * assigns do not outlive the test.
 */
public final class SwitchScriptBlockTestNode extends SwitchTestNode {
    @Child private ExpressionNode block;

    public SwitchScriptBlockTestNode(ExpressionNode block) {
        this.block = block;
    }

    @Override
    boolean executeTest(VirtualFrame frame) {
        Object element = SessionStateScope.valueOf(LoopBodyNode.dollarUnderSlot(frame));
        return test((ScriptCallable) block.executeGeneric(frame), element == SessionStateScope.UNSET ? null : element);
    }

    @TruffleBoundary
    private static boolean test(ScriptCallable condition, Object element) {
        return LanguagePrimitives.isTrue(condition.invoke(null, element, new Object[0]));
    }
}
