package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code while (c) {...}} and {@code for (init; c; iter) {...}}: the initializer runs once, then while
 * the condition holds (always, when there is none) the body runs and then the iterator; {@code continue}
 * goes on with the iterator. The initializer's and iterator's output is discarded, as in pwsh.
 */
public final class WhileNode extends StatementNode {
    @Child private StatementNode initializer;
    @Child private LoopNode loop;

    /** Any of initializer, condition and iterator may be null. */
    public WhileNode(String label, StatementNode initializer, ConditionNode condition, StatementNode body,
                     StatementNode iterator) {
        this.initializer = initializer;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(label, condition, body, iterator));
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        if (initializer != null) {
            initializer.executeValue(frame);
        }
        ((Body) loop.getRepeatingNode()).setState(frame, output);
        loop.execute(frame);
    }

    private static final class Body extends LoopBodyNode {
        @Child private ConditionNode condition;
        @Child private StatementNode body;
        @Child private StatementNode iterator;

        Body(String label, ConditionNode condition, StatementNode body, StatementNode iterator) {
            super(label);
            this.condition = condition;
            this.body = body;
            this.iterator = iterator;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (condition != null && !condition.executeBoolean(frame)) {
                return false;
            }
            if (!runBody(frame, body, (Pipe) state(frame))) {
                return false;
            }
            if (iterator != null) {
                iterator.executeValue(frame);
            }
            return true;
        }
    }
}
