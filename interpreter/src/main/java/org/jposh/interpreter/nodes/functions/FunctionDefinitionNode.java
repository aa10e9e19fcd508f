package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.nodes.variables.ScopeQualifier;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code function name { ... }} and {@code filter name { ... }}: defines the function in the current
 * scope when the statement runs, as pwsh does (not before), replacing one of the same name. A scope
 * qualifier puts it elsewhere: {@code function global:f} in the global scope, {@code script:} in the
 * script's; {@code private:} keeps it from the scopes under the current one.
 */
public final class FunctionDefinitionNode extends StatementNode {
    private final ScopeQualifier qualifier;
    private final String name;
    private final CompiledScriptBlock code;
    private final boolean isFilter;

    /** @param qualifier global, script, local or private, or null for none */
    public FunctionDefinitionNode(ScopeQualifier qualifier, String name, CompiledScriptBlock code, boolean isFilter) {
        this.qualifier = qualifier;
        this.name = name;
        this.code = code;
        this.isFilter = isFilter;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        define(ScriptBlockRootNode.context(frame), ScriptBlockRootNode.scope(frame));
    }

    @TruffleBoundary
    private void define(PoshContext context, SessionStateScope current) {
        // a module's function runs in the module, even one put outside it (function global:prompt)
        ScriptBlock body = new ScriptBlock(code, context.sessionState(), current);
        SessionStateScope scope = qualifier == null ? current : qualifier.scope(context.sessionState(), current);
        FunctionInfo function = new FunctionInfo(name, isFilter ? body.asFilter() : body, null,
                qualifier == ScopeQualifier.PRIVATE);
        scope.setFunction(function);
    }
}
