package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.RUNTIME_TYPE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/** The members of a type object ({@code [int].FullName}, {@code $x.GetType().Name}). */
final class TypeMembers {
    private TypeMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.property("Name", STRING, t -> ((DotNetType) t).name());
        b.property("FullName", STRING, t -> ((DotNetType) t).fullName());
        b.property("Namespace", STRING, t -> ((DotNetType) t).namespace());
        b.property("BaseType", RUNTIME_TYPE, t -> ((DotNetType) t).baseType());
        b.property("IsArray", BOOLEAN, t -> ((DotNetType) t).isArray());
        b.property("IsValueType", BOOLEAN, t -> ((DotNetType) t).isValueType());
        b.property("IsEnum", BOOLEAN, t -> ((DotNetType) t).enumType() != null);
        b.property("IsGenericType", BOOLEAN, t -> !((DotNetType) t).genericArguments().isEmpty()
                || ((DotNetType) t).isGenericTypeDefinition());
        b.method("GetElementType", RUNTIME_TYPE, (t, a) -> ((DotNetType) t).elementType());
        b.method("GetGenericArguments", RUNTIME_TYPE.arrayType(), (t, a) -> ((DotNetType) t).genericArguments()
                .toArray(DotNetType[]::new));
        b.property("GenericTypeArguments", RUNTIME_TYPE.arrayType(), t -> ((DotNetType) t).genericArguments()
                .toArray(DotNetType[]::new));
        b.method("IsInstanceOfType", BOOLEAN, (t, a) -> ((DotNetType) t).isInstance(PSObject.base(a[0])),
                param("o", OBJECT));
        b.method("IsAssignableFrom", BOOLEAN, (t, a) -> a[0] != null && ((DotNetType) t).isAssignableFrom(
                (DotNetType) a[0]), param("c", RUNTIME_TYPE));
        b.method("ToString", STRING, (t, a) -> t.toString());
        Reflection.defineTypeMembers(b);
    }
}
