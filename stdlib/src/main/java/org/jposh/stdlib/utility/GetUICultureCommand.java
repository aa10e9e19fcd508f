package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.CultureInfo;

/** Get-UICulture: the session's current UI culture. */
@Cmdlet(verb = "Get", noun = "UICulture")
public final class GetUICultureCommand extends PSCmdlet {
    @Override
    protected void processRecord() {
        writeObject(CultureInfo.currentUI());
    }
}
