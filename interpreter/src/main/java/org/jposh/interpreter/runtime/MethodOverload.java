package org.jposh.interpreter.runtime;

import java.util.function.Function;

/**
 * One signature of a .NET method as JPosh provides it: parameter names and types (arguments are
 * converted to them before the call), whether the last parameter is a {@code params} array, and the
 * Java code that runs it. {@code declaringInterface} names the interface of a method a type implements
 * only explicitly ({@code IList} for an array's {@code get_Item}), which its definition shows; null otherwise.
 */
public record MethodOverload(DotNetType returnType, Parameter[] parameters, boolean paramsArray, boolean isStatic,
                             Invoker invoker, String declaringInterface) {

    public MethodOverload(DotNetType returnType, Parameter[] parameters, boolean paramsArray, boolean isStatic,
                          Invoker invoker) {
        this(returnType, parameters, paramsArray, isStatic, invoker, null);
    }

    /** A parameter; a type of {@code [ref]} means the caller must pass a PSReference (out and ref parameters). */
    public record Parameter(String name, DotNetType type) {
    }

    /** The code of a method: gets the target (null for static methods) and the converted arguments. */
    @FunctionalInterface
    public interface Invoker {
        Object invoke(Object target, Object[] args);
    }

    /** The same overload called on the object {@code target} finds for the target (a script object's base object). */
    MethodOverload retargeted(Function<Object, Object> target) {
        return new MethodOverload(returnType, parameters, paramsArray, isStatic,
                (t, a) -> invoker.invoke(target.apply(t), a), declaringInterface);
    }

    public boolean accepts(int argumentCount) {
        return paramsArray ? argumentCount >= parameters.length - 1 : argumentCount == parameters.length;
    }

    /**
     * The definition as OverloadDefinitions and Get-Member list it: {@code string Substring(int startIndex)},
     * {@code bool Equals(System.Object obj)} (accelerators where a type has one, full names otherwise),
     * {@code System.Object IList.get_Item(int index)}.
     */
    public String definition(String name) {
        StringBuilder sb = new StringBuilder();
        // a constructor, which scripts call as the static method new, is no static method to .NET: uri new(...)
        if (isStatic && !name.equals("new")) {
            sb.append("static ");
        }
        sb.append(typeName(returnType)).append(' ');
        if (declaringInterface != null) {
            sb.append(declaringInterface).append('.');
        }
        sb.append(name).append('(');
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (paramsArray && i == parameters.length - 1) {
                sb.append("Params ");
            }
            sb.append(typeName(parameters[i].type())).append(' ').append(parameters[i].name());
        }
        return sb.append(')').toString();
    }

    private static String typeName(DotNetType type) {
        if (type == CoreTypes.VOID) {
            return "void";
        }
        if (type == CoreTypes.PS_REFERENCE) {
            return "[ref]";
        }
        return type.powerShellName();
    }
}
