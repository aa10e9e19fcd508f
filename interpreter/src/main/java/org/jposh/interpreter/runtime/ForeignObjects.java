package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects of the host and of other languages (Java objects passed in through the polyglot bindings,
 * {@code [java.io.File]}, a JavaScript object) as PowerShell objects. Everything goes through Truffle
 * interop, so the context's {@code HostAccess} policy decides what a script may touch.
 *
 * <p>Such an object gets a {@link DotNetType} named after its meta object (the Java class) whose
 * adapter has a property per readable member, per Java getter ({@code getName()}/{@code isEmpty()} as
 * {@code Name}/{@code Empty}, settable when a {@code setName} exists) and a method per invocable
 * member, so member access, formatting and member discovery treat it like any other object. Arrays,
 * lists and iterables enumerate in pipelines; strings and numbers are converted when they come in.
 */
public final class ForeignObjects {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();
    /** Adapted types by meta-object name and member names: host classes, and other languages' object shapes. */
    private static final Map<String, DotNetType> TYPES = new ConcurrentHashMap<>();

    private ForeignObjects() {
    }

    /** Whether the value belongs to the host or another language rather than to the PowerShell runtime. */
    public static boolean isForeign(Object value) {
        return value instanceof TruffleObject && !(value instanceof InteropValues.Exported);
    }

    /**
     * A value another language or the host hands to PowerShell, as the runtime holds it: values this
     * runtime exported are unwrapped, foreign strings, numbers and booleans become Java ones, foreign
     * null becomes $null; other objects stay foreign.
     */
    @TruffleBoundary
    public static Object importValue(Object value) {
        if (value instanceof InteropValues.Exported exported) {
            return exported.unwrap();
        }
        if (!(value instanceof TruffleObject)) {
            return value;
        }
        try {
            if (INTEROP.isNull(value)) {
                return null;
            } else if (INTEROP.isString(value)) {
                return INTEROP.asString(value);
            } else if (INTEROP.isBoolean(value)) {
                return INTEROP.asBoolean(value);
            } else if (INTEROP.isNumber(value) && !INTEROP.hasMembers(value)) {
                return importNumber(value);
            }
        } catch (InteropException e) {
            throw unsupported(value, e);
        }
        return value;
    }

    private static Object importNumber(Object value) throws InteropException {
        if (INTEROP.fitsInInt(value)) {
            return INTEROP.asInt(value);
        } else if (INTEROP.fitsInLong(value)) {
            return INTEROP.asLong(value);
        }
        return INTEROP.asDouble(value);
    }

