package org.jposh.stdlib.pester;

import java.util.Map;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** New-PesterConfiguration: a configuration for Invoke-Pester -Configuration, the defaults overridden by -Hashtable. */
@Cmdlet(verb = "New", noun = "PesterConfiguration")
public final class NewPesterConfigurationCommand extends PSCmdlet {
    @Parameter(position = 0)
    private Map<?, ?> hashtable;

    @Override
    protected void endProcessing() {
        writeObject(PesterConfiguration.create(hashtable));
    }
}
