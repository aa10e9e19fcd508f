package org.jposh.stdlib.events;

import java.util.UUID;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;

/**
 * Register-ObjectEvent: subscribes to a .NET event of an object (a System.Timers.Timer's Elapsed), raised under
 * the source identifier given, or a new GUID.
 */
@Cmdlet(verb = "Register", noun = "ObjectEvent")
public final class RegisterObjectEventCommand extends ObjectEventRegistrationBase {
    @Parameter(position = 0, mandatory = true)
    private Object inputObject;

    @Parameter(position = 1, mandatory = true)
    private String eventName;

    @Parameter(position = 100)
    private String sourceIdentifier = UUID.randomUUID().toString();

    @Override
    protected String sourceIdentifier() {
        return sourceIdentifier;
    }

    @Override
    protected Object sourceObject() {
        return inputObject;
    }

    @Override
    protected String sourceObjectEventName() {
        return eventName;
    }
}
