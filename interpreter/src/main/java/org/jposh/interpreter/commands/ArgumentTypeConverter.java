package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSObject;

/**
 * A typed script parameter's conversion to its declared type (pwsh's ArgumentTypeConverterAttribute). Like
 * pwsh's, it converts only in the binder's passes that coerce types: in the passes that do not (the first
 * tries of pipeline input), an argument binds only when it already is of the type, so that a [string]
 * parameter taking pipeline input by value and by property name binds an object's Name property rather
 * than the object's text.
 */
final class ArgumentTypeConverter implements ArgumentTransformation {
    private final DotNetType type;
    private final ArgumentTransformation conversion;

    ArgumentTypeConverter(DotNetType type, ArgumentTransformation conversion) {
        this.type = type;
        this.conversion = conversion;
    }

    @Override
    public Object transform(BindingServices services, Object inputData) {
        return conversion.transform(services, inputData);
    }

    /**
     * Whether a pass without coercion may bind the argument (pwsh's ShouldContinueUncoercedBind): $null and
     * collections are left to the binder's own checks, anything else must be an instance of the type.
     */
    boolean acceptsUncoerced(Object value) {
        return value == null || type.isArray() || type.isInstance(PSObject.base(value));
    }
}
