package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;

/**
 * A script block converted to a delegate type ({@code [Func[int,string]]{ ... }}, a {@code [Predicate[int]]}
 * parameter), as pwsh's ScriptBlock.GetDelegate makes one: its type is the delegate's, and calling it (its
 * {@code Invoke}, or .NET code such as List.Find) converts the arguments to the delegate's parameter types, runs
 * the block as pwsh's InvokeAsDelegateHelper does (see {@link Delegates}) and converts the output to the
 * delegate's return type; an Action's output is dropped.
 */
public final class ScriptDelegate implements DotNetTyped, ScriptCallable {
    private final DotNetType type;
    private final ScriptCallable block;
    private final Signature signature;

    private ScriptDelegate(DotNetType type, ScriptCallable block) {
        this.type = type;
        this.block = block;
        this.signature = Signature.of(type);
    }

    /**
     * The script block as a delegate of {@code type}; a generic delegate left open ({@code Func`2}, as a .NET
     * method that infers its type arguments declares it) takes the block as it is.
     */
    static Object of(ScriptBlock block, DotNetType type) {
        return type.isGenericTypeDefinition() ? block : new ScriptDelegate(type, block);
    }

    /**
     * Whether the delegate goes where {@code type} is asked for: its own type, that type's open definition, or the
     * definition made with object where the delegate has another type (what a generic .NET method such as
     * ConvertAll[TOutput] infers from it, which JPosh declares with object).
     */
    boolean isOf(DotNetType type) {
        if (type == this.type || type == this.type.genericDefinition()) {
            return true;
        }
        if (type.genericDefinition() == null || type.genericDefinition() != this.type.genericDefinition()) {
            return false;
        }
        List<DotNetType> wanted = type.genericArguments();
        List<DotNetType> own = this.type.genericArguments();
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i) != own.get(i) && wanted.get(i) != CoreTypes.OBJECT) {
                return false;
            }
        }
        return true;
    }

    /** The type of what the delegate returns; null for an Action's nothing. */
    DotNetType returnType() {
        return signature.returnType;
    }

    /** The block's output, converted to the return type; {@code $this} and {@code $_} are not set, as in pwsh. */
    @Override
    public Object invoke(Object dollarThis, Object dollarUnder, Object[] args) {
        Object result = block.invoke(null, null, args);
        if (signature.returnType == null) {
            return AutomationNull.VALUE;
        }
        return LanguagePrimitives.convertTo(result, signature.returnType);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    /** The delegate type's full name, as .NET's Object.ToString writes a delegate. */
    @Override
    public String toString() {
        return type.fullName();
    }

    /** Invoke, with the delegate's parameters, and DynamicInvoke, with any arguments. */
    static void defineMembers(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        if (type.isGenericTypeDefinition()) {
            return;
        }
        Signature signature = Signature.of(type);
        MethodOverload.Parameter[] parameters = new MethodOverload.Parameter[signature.parameterTypes.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = param("arg" + (i + 1), signature.parameterTypes.get(i));
        }
        DotNetType returnType = signature.returnType == null ? CoreTypes.VOID : signature.returnType;
        b.method("Invoke", returnType, (d, a) -> ((ScriptDelegate) d).invoke(null, null, a), parameters);
        b.paramsMethod("DynamicInvoke", CoreTypes.OBJECT, (d, a) -> ((ScriptDelegate) d).dynamicInvoke((Object[]) a[0]),
                param("args", CoreTypes.OBJECT_ARRAY));
    }

    /** Delegate.DynamicInvoke: the arguments converted to the parameter types first; a wrong count is .NET's error. */
    private Object dynamicInvoke(Object[] args) {
        Object[] given = args == null ? new Object[0] : args;
        List<DotNetType> parameterTypes = signature.parameterTypes;
        if (given.length != parameterTypes.size()) {
            throw new DotNetException("System.Reflection.TargetParameterCountException",
                    "Parameter count mismatch.");
        }
        Object[] converted = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            converted[i] = LanguagePrimitives.convertTo(given[i], parameterTypes.get(i));
        }
        Object result = invoke(null, null, converted);
        return result == AutomationNull.VALUE ? null : result;
    }

    /** What a delegate type takes and returns, read from its generic definition as .NET declares each. */
    private record Signature(List<DotNetType> parameterTypes, DotNetType returnType) {
        static Signature of(DotNetType type) {
            DotNetType definition = type.genericDefinition();
            if (definition == null) {
                return type == CoreTypes.MATCH_EVALUATOR ? new Signature(List.of(CoreTypes.MATCH), CoreTypes.STRING)
                        : new Signature(List.of(), null);
            }
            List<DotNetType> arguments = type.genericArguments();
            if (CoreTypes.FUNC.contains(definition)) {
                return new Signature(arguments.subList(0, arguments.size() - 1), arguments.getLast());
            } else if (definition == CoreTypes.PREDICATE) {
                return new Signature(arguments, CoreTypes.BOOLEAN);
            } else if (definition == CoreTypes.COMPARISON) {
                return new Signature(List.of(arguments.getFirst(), arguments.getFirst()), CoreTypes.INT32);
            } else if (definition == CoreTypes.CONVERTER) {
                return new Signature(arguments.subList(0, 1), arguments.get(1));
            }
            return new Signature(arguments, null);
        }
    }
}
