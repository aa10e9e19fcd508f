package org.jposh.interpreter.runtime;

import java.util.function.Supplier;

/**
 * An automatic variable whose value the engine works out when it is read: {@code $PWD} follows the
 * location, {@code $PSVersionTable} is built on first use so that start-up does not pay for it.
 * Scripts cannot assign it (VariableNotWritable), as pwsh's read-only automatic variables.
 */
public final class ComputedVariable extends PSVariable {
    private final Supplier<Object> value;

    public ComputedVariable(String name, Supplier<Object> value) {
        super(name, null);
        this.value = value;
        addOption(ScopedItemOptions.ReadOnly);
    }

    /** A variable computed once, on first read. */
    public static ComputedVariable once(String name, Supplier<Object> value) {
        return new ComputedVariable(name, new Supplier<>() {
            private Object computed;

            @Override
            public Object get() {
                if (computed == null) {
                    computed = value.get();
                }
                return computed;
            }
        });
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void forceValue(Object newValue) {
        throw notWritable(getName());
    }
}
