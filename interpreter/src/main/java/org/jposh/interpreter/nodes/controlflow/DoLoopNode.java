package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code do {...} while (c)} and {@code do {...} until (c)}: the body runs first, then again while the
 * condition holds (until it holds); {@code continue} goes on with the condition.
 */
public final class DoLoopNode extends StatementNode {
    @Child private LoopNode loop;

    /** @param until whether the loop is {@code do ... until} */
    public DoLoopNode(String label, StatementNode body, ConditionNode condition, boolean until) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(label, body, condition, until));
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        ((Body) loop.getRepeatingNode()).setState(frame, output);
        loop.execute(frame);
    }

    private static final class Body extends LoopBodyNode {
        @Child private StatementNode body;
        @Child private ConditionNode condition;
        private final boolean until;

        Body(String label, StatementNode body, ConditionNode condition, boolean until) {
            super(label);
            this.body = body;
            this.condition = condition;
            this.until = until;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return runBody(frame, body, (Pipe) state(frame)) && condition.executeBoolean(frame) != until;
        }
    }
}
