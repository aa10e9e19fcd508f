package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The members of a .NET type, by case-insensitive name: instance and static properties and methods
 * (constructors are the static method {@code new}). Lookups fall back to the base type's adapter, so
 * every type has Object's ToString, GetType, Equals and GetHashCode. Nodes look a member up once per
 * call site and then call the {@link PSProperty} or {@link PSMethod} they got.
 *
 * <p>An instance property also has its accessor methods, as a .NET property has ({@code get_Length},
 * {@code set_Capacity}; {@link PSMethod#isSpecial}), made from it on first use; a Java field has none,
 * as a .NET field has none.
 */
public final class TypeAdapter {
    private final TypeAdapter base;
    private final Map<String, PSProperty> properties;
    private final Map<String, PSMethod> methods;
    private final Map<String, PSParameterizedProperty> parameterizedProperties;
    private final Map<String, PSProperty> staticProperties;
    private final Map<String, PSMethod> staticMethods;
    /** The generic methods ({@code [array]::Empty[int]()}), instance and static, by name. */
    private final Map<String, List<GenericMethod>> genericMethods;
    private final Map<String, List<GenericMethod>> genericStaticMethods;
    private final Set<String> hidden;
    /** The instance properties that stand for fields, which have no accessor methods. */
    private final Set<String> fields;
    /** The static properties that stand for fields ({@code [int]::MaxValue}, a const), which have no accessors. */
    private final Set<String> staticFields;
    private volatile Map<String, PSMethod> accessors;
    private volatile Map<String, PSMethod> staticAccessors;
    private final Class<?> javaClass;
    private volatile TypeAdapter javaMembers;

    private final DotNetType type;

    private TypeAdapter(Builder builder) {
        this.type = builder.type;
        this.base = builder.base;
        this.javaClass = builder.javaClass;
        this.properties = builder.properties;
        this.staticProperties = builder.staticProperties;
        this.hidden = builder.hidden;
        this.fields = builder.fields;
        this.staticFields = builder.staticFields;
        this.methods = toMethods(builder.methods);
        this.parameterizedProperties = new LinkedHashMap<>();
        builder.indexers.forEach((key, list) -> parameterizedProperties.put(key,
                new PSParameterizedProperty(list.getFirst().name(), list.stream().map(IndexerOverload::indexer)
                        .toList())));
        this.staticMethods = toMethods(builder.staticMethods);
        this.genericMethods = builder.genericMethods;
        this.genericStaticMethods = builder.genericStaticMethods;
    }

    /**
     * A generic method closed over {@code typeArguments}: its overloads that take that many type parameters, made for
     * those types; null when the type (or, for an instance method, a base type) has none of the name and arity.
     */
    @TruffleBoundary
    public PSMethod closedGenericMethod(String name, boolean isStatic, DotNetType[] typeArguments) {
        List<MethodOverload> overloads = new ArrayList<>();
        for (TypeAdapter a = this; a != null; a = isStatic ? null : a.base) {
            for (GenericMethod method : (isStatic ? a.genericStaticMethods : a.genericMethods)
                    .getOrDefault(key(name), List.of())) {
                if (method.arity() == typeArguments.length) {
                    overloads.add(method.close().apply(typeArguments));
                }
            }
        }
        return overloads.isEmpty() ? null : new PSMethod(name, overloads.toArray(MethodOverload[]::new));
    }

    /** The type-parameter counts of this type's own generic methods of that name, each once, for reflection. */
    @TruffleBoundary
    public List<Integer> genericMethodArities(String name, boolean isStatic) {
        return (isStatic ? genericStaticMethods : genericMethods).getOrDefault(key(name), List.of()).stream()
                .map(GenericMethod::arity).distinct().toList();
    }

    /**
     * A generic method's overload, made for the type arguments of a call: {@code arity} type parameters, which
     * {@code close} turns into the method's signature and code for those types.
     */
    private record GenericMethod(int arity, Function<DotNetType[], MethodOverload> close) {
    }

    /** An instance property, or null. */
    @TruffleBoundary
    public PSProperty property(String name) {
        String key = key(name);
        for (TypeAdapter a = this; a != null; a = a.base) {
            PSProperty p = a.properties.get(key);
            if (p != null) {
                return p;
            }
        }
        TypeAdapter java = javaMembers();
        return java == null ? null : java.properties.get(key);
    }

    /** An instance method (a property's accessor too), or null. */
    @TruffleBoundary
    public PSMethod method(String name) {
        String key = key(name);
        PSMethod m = dotNetMethod(key);
        return m != null ? m : javaMethod(key);
    }

    private PSMethod dotNetMethod(String key) {
        boolean accessor = isAccessorName(key);
        for (TypeAdapter a = this; a != null; a = a.base) {
            PSMethod m = a.methods.get(key);
            if (m == null && accessor) {
                m = a.accessors().get(key);
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private PSMethod javaMethod(String key) {
        TypeAdapter java = javaMembers();
        return java == null ? null : java.methods.get(key);
    }

    /** A parameterized property ({@code Chars}, {@code Item}), or null. */
    @TruffleBoundary
    public PSParameterizedProperty parameterizedProperty(String name) {
        String key = key(name);
        for (TypeAdapter a = this; a != null; a = a.base) {
            PSParameterizedProperty p = a.parameterizedProperties.get(key);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * What {@code $x.name(args)} calls: the instance method, else the parameterized property
     * ({@code 'abc'.Chars(1)}), else the Java method; null when there is none.
     */
    @TruffleBoundary
    public PSMethodInfo invocable(String name) {
        String key = key(name);
        PSMethodInfo found = dotNetMethod(key);
        if (found == null) {
            found = parameterizedProperty(key);
        }
        return found != null ? found : javaMethod(key);
    }

    /** The parameterized properties, the type's own first, each name once. */
    public List<PSParameterizedProperty> parameterizedProperties() {
        Map<String, PSParameterizedProperty> result = new LinkedHashMap<>();
        for (TypeAdapter a = this; a != null; a = a.base) {
            a.parameterizedProperties.forEach(result::putIfAbsent);
        }
        return new ArrayList<>(result.values());
    }

    /**
     * A static property of the type or of a base type: pwsh looks statics up with FlattenHierarchy, so
     * {@code [Derived]::Count} reads the base class's static property.
     */
    @TruffleBoundary
    public PSProperty staticProperty(String name) {
        String key = key(name);
        PSProperty p = null;
        for (TypeAdapter a = this; a != null && p == null; a = a.base) {
            p = a.staticProperties.get(key);
        }
        TypeAdapter java = p == null ? javaMembers() : null;
        return java == null ? p : java.staticProperties.get(key);
    }

    /**
     * A static method (a static property's accessor too) of the type or of a base type (FlattenHierarchy), or
     * the type's own constructors under {@code new} (constructors are not inherited); null when absent.
     */
    @TruffleBoundary
    public PSMethod staticMethod(String name) {
        String key = key(name);
        PSMethod m = null;
        for (TypeAdapter a = this; a != null && m == null; a = key.equals("new") ? null : a.base) {
            m = a.staticMethods.get(key);
            if (m == null && isAccessorName(key)) {
                m = a.staticAccessors().get(key);
            }
        }
        TypeAdapter java = m == null ? javaMembers() : null;
        return java == null ? m : java.staticMethods.get(key);
    }

    private static boolean isAccessorName(String key) {
        return key.startsWith("get_") || key.startsWith("set_");
    }

    /**
     * The members of the type's Java class under their Java names ({@link JavaMembers}), consulted after
     * the .NET members: {@code [java.util.UUID]::randomUUID()} on System.Guid. Read on the first miss.
     */
    private TypeAdapter javaMembers() {
        if (javaClass == null) {
            return null;
        }
        TypeAdapter result = javaMembers;
        if (result == null) {
            synchronized (this) {
                result = javaMembers;
                if (result == null) {
                    Builder builder = new Builder(type, null, null);
                    JavaMembers.define(builder, javaClass);
                    result = builder.build();
                    javaMembers = result;
                }
            }
        }
        return result;
    }

    /** The instance properties in declaration order, the type's own first; hidden ones are left out. */
    public List<PSProperty> properties() {
        return properties(false);
    }

    /** The hidden instance properties (a script class's {@code hidden} ones), which Get-Member -Force lists. */
    public List<PSProperty> hiddenProperties() {
        return properties(true);
    }

    private List<PSProperty> properties(boolean hiddenOnes) {
        List<PSProperty> result = new ArrayList<>();
        for (TypeAdapter a = this; a != null; a = a.base) {
            for (Map.Entry<String, PSProperty> e : a.properties.entrySet()) {
                if (a.hidden.contains(e.getKey()) == hiddenOnes) {
                    result.add(e.getValue());
                }
            }
        }
        return result;
    }

    /**
     * The instance methods, the type's own first (its property accessors before its other methods, in
     * the order a .NET type declares them), each name once (a type's own hides its base's).
     */
    public List<PSMethod> methods() {
        Map<String, PSMethod> result = new LinkedHashMap<>();
        for (TypeAdapter a = this; a != null; a = a.base) {
            a.accessors().forEach(result::putIfAbsent);
            a.methods.forEach(result::putIfAbsent);
        }
        return new ArrayList<>(result.values());
    }

    /**
     * The accessor methods of this type's own instance properties, by name: get_Name for each, set_Name
     * for each settable one. Made on first use (two threads may both make it; either result is the same).
     */
    private Map<String, PSMethod> accessors() {
        Map<String, PSMethod> result = accessors;
        if (result == null) {
            result = accessorsOf(properties, fields, false);
            for (PSParameterizedProperty p : parameterizedProperties.values()) {
                PSMethod getter = p.getAccessor();
                result.put(key(getter.name()), getter);
                PSMethod setter = p.setAccessor();
                if (setter != null) {
                    result.put(key(setter.name()), setter);
                }
            }
            accessors = result;
        }
        return result;
    }

    /** The accessor methods of the type's static properties ({@code get_Now}), made on first use. */
    private Map<String, PSMethod> staticAccessors() {
        Map<String, PSMethod> result = staticAccessors;
        if (result == null) {
            result = accessorsOf(staticProperties, staticFields, true);
            staticAccessors = result;
        }
        return result;
    }

    private static Map<String, PSMethod> accessorsOf(Map<String, PSProperty> properties, Set<String> fields,
                                                     boolean isStatic) {
        Map<String, PSMethod> result = new LinkedHashMap<>();
        for (Map.Entry<String, PSProperty> e : properties.entrySet()) {
            if (fields.contains(e.getKey())) {
                continue;
            }
            PSMethod getter = e.getValue().getAccessor(isStatic);
            result.put(key(getter.name()), getter);
            PSMethod setter = e.getValue().setAccessor(isStatic);
            if (setter != null) {
                result.put(key(setter.name()), setter);
            }
        }
        return result;
    }

    /**
     * Whether the property stands for a field (a public field of a Java class, a const such as
     * {@code [int]::MaxValue}), which reflection lists among the fields rather than the properties.
     */
    public boolean isField(String name, boolean isStatic) {
        if (isStatic) {
            return staticFields.contains(key(name));
        }
        for (TypeAdapter a = this; a != null; a = a.base) {
            if (a.fields.contains(key(name))) {
                return true;
            }
        }
        return false;
    }

    /** The static properties of the type itself. */
    public List<PSProperty> staticProperties() {
        return new ArrayList<>(staticProperties.values());
    }

    /**
     * The static methods of the type itself, its static properties' accessors first, constructors
     * ({@code new}) included.
     */
    public List<PSMethod> staticMethods() {
        Map<String, PSMethod> result = new LinkedHashMap<>(staticAccessors());
        staticMethods.forEach(result::putIfAbsent);
        return new ArrayList<>(result.values());
    }

    /**
     * Copies the members of this adapter and its base adapters, down to System.Object's (which act on any
     * value), into the adapter of a script class deriving from the type, each acting on the object
     * {@code target} finds for an instance (the script object's base object). Methods the class declares
     * itself hide the base's of that name.
     */
    void inheritInto(Builder b, Function<Object, Object> target, Set<String> declaredMethods) {
        for (TypeAdapter a = this; a != null && a.type != CoreTypes.OBJECT; a = a.base) {
            for (Map.Entry<String, PSProperty> e : a.properties.entrySet()) {
                if (!b.properties.containsKey(e.getKey())) {
                    b.properties.put(e.getKey(), e.getValue().retargeted(target));
                    if (a.hidden.contains(e.getKey())) {
                        b.hidden.add(e.getKey());
                    }
                    if (a.fields.contains(e.getKey())) {
                        b.fields.add(e.getKey());
                    }
                }
            }
            for (Map.Entry<String, PSMethod> e : a.methods.entrySet()) {
                if (!declaredMethods.contains(e.getKey()) && !b.methods.containsKey(e.getKey())) {
                    for (MethodOverload overload : e.getValue().overloads()) {
                        b.add(b.methods, e.getValue().name(), overload.retargeted(target));
                    }
                }
            }
        }
    }

    private static Map<String, PSMethod> toMethods(Map<String, Overloads> overloads) {
        Map<String, PSMethod> result = new LinkedHashMap<>();
        for (Overloads o : overloads.values()) {
            result.put(key(o.name), new PSMethod(o.name, o.list.toArray(MethodOverload[]::new)));
        }
        return result;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private record Overloads(String name, List<MethodOverload> list) {
    }

    private record IndexerOverload(String name, PSParameterizedProperty.Indexer indexer) {
    }

    /** A parameter of a method definition. */
    public static MethodOverload.Parameter param(String name, DotNetType type) {
        return new MethodOverload.Parameter(name, type);
    }

    /** Collects a type's members; the member classes (StringMembers...) fill one per type. */
    public static final class Builder {
        private final DotNetType type;
        private final TypeAdapter base;
        private final Class<?> javaClass;
        private final Map<String, PSProperty> properties = new LinkedHashMap<>();
        private final Map<String, PSProperty> staticProperties = new LinkedHashMap<>();
        private final Map<String, Overloads> methods = new LinkedHashMap<>();
        private final Map<String, Overloads> staticMethods = new LinkedHashMap<>();
        private final Set<String> hidden = new HashSet<>();
        private final Set<String> fields = new HashSet<>();
        private final Set<String> staticFields = new HashSet<>();
        private final Map<String, List<IndexerOverload>> indexers = new LinkedHashMap<>();
        private final Map<String, List<GenericMethod>> genericMethods = new LinkedHashMap<>();
        private final Map<String, List<GenericMethod>> genericStaticMethods = new LinkedHashMap<>();

        /** @param javaClass the class whose Java members are looked at after the .NET ones, or null for none */
        Builder(DotNetType type, TypeAdapter base, Class<?> javaClass) {
            this.type = type;
            this.base = base;
            this.javaClass = javaClass;
        }

        public DotNetType type() {
            return type;
        }

        public Builder property(String name, DotNetType valueType, Function<Object, Object> getter) {
            return property(name, valueType, getter, null);
        }

        public Builder property(String name, DotNetType valueType, Function<Object, Object> getter,
                                BiConsumer<Object, Object> setter) {
            properties.put(key(name), new PSProperty(name, valueType, getter, setter));
            return this;
        }

        /**
         * An instance property of a script class, at {@code index} of its objects' fields; a {@code hidden} one
         * (the keyword of classes) works as any other but formatting and {@code properties()} do not list it.
         */
        Builder scriptField(String name, DotNetType valueType, ScriptField field, boolean hidden,
                            BiConsumer<Object, Object> setter) {
            if (hidden) {
                this.hidden.add(key(name));
            }
            properties.put(key(name), PSProperty.scriptField(name, valueType, field, setter));
            return this;
        }

        /** A public field of a Java class, which scripts use as a property (it has no accessor methods). */
        Builder field(String name, DotNetType valueType, Function<Object, Object> getter,
                             BiConsumer<Object, Object> setter) {
            fields.add(key(name));
            return property(name, valueType, getter, setter);
        }

        public Builder staticProperty(String name, DotNetType valueType, Supplier<Object> getter) {
            return staticProperty(name, valueType, getter, null);
        }

        /** A settable static property ({@code [C]::Count = 1}); the setter gets the converted value. */
        public Builder staticProperty(String name, DotNetType valueType, Supplier<Object> getter,
                                      Consumer<Object> setter) {
            staticProperties.put(key(name), new PSProperty(name, valueType, owner -> getter.get(),
                    setter == null ? null : (owner, value) -> setter.accept(value)));
            return this;
        }

        /**
         * A static field (a const such as {@code [int]::MaxValue}, or a static readonly field such as
         * {@code [string]::Empty}), which scripts read as a static property but which has no accessor methods.
         */
        public Builder staticField(String name, DotNetType valueType, Supplier<Object> getter) {
            staticFields.add(key(name));
            return staticProperty(name, valueType, getter, null);
        }

        /** A static property of a script class (its set accessor's parameter has no name, as in pwsh). */
        Builder scriptStaticProperty(String name, DotNetType valueType, Supplier<Object> getter,
                                     Consumer<Object> setter) {
            staticProperties.put(key(name), PSProperty.scriptStatic(name, valueType, owner -> getter.get(),
                    (owner, value) -> setter.accept(value)));
            return this;
        }

        public Builder method(String name, DotNetType returnType, MethodOverload.Invoker invoker,
                              MethodOverload.Parameter... parameters) {
            return add(methods, name, new MethodOverload(returnType, parameters, false, false, invoker));
        }

        /**
         * An overload of a parameterized property ({@code Chars}, {@code Item}); {@code setter} (null for a
         * read-only one) gets the converted indexes and then the value converted to {@code valueType}.
         */
        public Builder parameterizedProperty(String name, DotNetType valueType, MethodOverload.Invoker getter,
                                             MethodOverload.Invoker setter, MethodOverload.Parameter... indexes) {
            return interfaceParameterizedProperty(null, name, valueType, getter, setter, indexes);
        }

        /**
         * An overload of a parameterized property the type implements only explicitly for an interface (an
         * array's {@code IList.Item}), whose definitions name the interface.
         */
        public Builder interfaceParameterizedProperty(String declaringInterface, String name, DotNetType valueType,
                                                      MethodOverload.Invoker getter, MethodOverload.Invoker setter,
                                                      MethodOverload.Parameter... indexes) {
            indexers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(new IndexerOverload(name,
                    new PSParameterizedProperty.Indexer(valueType, declaringInterface, indexes, getter, setter)));
            return this;
        }

        /** A method whose last parameter is a {@code params} array. */
        public Builder paramsMethod(String name, DotNetType returnType, MethodOverload.Invoker invoker,
                                    MethodOverload.Parameter... parameters) {
            return add(methods, name, new MethodOverload(returnType, parameters, true, false, invoker));
        }

        public Builder staticMethod(String name, DotNetType returnType, MethodOverload.Invoker invoker,
                                    MethodOverload.Parameter... parameters) {
            return add(staticMethods, name, new MethodOverload(returnType, parameters, false, true, invoker));
        }

        public Builder staticParamsMethod(String name, DotNetType returnType, MethodOverload.Invoker invoker,
                                          MethodOverload.Parameter... parameters) {
            return add(staticMethods, name, new MethodOverload(returnType, parameters, true, true, invoker));
        }

        /**
         * An overload of a generic static method of {@code arity} type parameters ({@code [array]::Empty[int]()}):
         * {@code close} makes its signature and code for the type arguments of a call.
         */
        public Builder genericStaticMethod(String name, int arity, Function<DotNetType[], MethodOverload> close) {
            genericStaticMethods.computeIfAbsent(key(name), k -> new ArrayList<>()).add(new GenericMethod(arity, close));
            return this;
        }

        /** An overload of a generic instance method ({@code $list.ConvertAll[string]($converter)}): see above. */
        public Builder genericMethod(String name, int arity, Function<DotNetType[], MethodOverload> close) {
            genericMethods.computeIfAbsent(key(name), k -> new ArrayList<>()).add(new GenericMethod(arity, close));
            return this;
        }

        /** A constructor, called as {@code [type]::new(...)}. */
        public Builder constructor(MethodOverload.Invoker invoker, MethodOverload.Parameter... parameters) {
            return add(staticMethods, "new", new MethodOverload(type, parameters, false, true, invoker));
        }

        private Builder add(Map<String, Overloads> table, String name, MethodOverload overload) {
            table.computeIfAbsent(key(name), k -> new Overloads(name, new ArrayList<>())).list.add(overload);
            return this;
        }

        TypeAdapter build() {
            return new TypeAdapter(this);
        }
    }
}
