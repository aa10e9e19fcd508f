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
 * qualifier on the name ({@code function global:f}) picks the scope instead, as pwsh's function lookup
 * path does; {@code private:} defines it in the current scope, without hiding it from child scopes.
 */
public final class FunctionDefinitionNode extends StatementNode {
    private final String name;
    private final ScopeQualifier qualifier;
    private final CompiledScriptBlock code;
    private final boolean isFilter;

    public FunctionDefinitionNode(String name, CompiledScriptBlock code, boolean isFilter) {
        int colon = name.indexOf(':');
        ScopeQualifier prefix = colon > 0 ? ScopeQualifier.of(name.substring(0, colon)) : null;
        boolean scoped = prefix == ScopeQualifier.GLOBAL || prefix == ScopeQualifier.SCRIPT
                || prefix == ScopeQualifier.LOCAL || prefix == ScopeQualifier.PRIVATE;
        this.name = scoped ? name.substring(colon + 1) : name;
        this.qualifier = scoped ? prefix : ScopeQualifier.LOCAL;
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
        qualifier.scope(context.sessionState(), scope)
                .setFunction(new FunctionInfo(name, isFilter ? body.asFilter() : body));
    }
}
