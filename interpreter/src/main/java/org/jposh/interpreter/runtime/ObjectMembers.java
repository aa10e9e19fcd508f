package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.PS_MEMBER_INFO_COLLECTION;
import static org.jposh.interpreter.runtime.CoreTypes.PS_OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.SCRIPT_BLOCK;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.TYPE;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
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
        b.staticMethod("Equals", BOOLEAN, (t, a) -> a[0] == null ? a[1] == null
                : a[1] != null && ComparisonOperators.objectEquals(PSObject.base(a[0]), PSObject.base(a[1])),
                param("objA", OBJECT), param("objB", OBJECT));
        b.staticMethod("ReferenceEquals", BOOLEAN, (t, a) -> referenceEquals(PSObject.base(a[0]), PSObject.base(a[1])),
                param("objA", OBJECT), param("objB", OBJECT));
    }

    /**
     * A value type's value is boxed anew for each argument in .NET, so two of them are never the same
     * reference, even where Java shares boxes (small integers).
     */
    private static boolean referenceEquals(Object a, Object b) {
        return a == b && (a == null || !DotNetType.of(a).isValueType());
    }

    /**
     * {@code [psobject]::new()} is an empty custom object; {@code [psobject]::new($x)} wraps $x. The instance
     * members are those of {@code $x.psobject}.
     */
    static void definePSObject(TypeAdapter.Builder b) {
        b.constructor((t, a) -> PSObject.newCustomObject());
        b.constructor((t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("obj");
            }
            return PSObject.asPSObject(a[0]);
        }, param("obj", OBJECT));
        b.property("BaseObject", OBJECT, o -> self(o).baseObject());
        b.property("ImmediateBaseObject", OBJECT, o -> self(o).baseObject());
        b.property("Members", PS_MEMBER_INFO_COLLECTION,
                o -> new PSMemberInfoCollection(self(o), PSMemberInfoCollection.Kind.MEMBERS));
        b.property("Properties", PS_MEMBER_INFO_COLLECTION,
                o -> new PSMemberInfoCollection(self(o), PSMemberInfoCollection.Kind.PROPERTIES));
        b.property("Methods", PS_MEMBER_INFO_COLLECTION,
                o -> new PSMemberInfoCollection(self(o), PSMemberInfoCollection.Kind.METHODS));
        b.property("TypeNames", OBJECT, o -> self(o).typeNames());
        b.method("Copy", PS_OBJECT, (t, a) -> self(t).copy());
    }

    private static PSObject self(Object o) {
        return o instanceof IntrinsicPSObject i ? i.target() : (PSObject) o;
    }

    static void definePSMemberInfoCollection(TypeAdapter.Builder b) {
        b.method("get_Item", OBJECT, (t, a) -> ((PSMemberInfoCollection) t).get((String) a[0]), param("name", STRING));
        b.method("Add", VOID, (t, a) -> {
            if (!(PSObject.base(a[0]) instanceof PSMemberInfo || PSObject.base(a[0]) instanceof BoundMember)) {
                throw DotNetException.argumentNull("member");
            }
            ((PSMemberInfoCollection) t).add(a[0]);
            return null;
        }, param("member", OBJECT));
        b.method("Remove", VOID, (t, a) -> {
            ((PSMemberInfoCollection) t).remove((String) a[0]);
            return null;
        }, param("name", STRING));
        b.method("Match", OBJECT_ARRAY, (t, a) -> ((PSMemberInfoCollection) t).match((String) a[0]),
                param("name", STRING));
    }

    /** [psnoteproperty]::new(name, value). */
    static void definePSNoteProperty(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new PSNoteProperty(memberName(a[0]), a[1]), param("name", STRING),
                param("value", OBJECT));
        definePSPropertyInfo(b);
    }

    /** [psscriptproperty]::new(name, {getter}[, {setter}]), and the scripts as GetterScript and SetterScript. */
    static void definePSScriptProperty(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new PSScriptProperty(memberName(a[0]), (ScriptCallable) a[1], null),
                param("name", STRING), param("getterScript", SCRIPT_BLOCK));
        b.constructor((t, a) -> new PSScriptProperty(memberName(a[0]), (ScriptCallable) a[1], (ScriptCallable) a[2]),
                param("name", STRING), param("getterScript", SCRIPT_BLOCK), param("setterScript", SCRIPT_BLOCK));
        definePSPropertyInfo(b);
        b.property("GetterScript", SCRIPT_BLOCK, p -> ((PSScriptProperty) memberOf(p)).getter());
        b.property("SetterScript", SCRIPT_BLOCK, p -> ((PSScriptProperty) memberOf(p)).setter());
    }

    private static String memberName(Object name) {
        if (name == null || ((String) name).isBlank()) {
            throw DotNetException.argumentNull("name");
        }
        return (String) name;
    }

    /**
     * The members of PSPropertyInfo, in the order pwsh lists them: Value reads and sets the property on the
     * object it belongs to (a property made with ::new belongs to none, so only a note property has a value).
     */
    static void definePSPropertyInfo(TypeAdapter.Builder b) {
        b.property("Value", OBJECT, p -> property(p).getValue(instanceOf(p)),
                (p, v) -> property(p).setValue(instanceOf(p), v));
        b.property("MemberType", STRING, p -> memberOf(p).memberType().name());
        b.property("IsSettable", BOOLEAN, p -> property(p).isSettable());
        b.property("IsGettable", BOOLEAN, p -> true);
        b.property("TypeNameOfValue", STRING, p -> property(p).typeNameOfValue(instanceOf(p)));
        b.property("Name", STRING, p -> memberOf(p).name());
        b.property("IsInstance", BOOLEAN, p -> !(memberOf(p) instanceof PSProperty));
        b.method("ToString", STRING, (t, a) -> memberOf(t).toString());
    }

    private static PSMemberInfo memberOf(Object o) {
        return o instanceof BoundMember bound ? bound.member() : (PSMemberInfo) o;
    }

    private static PSPropertyInfo property(Object o) {
        return (PSPropertyInfo) memberOf(o);
    }

    private static Object instanceOf(Object o) {
        return o instanceof BoundMember bound ? bound.instance() : null;
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

    /** The members of a parameterized property object ({@code 'abc'.Chars}), in the order pwsh lists them. */
    static void definePSParameterizedProperty(TypeAdapter.Builder b) {
        b.property("IsSettable", BOOLEAN, p -> ((PSParameterizedProperty) memberOf(p)).isSettable());
        b.property("IsGettable", BOOLEAN, p -> true);
        b.property("OverloadDefinitions", STRING_ARRAY,
                p -> ((PSMethodInfo) memberOf(p)).overloadDefinitions().toArray(String[]::new));
        b.property("TypeNameOfValue", STRING, p -> ((PSParameterizedProperty) memberOf(p)).typeNameOfValue());
        b.property("MemberType", STRING, p -> memberOf(p).memberType().name());
        b.property("Value", OBJECT, p -> p);
        b.property("Name", STRING, p -> memberOf(p).name());
        b.property("IsInstance", BOOLEAN, p -> true);
        b.method("ToString", STRING, (t, a) -> memberOf(t).toString());
    }

    static void definePSMethod(TypeAdapter.Builder b) {
        b.property("Name", STRING, m -> memberOf(m).name());
        b.property("OverloadDefinitions", STRING_ARRAY,
                m -> ((PSMethodInfo) memberOf(m)).overloadDefinitions().toArray(String[]::new));
        b.property("MemberType", STRING, m -> memberOf(m).memberType().name());
        b.paramsMethod("Invoke", OBJECT, (t, a) -> {
            if (!(t instanceof BoundMember bound)) {
                throw new PSRuntimeException("MethodInvocationNotSupported", ErrorCategory.InvalidOperation,
                        "The method \"" + memberOf(t).name() + "\" has no object to be invoked on.");
            }
            return ((PSMethodInfo) bound.member()).invoke(bound.instance(), (Object[]) a[0]);
        }, param("arguments", OBJECT_ARRAY));
    }
}
