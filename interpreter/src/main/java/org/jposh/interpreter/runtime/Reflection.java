package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.RUNTIME_TYPE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * System.Reflection on the types JPosh knows: what {@code $x.GetType().GetProperties()}, {@code GetMethods()},
 * {@code GetMethod('Substring', [type[]]@([int]))} and {@code GetConstructors()} return, made from the members a
 * type's adapter declares (the same ones Get-Member lists). A property reads and writes through
 * {@code GetValue}/{@code SetValue}, a method and a constructor run through {@code Invoke}; each overload is its own
 * MethodInfo, as in .NET. Their ToString is .NET's ({@code Int32 IndexOf(Char)}, {@code System.String
 * Substring(Int32)}).
 */
final class Reflection {
    private static final Set<DotNetType> PRIMITIVES = Set.of(CoreTypes.BOOLEAN, CoreTypes.BYTE, CoreTypes.SBYTE,
            CoreTypes.INT16, CoreTypes.UINT16, CoreTypes.INT32, CoreTypes.UINT32, CoreTypes.INT64, CoreTypes.UINT64,
            CoreTypes.CHAR, CoreTypes.DOUBLE, CoreTypes.SINGLE);
    /** The reference types of the System namespace that .NET marks [Serializable] (its value types all are). */
    private static final Set<String> SERIALIZABLE_SYSTEM_CLASSES = Set.of("Object", "String", "Array", "Enum",
            "ValueType", "Delegate", "MulticastDelegate", "Version", "Uri", "DBNull");
    private static final Set<String> SERIALIZABLE_NAMESPACES = Set.of("System.Collections",
            "System.Collections.Generic", "System.Collections.Specialized", "System.Collections.ObjectModel");
    /** The name of a type's constructors among its adapter's static methods ({@code [T]::new}). */
    private static final String CONSTRUCTOR = "new";

    private Reflection() {
    }

