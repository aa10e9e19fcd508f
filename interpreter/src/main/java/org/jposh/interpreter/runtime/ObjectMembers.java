package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.TYPE;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/** The members every object has (System.Object), and those of enums, of [ref] and of method objects. */
final class ObjectMembers {
    private ObjectMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.method("ToString", STRING, (t, a) -> LanguagePrimitives.dotNetToString(t));
        b.method("GetType", TYPE, (t, a) -> DotNetType.of(t));
        b.method("Equals", BOOLEAN, (t, a) -> a[0] != null && ComparisonOperators.objectEquals(t, PSObject.base(a[0])),
                param("obj", OBJECT));
        b.method("GetHashCode", INT32, (t, a) -> t.hashCode());
    }

    /** {@code [psobject]::new()} is an empty custom object; {@code [psobject]::new($x)} wraps $x. */
    static void definePSObject(TypeAdapter.Builder b) {
        b.constructor((t, a) -> PSObject.newCustomObject());
        b.constructor((t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("obj");
            }
            return PSObject.asPSObject(a[0]);
        }, param("obj", OBJECT));
    }

    /** [WildcardPattern]: Escape, ContainsWildcardCharacters, and a pattern matched with IsMatch (case-sensitive by default). */
    static void defineWildcardPattern(TypeAdapter.Builder b) {
        b.staticMethod("Escape", STRING, (t, a) -> WildcardPattern.escape((String) a[0]), param("pattern", STRING));
        b.staticMethod("ContainsWildcardCharacters", BOOLEAN,
                (t, a) -> WildcardPattern.containsWildcardCharacters((String) a[0]), param("pattern", STRING));
        b.constructor((t, a) -> new WildcardPattern((String) a[0], 0), param("pattern", STRING));
        b.method("IsMatch", BOOLEAN, (t, a) -> ((WildcardPattern) t).isMatch((String) a[0]), param("input", STRING));
    }

    static void definePSReference(TypeAdapter.Builder b) {
        b.property("Value", OBJECT, r -> ((PSReference) r).getValue(), (r, v) -> ((PSReference) r).setValue(v));
        b.constructor((t, a) -> new PSReference(a[0]), param("value", OBJECT));
    }

    static void definePSMethod(TypeAdapter.Builder b) {
        b.property("Name", STRING, m -> ((PSMethodInfo) m).name());
        b.property("OverloadDefinitions", STRING_ARRAY,
                m -> ((PSMethodInfo) m).overloadDefinitions().toArray(String[]::new));
        b.property("MemberType", STRING, m -> ((PSMethodInfo) m).memberType().name());
    }
}
