package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;

/**
 * A .NET method with its overloads, as a type's {@link TypeAdapter} provides it. A call site looks it
 * up once and keeps it; each call picks the overload by argument count, then as pwsh's
 * CompareOverloadCandidates does by how well each argument's type converts to the parameter type
 * (exact type best, then numeric widening, a numeric string, narrowing...; the value itself is not
 * looked at, so {@code [math]::Round(2.5, 'AwayFromZero')} picks Round(double, int) and fails),
 * converts the arguments and runs it. Exceptions the method raises become
 * MethodInvocationException, as in pwsh.
 */
public final class PSMethod extends PSMethodInfo {
    private final MethodOverload[] overloads;
    private final boolean special;
    private volatile Selection lastSelection;

    /**
     * The overload chosen for the argument types of the last call. The choice depends only on the
     * arguments' types (never on their values), so a call with the same types reuses it.
     */
    private record Selection(DotNetType[] argumentTypes, MethodOverload overload) {
    }

    PSMethod(String name, MethodOverload[] overloads) {
        this(name, overloads, false);
    }

    private PSMethod(String name, MethodOverload[] overloads, boolean special) {
        super(name);
        this.overloads = overloads;
        this.special = special;
    }

    /** A method with .NET's special name flag: a property's accessor ({@code get_Length}, {@code get_Item}). */
    static PSMethod special(String name, MethodOverload... overloads) {
        return new PSMethod(name, overloads, true);
    }

    /**
     * Whether the method is a property accessor, which scripts can call and member lists include, but
     * which Get-Member shows only with -Force and tab completion does not offer (pwsh's PSMethod.IsSpecial).
     */
    public boolean isSpecial() {
        return special;
    }

    public List<MethodOverload> overloads() {
        return List.of(overloads);
    }

    @Override
    @TruffleBoundary
    public Object invoke(Object owner, Object[] args) {
        try {
            return call(owner, args);
        } catch (DotNetException e) {
            // pwsh names a constructor by its .NET name, whether called as ::new() or by New-Object.
            throw new MethodInvocationException(name().equals("new") ? ".ctor" : name(), args.length, e);
        }
    }

    /**
     * Picks the overload, converts the arguments and runs it, letting the .NET exception it raises through
     * (a parameterized property reports it as getting or setting the property, not as a method call).
     */
    Object call(Object owner, Object[] args) {
        MethodOverload overload = select(args);
        return overload.invoker().invoke(owner, convertArguments(overload, args));
    }

    private MethodOverload select(Object[] args) {
        Selection last = lastSelection;
        if (last != null && hasTypes(args, last.argumentTypes)) {
            return last.overload;
        }
        DotNetType[] types = new DotNetType[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = DotNetType.of(PSObject.base(args[i]));
        }
        MethodOverload overload = selectByConversion(args);
        lastSelection = new Selection(types, overload);
        return overload;
    }

    private static boolean hasTypes(Object[] args, DotNetType[] types) {
        if (args.length != types.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (DotNetType.of(PSObject.base(args[i])) != types[i]) {
                return false;
            }
        }
        return true;
    }

    private MethodOverload selectByConversion(Object[] args) {
        MethodOverload best = null;
        LanguagePrimitives.ConversionRank[] bestRanks = null;
        boolean ambiguous = false;
        for (MethodOverload overload : overloads) {
            if (!overload.accepts(args.length)) {
                continue;
            }
            LanguagePrimitives.ConversionRank[] ranks = ranks(overload, args);
            if (ranks == null) {
                continue;
            }
            if (best == null) {
                best = overload;
                bestRanks = ranks;
                continue;
            }
            int c = compare(best, bestRanks, overload, ranks, args);
            if (c == 0) {
                ambiguous = true;
            } else if (c < 0) {
                best = overload;
                bestRanks = ranks;
                ambiguous = false;
            }
        }
        if (best == null) {
            throw noOverload(args.length);
        }
        if (ambiguous) {
            throw new MethodException("MethodCountCouldNotFindBest", "Multiple ambiguous overloads found for \""
                    + name() + "\" and the argument count: \"" + args.length + "\".");
        }
        return best;
    }

