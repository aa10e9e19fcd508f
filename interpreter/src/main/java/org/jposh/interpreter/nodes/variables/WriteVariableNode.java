package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.AllScopeNames;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code $name = ...}: sets the variable in the current scope, in its slot when the scope is the
 * block's own; a variable that is already a {@link PSVariable} there (typed, read-only) assigns
 * through it, and so does a typed parameter's plain value, once the scope has made it one. The first value
 * of a variable whose name some AllScope variable has goes by name, so that the scope shares that variable.
 */
public final class WriteVariableNode extends AssignmentTargetNode {
    private final String name;
    private final ScopeLayout layout;
    @CompilationFinal private int slot = VariableSlots.UNRESOLVED;
    /** Whether the slot is a typed parameter's, whose plain value stands for a constrained variable. */
    @CompilationFinal private boolean typedParameter;
    /** Whether a variable of this name may be AllScope, so that the slot's first value must go by name. */
    @CompilationFinal private boolean allScopeName;
    @CompilationFinal private Assumption allScopeNamesUnchanged;
    @Child private ReadVariableNode reader;

    public WriteVariableNode(String name, ScopeLayout layout) {
        this.name = name;
        this.layout = layout;
        this.reader = new ReadVariableNode(name, layout, false);
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        if (slot == VariableSlots.UNRESOLVED || !allScopeNamesUnchanged.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            slot = layout.indexOf(name);
            typedParameter = slot >= 0 && layout.parameterType(slot) != null;
            allScopeNamesUnchanged = AllScopeNames.unchanged();
            allScopeName = AllScopeNames.contains(name);
        }
        if (slot >= 0 && (slot < ScopeLayout.AUTOMATIC_SLOTS || scope.layout() == layout)) {
            Object[] slots = scope.slots();
            Object raw = slots[slot];
            if (raw instanceof PSVariable variable) {
                if (variable.trySetDirectly(value)) {
                    return;
                }
            } else if (!typedParameter && !(value instanceof PSVariable)
                    && !(allScopeName && raw == SessionStateScope.UNSET)) {
                slots[slot] = value;
                return;
            }
        }
        assignByName(scope, value);
    }

    @TruffleBoundary
    private void assignByName(SessionStateScope scope, Object value) {
        scope.set(name, value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return reader.executeGeneric(frame);
    }
}
