package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/** {@code if (c) {...} elseif (c) {...} else {...}}: the first clause whose condition holds runs, else the else block. */
public final class IfNode extends StatementNode {
    @Children private final ConditionNode[] conditions;
    @Children private final StatementNode[] bodies;
    @Child private StatementNode elseBody;
    @CompilationFinal(dimensions = 1) private final CountingConditionProfile[] taken;

    /** @param elseBody the else block, or null */
    public IfNode(ConditionNode[] conditions, StatementNode[] bodies, StatementNode elseBody) {
        this.conditions = conditions;
        this.bodies = bodies;
        this.elseBody = elseBody;
        this.taken = new CountingConditionProfile[conditions.length];
        for (int i = 0; i < taken.length; i++) {
            taken[i] = CountingConditionProfile.create();
        }
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        for (int i = 0; i < conditions.length; i++) {
            if (taken[i].profile(conditions[i].executeBoolean(frame))) {
                bodies[i].execute(frame, output);
                return;
            }
        }
        if (elseBody != null) {
            elseBody.execute(frame, output);
        }
    }
}
