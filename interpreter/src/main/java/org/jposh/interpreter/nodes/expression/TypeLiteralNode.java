package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ForeignObjects;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * {@code [TypeName]} as a value. The name is resolved the first time it runs, not when the script is
 * compiled, because pwsh reports an unknown type (TypeNotFound) only when the literal is reached, positioned
 * on the literal.
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

    /**
     * The type, resolved once; a Java class ({@code [java.io.File]}) is looked up each time instead,
     * because whether scripts may use host classes is the policy of each context sharing this code.
     */
    public DotNetType resolve() {
        if (type == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            DotNetType known = TypeResolver.tryResolve(typeName, usingNamespaces, scriptTypes,
                    PoshContext.get(this).sessionState().types());
            if (known == null || known.isJavaType()) {
                return hostClass(known);
            }
            type = known;
        }
        return type;
    }

    /**
     * A Java class, when the context lets scripts use host classes: resolved with its Java members when
     * the language can load it ({@code known}), otherwise through the host's class lookup.
     */
    @TruffleBoundary
    private DotNetType hostClass(DotNetType known) {
        TruffleLanguage.Env env = PoshContext.get(this).env();
        if (known != null && env.isHostLookupAllowed()) {
            return known;
        }
        DotNetType hostClass = ForeignObjects.lookupHostClass(env, typeName);
        if (hostClass == null) {
            throw new PoshException(TypeResolver.typeNotFound(typeName).toErrorRecord(extent()), this);
        }
        return hostClass;
    }
}
