package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code switch (value) { clauses }}: for each element of the value (or line of the file of -File),
 * {@code $_} is set to the element and every clause that matches runs, in order; {@code default} runs
 * when none did. {@code break} leaves the switch, {@code continue} goes on with the next element.
 * {@code $_} gets its previous value back afterwards, as in pwsh.
 */
public final class SwitchNode extends StatementNode {
    @Child private CursorNode elements;
    @Child private LoopNode loop;

    /** @param defaultBody the default clause, or null */
    public SwitchNode(String label, CursorNode elements, SwitchTestNode[] tests, StatementNode[] bodies,
                      StatementNode defaultBody) {
        this.elements = elements;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(label, new Clauses(tests, bodies, defaultBody)));
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        Object savedUnder = LoopBodyNode.dollarUnderSlot(frame);
        ElementCursor cursor = elements.executeCursor(frame);
        try {
            ((Body) loop.getRepeatingNode()).setState(frame, new LoopState(output, cursor));
            loop.execute(frame);
        } finally {
            cursor.close();
            LoopBodyNode.restoreDollarUnderSlot(frame, savedUnder);
        }
    }

    private static final class Body extends LoopBodyNode {
        @Child private Clauses clauses;

        Body(String label, Clauses clauses) {
            super(label);
            this.clauses = clauses;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            LoopState state = (LoopState) state(frame);
            if (!state.cursor().hasNext()) {
                return false;
            }
            setDollarUnder(frame, state.cursor().next());
            return runBody(frame, clauses, state.output());
        }
    }

    /** The clauses run against one element. */
    private static final class Clauses extends StatementNode {
        @Children private final SwitchTestNode[] tests;
        @Children private final StatementNode[] bodies;
        @Child private StatementNode defaultBody;

        Clauses(SwitchTestNode[] tests, StatementNode[] bodies, StatementNode defaultBody) {
            this.tests = tests;
            this.bodies = bodies;
            this.defaultBody = defaultBody;
        }

        @Override
        @ExplodeLoop
        public void execute(VirtualFrame frame, Pipe output) {
            boolean matched = false;
            for (int i = 0; i < tests.length; i++) {
                if (tests[i].executeTest(frame)) {
                    matched = true;
                    bodies[i].execute(frame, output);
                }
            }
            if (!matched && defaultBody != null) {
                defaultBody.execute(frame, output);
            }
        }
    }
}
