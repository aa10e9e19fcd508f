package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.Streams;
import org.jposh.interpreter.runtime.events.EventActionJob;
import org.jposh.interpreter.runtime.events.PSEventArgs;
import org.jposh.interpreter.runtime.events.PSEventSubscriber;
import org.jposh.stdlib.jobs.Job;

/**
 * A subscriber's -Action as pwsh's PSEventJob runs it: a job named after the source identifier, whose command is
 * the action's text, NotStarted until the first event and Running from then on, Failed once the action has thrown,
 * Stopped when the subscription ends (Unregister-Event, Stop-Job). What the action outputs and its errors are the
 * job's results, for Receive-Job.
 *
 * <p>The action runs in a scope of its own under the global scope, as pwsh runs it in a dynamic module of its own:
 * it sees global variables but not the registering script's, and its own variables stay from one event to the
 * next. $Event, $EventArgs, $Sender and $EventSubscriber are set there for each event, and the event's arguments
 * are its $args (or its param() block's parameters).
 */
final class EventJob implements EventActionJob, Job.Work {
    private final Job job;
    private final ScriptBlock action;
    private final PSEventSubscriber subscriber;
    private final SessionStateScope moduleScope;

    EventJob(SessionState session, PSEventSubscriber subscriber, ScriptBlock action) {
        this.subscriber = subscriber;
        this.action = action;
        this.moduleScope = new SessionStateScope(session.global(), ScopeLayout.AUTOMATIC_ONLY, true);
        this.job = Job.addEventJob(session, subscriber.sourceIdentifier(), action.toString(), !subscriber.supportEvent());
        job.assign(this);
    }

    @Override
    public void invoke(PSEventSubscriber eventSubscriber, PSEventArgs event) {
        if (job.isFinished()) {
            return;
        }
        job.running();
        moduleScope.set("EventSubscriber", eventSubscriber);
        moduleScope.set("Event", event);
        moduleScope.set("Sender", event.sender());
        moduleScope.set("EventArgs", event.sourceEventArgs());
        Object[] args = event.sourceArgs() == null ? new Object[0] : event.sourceArgs();
        // Dot-sourcing a block without arguments leaves $args as it was: the last event's must not show through.
        moduleScope.set("args", args);
        PoshContext context = PoshContext.get(null);
        SessionState session = context.sessionState();
        SessionStateScope caller = session.currentScope();
        Streams callerStreams = context.setStreams(context.streams().with(2, error -> job.writeError((ErrorRecord) error)));
        session.setCurrentScope(moduleScope);
        try {
            action.invokeDotSourced(null, args, job::writeOutput);
        } catch (PoshException e) {
            job.fail(e.errorRecord());
        } catch (ExitException e) {
            // exit ends the action only: pwsh's event manager swallows what an action throws
        } finally {
            session.setCurrentScope(caller);
            context.setStreams(callerStreams);
        }
    }

    @Override
    public void unsubscribed() {
        job.stopped();
    }

    @Override
    public Object job() {
        return job;
    }

    /** Stop-Job (and Remove-Job -Force) end the subscription, as pwsh's PSEventJob.StopJob does. */
    @Override
    public void stop() {
        PoshContext.get(null).events().unsubscribe(subscriber);
    }

    /** The action runs on the session's thread and holds nothing of its own to release. */
    @Override
    public void dispose() {
    }
}
