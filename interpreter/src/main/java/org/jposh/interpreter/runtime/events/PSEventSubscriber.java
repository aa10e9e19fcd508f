package org.jposh.interpreter.runtime.events;

import java.util.function.Function;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * System.Management.Automation.PSEventSubscriber: one subscription (Register-EngineEvent,
 * Register-ObjectEvent), what Get-EventSubscriber lists and an action sees as $EventSubscriber. With
 * -MaxTriggerCount it ends itself once it has taken that many events and their actions have run.
 */
public final class PSEventSubscriber implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSEventSubscriber",
            null, PSEventSubscriber::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final int subscriptionId;
    private final Object sourceObject;
    private final String eventName;
    private final String sourceIdentifier;
    private final Object messageData;
    private final EventActionJob action;
    private final boolean supportEvent;
    private final boolean forwardEvent;
    /** -MaxTriggerCount, or 0: the subscription stays until it is unregistered. */
    private final int maxTriggerCount;
    /** The handler added to the source object's event, to be removed when the subscription ends; or null. */
    EventSource.Handler handler;
    /** Guarded by the event manager's lock. */
    int remainingTriggerCount;
    /** Guarded by the event manager's lock. */
    int remainingActionsToProcess;
    /** Guarded by the event manager's lock. */
    boolean unsubscribed;

    PSEventSubscriber(int subscriptionId, Object sourceObject, String eventName, String sourceIdentifier,
                      Object messageData, Function<PSEventSubscriber, EventActionJob> action, boolean supportEvent,
                      boolean forwardEvent, int maxTriggerCount) {
        this.subscriptionId = subscriptionId;
        this.sourceObject = sourceObject;
        this.eventName = eventName;
        this.sourceIdentifier = sourceIdentifier;
        this.messageData = messageData;
        this.supportEvent = supportEvent;
        this.forwardEvent = forwardEvent;
        this.maxTriggerCount = Math.max(0, maxTriggerCount);
        this.remainingTriggerCount = this.maxTriggerCount;
        this.action = action == null ? null : action.apply(this);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    public int subscriptionId() {
        return subscriptionId;
    }

    public String sourceIdentifier() {
        return sourceIdentifier;
    }

    public Object sourceObject() {
        return sourceObject;
    }

    public String eventName() {
        return eventName;
    }

    /** -MessageData, which the events of an object's subscription carry. */
    public Object messageData() {
        return messageData;
    }

    public EventActionJob action() {
        return action;
    }

    public boolean supportEvent() {
        return supportEvent;
    }

    public boolean forwardEvent() {
        return forwardEvent;
    }

    boolean autoUnregister() {
        return maxTriggerCount > 0;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.property("SubscriptionId", CoreTypes.INT32, s -> ((PSEventSubscriber) s).subscriptionId);
        b.property("SourceObject", CoreTypes.OBJECT, s -> ((PSEventSubscriber) s).sourceObject);
        b.property("EventName", CoreTypes.STRING, s -> ((PSEventSubscriber) s).eventName);
        b.property("SourceIdentifier", CoreTypes.STRING, s -> ((PSEventSubscriber) s).sourceIdentifier);
        b.property("Action", CoreTypes.OBJECT, s -> {
            EventActionJob job = ((PSEventSubscriber) s).action;
            return job == null ? null : job.job();
        });
        // Only C# code subscribes with a delegate; a script's subscriptions have none.
        b.property("HandlerDelegate", CoreTypes.OBJECT, s -> null);
        b.property("SupportEvent", CoreTypes.BOOLEAN, s -> ((PSEventSubscriber) s).supportEvent);
        b.property("ForwardEvent", CoreTypes.BOOLEAN, s -> ((PSEventSubscriber) s).forwardEvent);
    }
}
