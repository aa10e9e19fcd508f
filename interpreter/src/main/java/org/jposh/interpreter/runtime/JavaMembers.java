package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.nodes.ControlFlowException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public members of a plain Java class, by their Java names: methods and constructors ({@code new})
 * as overloads that {@link PSMethod} chooses among by argument conversion, public fields as properties.
 * They are read by reflection once, when the type's adapter is built (the adapter is the cache, keyed
 * by class and member name), and each overload keeps a method handle, so a call does no reflection.
 *
 * <p>Classes that are not public or whose package their module does not export (such as the class
 * {@code List.of()} returns) show the members of their public superclasses and interfaces. JPosh's own
 * classes show only their .NET members.
 */
final class JavaMembers {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    private JavaMembers() {
    }

    /** Whether a class's Java members are offered to scripts: any class but JPosh's own, arrays and primitives. */
    static boolean isReflectable(Class<?> type) {
        return type != null && !type.isArray() && !type.isPrimitive()
                && !type.getPackageName().startsWith("org.jposh.");
    }

    /** Whether scripts may name the class in a type literal: a public class of a package exported to all. */
    static boolean isNameable(Class<?> type) {
        return isReflectable(type) && isAccessible(type);
    }

    private static boolean isAccessible(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    /** Adds the members of {@code javaClass} (or of its accessible supertypes) to the builder. */
    static void define(TypeAdapter.Builder b, Class<?> javaClass) {
        if (isAccessible(javaClass)) {
            defineFrom(b, javaClass, true);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Class<?> type : accessibleSupertypes(javaClass)) {
            defineFrom(b, type, false, seen);
        }
    }

    private static void defineFrom(TypeAdapter.Builder b, Class<?> type, boolean withStatics) {
        defineFrom(b, type, withStatics, new HashSet<>());
    }

    private static void defineFrom(TypeAdapter.Builder b, Class<?> type, boolean withStatics, Set<String> seen) {
        for (Method method : type.getMethods()) {
            boolean isStatic = Modifier.isStatic(method.getModifiers());
            if (method.isBridge() || method.isSynthetic() || isStatic && !withStatics
                    || !seen.add((isStatic ? "static " : "") + method.getName()
                    + MethodType.methodType(method.getReturnType(), method.getParameterTypes()))) {
                continue;
            }
            MethodHandle handle = handle(type, method, isStatic);
            if (handle == null) {
                continue;
            }
            DotNetType returnType = DotNetType.forJavaClass(method.getReturnType());
            MethodOverload.Invoker invoker = isStatic
                    ? (t, a) -> call(handle, method.getName(), null, a)
                    : (t, a) -> call(handle, method.getName(), t, a);
            MethodOverload.Parameter[] parameters = parameters(method);
            if (isStatic) {
                if (method.isVarArgs()) {
                    b.staticParamsMethod(method.getName(), returnType, invoker, parameters);
                } else {
                    b.staticMethod(method.getName(), returnType, invoker, parameters);
                }
            } else if (method.isVarArgs()) {
                b.paramsMethod(method.getName(), returnType, invoker, parameters);
            } else {
                b.method(method.getName(), returnType, invoker, parameters);
            }
        }
        if (!withStatics) {
            return;
        }
        if (!Modifier.isAbstract(type.getModifiers())) {
            for (Constructor<?> constructor : type.getConstructors()) {
                MethodHandle handle;
                try {
                    handle = LOOKUP.unreflectConstructor(constructor).asFixedArity();
                } catch (IllegalAccessException e) {
                    continue;
                }
                b.constructor((t, a) -> call(handle, "new", null, a), parameters(constructor));
            }
        }
        for (Field field : type.getFields()) {
            defineField(b, field);
        }
    }

    private static void defineField(TypeAdapter.Builder b, Field field) {
        MethodHandle getter;
        MethodHandle setter;
        try {
            getter = LOOKUP.unreflectGetter(field);
            setter = Modifier.isFinal(field.getModifiers()) ? null : LOOKUP.unreflectSetter(field);
        } catch (IllegalAccessException e) {
            return;
        }
        DotNetType type = DotNetType.forJavaClass(field.getType());
        if (Modifier.isStatic(field.getModifiers())) {
            b.staticField(field.getName(), type, () -> call(getter, field.getName(), null, new Object[0]));
        } else {
            b.field(field.getName(), type, o -> call(getter, field.getName(), o, new Object[0]),
                    setter == null ? null : (o, v) -> call(setter, field.getName(), o, new Object[] {v}));
        }
    }

    /** A handle found through the public class it is called on, so that public methods of non-public superclasses work. */
    private static MethodHandle handle(Class<?> type, Method method, boolean isStatic) {
        MethodType methodType = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
        try {
            MethodHandle handle = isStatic
                    ? LOOKUP.findStatic(type, method.getName(), methodType)
                    : LOOKUP.findVirtual(type, method.getName(), methodType);
            return handle.asFixedArity();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    private static MethodOverload.Parameter[] parameters(Executable executable) {
        Class<?>[] types = executable.getParameterTypes();
        java.lang.reflect.Parameter[] declared = executable.getParameters();
        MethodOverload.Parameter[] parameters = new MethodOverload.Parameter[types.length];
        for (int i = 0; i < types.length; i++) {
            parameters[i] = param(declared[i].getName(), DotNetType.forJavaClass(types[i]));
        }
        return parameters;
    }

    private static Object call(MethodHandle handle, String name, Object target, Object[] args) {
        List<Object> arguments = new ArrayList<>(args.length + 1);
        if (target != null) {
            arguments.add(target);
        }
        for (Object arg : args) {
            // a script object implementing the interface the Java method takes goes as a proxy of it
            arguments.add(ClassInterfaces.toJava(arg, handle.type().parameterType(arguments.size())));
        }
        Object result;
        try {
            result = handle.invokeWithArguments(arguments);
        } catch (Error | ControlFlowException | PipelineStoppedException e) {
            throw e;
        } catch (Throwable e) {
            throw javaException(e);
        }
        return handle.type().returnType() == void.class ? AutomationNull.VALUE : ClassInterfaces.fromJava(result);
    }

    /** A Java exception as the .NET exception method calls report: its class name and message. */
    private static DotNetException javaException(Throwable e) {
        if (e instanceof DotNetException dotNet) {
            return dotNet;
        } else if (e instanceof PoshException script) {
            // a script method a proxy ran (ClassInterfaces) failed: its exception, as .NET would see it
            return new DotNetException(script.errorRecord().exception().dotNetType().fullName(),
                    script.errorRecord().message());
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
        return new DotNetException(e.getClass().getName(), message);
    }

    /** The public superclasses and interfaces of a class that is not itself accessible, nearest first. */
    private static Set<Class<?>> accessibleSupertypes(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (isAccessible(c)) {
                result.add(c);
            }
            addInterfaces(c, result);
        }
        return result;
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> result) {
        for (Class<?> i : type.getInterfaces()) {
            if (isAccessible(i)) {
                result.add(i);
            }
            addInterfaces(i, result);
        }
    }
}
