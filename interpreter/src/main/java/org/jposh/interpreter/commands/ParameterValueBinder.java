package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.FlagsExpression;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SwitchParameter;

/**
 * Binds one value to one parameter (binder spec, section 5; PowerShell's ParameterBinderBase): argument
 * transformations, then type coercion or the no-coercion check, validation, the null and empty checks
 * of mandatory parameters, and finally the store into the command.
 */
final class ParameterValueBinder {
    /** What the no-coercion check returns when the value is not already of the parameter's type. */
    private static final Object NOT_OF_TYPE = new Object();

    private final BindingServices services;
    private final Map<String, Object> boundParameters;

    ParameterValueBinder(BindingServices services, Map<String, Object> boundParameters) {
        this.services = services;
        this.boundParameters = boundParameters;
    }

    /**
     * @return false when {@code coerce} is off and the value is not of the parameter's type (nothing is bound)
     * @throws ParameterBindingException when transformation, coercion, validation or the store fails
     */
    boolean bind(CommandArgument argument, ParameterMetadata parameter, boolean coerce, BindingTarget target) {
        Object value = argument.value();
        for (ArgumentTransformation transformation : parameter.transformations()) {
            if (!coerce && transformation instanceof ArgumentTypeConverter converter
                    && !converter.acceptsUncoerced(value)) {
                return false;
            }
            if (value != null || parameter.isMandatoryInSomeParameterSet() || parameter.cannotBeNull()
                    || transformation.transformNullOptionalParameters()) {
                value = transform(transformation, argument, parameter, value);
            }
        }
        if (coerce) {
            value = coerce(argument, parameter.name(), parameter.type(), parameter.collectionKind(),
                    parameter.elementType(), value);
        } else {
            value = uncoerced(argument, parameter, value);
            if (value == NOT_OF_TYPE) {
                return false;
            }
        }
        if (parameter.psTypeName() != null && value != null) {
            checkPSTypeName(argument, parameter, coerce, value);
        }
        for (ParameterValidation validation : parameter.validations()) {
            try {
                validation.validate(value);
            } catch (RuntimeException e) {
                throw new ParameterBindingException(ParameterBindingException.Kind.VALIDATION, ErrorCategory.InvalidData,
                        "ParameterArgumentValidationError", format(
                        ParameterBinderStrings.PARAMETER_ARGUMENT_VALIDATION_ERROR, null, parameter.name(), null, null,
                        null, null, e.getMessage()), argument.errorExtent(), e);
            }
        }
        if (parameter.isMandatoryInSomeParameterSet()) {
            validateNullOrEmpty(argument, parameter, parameter.type(), value, true);
        }
        try {
            target.setValue(parameter, value);
        } catch (RuntimeException e) {
            throw ParameterBindingException.of(ErrorCategory.WriteError, "ParameterBindingFailed",
                    format(ParameterBinderStrings.PARAMETER_BINDING_FAILED, null, parameter.name(), null, null, null,
                            null, format(ParameterBinderStrings.EXCEPTION_WHEN_SETTING, parameter.name(),
                                    e.getMessage())), argument.errorExtent());
        }
        boundParameters.put(parameter.name(), target.boundValue(parameter, value));
        return true;
    }

