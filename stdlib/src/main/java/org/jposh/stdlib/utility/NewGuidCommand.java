package org.jposh.stdlib.utility;

import java.util.UUID;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** New-Guid: a random (version 4) GUID, the empty GUID with -Empty, or the GUIDs -InputObject's strings name. */
@Cmdlet(verb = "New", noun = "Guid", defaultParameterSetName = "Default")
public final class NewGuidCommand extends PSCmdlet {
    @Parameter(parameterSetName = "Empty")
    private boolean empty;

    @Parameter(parameterSetName = "InputObject", valueFromPipeline = true, mandatory = true)
    private String inputObject;

    @Override
    protected void processRecord() {
        if (empty) {
            writeObject(new UUID(0, 0));
        } else if (inputObject != null) {
            writeObject(LanguagePrimitives.convertTo(inputObject, CoreTypes.GUID));
        } else {
            writeObject(UUID.randomUUID());
        }
    }
}
