package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Get-Error: the newest errors of $Error (or the error records and exceptions piped in), each typed
 * {@code ...#PSExtendedError} so that formatting shows all its details (the GetErrorInstance view); several are
 * numbered by a PSErrorIndex note property, which groups them.
 */
@Cmdlet(verb = "Get", noun = "Error", defaultParameterSetName = GetErrorCommand.NEWEST,
        dotNetTypeName = "Microsoft.PowerShell.Commands.GetErrorCommand")
public final class GetErrorCommand extends PSCmdlet {
    static final String NEWEST = "Newest";
    static final String ERROR_RECORD_TYPE = "System.Management.Automation.ErrorRecord";
    static final String EXCEPTION_TYPE = "System.Exception";
    static final String EXTENDED = "#PSExtendedError";

    @Parameter(position = 0, valueFromPipeline = true, parameterSetName = "Error")
    @ValidateNotNullOrEmpty
    private Object inputObject;

    @Parameter(parameterSetName = NEWEST)
    @Alias("Last")
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int newest = 1;

    @Override
    protected void processRecord() {
        List<Object> errors = new ArrayList<>();
        if (inputObject != null) {
            Object base = PSObject.base(inputObject);
            if (base instanceof ErrorRecord || ExceptionTypes.isException(base)) {
                errors.add(inputObject);
            }
        } else {
            List<?> all = sessionState().errors();
            errors.addAll(all.subList(0, Math.min(newest, all.size())));
        }
        boolean numbered = errors.size() > 1;
        int index = 0;
        for (Object error : errors) {
            PSObject extended = error instanceof PSObject pso ? pso : new PSObject(error).copy();
            markExtended(extended.typeNames(), ERROR_RECORD_TYPE);
            markExtended(extended.typeNames(), EXCEPTION_TYPE);
            if (numbered) {
                extended.setNoteProperty("PSErrorIndex", index++);
            }
            writeObject(extended);
        }
    }

    /**
     * Puts {@code typeName#PSExtendedError} first in place of {@code typeName}, so that the GetErrorInstance view
     * applies rather than the usual one of errors or exceptions.
     */
    private static void markExtended(List<String> typeNames, String typeName) {
        if (typeNames.contains(typeName) && !typeNames.contains(typeName + EXTENDED)) {
            typeNames.addFirst(typeName + EXTENDED);
            typeNames.remove(typeName);
        }
    }
}
