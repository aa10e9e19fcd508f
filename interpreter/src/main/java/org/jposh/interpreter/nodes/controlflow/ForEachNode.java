package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.nodes.variables.AssignmentTargetNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code foreach ($x in elements) {...}}: the elements are computed once, then each is assigned to the
 * variable in the current scope (where it stays after the loop) and the body runs.
 */
public final class ForEachNode extends StatementNode {
    @Child private CursorNode elements;
    @Child private LoopNode loop;

    public ForEachNode(String label, AssignmentTargetNode variable, CursorNode elements, StatementNode body) {
        this.elements = elements;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(label, variable, body));
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        ElementCursor cursor = elements.executeCursor(frame);
        try {
            ((Body) loop.getRepeatingNode()).setState(frame, new LoopState(output, cursor));
            loop.execute(frame);
        } finally {
            cursor.close();
        }
    }

    private static final class Body extends LoopBodyNode {
        @Child private AssignmentTargetNode variable;
        @Child private StatementNode body;

        Body(String label, AssignmentTargetNode variable, StatementNode body) {
            super(label);
            this.variable = variable;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            LoopState state = (LoopState) state(frame);
            if (!state.cursor().hasNext()) {
                return false;
            }
            variable.assign(frame, state.cursor().next());
            return runBody(frame, body, state.output());
        }
    }
}