    /** A property or a field, static or not, of the type it was asked of. */
    record PropertyInfo(DotNetType reflectedType, PSProperty property, boolean isStatic, boolean isField)
            implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return isField ? CoreTypes.FIELD_INFO : CoreTypes.PROPERTY_INFO;
        }

        @Override
        public String toString() {
            return typeName(property.type()) + " " + property.name();
        }
    }

    /**
     * One overload of a method, or of the type's constructors ({@code .ctor}); or a generic method's definition
     * ({@code genericDefinition} set, no overload), which MakeGenericMethod closes over type arguments.
     */
    record MethodInfo(DotNetType reflectedType, String name, MethodOverload overload, boolean isConstructor,
                      GenericDefinition genericDefinition) implements DotNetTyped {
        MethodInfo(DotNetType reflectedType, String name, MethodOverload overload, boolean isConstructor) {
            this(reflectedType, name, overload, isConstructor, null);
        }

        /** MethodInfo.MakeGenericMethod: the definition's overload for these type arguments. */
        MethodInfo makeGenericMethod(DotNetType[] typeArguments) {
            if (genericDefinition == null) {
                throw DotNetException.invalidOperation(this + " is not a GenericMethodDefinition. MakeGenericMethod "
                        + "may only be called on a method for which MethodBase.IsGenericMethodDefinition is true.");
            }
            if (typeArguments.length != genericDefinition.arity()) {
                throw DotNetException.argument("The number of generic arguments provided doesn't equal the arity of "
                        + "the generic type definition.", "instantiation");
            }
            PSMethod closed = reflectedType.adapter().closedGenericMethod(name, genericDefinition.isStatic(),
                    typeArguments);
            return new MethodInfo(reflectedType, name, closed.overloads().getFirst(), false);
        }
        @Override
        public DotNetType dotNetType() {
            return isConstructor ? CoreTypes.CONSTRUCTOR_INFO : CoreTypes.METHOD_INFO;
        }

        List<ParameterInfo> parameters() {
            List<ParameterInfo> result = new ArrayList<>();
            MethodOverload.Parameter[] parameters = overload.parameters();
            for (int i = 0; i < parameters.length; i++) {
                result.add(new ParameterInfo(parameters[i], i));
            }
            return result;
        }

        /** MethodBase.Invoke: this overload's body, with the arguments converted to its parameter types. */
        Object invoke(Object target, Object[] args) {
            if (genericDefinition != null) {
                throw DotNetException.invalidOperation("Late bound operations cannot be performed on types or methods "
                        + "for which ContainsGenericParameters is true.");
            }
            Object[] given = args == null ? new Object[0] : args;
            MethodOverload.Parameter[] parameters = overload.parameters();
            if (given.length != parameters.length) {
                throw new DotNetException("System.Reflection.TargetParameterCountException", "Parameter count mismatch.");
            }
            if (!overload.isStatic() && !isConstructor && target == null) {
                throw new DotNetException("System.Reflection.TargetException", "Non-static method requires a target.");
            }
            Object[] converted = new Object[given.length];
            for (int i = 0; i < given.length; i++) {
                converted[i] = LanguagePrimitives.convertTo(given[i], parameters[i].type());
            }
            Object result = overload.invoker().invoke(overload.isStatic() || isConstructor ? null : PSObject.base(target),
                    converted);
            return result == AutomationNull.VALUE ? null : result;
        }

        @Override
        public String toString() {
            if (genericDefinition != null) {
                return name + "[" + "T,".repeat(genericDefinition.arity() - 1) + "T]";
            }
            StringJoiner signature = new StringJoiner(", ", (isConstructor ? "Void .ctor" : typeName(overload.returnType())
                    + " " + name) + "(", ")");
            for (MethodOverload.Parameter p : overload.parameters()) {
                signature.add(typeName(p.type()));
            }
            return signature.toString();
        }
    }

    /** What a generic method definition's MethodInfo needs to close it: where it is and how many type parameters. */
    record GenericDefinition(boolean isStatic, int arity) {
    }

    record ParameterInfo(MethodOverload.Parameter parameter, int position) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return CoreTypes.PARAMETER_INFO;
        }

        @Override
        public String toString() {
            return typeName(parameter.type()) + " " + parameter.name();
        }
    }

    /**
     * Type.IsSerializable, which the type table shows as IsSerial: true for what .NET marks [Serializable], its
     * primitives, core value types, collections and exceptions, and for every array and enum.
     */
    private static boolean isSerializable(DotNetType type) {
        if (type.isArray() || type.enumType() != null || SERIALIZABLE_NAMESPACES.contains(type.namespace())) {
            return true;
        }
        return type.namespace().equals("System") && (type.isValueType()
                || SERIALIZABLE_SYSTEM_CLASSES.contains(type.name()) || type.name().endsWith("Exception"));
    }

    /** The reflection members of System.Type. */
    static void defineTypeMembers(TypeAdapter.Builder b) {
        b.property("IsPrimitive", BOOLEAN, t -> PRIMITIVES.contains((DotNetType) t));
        b.property("IsInterface", BOOLEAN, t -> ((DotNetType) t).isInterface());
        b.property("IsClass", BOOLEAN, t -> !((DotNetType) t).isValueType() && !((DotNetType) t).isInterface());
        b.property("IsGenericTypeDefinition", BOOLEAN, t -> ((DotNetType) t).isGenericTypeDefinition());
        b.property("IsPublic", BOOLEAN, t -> !((DotNetType) t).name().contains("+"));
        b.property("IsNested", BOOLEAN, t -> ((DotNetType) t).name().contains("+"));
        b.property("IsSerializable", BOOLEAN, t -> isSerializable((DotNetType) t));
        b.property("UnderlyingSystemType", RUNTIME_TYPE, t -> t);
        b.property("AssemblyQualifiedName", STRING, t -> ((DotNetType) t).assemblyQualifiedName());
        b.property("Assembly", Assembly.TYPE, t -> Assembly.CORE_LIBRARY);
        b.method("IsSubclassOf", BOOLEAN, (t, a) -> a[0] != t && ((DotNetType) a[0]).isAssignableFrom((DotNetType) t)
                && !((DotNetType) a[0]).isInterface(), param("c", RUNTIME_TYPE));
        b.method("GetEnumNames", CoreTypes.STRING_ARRAY, (t, a) -> EnumMembers.names(EnumMembers.enumType(t)));
        b.method("GetEnumUnderlyingType", RUNTIME_TYPE, (t, a) -> EnumMembers.enumType(t).underlyingType());
        b.method("GetEnumValues", CoreTypes.ARRAY, (t, a) -> EnumMembers.values((DotNetType) t));
        b.method("GetEnumName", STRING, (t, a) -> EnumMembers.name((DotNetType) t, a[0]), param("value", OBJECT));
        b.method("IsEnumDefined", BOOLEAN, (t, a) -> EnumMembers.isDefined((DotNetType) t, a[0]),
                param("value", OBJECT));
        b.method("MakeArrayType", RUNTIME_TYPE, (t, a) -> ((DotNetType) t).arrayType());
        b.paramsMethod("MakeGenericType", RUNTIME_TYPE, (t, a) -> makeGenericType((DotNetType) t, (Object[]) a[0]),
                param("typeArguments", RUNTIME_TYPE.arrayType()));
        b.method("GetGenericTypeDefinition", RUNTIME_TYPE, (t, a) -> {
            DotNetType type = (DotNetType) t;
            if (type.isGenericTypeDefinition()) {
                return type;
            }
            if (type.genericDefinition() == null) {
                throw DotNetException.invalidOperation("This operation is only valid on generic types.");
            }
            return type.genericDefinition();
        });
        b.method("GetProperties", CoreTypes.PROPERTY_INFO.arrayType(), (t, a) -> properties((DotNetType) t, false)
                .toArray(PropertyInfo[]::new));
        b.method("GetProperty", CoreTypes.PROPERTY_INFO, (t, a) -> property((DotNetType) t, (String) a[0], false),
                param("name", STRING));
        b.method("GetFields", CoreTypes.FIELD_INFO.arrayType(), (t, a) -> properties((DotNetType) t, true)
                .toArray(PropertyInfo[]::new));
        b.method("GetField", CoreTypes.FIELD_INFO, (t, a) -> property((DotNetType) t, (String) a[0], true),
                param("name", STRING));
        b.method("GetMethods", CoreTypes.METHOD_INFO.arrayType(), (t, a) -> methods((DotNetType) t, null)
                .toArray(MethodInfo[]::new));
        b.method("GetMethod", CoreTypes.METHOD_INFO, (t, a) -> method((DotNetType) t, (String) a[0], null),
                param("name", STRING));
        b.method("GetMethod", CoreTypes.METHOD_INFO, (t, a) -> method((DotNetType) t, (String) a[0], (Object[]) a[1]),
                param("name", STRING), param("types", RUNTIME_TYPE.arrayType()));
        b.method("GetConstructors", CoreTypes.CONSTRUCTOR_INFO.arrayType(), (t, a) -> constructors((DotNetType) t)
                .toArray(MethodInfo[]::new));
        b.method("GetConstructor", CoreTypes.CONSTRUCTOR_INFO, (t, a) -> withParameterTypes(
                constructors((DotNetType) t), (Object[]) a[0]), param("types", RUNTIME_TYPE.arrayType()));
    }

    static void definePropertyInfo(TypeAdapter.Builder b) {
        b.property("PropertyType", RUNTIME_TYPE, p -> ((PropertyInfo) p).property().type());
        b.property("CanRead", BOOLEAN, p -> true);
        b.property("CanWrite", BOOLEAN, p -> ((PropertyInfo) p).property().isSettable());
        defineValueAccess(b, "Property");
    }

    static void defineFieldInfo(TypeAdapter.Builder b) {
        b.property("FieldType", RUNTIME_TYPE, p -> ((PropertyInfo) p).property().type());
        b.property("IsStatic", BOOLEAN, p -> ((PropertyInfo) p).isStatic());
        b.property("IsInitOnly", BOOLEAN, p -> !((PropertyInfo) p).property().isSettable());
        defineValueAccess(b, "Field");
    }

    /** What a property and a field have alike: a name, and GetValue and SetValue on an instance (null when static). */
    private static void defineValueAccess(TypeAdapter.Builder b, String memberType) {
        b.property("Name", STRING, p -> ((PropertyInfo) p).property().name());
        b.property("MemberType", STRING, p -> memberType);
        b.property("ReflectedType", RUNTIME_TYPE, p -> ((PropertyInfo) p).reflectedType());
        b.method("GetValue", OBJECT, (p, a) -> ((PropertyInfo) p).property().getValue(target((PropertyInfo) p, a[0])),
                param("obj", OBJECT));
        b.method("SetValue", CoreTypes.VOID, (p, a) -> {
            PropertyInfo info = (PropertyInfo) p;
            if (!info.property().isSettable()) {
                throw DotNetException.argument(memberType + " set method not found.", null);
            }
            info.property().setValue(target(info, a[0]), a[1]);
            return AutomationNull.VALUE;
        }, param("obj", OBJECT), param("value", OBJECT));
        b.method("ToString", STRING, (p, a) -> p.toString());
    }

    static void defineMethodInfo(TypeAdapter.Builder b) {
        b.property("Name", STRING, m -> ((MethodInfo) m).isConstructor() ? ".ctor" : ((MethodInfo) m).name());
        b.property("MemberType", STRING, m -> ((MethodInfo) m).isConstructor() ? "Constructor" : "Method");
        b.property("ReturnType", RUNTIME_TYPE, m -> ((MethodInfo) m).isConstructor() ? CoreTypes.VOID
                : ((MethodInfo) m).genericDefinition() != null ? OBJECT : ((MethodInfo) m).overload().returnType());
        b.property("ReflectedType", RUNTIME_TYPE, m -> ((MethodInfo) m).reflectedType());
        b.property("IsStatic", BOOLEAN, m -> ((MethodInfo) m).genericDefinition() != null
                ? ((MethodInfo) m).genericDefinition().isStatic()
                : ((MethodInfo) m).overload().isStatic() && !((MethodInfo) m).isConstructor());
        b.property("IsGenericMethodDefinition", BOOLEAN, m -> ((MethodInfo) m).genericDefinition() != null);
        b.property("ContainsGenericParameters", BOOLEAN, m -> ((MethodInfo) m).genericDefinition() != null);
        b.method("MakeGenericMethod", CoreTypes.METHOD_INFO, (m, a) -> ((MethodInfo) m).makeGenericMethod(
                typeArguments(a[0])), param("typeArguments", CoreTypes.TYPE.arrayType()));
        b.property("IsPublic", BOOLEAN, m -> true);
        b.property("IsConstructor", BOOLEAN, m -> ((MethodInfo) m).isConstructor());
        b.method("GetParameters", CoreTypes.PARAMETER_INFO.arrayType(), (m, a) -> ((MethodInfo) m).genericDefinition()
                != null ? new ParameterInfo[0] : ((MethodInfo) m).parameters().toArray(ParameterInfo[]::new));
        b.method("Invoke", OBJECT, (m, a) -> ((MethodInfo) m).invoke(a[0], (Object[]) a[1]),
                param("obj", OBJECT), param("parameters", OBJECT_ARRAY));
        b.method("Invoke", OBJECT, (m, a) -> ((MethodInfo) m).invoke(null, (Object[]) a[0]),
                param("parameters", OBJECT_ARRAY));
        b.method("ToString", STRING, (m, a) -> m.toString());
    }

    static void defineParameterInfo(TypeAdapter.Builder b) {
        b.property("Name", STRING, p -> ((ParameterInfo) p).parameter().name());
        b.property("ParameterType", RUNTIME_TYPE, p -> ((ParameterInfo) p).parameter().type());
        b.property("Position", INT32, p -> ((ParameterInfo) p).position());
        b.method("ToString", STRING, (p, a) -> p.toString());
    }

    /** .NET's FormatTypeName: the short name of primitive, nested and void types, the full name of others. */
    private static String typeName(DotNetType type) {
        DotNetType root = type;
        while (root.elementType() != null) {
            root = root.elementType();
        }
        if (PRIMITIVES.contains(root) || root == CoreTypes.VOID || root.name().contains("+")) {
            return type.name();
        }
        return type.toString();
    }

    private static Object target(PropertyInfo property, Object obj) {
        if (!property.isStatic() && obj == null) {
            throw new DotNetException("System.Reflection.TargetException", "Non-static method requires a target.");
        }
        return property.isStatic() ? null : PSObject.base(obj);
    }

    /** The type's properties, or its fields: the instance ones, then the static ones. */
    private static List<PropertyInfo> properties(DotNetType type, boolean fields) {
        TypeAdapter adapter = type.adapter();
        List<PropertyInfo> result = new ArrayList<>();
        for (PSProperty p : adapter.properties()) {
            if (adapter.isField(p.name(), false) == fields) {
                result.add(new PropertyInfo(type, p, false, fields));
            }
        }
        for (PSProperty p : adapter.staticProperties()) {
            if (adapter.isField(p.name(), true) == fields) {
                result.add(new PropertyInfo(type, p, true, fields));
            }
        }
        return result;
    }

    /** Type.GetProperty and GetField: the one of exactly that name (.NET's lookup is case-sensitive), or null. */
    private static PropertyInfo property(DotNetType type, String name, boolean field) {
        for (PropertyInfo p : properties(type, field)) {
            if (p.property().name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static List<MethodInfo> methods(DotNetType type, String name) {
        List<MethodInfo> result = new ArrayList<>();
        for (PSMethod m : type.adapter().methods()) {
            addOverloads(result, type, m, name);
        }
        for (PSMethod m : type.adapter().staticMethods()) {
            if (!m.name().equals(CONSTRUCTOR)) {
                addOverloads(result, type, m, name);
            }
        }
        return result;
    }

    /** The generic method definitions of that name ([Linq.Enumerable].GetMethod('Cast')), one per arity. */
    private static List<MethodInfo> genericDefinitions(DotNetType type, String name) {
        List<MethodInfo> result = new ArrayList<>();
        for (boolean isStatic : new boolean[] {true, false}) {
            for (int arity : type.adapter().genericMethodArities(name, isStatic)) {
                result.add(new MethodInfo(type, name, null, false, new GenericDefinition(isStatic, arity)));
            }
        }
        return result;
    }

    /** MakeGenericMethod's argument: one type or an array of them. */
    private static DotNetType[] typeArguments(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof DotNetType type) {
            return new DotNetType[] {type};
        }
        Object[] values = (Object[]) LanguagePrimitives.convertTo(base, CoreTypes.TYPE.arrayType());
        return java.util.Arrays.stream(values).map(t -> (DotNetType) PSObject.base(t)).toArray(DotNetType[]::new);
    }

    private static void addOverloads(List<MethodInfo> result, DotNetType type, PSMethod method, String name) {
        if (name == null || method.name().equals(name)) {
            for (MethodOverload overload : method.overloads()) {
                result.add(new MethodInfo(type, method.name(), overload, false));
            }
        }
    }

    /**
     * Type.GetMethod: the method of exactly that name, with these parameter types when given; null when there is
     * none, .NET's AmbiguousMatchException when the name alone names several overloads.
     */
    private static MethodInfo method(DotNetType type, String name, Object[] types) {
        List<MethodInfo> candidates = methods(type, name);
        if (candidates.isEmpty() && types == null) {
            candidates = genericDefinitions(type, name);
        }
        if (types == null) {
            if (candidates.size() > 1) {
                throw new DotNetException("System.Reflection.AmbiguousMatchException",
                        "Ambiguous match found for '" + typeName(type) + " " + name + "'.");
            }
            return candidates.isEmpty() ? null : candidates.getFirst();
        }
        return withParameterTypes(candidates, types);
    }

    /** The overload whose parameters have exactly these types, or null. */
    private static MethodInfo withParameterTypes(List<MethodInfo> overloads, Object[] types) {
        for (MethodInfo m : overloads) {
            MethodOverload.Parameter[] parameters = m.overload().parameters();
            if (parameters.length == types.length && Arrays.equals(Arrays.stream(parameters)
                    .map(MethodOverload.Parameter::type).toArray(), types)) {
                return m;
            }
        }
        return null;
    }

    private static List<MethodInfo> constructors(DotNetType type) {
        List<MethodInfo> result = new ArrayList<>();
        for (PSMethod m : type.adapter().staticMethods()) {
            if (m.name().equals(CONSTRUCTOR)) {
                for (MethodOverload overload : m.overloads()) {
                    result.add(new MethodInfo(type, m.name(), overload, true));
                }
            }
        }
        return result;
    }

    private static DotNetType makeGenericType(DotNetType type, Object[] arguments) {
        if (!type.isGenericTypeDefinition()) {
            throw DotNetException.invalidOperation(type.fullName()
                    + " is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which "
                    + "Type.IsGenericTypeDefinition is true.");
        }
        if (arguments.length != type.genericParameterCount()) {
            throw DotNetException.argument("The number of generic arguments provided doesn't equal the arity of the "
                    + "generic type definition.", "instantiation");
        }
        return type.makeGenericType(Arrays.copyOf(arguments, arguments.length, DotNetType[].class));
    }
}
