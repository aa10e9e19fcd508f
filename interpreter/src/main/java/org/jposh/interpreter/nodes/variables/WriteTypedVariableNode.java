package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code [int]$x = value}: makes the variable type-constrained in its scope, so later plain
 * assignments convert to the type too.
 */
public final class WriteTypedVariableNode extends AssignmentTargetNode {
    private final ScopeQualifier qualifier;
    private final String name;
    private final DotNetType type;
    @Child private ExpressionNode reader;

    /** @param qualifier the variable's scope qualifier, or null for the current scope */
    public WriteTypedVariableNode(ScopeQualifier qualifier, String name, DotNetType type,
                                  ExpressionNode reader) {
        this.qualifier = qualifier;
        this.name = name;
        this.type = type;
        this.reader = reader;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        define(ScriptBlockRootNode.context(frame).sessionState(), ScriptBlockRootNode.scope(frame), value);
    }

    @TruffleBoundary
    private void define(SessionState sessionState, SessionStateScope current, Object value) {
        SessionStateScope scope = qualifier == null ? current : qualifier.scope(sessionState, current);
        scope.setVariable(PSVariable.constrained(name, type, value));
    }

    @Override
    public Object read(VirtualFrame frame) {
        return reader.executeGeneric(frame);
    }
}