    /**
     * {@code [java.io.File]}: the Java class of that name as a type whose static members and
     * constructors ({@code ::new}) scripts can call, when the host allows host class lookup; null when
     * there is no such class.
     *
     * @throws PSRuntimeException TypeNotFound, saying why, when the class exists but the host denies lookup
     */
    @TruffleBoundary
    public static DotNetType lookupHostClass(TruffleLanguage.Env env, String name) {
        if (!env.isHostLookupAllowed()) {
            if (javaClassExists(name)) {
                throw new PSRuntimeException("TypeNotFound", ErrorCategory.InvalidOperation, "Unable to find type ["
                        + name + "]. Java classes are not accessible to scripts in this context: the host has not "
                        + "allowed host class lookup.");
            }
            return null;
        }
        Object hostClass;
        try {
            hostClass = env.lookupHostSymbol(name);
        } catch (RuntimeException e) {
            return null; // not a class, or one the host's class filter hides: as unknown as any other name
        }
        if (hostClass == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        classify(hostClass, fields, methods);
        int dot = name.lastIndexOf('.');
        return new DotNetType(dot < 0 ? "" : name.substring(0, dot), name.substring(dot + 1), TruffleObject.class,
                CoreTypes.OBJECT, false, builder -> defineStaticMembers(builder, hostClass, fields, methods));
    }

    private static boolean javaClassExists(String name) {
        try {
            Class.forName(name, false, ForeignObjects.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void defineStaticMembers(TypeAdapter.Builder builder, Object hostClass, List<String> fields,
                                            List<String> methods) {
        for (String field : fields) {
            builder.staticField(field, CoreTypes.OBJECT, () -> readMember(hostClass, field));
        }
        for (String method : methods) {
            builder.staticParamsMethod(method, CoreTypes.OBJECT,
                    (owner, args) -> invoke(hostClass, method, (Object[]) args[0]),
                    TypeAdapter.param("arguments", CoreTypes.OBJECT.arrayType()));
        }
        if (INTEROP.isInstantiable(hostClass)) {
            builder.staticParamsMethod("new", CoreTypes.OBJECT, (owner, args) -> instantiate(hostClass,
                    (Object[]) args[0]), TypeAdapter.param("arguments", CoreTypes.OBJECT.arrayType()));
        }
    }

    /** Sorts an object's members into plain values and invocable ones. */
    private static void classify(Object value, List<String> fields, List<String> methods) {
        for (String member : memberNames(value)) {
            (INTEROP.isMemberInvocable(value, member) ? methods : fields).add(member);
        }
    }

    /** The type of a foreign object, with its members adapted (see the class comment). */
    @TruffleBoundary
    static DotNetType typeOf(Object value) {
        String metaName = metaName(value);
        List<String> fields = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        classify(value, fields, methods);
        return TYPES.computeIfAbsent(metaName + "\0" + String.join(",", fields) + "\0" + String.join(",", methods),
                key -> newType(metaName, fields, methods));
    }

    private static DotNetType newType(String metaName, List<String> fields, List<String> methods) {
        int dot = metaName.lastIndexOf('.');
        return new DotNetType(dot < 0 ? "" : metaName.substring(0, dot), metaName.substring(dot + 1),
                TruffleObject.class, CoreTypes.OBJECT, false, builder -> defineMembers(builder, fields, methods));
    }

    private static String metaName(Object value) {
        try {
            if (INTEROP.hasMetaObject(value)) {
                return INTEROP.asString(INTEROP.getMetaQualifiedName(INTEROP.getMetaObject(value)));
            }
        } catch (InteropException e) {
            // a meta object without a name: named like one without a meta object
        }
        return "System.Object";
    }

    private static List<String> memberNames(Object value) {
        List<String> names = new ArrayList<>();
        if (!INTEROP.hasMembers(value)) {
            return names;
        }
        try {
            Object keys = INTEROP.getMembers(value);
            long size = INTEROP.getArraySize(keys);
            for (long i = 0; i < size; i++) {
                names.add(INTEROP.asString(INTEROP.readArrayElement(keys, i)));
            }
        } catch (InteropException e) {
            throw unsupported(value, e);
        }
        return names;
    }

    /**
     * Properties first (fields, then getters), then every invocable member as a method; names as the
     * object spells them, looked up case-insensitively as PowerShell does.
     */
    private static void defineMembers(TypeAdapter.Builder builder, List<String> fields, List<String> methods) {
        Map<String, String> invocable = new LinkedHashMap<>();
        for (String method : methods) {
            invocable.put(method.toLowerCase(Locale.ROOT), method);
        }
        for (String field : fields) {
            builder.property(field, CoreTypes.OBJECT, owner -> readMember(owner, field),
                    (owner, value) -> writeMember(owner, field, value));
        }
        for (String member : methods) {
            String property = getterProperty(member);
            if (property != null && !fields.contains(property)) {
                String setter = invocable.get("set" + property.toLowerCase(Locale.ROOT));
                builder.property(property, CoreTypes.OBJECT, owner -> invoke(owner, member, new Object[0]),
                        setter == null ? null : (owner, value) -> invoke(owner, setter, new Object[]{value}));
            }
        }
        for (String member : methods) {
            builder.paramsMethod(member, CoreTypes.OBJECT, (owner, args) -> invoke(owner, member, (Object[]) args[0]),
                    TypeAdapter.param("arguments", CoreTypes.OBJECT.arrayType()));
        }
    }

    /**
     * {@code getName} and {@code isEmpty} name the properties {@code Name} and {@code Empty}; other names
     * none. {@code getClass} is left a method: PowerShell's own {@code GetType()} tells an object's type.
     */
    private static String getterProperty(String member) {
        if (member.equals("getClass")) {
            return null;
        }
        int prefix = member.startsWith("get") ? 3 : member.startsWith("is") ? 2 : 0;
        if (prefix == 0 || member.length() == prefix || !Character.isUpperCase(member.charAt(prefix))) {
            return null;
        }
        return member.substring(prefix);
    }

    @TruffleBoundary
    private static Object readMember(Object owner, String member) {
        try {
            return importValue(INTEROP.readMember(owner, member));
        } catch (AbstractTruffleException e) {
            throw hostException(e);
        } catch (InteropException e) {
            throw unsupported(owner, e);
        }
    }

    @TruffleBoundary
    private static void writeMember(Object owner, String member, Object value) {
        try {
            INTEROP.writeMember(owner, member, InteropValues.export(value));
        } catch (AbstractTruffleException e) {
            throw hostException(e);
        } catch (InteropException e) {
            throw new PSRuntimeException("PropertyAssignmentException", ErrorCategory.InvalidOperation,
                    "'" + member + "' is a ReadOnly property.");
        }
    }

    @TruffleBoundary
    private static Object invoke(Object owner, String member, Object[] args) {
        try {
            return importValue(INTEROP.invokeMember(owner, member, exportAll(args)));
        } catch (AbstractTruffleException e) {
            throw hostException(e);
        } catch (UnknownIdentifierException e) {
            throw MemberAccess.methodNotFound(DotNetType.of(owner), member);
        } catch (InteropException e) {
            throw new MethodException("MethodArgumentConversionInvalidCast", "Cannot call \"" + member
                    + "\" with " + args.length + " argument(s): " + e.getMessage());
        }
    }

    @TruffleBoundary
    private static Object instantiate(Object hostClass, Object[] args) {
        try {
            return importValue(INTEROP.instantiate(hostClass, exportAll(args)));
        } catch (AbstractTruffleException e) {
            throw hostException(e);
        } catch (InteropException e) {
            throw new MethodException("MethodArgumentConversionInvalidCast", "Cannot create [" + metaName(hostClass)
                    + "] with " + args.length + " argument(s): " + e.getMessage());
        }
    }

    private static Object[] exportAll(Object[] args) {
        Object[] exported = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            exported[i] = InteropValues.export(args[i]);
        }
        return exported;
    }

    /** An exception the host code threw (or another language's), as .NET code's exceptions reach PowerShell. */
    private static RuntimeException hostException(AbstractTruffleException e) {
        if (e instanceof PoshException) {
            return e;
        }
        String typeName = "System.Exception";
        try {
            if (INTEROP.hasMetaObject(e)) {
                typeName = INTEROP.asString(INTEROP.getMetaQualifiedName(INTEROP.getMetaObject(e)));
            }
        } catch (InteropException ignored) {
            // keep the generic name
        }
        return new DotNetException(typeName, e.getMessage());
    }

    private static PSRuntimeException unsupported(Object value, InteropException e) {
        return new PSRuntimeException("ForeignObjectAccess", ErrorCategory.InvalidOperation,
                "The object of type [" + metaName(value) + "] cannot be used this way: " + e.getMessage());
    }

    /**
     * The elements of a foreign array or iterable, in PowerShell's enumeration; null for a foreign
     * scalar (which includes maps: PowerShell does not enumerate dictionaries).
     */
    @TruffleBoundary
    static Iterable<?> getEnumerable(Object value) {
        if (INTEROP.hasArrayElements(value)) {
            return new ArrayView(value);
        } else if (INTEROP.hasIterator(value) && !INTEROP.hasHashEntries(value) && !INTEROP.isString(value)) {
            return () -> new ForeignIterator(value);
        }
        return null;
    }

    /** A foreign array's size, for {@code Count} and {@code Length}; -1 for others. */
    @TruffleBoundary
    static long arraySize(Object value) {
        try {
            return INTEROP.hasArrayElements(value) ? INTEROP.getArraySize(value) : -1;
        } catch (InteropException e) {
            throw unsupported(value, e);
        }
    }

    /** A foreign map's value for a key, {@code $map.key} and {@code $map['key']}; AutomationNull when absent. */
    @TruffleBoundary
    static Object readHashValue(Object value, Object key) {
        Object exportedKey = InteropValues.export(key);
        try {
            if (INTEROP.hasHashEntries(value) && INTEROP.isHashEntryReadable(value, exportedKey)) {
                return importValue(INTEROP.readHashValue(value, exportedKey));
            }
            return AutomationNull.VALUE;
        } catch (InteropException e) {
            throw unsupported(value, e);
        }
    }

    /** The string PowerShell makes of a foreign object: the Java object's toString for host objects. */
    @TruffleBoundary
    static String toStringValue(Object value) {
        try {
            return INTEROP.asString(INTEROP.toDisplayString(value));
        } catch (InteropException e) {
            throw unsupported(value, e);
        }
    }

    private static final class ArrayView extends AbstractList<Object> {
        private final Object array;

        ArrayView(Object array) {
            this.array = array;
        }

        @Override
        public Object get(int index) {
            try {
                return importValue(INTEROP.readArrayElement(array, index));
            } catch (InteropException e) {
                throw unsupported(array, e);
            }
        }

        @Override
        public int size() {
            return (int) arraySize(array);
        }
    }

    private static final class ForeignIterator implements Iterator<Object> {
        private final Object iterator;

        ForeignIterator(Object iterable) {
            try {
                this.iterator = INTEROP.getIterator(iterable);
            } catch (InteropException e) {
                throw unsupported(iterable, e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return INTEROP.hasIteratorNextElement(iterator);
            } catch (InteropException e) {
                throw unsupported(iterator, e);
            }
        }

        @Override
        public Object next() {
            try {
                return importValue(INTEROP.getIteratorNextElement(iterator));
            } catch (StopIterationException e) {
                throw new NoSuchElementException();
            } catch (InteropException e) {
                throw unsupported(iterator, e);
            }
        }
    }
}
