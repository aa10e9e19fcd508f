package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code $name}: a variable the block assigns is read from its slot in the block's own scope; until
 * it is set there, and for every other variable, the scopes are searched outward by name. A variable
 * never set reads as $null.
 */
public final class ReadVariableNode extends ExpressionNode {
    private final String name;
    private final ScopeLayout layout;
    @CompilationFinal private int slot = VariableSlots.UNRESOLVED;

    /** @param layout the layout of the block this node belongs to */
    public ReadVariableNode(String name, ScopeLayout layout) {
        this.name = name;
        this.layout = layout;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        if (slot == VariableSlots.UNRESOLVED) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            slot = layout.indexOf(name);
        }
        if (slot >= 0 && scope.layout() == layout) {
            Object raw = scope.slots()[slot];
            if (raw != SessionStateScope.UNSET) {
                return SessionStateScope.valueOf(raw);
            }
        }
        return lookup(scope);
    }

    @TruffleBoundary
    private Object lookup(SessionStateScope scope) {
        return scope.get(name);
    }

    public String name() {
        return name;
    }
}
