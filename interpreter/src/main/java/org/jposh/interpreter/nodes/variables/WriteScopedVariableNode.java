package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;

/** A qualified variable assignment: {@code $script:count = 1}, {@code $env:X = 'y'}, ... */
public final class WriteScopedVariableNode extends AssignmentTargetNode {
    private final ScopeQualifier qualifier;
    private final String name;

    public WriteScopedVariableNode(ScopeQualifier qualifier, String name) {
        this.qualifier = qualifier;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        qualifier.write(PoshContext.get(this).sessionState(), ScriptBlockRootNode.scope(frame), name, value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return qualifier.read(PoshContext.get(this).sessionState(), ScriptBlockRootNode.scope(frame), name);
    }
}
