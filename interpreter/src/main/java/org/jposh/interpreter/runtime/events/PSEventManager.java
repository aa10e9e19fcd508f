package org.jposh.interpreter.runtime.events;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jposh.interpreter.runtime.PipelineStoppedException;

/**
 * The event manager of one session (pwsh's PSLocalEventManager, $ExecutionContext.Events): its subscribers,
 * the queue of events no action took (Get-Event, Wait-Event), and the actions waiting to run.
 *
 * <p>Events come from any thread (a Timer's scheduler, the session itself with New-Event), but script code of
 * the session only ever runs on the session's thread, one piece at a time. An event a subscriber's action takes
 * is queued, and the session runs the queued actions at its safe points ({@link #processPendingActions}): as a
 * pipeline starts (pwsh's InvokePipeline does the same), while Wait-Event waits, when the session ends, and, for
 * events raised by other threads, at the next Truffle safepoint of the thread that registered the subscriber
 * (a loop's back-edge or a call's return: pwsh's CheckForInterrupts), through a thread-local action. An action
 * never starts while another runs. Unlike pwsh, an idle interactive session does not run actions until the
 * next command.
 */
public final class PSEventManager {
    private static final long WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private record EventAction(PSEventSubscriber subscriber, PSEventArgs event) {
    }

    private final TruffleLanguage.Env env;
    private final UUID runspaceId = UUID.randomUUID();
    /** Guards the queues, the subscribers and the counters, and is notified when an event or action arrives. */
    private final Object lock = new Object();
    private final List<PSEventArgs> receivedEvents = new ArrayList<>();
    private final List<PSEventSubscriber> subscribers = new ArrayList<>();
    private final ArrayDeque<EventAction> actions = new ArrayDeque<>();
    private volatile boolean actionsPending;
    /** The thread that registered the last subscriber: the one other threads' events interrupt to run actions. */
    private volatile Thread sessionThread;
    private int nextEventId = 1;
    private int nextSubscriptionId = 1;
    private boolean closed;
    /** Whether an action is running: actions do not nest (session thread only). */
    private boolean executingAction;

    public PSEventManager(TruffleLanguage.Env env) {
        this.env = env;
    }

    /**
     * Raises an event (pwsh's GenerateEvent): the subscribers with an action for its source identifier get it
     * queued for their actions; when none has one, it joins the received events, unless a subscriber forwards
     * it (to a remote client, which a local session does not have: it is dropped as pwsh drops it).
     *
     * @param args the event's arguments (SourceArgs, an action's $args), or null
     */
    public PSEventArgs generateEvent(String sourceIdentifier, Object sender, Object[] args, Object messageData) {
        PSEventArgs event;
        boolean captured = false;
        List<PSEventSubscriber> ended = new ArrayList<>();
        synchronized (lock) {
            event = new PSEventArgs(runspaceId, nextEventId++, sourceIdentifier, sender, args, messageData);
            if (closed) {
                return event;
            }
            boolean forward = false;
            List<PSEventSubscriber> withoutAction = new ArrayList<>();
            for (PSEventSubscriber subscriber : subscribers) {
                if (!subscriber.sourceIdentifier().equalsIgnoreCase(sourceIdentifier)) {
                    continue;
                }
                if (subscriber.autoUnregister()) {
                    if (subscriber.remainingTriggerCount <= 0) {
                        continue;
                    }
                    subscriber.remainingTriggerCount--;
                    subscriber.remainingActionsToProcess++;
                }
                forward = subscriber.forwardEvent();
                if (subscriber.action() != null) {
                    actions.add(new EventAction(subscriber, event));
                    captured = true;
                } else {
                    withoutAction.add(subscriber);
                }
            }
            if (captured) {
                actionsPending = true;
            } else {
                if (!forward) {
                    receivedEvents.add(event);
                }
                for (PSEventSubscriber subscriber : withoutAction) {
                    if (actionProcessed(subscriber)) {
                        ended.add(subscriber);
                    }
                }
            }
            lock.notifyAll();
        }
        ended.forEach(subscriber -> unsubscribe(subscriber, false));
        if (captured) {
            pulse();
        }
        return event;
    }

