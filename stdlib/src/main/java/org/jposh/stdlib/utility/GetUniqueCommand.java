package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Get-Unique: drops each input object equal to the one before it (so sorted input comes out
 * unique). Objects compare as pwsh's ObjectCommandComparer does: comparable values by value, others
 * by their strings; -AsString compares strings, -OnType the first type names.
 */
@Cmdlet(verb = "Get", noun = "Unique", defaultParameterSetName = "AsString")
public final class GetUniqueCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(parameterSetName = "AsString")
    private boolean asString;

    @Parameter(parameterSetName = "UniqueByType")
    private boolean onType;

    @Parameter
    private boolean caseInsensitive;

    private Object last = AutomationNull.VALUE;

    @Override
    protected void processRecord() {
        boolean unique = true;
        if (last == AutomationNull.VALUE) {
            if (inputObject == AutomationNull.VALUE) {
                return;
            }
        } else if (onType) {
            unique = !firstTypeName(inputObject).equals(firstTypeName(last));
        } else if (asString) {
            unique = !ComparisonOperators.stringEquals(LanguagePrimitives.toStringValue(inputObject),
                    LanguagePrimitives.toStringValue(last), caseInsensitive);
        } else {
            unique = !ObjectCommandComparer.same(inputObject, last, caseInsensitive);
        }
        if (unique) {
            writeObject(inputObject);
            last = inputObject;
        }
    }

    private static String firstTypeName(Object value) {
        return value == null ? "" : PSObject.asPSObject(value).typeNames().getFirst();
    }
}
