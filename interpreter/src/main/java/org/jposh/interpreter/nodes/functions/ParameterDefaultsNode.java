package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.List;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PositionalSignature;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * Gives the parameters the binder left unbound their values, in declaration order: the default
 * expression when there is one (evaluated in the function's scope, so it can use earlier
 * parameters), otherwise $null converted to the parameter's type (0 for [int], "" for [string],
 * $false for [switch]). As in pwsh, the value is not validated, but the variable keeps the parameter's
 * validations, so a later assignment in the body is checked.
 */
public final class ParameterDefaultsNode extends StatementNode {
    private final ScopeLayout layout;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @CompilationFinal(dimensions = 1) private final int[] slots;
    @CompilationFinal(dimensions = 1) private final DotNetType[] types;
    @Children private final ExpressionNode[] defaults;
    @CompilationFinal(dimensions = 1) private final List<ParameterValidation>[] validations;

    /**
     * @param layout     the layout of the function's scopes, where {@code parameters}' slots are
     * @param parameters the parameters and their slots
     * @param defaults   each default or null
     * @param validations each parameter's validation attributes
     */
    public ParameterDefaultsNode(ScopeLayout layout, PositionalSignature parameters, ExpressionNode[] defaults,
                                 List<ParameterValidation>[] validations) {
        this.layout = layout;
        this.names = parameters.names();
        this.slots = parameters.slots();
        this.types = parameters.types();
        this.defaults = defaults;
        this.validations = validations;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        // A dot-sourced block's parameters are variables of the caller's scope, found by name.
        boolean own = scope.layout() == layout;
        for (int i = 0; i < names.length; i++) {
            if (own ? scope.slots()[slots[i]] == SessionStateScope.UNSET : isUnbound(scope, names[i])) {
                Object value = defaults[i] == null ? null : defaults[i].executeGeneric(frame);
                define(scope, own ? slots[i] : -1, names[i], types[i], value, validations[i]);
            }
        }
    }

    @TruffleBoundary
    private static boolean isUnbound(SessionStateScope scope, String name) {
        return scope.getLocal(name) == SessionStateScope.UNSET;
    }

    /** @param slot the variable's slot, or -1 to set it by name */
    @TruffleBoundary
    private static void define(SessionStateScope scope, int slot, String name, DotNetType type, Object value,
                               List<ParameterValidation> validations) {
        // pwsh leaves an enum parameter given neither a value nor a default $null
        boolean enumWithoutValue = value == null && type != null && type.enumType() != null;
        scope.bindParameter(slot, name, enumWithoutValue ? null : type, value);
        if (!validations.isEmpty()) {
            scope.getLocalVariable(name).useParameterValidations(validations);
        }
    }
}
