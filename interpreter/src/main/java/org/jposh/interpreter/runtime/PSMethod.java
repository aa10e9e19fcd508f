package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;

/**
 * A .NET method with its overloads, as a type's {@link TypeAdapter} provides it. A call site looks it
 * up once and keeps it; each call picks the overload by argument count, then by how well the
 * arguments convert to the parameter types (exact type best, then numeric widening, parsing a string,
 * any conversion), converts the arguments and runs it. Exceptions the method raises become
 * MethodInvocationException, as in pwsh.
 */
public final class PSMethod extends PSMethodInfo {
    private final MethodOverload[] overloads;

    PSMethod(String name, MethodOverload[] overloads) {
        super(name);
        this.overloads = overloads;
    }

    public List<MethodOverload> overloads() {
        return List.of(overloads);
    }

    @Override
    @TruffleBoundary
    public Object invoke(Object owner, Object[] args) {
        MethodOverload overload = select(args);
        Object[] converted = convertArguments(overload, args);
        try {
            return overload.invoker().invoke(owner, converted);
        } catch (DotNetException e) {
            throw new MethodInvocationException(name(), args.length, e);
        }
    }

    private MethodOverload select(Object[] args) {
        MethodOverload best = null;
        int bestScore = Integer.MIN_VALUE;
        for (MethodOverload overload : overloads) {
            if (!overload.accepts(args.length)) {
                continue;
            }
            int score = score(overload, args);
            if (score > bestScore) {
                best = overload;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new MethodException("MethodCountCouldNotFindBest", "Cannot find an overload for \"" + name()
                    + "\" and the argument count: \"" + args.length + "\".");
        }
        return best;
    }

    /** The sum of the conversion ranks of the arguments; a params array costs a little, as in pwsh. */
    private static int score(MethodOverload overload, Object[] args) {
        MethodOverload.Parameter[] parameters = overload.parameters();
        int score = 0;
        for (int i = 0; i < args.length; i++) {
            boolean inParams = overload.paramsArray() && i >= parameters.length - 1;
            DotNetType type = parameters[Math.min(i, parameters.length - 1)].type();
            if (inParams && !(args.length == parameters.length && isCollection(args[i]))) {
                type = type.elementType();
            }
            score += LanguagePrimitives.conversionRank(args[i], type).ordinal();
        }
        return overload.paramsArray() ? score - 1 : score;
    }

    private Object[] convertArguments(MethodOverload overload, Object[] args) {
        MethodOverload.Parameter[] parameters = overload.parameters();
        Object[] converted = new Object[parameters.length];
        int fixedCount = overload.paramsArray() ? parameters.length - 1 : parameters.length;
        for (int i = 0; i < fixedCount; i++) {
            converted[i] = convertArgument(parameters[i], args[i], i);
        }
        if (overload.paramsArray()) {
            MethodOverload.Parameter last = parameters[fixedCount];
            if (args.length == parameters.length && isCollection(args[fixedCount])) {
                converted[fixedCount] = convertArgument(last, args[fixedCount], fixedCount);
            } else {
                List<Object> rest = new ArrayList<>();
                MethodOverload.Parameter element = new MethodOverload.Parameter(last.name(), last.type().elementType());
                for (int i = fixedCount; i < args.length; i++) {
                    rest.add(convertArgument(element, args[i], i));
                }
                converted[fixedCount] = LanguagePrimitives.convertTo(rest.toArray(), last.type());
            }
        }
        return converted;
    }

    private Object convertArgument(MethodOverload.Parameter parameter, Object arg, int index) {
        if (parameter.type() == CoreTypes.PS_REFERENCE) {
            if (!(arg instanceof PSReference)) {
                throw new MethodException("NonRefArgumentToRefParameterMsg", "Argument: '" + (index + 1)
                        + "' should be a System.Management.Automation.PSReference. Use [ref].");
            }
            return arg;
        }
        try {
            return LanguagePrimitives.convertTo(arg, parameter.type());
        } catch (PSInvalidCastException e) {
            throw new MethodException("MethodArgumentConversionInvalidCastArgument", "Cannot convert argument \""
                    + parameter.name() + "\", with value: \"" + LanguagePrimitives.toStringValue(arg) + "\", for \""
                    + name() + "\" to type \"" + parameter.type() + "\": \"" + e.getMessage() + "\"");
        }
    }

    private static boolean isCollection(Object arg) {
        return PSObject.base(arg) instanceof Object[] || PSObject.base(arg) instanceof java.util.List<?>;
    }

    @Override
    public List<String> overloadDefinitions() {
        List<String> definitions = new ArrayList<>();
        for (MethodOverload overload : overloads) {
            definitions.add(overload.definition(name()));
        }
        return definitions;
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.Method;
    }
}
