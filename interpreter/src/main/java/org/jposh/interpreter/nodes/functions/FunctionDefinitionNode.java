package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code function name { ... }} and {@code filter name { ... }}: defines the function in the current
 * scope when the statement runs, as pwsh does (not before), replacing one of the same name.
 */
public final class FunctionDefinitionNode extends StatementNode {
    private final String name;
    private final CompiledScriptBlock code;
    private final boolean isFilter;

    public FunctionDefinitionNode(String name, CompiledScriptBlock code, boolean isFilter) {
        this.name = name;
        this.code = code;
        this.isFilter = isFilter;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        define(ScriptBlockRootNode.context(frame), ScriptBlockRootNode.scope(frame));
    }

    @TruffleBoundary
    private void define(PoshContext context, SessionStateScope scope) {
        ScriptBlock body = new ScriptBlock(code, context.sessionState());
        scope.setFunction(new FunctionInfo(name, isFilter ? body.asFilter() : body));
    }
}
