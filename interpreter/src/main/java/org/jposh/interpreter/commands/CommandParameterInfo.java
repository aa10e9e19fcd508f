package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * A parameter as one parameter set sees it (PowerShell's CommandParameterInfo), for Get-Command's
 * ParameterSets and the syntax text.
 *
 * @param position the position in this set, or {@link Parameter#NAMED}
 */
public record CommandParameterInfo(String name, DotNetType parameterType, boolean isMandatory, int position,
                                   boolean valueFromPipeline, boolean valueFromPipelineByPropertyName,
                                   boolean valueFromRemainingArguments, List<String> aliases, boolean isSwitch,
                                   boolean isCommon, boolean isDynamic) {

    public boolean isPositional() {
        return position != Parameter.NAMED;
    }
}
