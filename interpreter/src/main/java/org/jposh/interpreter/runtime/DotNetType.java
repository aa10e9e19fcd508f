package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A .NET type as scripts see it: the value of a type literal such as {@code [int]} or
 * {@code [System.Collections.Generic.List[string]]}, and what {@code GetType()} returns.
 * Each stands for a Java class ({@link CoreTypes} is the table); array and generic types are made
 * from it on demand. Instances are canonical, one per type, so {@code ==} compares types.
 */
public final class DotNetType {
    /** The immutable JDK value classes: an instance of one converts to its own type as itself. */
    private static final Set<Class<?>> IDENTITY_CLASSES = Set.of(String.class, Character.class, Boolean.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class);

    private static final ClassValue<DotNetType> BY_CLASS = new ClassValue<>() {
        @Override
        protected DotNetType computeValue(Class<?> type) {
            if (type.isArray()) {
                return BY_CLASS.get(type.getComponentType()).arrayType();
            }
            if (type.isPrimitive()) {
                return BY_CLASS.get(MethodType.methodType(type).wrap().returnType());
            }
            DotNetType known = CoreTypes.forJavaClass(type);
            if (known != null) {
                return known;
            }
            // JPosh's own subclasses (a PSReference to a variable) are their registered superclass's type.
            Class<?> superclass = type.getSuperclass();
            if (!JavaMembers.isReflectable(type) && superclass != null && superclass != Object.class) {
                return BY_CLASS.get(superclass);
            }
            return new DotNetType(type);
        }
    };

    private final String namespace;
    private final String name;
    private final Class<?> javaClass;
    private final DotNetType baseType;
    private final boolean valueType;
    private final Consumer<TypeAdapter.Builder> members;
    private final DotNetType elementType;
    private final DotNetType genericDefinition;
    private final DotNetType[] genericArguments;
    private volatile DotNetType arrayType;
    private volatile TypeAdapter adapter;
    private final Map<List<DotNetType>, DotNetType> instantiations;
    private final EnumType enumType;
    private final boolean javaType;
    /** The class whose instances convert to this type as themselves, for a type of an immutable JDK value class. */
    private final Class<?> identityClass;
    /** The interfaces a script class declares ({@code class C : System.IComparable}); empty for other types. */
    private volatile List<DotNetType> interfaces = List.of();
    /** The type's own conversion from any value, or null (see {@link #setConversion}). */
    private volatile Function<Object, Object> conversion;

    /**
     * A type of the table.
     *
     * @param javaClass the class its instances have, or null for a static class such as System.Math
     * @param members adds the type's own members (not the inherited ones), or null for none
     */
    DotNetType(String namespace, String name, Class<?> javaClass, DotNetType baseType, boolean valueType,
               Consumer<TypeAdapter.Builder> members) {
        this(namespace, name, javaClass, baseType, valueType, members, null, null, null, null, false);
    }

    /**
     * A Java class that no .NET type stands for, named by its package and class name; it has the Java
     * class's members ({@link JavaMembers}) and is assignable from its Java subclasses.
     */
    private DotNetType(Class<?> javaClass) {
        this(javaClass.getPackageName(), javaClass.getName().substring(javaClass.getName().lastIndexOf('.') + 1),
                javaClass, CoreTypes.OBJECT, false, null, null, null, null, null, true);
    }

    /** An enum type: its values are {@link EnumValue}s. */
    DotNetType(String namespace, String name, EnumType enumType) {
        this(namespace, name, EnumValue.class, CoreTypes.ENUM, true, null, null, null, null, enumType, false);
    }

