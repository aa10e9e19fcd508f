package org.jposh.interpreter.runtime.events;

/**
 * What the event manager knows of a subscriber's -Action (pwsh's PSEventJob, a job the job cmdlets list,
 * which the standard library provides): it runs the action for each event on the session's thread, and
 * hears when the subscription ends.
 */
public interface EventActionJob {
    /** Runs the action for an event, with $Event, $EventArgs, $Sender and $EventSubscriber set; on the session's thread. */
    void invoke(PSEventSubscriber subscriber, PSEventArgs event);

    /** The subscription has ended: the job is Stopped (pwsh's NotifyJobStopped). */
    void unsubscribed();

    /** The job itself: the subscriber's Action property. */
    Object job();
}
