package org.jposh.interpreter.commands;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * What one attribute of a script parameter declares, whether written in a {@code param} block
 * ({@code [ValidateSet('a', 'b')]}, with constant arguments) or made as an object by a
 * {@code dynamicparam} block ({@code [ValidateSetAttribute]::new('a', 'b')}): [Parameter()] gives the
 * parameter's data in one set, [Alias()] its aliases, [Validate*()] and [Allow*()] its checks.
 * Attributes the binder does not use are ignored, as pwsh ignores attributes it does not know.
 */
public final class ParameterAttributes {
    private ParameterAttributes() {
    }

    /**
     * Applies one attribute to the parameter's declaration.
     *
     * @param name       the attribute's name in lower case, without namespace or "Attribute" ({@code validateset})
     * @param positional the positional arguments' values; [ValidateScript()]'s is a {@link BindableScriptBlock}
     * @param named      the named arguments' values by lower-case name
     * @return whether it was a [Parameter()]
     */
    public static boolean apply(ParameterMetadata.Builder builder, String name, List<Object> positional,
                                Map<String, Object> named) {
        ParameterValidation validation = validation(name, positional, named);
        if (validation != null) {
            builder.validation(validation);
            return false;
        }
        switch (name) {
            case "parameter" -> {
                builder.attribute(parameterAttribute(named));
                return true;
            }
            case "alias" -> builder.alias(strings(positional));
            case "allownull" -> builder.allowNull();
            case "allowemptystring" -> builder.allowEmptyString();
            case "allowemptycollection" -> builder.allowEmptyCollection();
            case "pstypename" -> builder.psTypeName(LanguagePrimitives.toStringValue(positional.getFirst()));
            default -> { }
        }
        return false;
    }

    /**
     * The validation a [Validate*()] attribute (lower-case name) makes, or null for another attribute;
     * parameters and class properties have the same ones.
     */
    public static ParameterValidation validation(String name, List<Object> positional, Map<String, Object> named) {
        return switch (name) {
            case "validateset" -> ParameterValidation.set(List.of(strings(positional)),
                    !named.containsKey("ignorecase") || LanguagePrimitives.isTrue(named.get("ignorecase")),
                    string(named.get("errormessage")));
            case "validatenotnull" -> ParameterValidation.notNull();
            case "validatenotnullorempty" -> ParameterValidation.notNullOrEmpty();
            case "validatenotnullorwhitespace" -> ParameterValidation.notNullOrWhiteSpace();
            case "validatecount" -> ParameterValidation.count(toInt(positional, 0), toInt(positional, 1));
            case "validatelength" -> ParameterValidation.length(toInt(positional, 0), toInt(positional, 1));
            case "validatepattern" -> ParameterValidation.pattern(LanguagePrimitives.toStringValue(positional.getFirst()),
                    true, string(named.get("errormessage")));
            case "validaterange" -> positional.size() == 1
                    ? ParameterValidation.range(ValidateRangeKind.valueOf(
                            LanguagePrimitives.toStringValue(positional.getFirst())))
                    : ParameterValidation.range((Number) LanguagePrimitives.toNumber(positional.get(0)),
                            (Number) LanguagePrimitives.toNumber(positional.get(1)));
            case "validatescript" -> ParameterValidation.script((BindableScriptBlock) positional.getFirst(),
                    string(named.get("errormessage")));
            default -> null;
        };
    }

