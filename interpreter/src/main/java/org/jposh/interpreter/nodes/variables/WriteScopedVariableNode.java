package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;

/** A qualified variable assignment: {@code $script:count = 1}, {@code $env:X = 'y'}, ... */
public final class WriteScopedVariableNode extends AssignmentTargetNode {
    private final ScopeQualifier qualifier;
    private final String name;
    private final String userPath;

    /** @param userPath the variable as written ({@code script:x}), for strict mode's error when it is read */
    public WriteScopedVariableNode(ScopeQualifier qualifier, String name, String userPath) {
        this.qualifier = qualifier;
        this.name = name;
        this.userPath = userPath;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        qualifier.write(ScriptBlockRootNode.context(frame).sessionState(), ScriptBlockRootNode.scope(frame), name, value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return ReadScopedVariableNode.read(this, frame, qualifier, name, userPath, false);
    }
}
