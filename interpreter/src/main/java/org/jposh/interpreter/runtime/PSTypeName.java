package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;
import org.jposh.interpreter.PoshContext;

/**
 * System.Management.Automation.PSTypeName: a type by name, resolved when asked. Scripts test whether a type exists
 * with it ({@code ([System.Management.Automation.PSTypeName]'My.Type').Type}: the type, or $null when there is none).
 */
public record PSTypeName(String name, DotNetType knownType) implements DotNetTyped {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSTypeName", PSTypeName.class,
            PSTypeName::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    /** The type the name resolves to now (among the session's classes too), or null. */
    public DotNetType type() {
        if (knownType != null) {
            return knownType;
        }
        PoshContext context = PoshContext.get(null);
        return TypeResolver.tryResolve(name, List.of(), context.sessionState().types());
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return name;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new PSTypeName(LanguagePrimitives.toStringValue(a[0]), null),
                param("name", CoreTypes.STRING));
        b.constructor((t, a) -> new PSTypeName(((DotNetType) a[0]).fullName(), (DotNetType) a[0]),
                param("type", CoreTypes.TYPE));
        b.property("Name", CoreTypes.STRING, t -> ((PSTypeName) t).name);
        b.property("Type", CoreTypes.TYPE, t -> ((PSTypeName) t).type());
    }
}