    /** One of the subscriber's events has been dealt with; true when that was its last (-MaxTriggerCount). */
    private boolean actionProcessed(PSEventSubscriber subscriber) {
        if (!subscriber.autoUnregister()) {
            return false;
        }
        subscriber.remainingActionsToProcess--;
        return subscriber.remainingTriggerCount == 0 && subscriber.remainingActionsToProcess == 0;
    }

    /** Asks the session's thread, when the event came from another, to run the actions at its next safepoint. */
    private void pulse() {
        Thread thread = sessionThread;
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            env.submitThreadLocal(new Thread[]{thread}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    processPendingActions();
                }
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The session has ended or the thread has left it: the actions run at the next safe point, if any.
        }
    }

    /**
     * Subscribes to events (pwsh's SubscribeEvent): those with the source identifier, and, with a source
     * object, that object's .NET event {@code eventName}, raised under that identifier.
     *
     * @param action makes the subscriber's action job, or null for a subscriber without action
     * @throws IllegalArgumentException with .NET's message when the object has no such event or the identifier
     *     is reserved for the engine (pwsh's cmdlets report it as INVALID_REGISTRATION)
     */
    public PSEventSubscriber subscribe(Object source, String eventName, String sourceIdentifier, Object messageData,
                                       Function<PSEventSubscriber, EventActionJob> action, boolean supportEvent,
                                       boolean forwardEvent, int maxTriggerCount) {
        EventSource eventSource = null;
        if (source != null) {
            if (sourceIdentifier != null && sourceIdentifier.regionMatches(true, 0, "PowerShell.", 0, 11)) {
                throw new IllegalArgumentException("Cannot register for the specified event. The event source "
                        + "identifier '" + sourceIdentifier + "' is reserved for the PowerShell engine. "
                        + "(Parameter 'sourceIdentifier')");
            }
            if (!(source instanceof EventSource es) || es.eventName(eventName) == null) {
                throw new IllegalArgumentException("Cannot register for the specified event. An event with the name '"
                        + eventName + "' does not exist. (Parameter 'eventName')");
            }
            eventSource = es;
        }
        int id;
        synchronized (lock) {
            id = nextSubscriptionId++;
        }
        PSEventSubscriber subscriber = new PSEventSubscriber(id, source, eventName, sourceIdentifier, messageData,
                action, supportEvent, forwardEvent, maxTriggerCount);
        if (eventSource != null) {
            subscriber.handler = (sender, eventArgs) -> generateEvent(sourceIdentifier, sender,
                    new Object[]{sender, eventArgs}, messageData);
            eventSource.addHandler(eventName, subscriber.handler);
        }
        sessionThread = Thread.currentThread();
        synchronized (lock) {
            subscribers.add(subscriber);
        }
        return subscriber;
    }

    /**
     * Ends a subscription (pwsh's UnsubscribeEvent): its handler leaves the source object's event, the actions
     * still queued for it run now, and its job stops.
     */
    public void unsubscribe(PSEventSubscriber subscriber) {
        unsubscribe(subscriber, true);
    }

    private void unsubscribe(PSEventSubscriber subscriber, boolean drainActions) {
        List<EventAction> drained = new ArrayList<>();
        synchronized (lock) {
            if (subscriber.unsubscribed || !subscribers.contains(subscriber)) {
                return;
            }
            subscriber.unsubscribed = true;
            if (drainActions) {
                actions.removeIf(action -> action.subscriber() == subscriber && drained.add(action));
            }
        }
        if (subscriber.handler != null) {
            ((EventSource) subscriber.sourceObject()).removeHandler(subscriber.eventName(), subscriber.handler);
        }
        drained.forEach(action -> subscriber.action().invoke(subscriber, action.event()));
        if (subscriber.action() != null) {
            subscriber.action().unsubscribed();
        }
        synchronized (lock) {
            subscribers.remove(subscriber);
        }
    }

    /** The subscribers, in the order they subscribed. */
    public List<PSEventSubscriber> subscribers() {
        synchronized (lock) {
            return List.copyOf(subscribers);
        }
    }

    /** The subscribers with this source identifier (in any case). */
    public List<PSEventSubscriber> subscribers(String sourceIdentifier) {
        synchronized (lock) {
            return subscribers.stream().filter(s -> s.sourceIdentifier().equalsIgnoreCase(sourceIdentifier)).toList();
        }
    }

    /** The received events, oldest first (pwsh's ReceivedEvents). */
    public List<PSEventArgs> receivedEvents() {
        synchronized (lock) {
            return List.copyOf(receivedEvents);
        }
    }

    /** Removes a received event (Remove-Event). */
    public void removeEvent(PSEventArgs event) {
        synchronized (lock) {
            receivedEvents.remove(event);
        }
    }

    /**
     * Waits for a received event that matches (Wait-Event), running the queued actions meanwhile; the event
     * stays in the queue. Stopping the pipeline (Ctrl+C) ends the wait.
     *
     * @param deadline when to give up ({@link System#nanoTime()}), or -1 never
     * @return the oldest matching event, or null when the deadline passed first
     */
    @TruffleBoundary
    public PSEventArgs waitForEvent(Predicate<PSEventArgs> matches, long deadline) {
        while (true) {
            PSEventArgs found = firstReceived(matches);
            if (found != null) {
                return found;
            }
            processPendingActions();
            long remaining = deadline < 0 ? WAIT_SLICE_NANOS : deadline - System.nanoTime();
            if (remaining <= 0) {
                return firstReceived(matches);
            }
            long slice = Math.min(remaining, WAIT_SLICE_NANOS);
            TruffleSafepoint.setBlockedThreadInterruptible(null, monitor -> {
                synchronized (monitor) {
                    if (!actionsPending && firstReceived(matches) == null) {
                        TimeUnit.NANOSECONDS.timedWait(monitor, slice);
                    }
                }
            }, lock);
        }
    }

    private PSEventArgs firstReceived(Predicate<PSEventArgs> matches) {
        synchronized (lock) {
            for (PSEventArgs event : receivedEvents) {
                if (matches.test(event)) {
                    return event;
                }
            }
            return null;
        }
    }

    /**
     * Runs the actions waiting, on the session's thread (pwsh's ProcessPendingActions); does nothing inside an
     * action, as actions do not nest. An action the pipeline's stopping interrupts is queued again.
     */
    public void processPendingActions() {
        if (actionsPending && !executingAction) {
            runPendingActions();
        }
    }

    @TruffleBoundary
    private void runPendingActions() {
        executingAction = true;
        try {
            while (true) {
                EventAction next;
                synchronized (lock) {
                    next = actions.poll();
                    if (next == null) {
                        actionsPending = false;
                        return;
                    }
                }
                try {
                    next.subscriber().action().invoke(next.subscriber(), next.event());
                } catch (PipelineStoppedException e) {
                    synchronized (lock) {
                        actions.addFirst(next);
                    }
                    throw e;
                }
                boolean ended;
                synchronized (lock) {
                    ended = actionProcessed(next.subscriber());
                }
                if (ended) {
                    unsubscribe(next.subscriber(), false);
                }
            }
        } finally {
            executingAction = false;
        }
    }

    /**
     * The session is ending: raises PowerShell.Exiting and runs the actions it and earlier events queued; then
     * every subscription ends, so that objects' events no longer reach the session.
     */
    @TruffleBoundary
    public void sessionEnding() {
        generateEvent(PSEngineEvent.EXITING, null, new Object[0], null);
        processPendingActions();
        List<PSEventSubscriber> all;
        synchronized (lock) {
            closed = true;
            all = List.copyOf(subscribers);
        }
        all.forEach(subscriber -> unsubscribe(subscriber, false));
    }
}
