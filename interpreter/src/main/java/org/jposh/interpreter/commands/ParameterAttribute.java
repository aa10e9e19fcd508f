package org.jposh.interpreter.commands;

/**
 * One [Parameter()] declaration of a parameter: its membership in one parameter set and what the
 * parameter does there. A parameter in several sets has one of these per set. The interpreter builds
 * them from the [Parameter()] attributes of advanced functions, the annotation reader from
 * {@link Parameter}.
 *
 * @param parameterSetName the set, or {@link Parameter#ALL_PARAMETER_SETS}
 * @param position the position (a sort key, not a slot), or {@link Parameter#NAMED}
 */
public record ParameterAttribute(String parameterSetName, int position, boolean mandatory, boolean valueFromPipeline,
                                 boolean valueFromPipelineByPropertyName, boolean valueFromRemainingArguments,
                                 String helpMessage) {

    /** {@code [Parameter()]}: all sets, named only, optional. */
    public static final ParameterAttribute DEFAULT =
            new ParameterAttribute(Parameter.ALL_PARAMETER_SETS, Parameter.NAMED, false, false, false, false, "");

    static ParameterAttribute of(Parameter p) {
        return new ParameterAttribute(p.parameterSetName(), p.position(), p.mandatory(), p.valueFromPipeline(),
                p.valueFromPipelineByPropertyName(), p.valueFromRemainingArguments(), p.helpMessage());
    }

    public ParameterAttribute withParameterSetName(String name) {
        return new ParameterAttribute(name, position, mandatory, valueFromPipeline, valueFromPipelineByPropertyName,
                valueFromRemainingArguments, helpMessage);
    }

    public ParameterAttribute withPosition(int newPosition) {
        return new ParameterAttribute(parameterSetName, newPosition, mandatory, valueFromPipeline,
                valueFromPipelineByPropertyName, valueFromRemainingArguments, helpMessage);
    }

    public ParameterAttribute withMandatory(boolean value) {
        return new ParameterAttribute(parameterSetName, position, value, valueFromPipeline,
                valueFromPipelineByPropertyName, valueFromRemainingArguments, helpMessage);
    }

    public ParameterAttribute withValueFromPipeline(boolean value) {
        return new ParameterAttribute(parameterSetName, position, mandatory, value, valueFromPipelineByPropertyName,
                valueFromRemainingArguments, helpMessage);
    }

    public ParameterAttribute withValueFromPipelineByPropertyName(boolean value) {
        return new ParameterAttribute(parameterSetName, position, mandatory, valueFromPipeline, value,
                valueFromRemainingArguments, helpMessage);
    }

    public ParameterAttribute withValueFromRemainingArguments(boolean value) {
        return new ParameterAttribute(parameterSetName, position, mandatory, valueFromPipeline,
                valueFromPipelineByPropertyName, value, helpMessage);
    }

    public ParameterAttribute withHelpMessage(String value) {
        return new ParameterAttribute(parameterSetName, position, mandatory, valueFromPipeline,
                valueFromPipelineByPropertyName, valueFromRemainingArguments, value);
    }

    boolean isInAllSets() {
        return Parameter.ALL_PARAMETER_SETS.equalsIgnoreCase(parameterSetName);
    }

    boolean isPositional() {
        return position != Parameter.NAMED;
    }

    boolean takesPipelineInput() {
        return valueFromPipeline || valueFromPipelineByPropertyName;
    }
}
