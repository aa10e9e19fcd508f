package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.ScriptBlock;

/** {@code { ... }} as a value: a ScriptBlock of the code compiled with the enclosing script. */
public final class ScriptBlockExpressionNode extends ExpressionNode {
    private final CompiledScriptBlock code;

    public ScriptBlockExpressionNode(CompiledScriptBlock code) {
        this.code = code;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new ScriptBlock(code, ScriptBlockRootNode.context(frame).sessionState(), ScriptBlockRootNode.scope(frame));
    }
}
