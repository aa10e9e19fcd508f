package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * {@code [TypeName]} as a value. The name is resolved the first time it runs, not when the script is
 * compiled, because pwsh reports an unknown type (TypeNotFound) only when the literal is reached.
 */
public final class TypeLiteralNode extends ExpressionNode {
    private final String typeName;
    private final List<String> usingNamespaces;
    @CompilationFinal private DotNetType type;

    /** @param usingNamespaces the namespaces of the script's {@code using namespace} statements */
    public TypeLiteralNode(String typeName, List<String> usingNamespaces) {
        this.typeName = typeName;
        this.usingNamespaces = usingNamespaces;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return resolve();
    }

    /** The type, resolved once. */
    public DotNetType resolve() {
        if (type == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            type = TypeResolver.resolve(typeName, usingNamespaces);
        }
        return type;
    }
}
