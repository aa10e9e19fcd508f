package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * A clause written as a script block, {@code { $_ -gt 5 }}: it matches when the block's output is true.
 * The block's body is compiled in place and runs with {@code $_} already set to the element; unlike pwsh,
 * which calls the block in a child scope, its variables land in the switch's scope.
 */
public final class SwitchScriptBlockTestNode extends SwitchTestNode {
    @Child private StatementNode body;

    public SwitchScriptBlockTestNode(StatementNode body) {
        this.body = body;
    }

    @Override
    boolean executeTest(VirtualFrame frame) {
        CollectingPipe output = new CollectingPipe();
        try {
            body.execute(frame, output);
        } catch (ReturnException e) {
            // return leaves the block only: what it wrote is the block's result
        }
        return LanguagePrimitives.isTrue(output.result());
    }
}
