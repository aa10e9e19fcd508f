package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * {@code [TypeName]} as a value. The name is resolved the first time it runs, not when the script is
 * compiled, because pwsh reports an unknown type (TypeNotFound) only when the literal is reached.
 * The classes and enums of the script come first, then those the session has seen declared.
 */
public final class TypeLiteralNode extends ExpressionNode {
    private final String typeName;
    private final List<String> usingNamespaces;
    private final ScriptTypes scriptTypes;
    @CompilationFinal private DotNetType type;

    /**
     * @param usingNamespaces the namespaces of the script's {@code using namespace} statements
     * @param scriptTypes the classes and enums the script declares
     */
    public TypeLiteralNode(String typeName, List<String> usingNamespaces, ScriptTypes scriptTypes) {
        this.typeName = typeName;
        this.usingNamespaces = usingNamespaces;
        this.scriptTypes = scriptTypes;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return resolve();
    }

    /** The type, resolved once. */
    public DotNetType resolve() {
        if (type == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            type = TypeResolver.resolve(typeName, usingNamespaces, scriptTypes,
                    PoshContext.get(this).sessionState().types());
        }
        return type;
    }
}
