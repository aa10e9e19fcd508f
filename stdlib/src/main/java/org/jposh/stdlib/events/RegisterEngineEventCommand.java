package org.jposh.stdlib.events;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Register-EngineEvent: subscribes to the events raised under a source identifier: the engine's own
 * (PowerShell.Exiting) and those New-Event raises. A local subscription needs an action.
 */
@Cmdlet(verb = "Register", noun = "EngineEvent")
public final class RegisterEngineEventCommand extends ObjectEventRegistrationBase {
    @Parameter(position = 100, mandatory = true)
    private String sourceIdentifier;

    @Override
    protected String sourceIdentifier() {
        return sourceIdentifier;
    }

    @Override
    protected Object sourceObject() {
        if (!hasAction() && !forward()) {
            throw throwTerminatingError(errorRecord("Action must be specified for non-forwarded events.",
                    "ACTION_MANDATORY_FOR_LOCAL", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
        return null;
    }

    @Override
    protected String sourceObjectEventName() {
        return null;
    }
}
