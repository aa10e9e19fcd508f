package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.SessionStateScope;

/** A qualified variable read: {@code $global:x}, {@code $env:PATH}, ... */
public final class ReadScopedVariableNode extends ExpressionNode {
    private final ScopeQualifier qualifier;
    private final String name;
    private final String userPath;
    private final boolean inExpandableString;

    /**
     * @param userPath           the variable as written ({@code script:x}), for strict mode's error
     * @param inExpandableString whether the variable is written inside an expandable string
     */
    public ReadScopedVariableNode(ScopeQualifier qualifier, String name, String userPath, boolean inExpandableString) {
        this.qualifier = qualifier;
        this.name = name;
        this.userPath = userPath;
        this.inExpandableString = inExpandableString;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return read(this, frame, qualifier, name, userPath, inExpandableString);
    }

    /** The qualified variable's value; one that is not set is $null or strict mode's error. */
    static Object read(Node node, VirtualFrame frame, ScopeQualifier qualifier, String name, String userPath,
                       boolean inExpandableString) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        Object value = qualifier.read(ScriptBlockRootNode.context(frame).sessionState(), scope, name);
        return value != SessionStateScope.UNSET ? value
                : ReadVariableNode.undefined(node, scope, userPath, inExpandableString);
    }
}
