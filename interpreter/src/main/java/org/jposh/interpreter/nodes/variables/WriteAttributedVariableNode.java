package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.VariableAttributes;

/**
 * {@code [int]$x = value}, {@code [ValidateRange(1,5)]$x = value}: gives the variable of the scope its
 * attributes, so that later plain assignments convert to the type and pass the validations too. As in
 * pwsh, a variable the scope has already keeps its options and must be writable; a new one is made.
 */
public final class WriteAttributedVariableNode extends AssignmentTargetNode {
    private final ScopeQualifier qualifier;
    private final String name;
    private final VariableAttributes attributes;
    @Child private ExpressionNode reader;

    /** @param qualifier the variable's scope qualifier, or null for the current scope */
    public WriteAttributedVariableNode(ScopeQualifier qualifier, String name, VariableAttributes attributes,
                                       ExpressionNode reader) {
        this.qualifier = qualifier;
        this.name = name;
        this.attributes = attributes;
        this.reader = reader;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        define(ScriptBlockRootNode.context(frame).sessionState(), ScriptBlockRootNode.scope(frame), value);
    }

    @TruffleBoundary
    private void define(SessionState sessionState, SessionStateScope current, Object value) {
        SessionStateScope scope = qualifier == null ? current : qualifier.scope(sessionState, current);
        PSVariable existing = scope.getLocalVariable(name);
        if (existing != null) {
            existing.redefine(attributes, value);
        } else {
            scope.setVariable(PSVariable.define(name, attributes, value));
        }
    }

    @Override
    public Object read(VirtualFrame frame) {
        return reader.executeGeneric(frame);
    }
}
