package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.SessionStateScope;

/** {@code $name}: looked up through the dynamic scope chain; a variable never set reads as $null. */
public final class ReadVariableNode extends ExpressionNode {
    private final String name;

    public ReadVariableNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return read(ScriptBlockRootNode.scope(frame));
    }

    @TruffleBoundary
    private Object read(SessionStateScope scope) {
        return scope.get(name);
    }
}