    /** [Parameter(Mandatory, Position = 1, ...)]: the named arguments over the defaults. */
    public static ParameterAttribute parameterAttribute(Map<String, Object> named) {
        ParameterAttribute result = ParameterAttribute.DEFAULT;
        for (Map.Entry<String, Object> argument : named.entrySet()) {
            Object value = argument.getValue();
            result = switch (argument.getKey()) {
                case "mandatory" -> result.withMandatory(LanguagePrimitives.isTrue(value));
                case "position" -> result.withPosition(LanguagePrimitives.toInt(value));
                case "parametersetname" -> result.withParameterSetName(LanguagePrimitives.toStringValue(value));
                case "valuefrompipeline" -> result.withValueFromPipeline(LanguagePrimitives.isTrue(value));
                case "valuefrompipelinebypropertyname" ->
                        result.withValueFromPipelineByPropertyName(LanguagePrimitives.isTrue(value));
                case "valuefromremainingarguments" ->
                        result.withValueFromRemainingArguments(LanguagePrimitives.isTrue(value));
                case "helpmessage" -> result.withHelpMessage(LanguagePrimitives.toStringValue(value));
                default -> result;
            };
        }
        return result;
    }

    /** The .NET types the binder converts to natively; other types bind as objects and convert on assignment. */
    private static final List<Class<?>> BINDER_TYPES = List.of(String.class, Integer.class, Long.class, Double.class,
            Boolean.class, Character.class, BigDecimal.class, UUID.class, URI.class, DateTime.class, TimeSpan.class);

    /** The class the binder converts a script parameter's arguments to, for its declared type (null: none). */
    public static Class<?> binderClass(DotNetType type) {
        if (type == null) {
            return Object.class;
        }
        if (type.isArray()) {
            Class<?> element = binderClass(type.elementType());
            return Array.newInstance(element, 0).getClass();
        }
        Class<?> javaClass = type.javaClass();
        return javaClass != null && (BINDER_TYPES.contains(javaClass) || javaClass.isEnum()) ? javaClass : Object.class;
    }

    /** Whether a parameter of this type takes only booleans and numbers: bool and bool?. */
    public static boolean isBooleanType(DotNetType type) {
        return type == CoreTypes.BOOLEAN || type.genericDefinition() == CoreTypes.NULLABLE
                && type.genericArgument(0) == CoreTypes.BOOLEAN;
    }

    /**
     * A typed script parameter's arguments convert with the language's rules, a failure being
     * ParameterArgumentTransformationError (pwsh's ArgumentTypeConverterAttribute). As there, a bool or
     * bool? parameter takes only booleans and numbers, and so do the elements of a bool array parameter of
     * an advanced function; a simple function converts those by truthiness, as PowerShell 1 did.
     *
     * @param advanced whether the parameters are an advanced function's ([CmdletBinding()], [Parameter()])
     */
    public static void convertToDeclaredType(ParameterMetadata.Builder builder, DotNetType type, boolean advanced) {
        ArgumentTransformation conversion;
        if (isBooleanType(type)) {
            conversion = (services, value) -> {
                BinderConversions.checkBooleanArgument(value, type);
                return LanguagePrimitives.convertTo(value, type);
            };
        } else if (advanced && type.isArray() && isBooleanType(type.elementType())) {
            conversion = (services, value) -> {
                List<?> elements = BinderConversions.asList(PSObject.base(value));
                for (Object element : elements == null ? List.of(value) : elements) {
                    BinderConversions.checkBooleanArgument(element, type.elementType());
                }
                return LanguagePrimitives.convertTo(value, type);
            };
        } else {
            conversion = (services, value) -> LanguagePrimitives.convertTo(value, type);
        }
        builder.transformation(new ArgumentTypeConverter(type, conversion));
    }

    private static String string(Object value) {
        return value == null ? null : LanguagePrimitives.toStringValue(value);
    }

    /** The strings of the arguments, arrays flattened ([Alias('a', 'b')] and [Alias(('a', 'b'))] alike). */
    private static String[] strings(List<Object> values) {
        List<String> result = new ArrayList<>();
        for (Object value : values) {
            Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
            if (elements != null) {
                for (Object element : elements) {
                    result.add(LanguagePrimitives.toStringValue(element));
                }
            } else {
                result.add(LanguagePrimitives.toStringValue(value));
            }
        }
        return result.toArray(String[]::new);
    }

    private static int toInt(List<Object> args, int index) {
        return LanguagePrimitives.toInt(args.get(index));
    }
}
