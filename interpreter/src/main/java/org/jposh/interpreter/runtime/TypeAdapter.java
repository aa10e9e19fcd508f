package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The members of a .NET type, by case-insensitive name: instance and static properties and methods
 * (constructors are the static method {@code new}). Lookups fall back to the base type's adapter, so
 * every type has Object's ToString, GetType, Equals and GetHashCode. Nodes look a member up once per
 * call site and then call the {@link PSProperty} or {@link PSMethod} they got.
 */
public final class TypeAdapter {
    private final TypeAdapter base;
    private final Map<String, PSProperty> properties;
    private final Map<String, PSMethod> methods;
    private final Map<String, PSProperty> staticProperties;
    private final Map<String, PSMethod> staticMethods;

    private TypeAdapter(Builder builder) {
        this.base = builder.base;
        this.properties = builder.properties;
        this.staticProperties = builder.staticProperties;
        this.methods = toMethods(builder.methods);
        this.staticMethods = toMethods(builder.staticMethods);
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
        return null;
    }

    /** An instance method, or null. */
    @TruffleBoundary
    public PSMethod method(String name) {
        String key = key(name);
        for (TypeAdapter a = this; a != null; a = a.base) {
            PSMethod m = a.methods.get(key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A static property of the type itself (not inherited, as in .NET's static lookup through PowerShell). */
    @TruffleBoundary
    public PSProperty staticProperty(String name) {
        return staticProperties.get(key(name));
    }

    /** A static method, or the constructors under {@code new}; null when absent. */
    @TruffleBoundary
    public PSMethod staticMethod(String name) {
        return staticMethods.get(key(name));
    }

    /** The instance properties in declaration order, the type's own first. */
    public List<PSProperty> properties() {
        List<PSProperty> result = new ArrayList<>();
        for (TypeAdapter a = this; a != null; a = a.base) {
            result.addAll(a.properties.values());
        }
        return result;
    }

    /** The instance methods, the type's own first, each name once. */
    public List<PSMethod> methods() {
        Map<String, PSMethod> result = new LinkedHashMap<>();
        for (TypeAdapter a = this; a != null; a = a.base) {
            a.methods.forEach(result::putIfAbsent);
        }
        return List.copyOf(result.values());
    }

    /** The static properties ({@code [type]::Name}). */
    public List<PSProperty> staticProperties() {
        return List.copyOf(staticProperties.values());
    }

    /** The static methods ({@code [type]::Name(...)}), the constructors under {@code new}. */
    public List<PSMethod> staticMethods() {
        return List.copyOf(staticMethods.values());
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

    /** A parameter of a method definition. */
    public static MethodOverload.Parameter param(String name, DotNetType type) {
        return new MethodOverload.Parameter(name, type);
    }

    /** Collects a type's members; the member classes (StringMembers...) fill one per type. */
    public static final class Builder {
        private final DotNetType type;
        private final TypeAdapter base;
        private final Map<String, PSProperty> properties = new LinkedHashMap<>();
        private final Map<String, PSProperty> staticProperties = new LinkedHashMap<>();
        private final Map<String, Overloads> methods = new LinkedHashMap<>();
        private final Map<String, Overloads> staticMethods = new LinkedHashMap<>();

        Builder(DotNetType type, TypeAdapter base) {
            this.type = type;
            this.base = base;
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

        public Builder staticProperty(String name, DotNetType valueType, Supplier<Object> getter) {
            staticProperties.put(key(name), new PSProperty(name, valueType, owner -> getter.get(), null));
            return this;
        }

        public Builder method(String name, DotNetType returnType, MethodOverload.Invoker invoker,
                              MethodOverload.Parameter... parameters) {
            return add(methods, name, new MethodOverload(returnType, parameters, false, false, invoker));
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
