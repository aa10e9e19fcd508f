package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * Gives the parameters the binder left unbound their values, in declaration order: the default
 * expression when there is one (evaluated in the function's scope, so it can use earlier
 * parameters), otherwise $null converted to the parameter's type (0 for [int], "" for [string],
 * $false for [switch]).
 */
public final class ParameterDefaultsNode extends StatementNode {
    @CompilationFinal(dimensions = 1) private final String[] names;
    @CompilationFinal(dimensions = 1) private final DotNetType[] types;
    @Children private final ExpressionNode[] defaults;

    /** @param types each parameter's declared type or null; @param defaults each default or null */
    public ParameterDefaultsNode(String[] names, DotNetType[] types, ExpressionNode[] defaults) {
        this.names = names;
        this.types = types;
        this.defaults = defaults;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        for (int i = 0; i < names.length; i++) {
            if (isUnbound(scope, names[i])) {
                Object value = defaults[i] == null ? null : defaults[i].executeGeneric(frame);
                define(scope, names[i], types[i], value);
            }
        }
    }

    @TruffleBoundary
    private static boolean isUnbound(SessionStateScope scope, String name) {
        return scope.getLocal(name) == SessionStateScope.UNSET;
    }

    @TruffleBoundary
    private static void define(SessionStateScope scope, String name, DotNetType type, Object value) {
        if (type == null) {
            scope.set(name, value);
        } else if (value == null && type.enumType() != null) {
            // pwsh leaves an enum parameter given neither a value nor a default $null
            scope.set(name, null);
        } else {
            scope.setVariable(PSVariable.constrained(name, type, value));
        }
    }
}