    private DotNetType(String namespace, String name, Class<?> javaClass, DotNetType baseType, boolean valueType,
                       Consumer<TypeAdapter.Builder> members, DotNetType elementType, DotNetType genericDefinition,
                       DotNetType[] genericArguments, EnumType enumType, boolean javaType) {
        this.namespace = namespace;
        this.name = name;
        this.javaClass = javaClass;
        this.baseType = baseType;
        this.valueType = valueType;
        this.members = members;
        this.elementType = elementType;
        this.genericDefinition = genericDefinition;
        this.genericArguments = genericArguments;
        this.instantiations = name.indexOf('`') >= 0 && genericDefinition == null ? new ConcurrentHashMap<>() : null;
        this.enumType = enumType;
        this.javaType = javaType;
        this.identityClass = javaClass != null && IDENTITY_CLASSES.contains(javaClass) ? javaClass : null;
    }

    /**
     * Whether {@code value} converts to this type as itself, told by its class alone: an int to
     * {@code [int]}, a string to {@code [string]}. The conversions of typed variables, parameters and
     * generic collections ask this first.
     */
    public boolean holdsAsIs(Object value) {
        return value != null && value.getClass() == identityClass;
    }

    /** Whether the type is an interface: a .NET interface of the table or a Java interface. */
    public boolean isInterface() {
        return javaClass != null && javaClass.isInterface();
    }

    /** The interfaces a script class declares itself (not its base classes'). */
    public List<DotNetType> interfaces() {
        return interfaces;
    }

    /** Declares the interfaces of a script class, which {@code -is}, conversions and {@code catch} then honour. */
    void setInterfaces(List<DotNetType> declared) {
        interfaces = List.copyOf(declared);
    }

    /**
     * Gives the type a conversion of its own from any value that is not already of the type, as pwsh's conversion
     * table has for XmlDocument ({@code [xml]$text}); it throws PSInvalidCastException when it cannot convert.
     */
    public void setConversion(Function<Object, Object> convert) {
        conversion = convert;
    }

    /** The conversion {@link #setConversion} gave the type, or null. */
    public Function<Object, Object> conversion() {
        return conversion;
    }

    /** Whether this is a plain Java class scripts reach by its full name, not a type of the .NET surface. */
    public boolean isJavaType() {
        return javaType;
    }

    /** The type of a value as GetType() reports it; null for $null. PSObjects report PSObject. */
    @TruffleBoundary
    public static DotNetType of(Object value) {
        if (value == null || value == AutomationNull.VALUE) {
            return null;
        }
        DotNetType common = commonType(value.getClass());
        if (common != null) {
            return common;
        }
        if (value instanceof DotNetTyped generic) {
            return generic.dotNetType();
        } else if (ForeignObjects.isForeign(value)) {
            return ForeignObjects.typeOf(value);
        }
        return BY_CLASS.get(value.getClass());
    }

    /**
     * The type of the values scripts handle most, found by comparing classes: cheaper than the interface
     * tests and the class table the other values need, and this runs for every method call and conversion.
     */
    private static DotNetType commonType(Class<?> type) {
        if (type == Integer.class) {
            return CoreTypes.INT32;
        } else if (type == String.class) {
            return CoreTypes.STRING;
        } else if (type == Long.class) {
            return CoreTypes.INT64;
        } else if (type == Double.class) {
            return CoreTypes.DOUBLE;
        } else if (type == Boolean.class) {
            return CoreTypes.BOOLEAN;
        }
        return null;
    }

