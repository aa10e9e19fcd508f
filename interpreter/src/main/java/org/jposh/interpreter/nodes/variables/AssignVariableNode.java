package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/** {@code $name = statement}: sets the variable in the current scope; an assignment outputs nothing. */
public final class AssignVariableNode extends StatementNode {
    private final String name;
    @Child private StatementNode value;

    public AssignVariableNode(String name, StatementNode value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        assign(ScriptBlockRootNode.scope(frame), value.executeValue(frame));
    }

    @TruffleBoundary
    private void assign(SessionStateScope scope, Object newValue) {
        scope.set(name, newValue);
    }
}
