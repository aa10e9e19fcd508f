package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * A parameter attribute as an object, made by a script for a dynamic parameter:
 * {@code [System.Management.Automation.ParameterAttribute]@{Mandatory = $true; Position = 1}},
 * {@code [System.Management.Automation.ValidateSetAttribute]::new('a', 'b')}. It keeps its constructor's
 * arguments and the properties set on it, which {@link ParameterAttributes} reads as it reads the same
 * attribute written in a {@code param} block. The types have pwsh's names and accelerators
 * ({@code [Parameter]}, {@code [ValidateSet]}...), all deriving from System.Attribute.
 */
public final class ScriptAttribute implements DotNetTyped {
    private static final String SMA = "System.Management.Automation";

    /** System.Attribute, the element type of a dynamic parameter's Attributes. */
    public static final DotNetType ATTRIBUTE = CoreTypes.define("System", "Attribute", null, null);

    private final DotNetType type;
    private final String name;
    private final List<Object> arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private ScriptAttribute(DotNetType type, List<Object> arguments) {
        this.type = type;
        String simpleName = type.name().toLowerCase(Locale.ROOT);
        this.name = simpleName.substring(0, simpleName.length() - "attribute".length());
        this.arguments = arguments;
    }

    static {
        CoreTypes.register(ATTRIBUTE);
        define("ParameterAttribute", "Parameter", b -> {
            b.constructor((t, a) -> new ScriptAttribute(b.type(), List.of()));
            b.constructor((t, a) -> {
                ScriptAttribute attribute = new ScriptAttribute(b.type(), List.of());
                attribute.properties.put("parametersetname", a[0]);
                return attribute;
            }, param("parameterSetName", CoreTypes.STRING));
            property(b, "Mandatory", CoreTypes.BOOLEAN, false);
            property(b, "Position", CoreTypes.INT32, Parameter.NAMED);
            property(b, "ParameterSetName", CoreTypes.STRING, Parameter.ALL_PARAMETER_SETS);
            property(b, "ValueFromPipeline", CoreTypes.BOOLEAN, false);
            property(b, "ValueFromPipelineByPropertyName", CoreTypes.BOOLEAN, false);
            property(b, "ValueFromRemainingArguments", CoreTypes.BOOLEAN, false);
            property(b, "HelpMessage", CoreTypes.STRING, null);
            property(b, "DontShow", CoreTypes.BOOLEAN, false);
        });
        define("AliasAttribute", "Alias", b -> {
            paramsConstructor(b, "aliasNames");
            b.property("AliasNames", CoreTypes.STRING_ARRAY, a -> ((ScriptAttribute) a).arguments.getFirst());
        });
        define("ValidateSetAttribute", "ValidateSet", b -> {
            paramsConstructor(b, "validValues");
            b.property("ValidValues", CoreTypes.STRING_ARRAY, a -> ((ScriptAttribute) a).arguments.getFirst());
            property(b, "IgnoreCase", CoreTypes.BOOLEAN, true);
            property(b, "ErrorMessage", CoreTypes.STRING, null);
        });
        for (String noArguments : new String[] {"ValidateNotNull", "ValidateNotNullOrEmpty", "ValidateNotNullOrWhiteSpace",
            "AllowNull", "AllowEmptyString", "AllowEmptyCollection"}) {
            define(noArguments + "Attribute", noArguments, b -> b.constructor((t, a) -> new ScriptAttribute(b.type(),
                    List.of())));
        }
        define("ValidateRangeAttribute", "ValidateRange", b -> {
            b.constructor((t, a) -> new ScriptAttribute(b.type(), Arrays.asList(a)), param("minRange", CoreTypes.OBJECT),
                    param("maxRange", CoreTypes.OBJECT));
            b.constructor((t, a) -> new ScriptAttribute(b.type(), List.of(a[0])), param("rangeKind", CoreTypes.STRING));
        });
        define("ValidateLengthAttribute", "ValidateLength", b -> b.constructor((t, a) -> new ScriptAttribute(b.type(),
                Arrays.asList(a)), param("minLength", CoreTypes.INT32), param("maxLength", CoreTypes.INT32)));
        define("ValidateCountAttribute", "ValidateCount", b -> b.constructor((t, a) -> new ScriptAttribute(b.type(),
                Arrays.asList(a)), param("minLength", CoreTypes.INT32), param("maxLength", CoreTypes.INT32)));
        define("ValidatePatternAttribute", "ValidatePattern", b -> {
            b.constructor((t, a) -> new ScriptAttribute(b.type(), List.of(a[0])), param("regexPattern", CoreTypes.STRING));
            property(b, "ErrorMessage", CoreTypes.STRING, null);
        });
        define("ValidateScriptAttribute", "ValidateScript", b -> {
            b.constructor((t, a) -> new ScriptAttribute(b.type(), List.of(a[0])),
                    param("scriptBlock", CoreTypes.SCRIPT_BLOCK));
            property(b, "ErrorMessage", CoreTypes.STRING, null);
        });
    }

    /** Makes the types known; loading the class registers them. */
    static void register() {
    }

    private static void define(String typeName, String accelerator, Consumer<TypeAdapter.Builder> members) {
        CoreTypes.register(CoreTypes.define(SMA, typeName, ScriptAttribute.class, ATTRIBUTE, members), accelerator);
    }

    /** A constructor taking any number of strings, kept as one array argument. */
    private static void paramsConstructor(TypeAdapter.Builder b, String parameterName) {
        b.staticParamsMethod("new", b.type(), (t, a) -> new ScriptAttribute(b.type(), List.of(a[0])),
                param(parameterName, CoreTypes.STRING_ARRAY));
    }

    /** A settable property, as the attribute's named argument of the same name. */
    private static void property(TypeAdapter.Builder b, String name, DotNetType type, Object otherwise) {
        String key = name.toLowerCase(Locale.ROOT);
        b.property(name, type, a -> ((ScriptAttribute) a).properties.getOrDefault(key, otherwise),
                (a, value) -> ((ScriptAttribute) a).properties.put(key, value));
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    /** Declares what this attribute says about the parameter; true when it is a ParameterAttribute. */
    boolean applyTo(ParameterMetadata.Builder builder) {
        return ParameterAttributes.apply(builder, name, arguments, properties);
    }

    @Override
    public String toString() {
        return type.fullName();
    }
}