    /** The type that stands for values of a Java class (primitive classes as their boxes: int.class is [int]). */
    @TruffleBoundary
    public static DotNetType forJavaClass(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** The one-dimensional array type of this element type; Java arrays of the element's class. */
    public DotNetType arrayType() {
        DotNetType result = arrayType;
        if (result == null) {
            synchronized (this) {
                result = arrayType;
                if (result == null) {
                    Class<?> arrayClass = javaClass == null ? Object[].class : javaClass.arrayType();
                    result = new DotNetType(namespace, name + "[]", arrayClass, CoreTypes.ARRAY, false,
                            this::defineArrayConstructor, this, null, null, null, false);
                    arrayType = result;
                }
            }
        }
        return result;
    }

    /** {@code [byte[]]::new(n)} and {@code New-Object byte[] n}: n elements of default(T). */
    private void defineArrayConstructor(TypeAdapter.Builder b) {
        b.constructor((t, a) -> {
            int length = (Integer) a[0];
            if (length < 0) {
                throw DotNetException.overflow("Arithmetic operation resulted in an overflow.");
            }
            Object[] array = (Object[]) java.lang.reflect.Array.newInstance(
                    javaClass == null || javaClass.isPrimitive() ? Object.class : javaClass, length);
            java.util.Arrays.fill(array, ScriptClass.defaultValue(this));
            return array;
        }, TypeAdapter.param("length", CoreTypes.INT32));
    }

    /** {@code List`1} made with type arguments, such as {@code List[string]}. */
    @TruffleBoundary
    public DotNetType makeGenericType(DotNetType... arguments) {
        if (instantiations == null) {
            throw new IllegalStateException(name + " is not a generic type definition");
        }
        return instantiations.computeIfAbsent(List.of(arguments), args -> new DotNetType(namespace, name, javaClass,
                baseType, valueType, members, null, this, arguments.clone(), null, false));
    }

    public boolean isGenericTypeDefinition() {
        return instantiations != null;
    }

    public int genericParameterCount() {
        return Integer.parseInt(name.substring(name.indexOf('`') + 1));
    }

    /** The type arguments of a generic type such as {@code Dictionary[string,int]}; empty otherwise. */
    public List<DotNetType> genericArguments() {
        return genericArguments == null ? List.of() : Arrays.asList(genericArguments);
    }

    public DotNetType genericArgument(int index) {
        return genericArguments[index];
    }

    public DotNetType genericDefinition() {
        return genericDefinition;
    }

    /** The names and values of an enum type, or null for other types. */
    public EnumType enumType() {
        return enumType;
    }

    /** The element type of an array type, or null. */
    public DotNetType elementType() {
        return elementType;
    }

    public boolean isArray() {
        return elementType != null;
    }

    public boolean isValueType() {
        return valueType;
    }

    public DotNetType baseType() {
        return baseType;
    }

    /** The Java class of the type's values; null for static classes such as System.Math. */
    public Class<?> javaClass() {
        return javaClass;
    }

    /** Type.Name: {@code Int32}, {@code Int32[]}, {@code List`1}. */
    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    /** Type.FullName, with assembly-qualified type arguments as .NET writes them. */
    public String fullName() {
        if (genericArguments == null) {
            return namespace.isEmpty() ? name : namespace + "." + name;
        }
        StringBuilder sb = new StringBuilder(genericDefinition.fullName()).append('[');
        for (int i = 0; i < genericArguments.length; i++) {
            sb.append(i > 0 ? ",[" : "[").append(genericArguments[i].assemblyQualifiedName()).append(']');
        }
        return sb.append(']').toString();
    }

    /** Type.AssemblyQualifiedName; every type is named as one of .NET's core library, where most of them live. */
    public String assemblyQualifiedName() {
        return fullName() + ", System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e";
    }

    /** Type.ToString(), as conversion error messages show it: {@code System.Collections.Generic.List`1[System.String]}. */
    @Override
    public String toString() {
        if (genericArguments == null) {
            return fullName();
        }
        StringBuilder sb = new StringBuilder(genericDefinition.fullName()).append('[');
        for (int i = 0; i < genericArguments.length; i++) {
            sb.append(i > 0 ? "," : "").append(genericArguments[i]);
        }
        return sb.append(']').toString();
    }

    /** The name PowerShell shows for the type: accelerators and type arguments in its syntax ({@code List[string]}). */
    public String powerShellName() {
        if (elementType != null) {
            return elementType.powerShellName() + "[]";
        }
        if (genericArguments != null) {
            String definition = genericDefinition.fullName();
            StringBuilder sb = new StringBuilder(definition.substring(0, definition.indexOf('`'))).append('[');
            for (int i = 0; i < genericArguments.length; i++) {
                sb.append(i > 0 ? "," : "").append(genericArguments[i].powerShellName());
            }
            return sb.append(']').toString();
        }
        String accelerator = CoreTypes.acceleratorOf(this);
        return accelerator != null ? accelerator : fullName();
    }

    /** {@link #powerShellName} without namespaces ({@code Object[]}, {@code int}), as Get-Member shows a note's type. */
    public String shortPowerShellName() {
        String name = powerShellName();
        int bracket = name.indexOf('[');
        return name.substring(name.lastIndexOf('.', bracket < 0 ? name.length() : bracket) + 1);
    }

    /** The names in a PSObject's TypeNames for a value of this type: the type and its base types, most derived first. */
    public List<String> typeNameHierarchy() {
        List<String> names = new ArrayList<>();
        for (DotNetType t = this; t != null; t = t.baseType) {
            names.add(t.fullName());
        }
        return names;
    }

    /** Whether a value of type {@code other} is a value of this type (Type.IsAssignableFrom). */
    public boolean isAssignableFrom(DotNetType other) {
        if (other == this || this == CoreTypes.OBJECT) {
            return true;
        }
        if (genericDefinition == CoreTypes.NULLABLE) {
            return genericArguments[0].isAssignableFrom(other);
        }
        if (valueType) {
            // nothing derives from a value type (a number, an enum, a date...): only the type itself is one
            return false;
        }
        if (elementType != null && other.elementType != null) {
            return !other.elementType.valueType && elementType.isAssignableFrom(other.elementType);
        }
        for (DotNetType t = other.baseType; t != null; t = t.baseType) {
            if (t == this) {
                return true;
            }
        }
        if (implementedBy(other)) {
            return true;
        }
        return genericArguments == null && javaClass != null && (javaClass.isInterface() || javaType)
                && other.javaClass != null && (javaClass.isAssignableFrom(other.javaClass)
                        || isCollectionInterfaceOf(other));
    }

    /**
     * The .NET collection interfaces of the values whose Java classes lack the Java interface standing for
     * them: an array is an IList, a string enumerates its characters, a dictionary is an ICollection of entries.
     */
    private boolean isCollectionInterfaceOf(DotNetType other) {
        if (other.elementType != null) {
            return javaClass == List.class || javaClass == Collection.class || javaClass == Iterable.class;
        }
        if (Map.class.isAssignableFrom(other.javaClass)) {
            return javaClass == Collection.class || javaClass == Iterable.class;
        }
        return other.javaClass == String.class && javaClass == Iterable.class;
    }

    /** Whether a script class (or a script base class of it) declares this interface, or one deriving from it. */
    private boolean implementedBy(DotNetType other) {
        for (DotNetType t = other; t != null; t = t.baseType) {
            for (DotNetType declared : t.interfaces) {
                // a non-generic interface also takes the generic ones of its Java family (IEnumerable, IEnumerable[T])
                if (declared == this || declared.javaClass != null && javaClass != null && genericArguments == null
                        && javaClass.isAssignableFrom(declared.javaClass)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code $value -is [type]}, on the base object of a PSObject. */
    public boolean isInstance(Object value) {
        DotNetType type = of(value);
        return type != null && isAssignableFrom(type);
    }

    /** The type's members, static and instance, looked up by case-insensitive name. */
    @TruffleBoundary
    public TypeAdapter adapter() {
        TypeAdapter result = adapter;
        if (result == null) {
            synchronized (this) {
                result = adapter;
                if (result == null) {
                    DotNetType definition = genericDefinition != null ? genericDefinition : this;
                    TypeAdapter.Builder builder = new TypeAdapter.Builder(this,
                            baseType == null ? null : baseType.adapter(),
                            JavaMembers.isReflectable(javaClass) ? javaClass : null);
                    if (definition.members != null) {
                        definition.members.accept(builder);
                    }
                    if (enumType != null) {
                        for (String value : enumType.names()) {
                            EnumValue constant = new EnumValue(this, enumType.valueOf(value));
                            builder.staticField(value, this, () -> constant);
                        }
                    }
                    result = builder.build();
                    adapter = result;
                }
            }
        }
        return result;
    }
}
