package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ForeignObjects;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * {@code [TypeName]} as a value. The name is resolved the first time it runs, not when the script is
 * compiled, because pwsh reports an unknown type (TypeNotFound) only when the literal is reached.
 */
public final class TypeLiteralNode extends ExpressionNode {
    private final String typeName;
    @CompilationFinal private DotNetType type;

    public TypeLiteralNode(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return resolve();
    }

    /**
     * The type, resolved once; a Java class ({@code [java.io.File]}) is looked up each time instead,
     * because whether scripts may use host classes is the policy of each context sharing this code.
     */
    public DotNetType resolve() {
        if (type == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            DotNetType known = TypeResolver.tryResolve(typeName, List.of());
            if (known == null) {
                return hostClass();
            }
            type = known;
        }
        return type;
    }

    @TruffleBoundary
    private DotNetType hostClass() {
        DotNetType hostClass = ForeignObjects.lookupHostClass(PoshContext.get(this).env(), typeName);
        if (hostClass == null) {
            throw TypeResolver.typeNotFound(typeName);
        }
        return hostClass;
    }
}
