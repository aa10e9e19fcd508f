package org.jposh.interpreter.commands;

/**
 * A parameter's data in one parameter set of one command (PowerShell's ParameterSetSpecificMetadata):
 * the declaration plus the set's bit in the command's set mask.
 *
 * @param flag the set's bit, or 0 when the declaration is for all sets
 */
public record ParameterSetData(ParameterAttribute attribute, int flag) {

    public boolean isInAllSets() {
        return flag == 0;
    }

    public String parameterSetName() {
        return attribute.parameterSetName();
    }

    public int position() {
        return attribute.position();
    }

    public boolean isPositional() {
        return attribute.isPositional();
    }

    public boolean isMandatory() {
        return attribute.mandatory();
    }

    public boolean valueFromPipeline() {
        return attribute.valueFromPipeline();
    }

    public boolean valueFromPipelineByPropertyName() {
        return attribute.valueFromPipelineByPropertyName();
    }

    public boolean valueFromRemainingArguments() {
        return attribute.valueFromRemainingArguments();
    }

    /** Whether this declaration applies to any of the sets in {@code flags}. */
    boolean matches(int flags) {
        return flag == 0 || (flag & flags) != 0;
    }
}
