package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.PSObject;

/**
 * New-Event: raises an event under a source identifier and returns it. A subscriber's action takes it (it runs
 * at the session's next safe point); otherwise it joins the event queue for Get-Event and Wait-Event.
 */
@Cmdlet(verb = "New", noun = "Event")
public final class NewEventCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private String sourceIdentifier;

    @Parameter(position = 1)
    private Object sender;

    @Parameter(position = 2)
    private Object[] eventArguments = new Object[0];

    @Parameter(position = 3)
    private Object messageData;

    @Override
    protected void endProcessing() {
        Object[] arguments = null;
        if (eventArguments != null) {
            arguments = new Object[eventArguments.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = PSObject.base(eventArguments[i]);
            }
        }
        writeObject(PoshContext.get(null).events().generateEvent(sourceIdentifier, PSObject.base(sender), arguments,
                messageData));
    }
}
