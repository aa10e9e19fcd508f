package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSReference;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code [ref]$name}: a reference to the variable itself, so that a method's out or ref parameter
 * ({@code [int]::TryParse('5', [ref]$n)}) and {@code $r.Value = x} set the variable. As in pwsh the
 * variable must exist.
 */
public final class VariableReferenceNode extends ExpressionNode {
    private final String name;

    public VariableReferenceNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return reference(ScriptBlockRootNode.scope(frame));
    }

    @TruffleBoundary
    private Object reference(SessionStateScope scope) {
        PSVariable variable = scope.getVariable(name);
        if (variable == null) {
            throw new PSRuntimeException("NonExistingVariableReference", ErrorCategory.InvalidOperation,
                    "[ref] cannot be applied to a variable that does not exist.");
        }
        return new VariableReference(variable);
    }

    /** A PSReference whose Value is the variable's current value. */
    private static final class VariableReference extends PSReference {
        private final PSVariable variable;

        VariableReference(PSVariable variable) {
            super(null);
            this.variable = variable;
        }

        @Override
        public Object getValue() {
            return variable.getValue();
        }

        @Override
        public void setValue(Object value) {
            variable.setValue(LanguagePrimitives.automationNullToNull(value));
        }
    }
}
