package org.jposh.interpreter.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the interfaces of a script class ({@code class C : System.IComparable, java.lang.Runnable}) mean
 * at run time, and the check that the class implements them.
 *
 * <p>JPosh models .NET types as {@link DotNetType}s over one Java class for every script object
 * ({@link ScriptObject}), so a .NET interface needs no JVM type: the places .NET would call through the
 * interface (comparison and sorting for IComparable, {@code -eq} for Equals, enumeration for
 * IEnumerable/IEnumerator, List.Sort for IComparer) ask the script object for the method by name. Only
 * Java code needs a JVM object of the interface's type: a script object handed to a Java method taking
 * {@code Runnable} or {@code Comparator} becomes a {@link Proxy} whose calls run the script methods.
 * A proxy (rather than a subclass generated with java.lang.classfile) suffices because a script class can
 * only add interfaces to its Java view; a Java class as base would need a generated subclass, and is not
 * supported.
 */
public final class ClassInterfaces {
    /** The Java stand-in for System.IEquatable`1, which has no Java counterpart. */
    public interface Equatable {
    }

    private ClassInterfaces() {
    }

    /** A method an interface requires: its .NET name, parameter count and whether it returns a value. */
    record Required(String name, int parameterCount, boolean returnsValue) {
    }

    /** The methods a script class must declare to implement the interface; properties as their getters (get_Current). */
    static List<Required> requiredMethods(DotNetType type) {
        DotNetType definition = type.genericDefinition() != null ? type.genericDefinition() : type;
        List<Required> result = new ArrayList<>();
        if (definition == CoreTypes.ICOMPARABLE || definition == CoreTypes.ICOMPARABLE_T) {
            result.add(new Required("CompareTo", 1, true));
        } else if (definition == CoreTypes.IEQUATABLE) {
            result.add(new Required("Equals", 1, true));
        } else if (definition == CoreTypes.IDISPOSABLE) {
            result.add(new Required("Dispose", 0, false));
        } else if (definition == CoreTypes.IENUMERABLE || definition == CoreTypes.IENUMERABLE_T) {
            result.add(new Required("GetEnumerator", 0, true));
        } else if (definition == CoreTypes.IENUMERATOR || definition == CoreTypes.IENUMERATOR_T) {
            result.add(new Required("MoveNext", 0, true));
            result.add(new Required("get_Current", 0, true));
            result.add(new Required("Reset", 0, false));
        } else if (definition == CoreTypes.ICOMPARER || definition == CoreTypes.ICOMPARER_T) {
            result.add(new Required("Compare", 2, true));
        } else if (type.isJavaType()) {
            for (Method method : type.javaClass().getMethods()) {
                if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
                    result.add(new Required(method.getName(), method.getParameterCount(),
                            method.getReturnType() != void.class));
                }
            }
        }
        return result;
    }

    /** Whether an interface's method is one every object has (Comparator declares equals). */
    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether a value is a script object whose class implements the interface. */
    static boolean implementsInterface(Object value, DotNetType type) {
        return value instanceof ScriptObject script && type.isAssignableFrom(script.dotNetType());
    }

    /**
     * The elements of a script object that is IEnumerable (what its GetEnumerator() gives) or an
     * IEnumerator itself; null when it is neither.
     */
    static Iterable<?> enumerable(ScriptObject script) {
        if (implementsInterface(script, CoreTypes.IENUMERABLE)) {
            return () -> iterator(script.invoke("GetEnumerator"));
        } else if (implementsInterface(script, CoreTypes.IENUMERATOR)) {
            Iterator<Object> iterator = new EnumeratorIterator(script);
            return () -> iterator;
        }
        return null;
    }

    /** An IComparer argument as a Java comparator: Comparer.Default's order for $null, else the object's Compare(x, y). */
    static Comparator<Object> comparer(Object comparer) {
        Object base = PSObject.base(comparer);
        if (base == null) {
            return ArrayMembers::compare;
        } else if (base instanceof ScriptObject script) {
            return (x, y) -> LanguagePrimitives.toInt(script.invoke("Compare", x, y));
        }
        @SuppressWarnings("unchecked")
        Comparator<Object> java = (Comparator<Object>) base;
        return java;
    }

        /** An IEnumerator as a Java iterator: Java iterators themselves, anything else through MoveNext() and Current. */
    @SuppressWarnings("unchecked")
    static Iterator<Object> iterator(Object enumerator) {
        Object base = PSObject.base(enumerator);
        if (base instanceof Iterator<?> iterator) {
            return (Iterator<Object>) iterator;
        }
        if (base == null) {
            return java.util.Collections.emptyIterator();
        }
        return new EnumeratorIterator(base);
    }

    /** Walks an object with MoveNext() and Current, as foreach walks an IEnumerator. */
    private static final class EnumeratorIterator implements Iterator<Object> {
        private final Object enumerator;
        private Boolean hasNext;

        EnumeratorIterator(Object enumerator) {
            this.enumerator = enumerator;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                hasNext = LanguagePrimitives.isTrue(MemberAccess.invokeMethod(enumerator, "MoveNext", new Object[0]));
            }
            return hasNext;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            // A script class implements the property with a Current property or a get_Current() method. The
            // type's own members, not member access: that would enumerate the enumerator for a missing one.
            PSProperty current = DotNetType.of(enumerator).adapter().property("Current");
            return current != null ? current.getValue(enumerator)
                    : MemberAccess.invokeMethod(enumerator, "get_Current", new Object[0]);
        }
    }

    /**
     * The script object as a Java object of the interface a Java method takes, or the object itself when
     * it does not implement it; each call of the proxy runs the script method of the same name (the .NET
     * name for the Java interfaces the .NET ones stand for: Comparable.compareTo is CompareTo,
     * AutoCloseable.close is Dispose, Iterable.iterator is GetEnumerator) and converts its result to the
     * Java method's return type.
     */
    static Object toJava(Object value, Class<?> parameterType) {
        if (!(value instanceof ScriptObject script) || !parameterType.isInterface() || parameterType.isInstance(value)
                || !DotNetType.forJavaClass(parameterType).isAssignableFrom(script.dotNetType())) {
            return value;
        }
        return Proxy.newProxyInstance(parameterType.getClassLoader(), new Class<?>[] {parameterType},
                new ScriptObjectHandler(script));
    }

    /** The script object behind a proxy {@link #toJava} made, or the value itself. */
    static Object fromJava(Object value) {
        if (value != null && Proxy.isProxyClass(value.getClass())
                && Proxy.getInvocationHandler(value) instanceof ScriptObjectHandler handler) {
            return handler.script;
        }
        return value;
    }

    private record ScriptObjectHandler(ScriptObject script) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            Object[] arguments = args == null ? new Object[0] : args;
            if (isObjectMethod(method)) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0] || script.equals(fromJava(arguments[0]));
                    case "hashCode" -> script.hashCode();
                    default -> script.toString();
                };
            }
            String name = dotNetName(method);
            if (name.equals("GetEnumerator") && method.getReturnType() == Iterator.class) {
                return iterator(script.invoke(name));
            }
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = fromJava(arguments[i]);
            }
            Object result = script.invoke(name, arguments);
            if (method.getReturnType() == void.class) {
                return null;
            }
            return LanguagePrimitives.convertTo(result, method.getReturnType());
        }

        private static String dotNetName(Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (owner == AutoCloseable.class) {
                return "Dispose";
            } else if (owner == Iterable.class && method.getName().equals("iterator")) {
                return "GetEnumerator";
            }
            return method.getName();
        }
    }
}
