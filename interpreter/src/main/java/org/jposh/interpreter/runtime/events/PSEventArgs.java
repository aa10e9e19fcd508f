package org.jposh.interpreter.runtime.events;

import java.util.UUID;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * System.Management.Automation.PSEventArgs: one event as the event manager received it (New-Event, an object's
 * .NET event, an engine event); what Get-Event lists and an action sees as $Event. It has no format view in
 * pwsh, so it is shown as a list of its properties, in the order .NET declares them.
 */
public final class PSEventArgs extends EventArgs {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSEventArgs", null,
            EventArgs.TYPE, PSEventArgs::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final UUID runspaceId;
    private final int eventIdentifier;
    private final String sourceIdentifier;
    private final Object sender;
    private final Object[] sourceArgs;
    private final EventArgs sourceEventArgs;
    private final Object messageData;
    private final DateTime timeGenerated = DateTime.now();

    PSEventArgs(UUID runspaceId, int eventIdentifier, String sourceIdentifier, Object sender, Object[] sourceArgs,
                Object messageData) {
        this.runspaceId = runspaceId;
        this.eventIdentifier = eventIdentifier;
        this.sourceIdentifier = sourceIdentifier;
        this.sender = sender;
        this.sourceArgs = sourceArgs;
        this.messageData = messageData;
        this.sourceEventArgs = firstEventArgs(sourceArgs);
    }

    private static EventArgs firstEventArgs(Object[] arguments) {
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof EventArgs eventArgs) {
                    return eventArgs;
                }
            }
        }
        return null;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    public int eventIdentifier() {
        return eventIdentifier;
    }

    public String sourceIdentifier() {
        return sourceIdentifier;
    }

    public Object sender() {
        return sender;
    }

    /** The event's arguments: an action's $args. */
    public Object[] sourceArgs() {
        return sourceArgs;
    }

    /** The first of the arguments that is an EventArgs: an action's $EventArgs. */
    public EventArgs sourceEventArgs() {
        return sourceEventArgs;
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        // A local event has no ComputerName: only forwarded (remote) events do.
        b.property("ComputerName", CoreTypes.STRING, e -> null);
        b.property("RunspaceId", CoreTypes.GUID, e -> ((PSEventArgs) e).runspaceId);
        b.property("EventIdentifier", CoreTypes.INT32, e -> ((PSEventArgs) e).eventIdentifier);
        b.property("Sender", CoreTypes.OBJECT, e -> ((PSEventArgs) e).sender);
        b.property("SourceEventArgs", EventArgs.TYPE, e -> ((PSEventArgs) e).sourceEventArgs);
        b.property("SourceArgs", CoreTypes.OBJECT_ARRAY, e -> ((PSEventArgs) e).sourceArgs);
        b.property("SourceIdentifier", CoreTypes.STRING, e -> ((PSEventArgs) e).sourceIdentifier);
        b.property("TimeGenerated", CoreTypes.DATE_TIME, e -> ((PSEventArgs) e).timeGenerated);
        b.property("MessageData", CoreTypes.PS_OBJECT, e -> ((PSEventArgs) e).messageData);
    }
}
