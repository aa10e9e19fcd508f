package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The dynamic parameters a command gave for one invocation: their declarations, and where their values
 * go — the fields of the object a cmdlet returned, or the RuntimeDefinedParameters of a dictionary
 * (whose values scripts read from $PSBoundParameters).
 */
record DynamicParameterBinding(List<ParameterMetadata.Builder> parameters, BindingTarget target) {

    /**
     * Asks {@code source} for the command's dynamic parameters; null when it has none.
     *
     * @throws ParameterBindingException GetDynamicParametersException when asking fails
     */
    static DynamicParameterBinding of(Supplier<Object> source) {
        Object object;
        try {
            object = PSObject.base(source.get());
        } catch (PoshException e) {
            throw failed(e.getMessage(), e);
        } catch (PSRuntimeException e) {
            throw failed(e.getMessage(), e);
        }
        if (object == null) {
            return null;
        }
        if (object instanceof RuntimeDefinedParameterDictionary dictionary) {
            return ofDictionary(dictionary);
        }
        return ofObject(object);
    }

    private static ParameterBindingException failed(String message, Throwable cause) {
        return new ParameterBindingException(ParameterBindingException.Kind.BINDING, ErrorCategory.InvalidArgument,
                "GetDynamicParametersException", format(ParameterBinderStrings.GET_DYNAMIC_PARAMETERS_EXCEPTION, null,
                null, null, null, null, null, message), null, cause);
    }

    /**
     * A function's or script's parameters with what its dynamicparam block, run without arguments in a
     * scope of its own, declares; its own when it has none or the block fails (as pwsh's Get-Command).
     */
    static CommandMetadata withDynamicParameters(ScriptBlock block) {
        CompiledScriptBlock code = block.code();
        if (code.metadata() == null || !code.cmdletBinding() || code.dynamicParam() == null) {
            return code.metadata();
        }
        return merged(code.metadata(), () -> ScriptCommandProcessor.dynamicParameters(code,
                new SessionStateScope(block.parentScopeForInvocation(), code.layout(), false), new OrderedDictionary()));
    }

    /** A cmdlet's parameters with the dynamic ones an instance bound to nothing gives in the current session. */
    static CommandMetadata withDynamicParameters(CmdletInfo info) {
        return merged(info.metadata(), () -> CommandProcessor.unboundInstance(info).cmdlet().getDynamicParameters());
    }

    private static CommandMetadata merged(CommandMetadata metadata, Supplier<Object> source) {
        try {
            DynamicParameterBinding dynamic = of(source);
            return dynamic == null ? metadata : metadata.withDynamicParameters(dynamic.parameters());
        } catch (ParameterBindingException | PSRuntimeException | PoshException e) {
            return metadata;
        }
    }

    /** Parameters declared by attributes, as a {@code param} block declares them; a type converts as a script's. */
    static DynamicParameterBinding ofDictionary(RuntimeDefinedParameterDictionary dictionary) {
        List<ParameterMetadata.Builder> builders = new ArrayList<>();
        Map<String, RuntimeDefinedParameter> byName = new HashMap<>();
        for (Object value : dictionary.values()) {
            RuntimeDefinedParameter parameter = (RuntimeDefinedParameter) value;
            DotNetType type = parameter.parameterType();
            boolean isSwitch = type == CommandInfoTypes.SWITCH_PARAMETER;
            ParameterMetadata.Builder builder = ParameterMetadata.builder(parameter.name(),
                    isSwitch ? boolean.class : ParameterAttributes.binderClass(type));
            if (type != null && !isSwitch) {
                ParameterAttributes.convertToDeclaredType(builder, type, true);
                builder.typeName(type.fullName());
            }
            boolean hasParameterAttribute = false;
            for (Object attribute : parameter.attributes()) {
                if (PSObject.base(attribute) instanceof ScriptAttribute scriptAttribute) {
                    hasParameterAttribute |= scriptAttribute.applyTo(builder);
                }
            }
            if (!hasParameterAttribute) {
                builder.attribute(ParameterAttribute.DEFAULT);
            }
            builders.add(builder);
            byName.put(BinderConversions.lower(parameter.name()), parameter);
        }
        return new DynamicParameterBinding(builders, new BindingTarget() {
            @Override
            public void setValue(ParameterMetadata parameter, Object value) {
                byName.get(BinderConversions.lower(parameter.name())).bind(value);
            }

            @Override
            public Object getValue(ParameterMetadata parameter) {
                return byName.get(BinderConversions.lower(parameter.name())).value();
            }
        });
    }

    /** The {@link Parameter} fields of a cmdlet's dynamic parameter object, bound into that object. */
    private static DynamicParameterBinding ofObject(Object object) {
        try {
            return new DynamicParameterBinding(AnnotatedParameters.read(object.getClass(), Object.class,
                    MethodHandles.lookup()), BindingTarget.fieldsOf(object));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot use the dynamic parameters of " + object.getClass().getName()
                    + ": " + e.getMessage(), e);
        }
    }
}
