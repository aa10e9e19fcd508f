package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A .NET property with parameters, an indexer: string's {@code Chars}, a collection's {@code Item}. Scripts
 * call it as a method ({@code 'abc'.Chars(1)}, {@code $list.Item(0)}) and assign through it
 * ({@code $h.Item('k') = 5}); it also has accessor methods ({@code get_Item}, {@code set_Item}) as a .NET
 * indexer has. Overloads are chosen as a method's are; failures are pwsh's: a .NET exception is
 * "Exception getting/setting "Item"" (GetValueInvocationException, SetValueInvocationException), an
 * argument count no overload takes is the method's MethodCountCouldNotFindBest (so is assigning through
 * a property without a setter, which has no overloads to choose among).
 */
public final class PSParameterizedProperty extends PSMethodInfo {
    private final DotNetType type;
    /** The get overloads, under the property's name (which errors show). */
    private final PSMethod getter;
    /** The set overloads (the indexes, then the value), under the property's name; none for a read-only one. */
    private final PSMethod setter;
    private final List<String> definitions;

    /**
     * One overload of an indexer: its value type, the interface that declares it when the type implements it
     * only explicitly ({@code IList} for an array's), its index parameters and the code getting and setting it
     * (the setter, or null for a read-only overload, gets the converted indexes and then the value).
     */
    public record Indexer(DotNetType type, String declaringInterface, MethodOverload.Parameter[] parameters,
                          MethodOverload.Invoker get, MethodOverload.Invoker set) {
        MethodOverload getOverload() {
            return new MethodOverload(type, parameters, false, false, get, declaringInterface);
        }

        MethodOverload setOverload() {
            MethodOverload.Parameter[] withValue = Arrays.copyOf(parameters, parameters.length + 1);
            withValue[parameters.length] = new MethodOverload.Parameter("value", type);
            return new MethodOverload(CoreTypes.VOID, withValue, false, false, (owner, args) -> {
                set.invoke(owner, args);
                return AutomationNull.VALUE;
            }, declaringInterface);
        }
    }

    PSParameterizedProperty(String name, List<Indexer> indexers) {
        super(name);
        List<MethodOverload> gets = new ArrayList<>();
        List<MethodOverload> sets = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        DotNetType valueType = indexers.getFirst().type();
        for (Indexer indexer : indexers) {
            MethodOverload get = indexer.getOverload();
            gets.add(get);
            if (indexer.set() != null) {
                sets.add(indexer.setOverload());
            }
            defs.add(get.definition(name) + " {get;" + (indexer.set() != null ? "set;" : "") + "}");
            if (indexer.type() != valueType) {
                valueType = CoreTypes.OBJECT;
            }
        }
        this.type = valueType;
        this.getter = new PSMethod(name, gets.toArray(MethodOverload[]::new));
        this.setter = new PSMethod(name, sets.toArray(MethodOverload[]::new));
        this.definitions = List.copyOf(defs);
    }

    /** {@code $x.Item(args)}: the value at the indexes. */
    @Override
    @TruffleBoundary
    public Object invoke(Object owner, Object[] args) {
        try {
            return getter.call(owner, args);
        } catch (DotNetException e) {
            throw PSProperty.exceptionWhenGetting(name(), e);
        }
    }

    /** {@code $x.Item(args) = value}; errors count the indexes only, as pwsh's do. */
    @TruffleBoundary
    public void invokeSet(Object owner, Object value, Object[] args) {
        if (setter.overloads().stream().noneMatch(o -> o.accepts(args.length + 1))) {
            throw setter.noOverload(args.length);
        }
        Object[] withValue = Arrays.copyOf(args, args.length + 1);
        withValue[args.length] = value;
        try {
            setter.call(owner, withValue);
        } catch (DotNetException e) {
            throw PSProperty.exceptionWhenSetting(name(), e);
        }
    }

    /** The get accessor, {@code get_Item}: the same overloads as a plain method. */
    PSMethod getAccessor() {
        return PSMethod.special("get_" + name(), getter.overloads().toArray(MethodOverload[]::new));
    }

    /** The set accessor, {@code set_Item(int index, System.Object value)}, or null for a read-only property. */
    PSMethod setAccessor() {
        List<MethodOverload> sets = setter.overloads();
        return sets.isEmpty() ? null : PSMethod.special("set_" + name(), sets.toArray(MethodOverload[]::new));
    }

    public boolean isSettable() {
        return !setter.overloads().isEmpty();
    }

    /** The value type, as TypeNameOfValue shows it (System.Object when overloads differ). */
    public String typeNameOfValue() {
        return type.fullName();
    }

    /** The definitions, {@code char Chars(int index) {get;}}, one for each overload. */
    @Override
    public List<String> overloadDefinitions() {
        return definitions;
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.ParameterizedProperty;
    }
}