    /** pwsh's error for a call no overload takes that many arguments of those types. */
    MethodException noOverload(int argumentCount) {
        return new MethodException("MethodCountCouldNotFindBest", "Cannot find an overload for \"" + name()
                + "\" and the argument count: \"" + argumentCount + "\".");
    }

    /** The rank of each argument's conversion to its parameter, or null when one cannot convert at all. */
    private static LanguagePrimitives.ConversionRank[] ranks(MethodOverload overload, Object[] args) {
        LanguagePrimitives.ConversionRank[] ranks = new LanguagePrimitives.ConversionRank[args.length];
        for (int i = 0; i < args.length; i++) {
            ranks[i] = LanguagePrimitives.conversionRank(args[i], parameterType(overload, i, args));
            if (ranks[i] == LanguagePrimitives.ConversionRank.None) {
                return null;
            }
        }
        return ranks;
    }

    /** The type argument i converts to: the params array's element type when the arguments are spread into it. */
    private static DotNetType parameterType(MethodOverload overload, int i, Object[] args) {
        MethodOverload.Parameter[] parameters = overload.parameters();
        DotNetType type = parameters[Math.min(i, parameters.length - 1)].type();
        return i >= parameters.length - 1 && expands(overload, args) ? type.elementType() : type;
    }

    /** Whether the arguments are spread into the params array (rather than one argument being the array). */
    private static boolean expands(MethodOverload overload, Object[] args) {
        int n = overload.parameters().length;
        return overload.paramsArray() && !(args.length == n && isCollection(args[n - 1]));
    }

    /**
     * pwsh's CompareOverloadCandidates: better conversions win, earlier arguments weighing more; on a
     * tie, numeric parameters decide (the most specific type when the arguments widen, the most general
     * when they narrow), then a method not spreading a params array, then the one with fewer parameters.
     */
    private static int compare(MethodOverload m1, LanguagePrimitives.ConversionRank[] r1, MethodOverload m2,
                               LanguagePrimitives.ConversionRank[] r2, Object[] args) {
        int better = 0;
        int multiplier = r1.length;
        for (int i = 0; i < r1.length; i++, multiplier--) {
            better += Integer.signum(r1[i].compareTo(r2[i])) * multiplier;
        }
        if (better == 0) {
            multiplier = r1.length;
            for (int i = 0; i < r1.length; i++, multiplier = Math.abs(multiplier) - 1) {
                if (r1[i].compareTo(LanguagePrimitives.ConversionRank.NullToValue) < 0
                        || r2[i].compareTo(LanguagePrimitives.ConversionRank.NullToValue) < 0) {
                    continue;
                }
                boolean implicit1 = r1[i].compareTo(LanguagePrimitives.ConversionRank.NumericImplicit) >= 0;
                boolean implicit2 = r2[i].compareTo(LanguagePrimitives.ConversionRank.NumericImplicit) >= 0;
                if (implicit1 != implicit2) {
                    continue;
                }
                if (implicit1) {
                    multiplier = -multiplier;
                }
                DotNetType p1 = parameterType(m1, i, args);
                DotNetType p2 = parameterType(m2, i, args);
                int c = LanguagePrimitives.typeConversionRank(p1, p2)
                        .compareTo(LanguagePrimitives.typeConversionRank(p2, p1));
                better += c < 0 ? multiplier : c > 0 ? -multiplier : 0;
            }
        }
        if (better == 0) {
            boolean e1 = expands(m1, args);
            boolean e2 = expands(m2, args);
            if (e1 != e2) {
                return e1 ? -1 : 1;
            }
            better = Integer.compare(m2.parameters().length, m1.parameters().length);
        }
        return better;
    }

    /**
     * The arguments converted to the overload's parameters: {@code args} itself when every argument is already
     * what its parameter takes (most calls), else a copy (callers may use their array again).
     */
    private Object[] convertArguments(MethodOverload overload, Object[] args) {
        MethodOverload.Parameter[] parameters = overload.parameters();
        if (!overload.paramsArray() && args.length == parameters.length) {
            Object[] converted = args;
            for (int i = 0; i < args.length; i++) {
                Object argument = convertArgument(parameters[i], args[i], i);
                if (argument != args[i]) {
                    if (converted == args) {
                        converted = args.clone();
                    }
                    converted[i] = argument;
                }
            }
            return converted;
        }
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
