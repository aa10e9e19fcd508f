package org.jposh.interpreter.nodes.variables;

import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.Map;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.UsingExpressions;

/**
 * {@code $using:x}: the value the caller of Invoke-Command sent for this expression's key (see
 * {@link UsingExpressions}); outside such an invocation, pwsh's UsingWithoutInvokeCommand error.
 */
public final class UsingExpressionNode extends ExpressionNode {
    private final String key;

    public UsingExpressionNode(String key) {
        this.key = key;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return lookup(ScriptBlockRootNode.context(frame).usingValues());
    }

    @TruffleBoundary
    private Object lookup(Map<String, Object> values) {
        if (values == null || !values.containsKey(key)) {
            throw UsingExpressions.withoutInvokeCommand();
        }
        return values.get(key);
    }
}
