package org.jposh.interpreter.commands;

/**
 * Where a command's declared parameters receive their values: the cmdlet's fields, or (for advanced
 * functions, implemented by the interpreter) the function's variables. The binder also reads a value
 * back once before pipeline input changes it, to restore it for the next input object.
 */
public interface BindingTarget {
    /** Stores the value; an exception it throws becomes ParameterBindingFailed with its message. */
    void setValue(ParameterMetadata parameter, Object value);

    Object getValue(ParameterMetadata parameter);

    /** The value $PSBoundParameters records for a value bound: as the binder gave it, unless the target keeps it otherwise. */
    default Object boundValue(ParameterMetadata parameter, Object value) {
        return value;
    }

    /** The fields of an object whose parameters were read from its annotations (a cmdlet). */
    static BindingTarget fieldsOf(Object instance) {
        return new BindingTarget() {
            @Override
            public void setValue(ParameterMetadata parameter, Object value) {
                if (value == null && parameter.type().isPrimitive()) {
                    throw BinderConversions.cannotConvertNull(parameter.type());
                }
                try {
                    parameter.accessor().setter().invokeExact(instance, value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            @Override
            public Object getValue(ParameterMetadata parameter) {
                try {
                    return (Object) parameter.accessor().getter().invokeExact(instance);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
    }
}
