package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.InformationRecord;

/**
 * Write-Information: writes an InformationRecord holding the object to the information stream; the
 * host shows it only under $InformationPreference or -InformationAction Continue.
 */
@Cmdlet(verb = "Write", noun = "Information")
public final class WriteInformationCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    @Alias({"Msg", "Message"})
    private Object messageData;

    @Parameter(position = 1)
    private String[] tags;

    @Override
    protected void processRecord() {
        writeInformation(new InformationRecord(messageData, "Write-Information",
                tags == null ? List.of() : List.of(tags)));
    }
}