    /**
     * [PSTypeName('x')]: the value (each element of a collection) must have the name among its PSObject.TypeNames,
     * as pwsh's ValidatePSTypeName checks. The failure is an invalid cast, so a pass without coercion only tries
     * another parameter; with coercion it is MismatchedPSTypeName.
     */
    private static void checkPSTypeName(CommandArgument argument, ParameterMetadata parameter, boolean coerce,
                                        Object value) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        for (Object element : elements != null ? elements : List.of(value)) {
            if (element != null && !hasTypeName(element, parameter.psTypeName())) {
                String message = format(ParameterBinderStrings.MISMATCHED_PS_TYPE_NAME, null, parameter.name(), null,
                        null, null, null, parameter.psTypeName());
                PSInvalidCastException cause = new PSInvalidCastException("InvalidArgument", message);
                throw new ParameterBindingException(coerce ? ParameterBindingException.Kind.TRANSFORMATION
                        : ParameterBindingException.Kind.BINDING, ErrorCategory.InvalidArgument, "MismatchedPSTypeName",
                        message, argument.errorExtent(), cause);
            }
        }
    }

    private static boolean hasTypeName(Object value, String typeName) {
        for (String name : PSObject.asPSObject(value).typeNames()) {
            if (name.equalsIgnoreCase(typeName)) {
                return true;
            }
        }
        return false;
    }

    private Object transform(ArgumentTransformation transformation, CommandArgument argument,
                             ParameterMetadata parameter, Object value) {
        try {
            return transformation.transform(services, value);
        } catch (RuntimeException e) {
            throw new ParameterBindingException(ParameterBindingException.Kind.TRANSFORMATION, ErrorCategory.InvalidData,
                    "ParameterArgumentTransformationError", format(
                    ParameterBinderStrings.PARAMETER_ARGUMENT_TRANSFORMATION_ERROR, null, parameter.name(), null, null,
                    null, null, e.getMessage()), argument.errorExtent(), e);
        }
    }

    /**
     * PowerShell's CoerceTypeAsNeeded: null stays null (a switch becomes present, a [bool] fails), values
     * of the type pass, bool and switch take only booleans and numbers, collections are encoded element
     * by element, a collection never becomes a scalar, everything else is converted.
     */
    private Object coerce(CommandArgument argument, String parameterName, Class<?> toType,
                          ParameterMetadata.CollectionKind kind, Class<?> elementType, Object value) {
        if (BinderConversions.isNull(value)) {
            if (toType == Boolean.class) {
                throw ParameterBindingException.of(ErrorCategory.InvalidArgument,
                        "ParameterArgumentValidationErrorNullNotAllowed",
                        format(ParameterBinderStrings.NULL_NOT_ALLOWED, null, parameterName), argument.errorExtent());
            }
            return toType == boolean.class ? Boolean.TRUE : null;
        }
        Class<?> boxedType = BinderConversions.boxed(toType);
        if (boxedType.isInstance(value)) {
            return value;
        }
        if (boxedType == Boolean.class) {
            return toBoolean(argument, parameterName, toType, value);
        }
        if (kind != ParameterMetadata.CollectionKind.NOT_COLLECTION) {
            return encodeCollection(argument, parameterName, toType, kind, elementType, value, true);
        }
        boolean flags = toType == FlagsExpression.class;
        if (BinderConversions.asList(value) != null && toType != Object.class && !toType.isEnum() && !flags) {
            throw cannotConvert(argument, parameterName, toType, BinderConversions.typeNameOf(value),
                    "Specified method is not supported.");
        }
        try {
            return flags ? FlagsExpression.convertTo(elementType, value)
                    : BinderConversions.convert(value, toType);
        } catch (PSInvalidCastException e) {
            throw new ParameterBindingException(ParameterBindingException.Kind.BINDING, ErrorCategory.InvalidArgument,
                    "CannotConvertArgumentNoMessage", format(ParameterBinderStrings.CANNOT_CONVERT_ARGUMENT_NO_MESSAGE,
                    null, parameterName, null, null, null, null, e.getMessage()), argument.errorExtent(), e);
        }
    }

    /** Binding never converts strings to booleans: only booleans, switches and numbers (0 is false) are accepted. */
    private static Boolean toBoolean(CommandArgument argument, String parameterName, Class<?> toType, Object value) {
        if (PSObject.base(value) instanceof SwitchParameter s) {
            return s.isPresent();
        } else if (value instanceof Integer i) {
            return i != 0;
        } else if (value instanceof Number number) {
            return number.doubleValue() != 0;
        } else if (PSObject.base(value) instanceof Enum<?> || PSObject.base(value) instanceof EnumValue) {
            // an enum's type code is its underlying number's: -Verbose:$VerbosePreference is on for Continue
            return ((Number) LanguagePrimitives.convertTo(PSObject.base(value), CoreTypes.INT64)).longValue() != 0;
        }
        throw cannotConvert(argument, parameterName, toType, BinderConversions.typeNameOf(value), "");
    }

    private static ParameterBindingException cannotConvert(CommandArgument argument, String parameterName,
                                                           Class<?> toType, Object shown, String reason) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "CannotConvertArgument",
                format(ParameterBinderStrings.CANNOT_CONVERT_ARGUMENT, null, parameterName,
                        BinderConversions.dotNetTypeName(toType), null, null, null, shown, reason), argument.errorExtent());
    }

    /**
     * PowerShell's EncodeCollection: a new array or list of the parameter's type holding the value's
     * elements (or the value itself), each coerced to the element type; without coercion, an element of
     * another type makes the whole value {@link #NOT_OF_TYPE}.
     */
    private Object encodeCollection(CommandArgument argument, String parameterName, Class<?> toType,
                                    ParameterMetadata.CollectionKind kind, Class<?> elementType, Object value,
                                    boolean coerceElements) {
        List<?> list = BinderConversions.asList(value);
        int count = list != null ? list.size() : 1;
        Object array = kind == ParameterMetadata.CollectionKind.ARRAY ? Array.newInstance(elementType, count) : null;
        List<Object> result = array == null ? new ArrayList<>(count) : null;
        Iterable<?> elements = list != null ? list : java.util.Collections.singletonList(value);
        int index = 0;
        for (Object element : elements) {
            Object item = element;
            if (coerceElements) {
                item = coerce(argument, parameterName, elementType, ParameterMetadata.collectionKindOf(elementType),
                        elementType.isArray() ? elementType.getComponentType() : Object.class, element);
            } else if (item != null && !BinderConversions.boxed(elementType).isInstance(item)) {
                return NOT_OF_TYPE;
            }
            try {
                if (array != null) {
                    Array.set(array, index++, item);
                } else {
                    result.add(item);
                }
            } catch (IllegalArgumentException e) {
                throw cannotConvert(argument, parameterName, toType, item == null ? "null" : item,
                        item == null ? BinderConversions.cannotConvertNull(elementType).getMessage() : e.getMessage());
            }
        }
        return array != null ? array : result;
    }

    /**
     * PowerShell's ShouldContinueUncoercedBind: $null fits reference types other than string; a value
     * fits when it is an instance of the type, or (collection parameters) when its elements are.
     * Returns the value to bind, or {@link #NOT_OF_TYPE}.
     */
    private Object uncoerced(CommandArgument argument, ParameterMetadata parameter, Object value) {
        Class<?> type = parameter.type();
        if (value == null) {
            return !BinderConversions.isValueType(type) && type != String.class ? null : NOT_OF_TYPE;
        }
        if (BinderConversions.boxed(type).isInstance(value)) {
            return value;
        }
        if (parameter.collectionKind() != ParameterMetadata.CollectionKind.NOT_COLLECTION) {
            return encodeCollection(argument, parameter.name(), type, parameter.collectionKind(),
                    parameter.elementType(), value, false);
        }
        return NOT_OF_TYPE;
    }

    /**
     * The checks of mandatory parameters (ValidateNullOrEmptyArgument): no $null without [AllowNull()],
     * no "" for strings without [AllowEmptyString()], no empty collection without
     * [AllowEmptyCollection()], and no $null element.
     */
    private static void validateNullOrEmpty(CommandArgument argument, ParameterMetadata parameter,
                                            Class<?> argumentType, Object value, boolean recurseIntoCollections) {
        Extent extent = argument.errorExtent();
        if (value == null) {
            if (!parameter.allowsNull()) {
                throw validationError("ParameterArgumentValidationErrorNullNotAllowed",
                        ParameterBinderStrings.NULL_NOT_ALLOWED, parameter, extent);
            }
            return;
        }
        if (argumentType == String.class) {
            if (value instanceof String s && s.isEmpty() && !parameter.allowsEmptyString()) {
                throw validationError("ParameterArgumentValidationErrorEmptyStringNotAllowed",
                        ParameterBinderStrings.EMPTY_STRING_NOT_ALLOWED, parameter, extent);
            }
            return;
        }
        if (!recurseIntoCollections || parameter.collectionKind() == ParameterMetadata.CollectionKind.NOT_COLLECTION) {
            return;
        }
        Iterator<?> elements = BinderConversions.enumerate(value).iterator();
        boolean empty = !elements.hasNext();
        Class<?> elementType = parameter.elementType();
        if (!BinderConversions.isValueType(elementType)) {
            while (elements.hasNext()) {
                validateNullOrEmpty(argument, parameter, elementType, elements.next(), false);
            }
        }
        if (empty && !parameter.allowsEmptyCollection()) {
            boolean array = parameter.collectionKind() == ParameterMetadata.CollectionKind.ARRAY;
            throw validationError(array ? "ParameterArgumentValidationErrorEmptyArrayNotAllowed"
                            : "ParameterArgumentValidationErrorEmptyCollectionNotAllowed",
                    array ? ParameterBinderStrings.EMPTY_ARRAY_NOT_ALLOWED
                            : ParameterBinderStrings.EMPTY_COLLECTION_NOT_ALLOWED, parameter, extent);
        }
    }

    private static ParameterBindingException validationError(String errorId, String template,
                                                             ParameterMetadata parameter, Extent extent) {
        return new ParameterBindingException(ParameterBindingException.Kind.VALIDATION, ErrorCategory.InvalidData,
                errorId, format(template, null, parameter.name()), extent, null);
    }
}
