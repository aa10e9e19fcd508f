package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.events.PSEventManager;
import org.jposh.interpreter.runtime.events.PSEventSubscriber;

/**
 * What Register-EngineEvent and Register-ObjectEvent share (pwsh's ObjectEventRegistrationBase): the action, the
 * message data, -SupportEvent, -Forward and -MaxTriggerCount, and the subscription itself. With an action (and
 * without -SupportEvent) the command returns the action's job.
 */
abstract class ObjectEventRegistrationBase extends PSCmdlet {
    @Parameter(position = 101)
    private ScriptBlock action;

    @Parameter
    private Object messageData;

    @Parameter
    private boolean supportEvent;

    @Parameter
    private boolean forward;

    @Parameter
    private int maxTriggerCount;

    /** The source identifier the events are raised under. */
    protected abstract String sourceIdentifier();

    /** The object whose event is subscribed to, or null for the engine's events. */
    protected abstract Object sourceObject();

    /** The name of the object's event, or null. */
    protected abstract String sourceObjectEventName();

    protected final boolean hasAction() {
        return action != null;
    }

    protected final boolean forward() {
        return forward;
    }

    @Override
    protected void beginProcessing() {
        if (forward && action != null) {
            throw throwTerminatingError(errorRecord("The action is not supported when you are forwarding events.",
                    "ACTION_AND_FORWARD_NOT_SUPPORTED", ErrorCategory.InvalidOperation, null, "ArgumentException"));
        }
    }

    @Override
    protected void endProcessing() {
        Object source = PSObject.base(sourceObject());
        String eventName = sourceObjectEventName();
        String sourceIdentifier = sourceIdentifier();
        PSEventManager events = PoshContext.get(null).events();
        // As in pwsh, only object events refuse a second subscriber with the same identifier.
        if ((source != null || eventName != null) && !events.subscribers(sourceIdentifier).isEmpty()) {
            writeError(errorRecord("Cannot subscribe to the specified event. A subscriber with the source identifier '"
                    + sourceIdentifier + "' already exists.", "SUBSCRIBER_EXISTS", ErrorCategory.InvalidArgument, source,
                    "ArgumentException"));
            return;
        }
        PSEventSubscriber subscriber;
        try {
            subscriber = events.subscribe(source, eventName, sourceIdentifier, messageData,
                    action == null ? null : s -> new EventJob(sessionState(), s, action), supportEvent, forward,
                    maxTriggerCount);
        } catch (IllegalArgumentException e) {
            writeError(errorRecord(e.getMessage(), "INVALID_REGISTRATION", ErrorCategory.InvalidArgument, source,
                    "ArgumentException"));
            return;
        }
        if (action != null && !supportEvent) {
            writeObject(subscriber.action().job());
        }
    }
}
