package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;

/** A qualified variable read: {@code $global:x}, {@code $env:PATH}, ... */
public final class ReadScopedVariableNode extends ExpressionNode {
    private final ScopeQualifier qualifier;
    private final String name;

    public ReadScopedVariableNode(ScopeQualifier qualifier, String name) {
        this.qualifier = qualifier;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return qualifier.read(PoshContext.get(this).sessionState(), ScriptBlockRootNode.scope(frame), name);
    }
}
