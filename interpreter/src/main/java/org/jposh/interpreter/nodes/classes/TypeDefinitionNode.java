package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptClass;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A {@code class} or {@code enum} statement. The compiler has made the type already (the script's own
 * type literals resolve to it wherever they are); running the statement makes it known to the
 * session, so that commands run later find it by name ({@code New-Object Point}, the next line typed).
 */
public final class TypeDefinitionNode extends StatementNode {
    private final DotNetType type;
    private final ScriptClass scriptClass;

    /** @param scriptClass the class the type stands for, or null for an enum */
    public TypeDefinitionNode(DotNetType type, ScriptClass scriptClass) {
        this.type = type;
        this.scriptClass = scriptClass;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        register(ScriptBlockRootNode.scope(frame).moduleScope());
    }

    /** @param moduleScope the scope of the module whose code defines the type, or null */
    @TruffleBoundary
    private void register(SessionStateScope moduleScope) {
        if (scriptClass != null && moduleScope != null) {
            scriptClass.setModuleScope(moduleScope);
        }
        PoshContext.get(this).sessionState().types().add(type, scriptClass);
    }
}
