package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * A parameter a {@code dynamicparam} block defines (pwsh's RuntimeDefinedParameter): its name, type and
 * attributes, and once bound its value, which the binder sets here (and in $PSBoundParameters) rather
 * than in a variable of the function.
 */
public final class RuntimeDefinedParameter {
    private static final String SMA = "System.Management.Automation";
    static final DotNetType ATTRIBUTE_COLLECTION = CoreTypes.COLLECTION.makeGenericType(ScriptAttribute.ATTRIBUTE);

    public static final DotNetType TYPE = CoreTypes.define(SMA, "RuntimeDefinedParameter",
            RuntimeDefinedParameter.class, RuntimeDefinedParameter::defineMembers);

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(RuntimeDefinedParameterDictionary.TYPE);
        ScriptAttribute.register();
    }

    private String name = "";
    private DotNetType parameterType;
    private List<Object> attributes = new GenericList(ATTRIBUTE_COLLECTION);
    private Object value;
    private boolean isSet;

    private RuntimeDefinedParameter() {
    }

    /** Makes the types of dynamic parameters known; called once a session exists. */
    public static void register() {
        // Loading the class registers the types.
    }

    @SuppressWarnings("unchecked")
    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new RuntimeDefinedParameter());
        b.constructor((t, a) -> {
            if (a[0] == null || ((String) a[0]).isEmpty()) {
                throw DotNetException.argument("The value of the argument \"name\" cannot be null or empty.", "name");
            }
            if (a[1] == null) {
                throw DotNetException.argumentNull("parameterType");
            }
            RuntimeDefinedParameter parameter = new RuntimeDefinedParameter();
            parameter.name = (String) a[0];
            parameter.parameterType = (DotNetType) a[1];
            if (a[2] != null) {
                parameter.attributes = (List<Object>) a[2];
            }
            return parameter;
        }, param("name", CoreTypes.STRING), param("parameterType", CoreTypes.TYPE),
                param("attributes", ATTRIBUTE_COLLECTION));
        b.property("Name", CoreTypes.STRING, p -> ((RuntimeDefinedParameter) p).name,
                (p, v) -> ((RuntimeDefinedParameter) p).name = LanguagePrimitives.toStringValue(v));
        b.property("ParameterType", CoreTypes.TYPE, p -> ((RuntimeDefinedParameter) p).parameterType,
                (p, v) -> ((RuntimeDefinedParameter) p).parameterType = (DotNetType) v);
        b.property("Attributes", ATTRIBUTE_COLLECTION, p -> ((RuntimeDefinedParameter) p).attributes);
        b.property("Value", CoreTypes.OBJECT, p -> ((RuntimeDefinedParameter) p).value,
                (p, v) -> ((RuntimeDefinedParameter) p).value = v);
        b.property("IsSet", CoreTypes.BOOLEAN, p -> ((RuntimeDefinedParameter) p).isSet,
                (p, v) -> ((RuntimeDefinedParameter) p).isSet = (Boolean) v);
    }

    public String name() {
        return name;
    }

    /** The declared type; null when none was given (the parameter takes any object). */
    DotNetType parameterType() {
        return parameterType;
    }

    List<Object> attributes() {
        return attributes;
    }

    public Object value() {
        return value;
    }

    /** Whether the binder gave it a value. */
    public boolean isSet() {
        return isSet;
    }

    /** The binder's write: the value, and that it was given. */
    void bind(Object newValue) {
        value = newValue;
        isSet = true;
    }
}
