package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The argument of a command called as if it were a method, {@code f(1, 2)}: a parenthesized list right
 * after the name, which passes one array. Strict mode 2 and later make it an error, checked when the
 * command runs because strict mode can change between runs, as pwsh checks it.
 */
public final class MethodSyntaxArgumentNode extends ExpressionNode {
    @Child private ExpressionNode argument;

    public MethodSyntaxArgumentNode(ExpressionNode argument) {
        this.argument = argument;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        check(ScriptBlockRootNode.scope(frame));
        return argument.executeGeneric(frame);
    }

    @TruffleBoundary
    private static void check(SessionStateScope scope) {
        if (scope.isStrictVersion(2)) {
            throw new PSRuntimeException("StrictModeFunctionCallWithParens", ErrorCategory.InvalidOperation,
                    "The function or command was called as if it were a method. Parameters should be separated by "
                            + "spaces. For information about parameters, see the about_Parameters Help topic.");
        }
    }
}
