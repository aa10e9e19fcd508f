package org.jposh.remoting.commands;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.bridge.PsObjectBridge;

/**
 * One pipeline run on several sessions, at most {@code throttleLimit} at a time, with what they send
 * collected for the cmdlet's thread: the transport threads put records in a queue, and the cmdlet
 * takes them out ({@link #drain}) to write them, since only its own thread may write to the pipeline.
 * Pipeline input goes to every session: those started later get what earlier ones were sent.
 */
final class RemoteInvocation {
    /** Something a session sent, for the cmdlet to write. */
    sealed interface Event permits Output, Error, Warning, Verbose, Debug, Information, Finished {
        PSSession session();
    }

    record Output(PSSession session, Object value) implements Event {
    }

    record Error(PSSession session, ErrorRecordData record) implements Event {
    }

    record Warning(PSSession session, String message) implements Event {
    }

    record Verbose(PSSession session, String message) implements Event {
    }

    record Debug(PSSession session, String message) implements Event {
    }

    record Information(PSSession session, InformationRecordMessage record) implements Event {
    }

    /** The pipeline ended; {@code reason} says why it failed or stopped. */
    record Finished(PSSession session, PSInvocationState state, ErrorRecordData reason) implements Event {
    }

    /** What the cmdlet does with the events. */
    interface Sink {
        void accept(Event event);
    }

    private final PowerShellData commands;
    private final boolean withInput;
    private final int throttleLimit;
    private final Deque<PSSession> waiting;
    private final List<RemotePipeline> running = new ArrayList<>();
    private final List<PSSession> runningSessions = new ArrayList<>();
    private final List<Object> sentInput = new ArrayList<>();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private boolean inputEnded;
    private int unfinished;

    RemoteInvocation(List<PSSession> sessions, PowerShellData commands, boolean withInput, int throttleLimit) {
        this.commands = commands;
        this.withInput = withInput;
        this.throttleLimit = throttleLimit > 0 ? throttleLimit : Integer.MAX_VALUE;
        this.waiting = new ArrayDeque<>(sessions);
        this.unfinished = sessions.size();
    }

    /** Starts as many pipelines as the throttle allows; a session that cannot run one reports it as an error. */
    void start(Sink sink) {
        while (!waiting.isEmpty() && running.size() < throttleLimit) {
            PSSession session = waiting.removeFirst();
            try {
                RemotePipeline pipeline = withInput ? session.pool().invokeWithInput(commands, listener(session))
                        : session.pool().invoke(commands, listener(session));
                session.setBusy(true);
                running.add(pipeline);
                runningSessions.add(session);
                if (withInput) {
                    sentInput.forEach(pipeline::input);
                    if (inputEnded) {
                        pipeline.endInput();
                    }
                }
            } catch (RemotingException e) {
                unfinished--;
                sink.accept(new Finished(session, PSInvocationState.FAILED, e.record()));
            }
        }
    }

    /** Sends one input object to every session's pipeline (and keeps it for those not started yet). */
    void input(Object value) {
        Object serialized = PsObjectBridge.serialize(value, ClixmlWriter.REMOTING_DEPTH);
        if (!waiting.isEmpty()) {
            sentInput.add(serialized);
        }
        for (RemotePipeline pipeline : running) {
            pipeline.input(serialized);
        }
    }

    void endInput() {
        inputEnded = true;
        for (RemotePipeline pipeline : running) {
            pipeline.endInput();
        }
    }

    /** Hands the events that have arrived to {@code sink} without waiting. */
    void drain(Sink sink) {
        Event event;
        while ((event = events.poll()) != null) {
            handle(event, sink);
        }
    }

    /**
     * Hands events to {@code sink} until every pipeline has ended, running {@code poll} between waits
     * (the cmdlet's check for being stopped, which throws).
     */
    void awaitAll(Sink sink, Runnable poll) throws InterruptedException {
        while (unfinished > 0) {
            poll.run();
            Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                handle(event, sink);
            }
        }
    }

    /** Asks every running pipeline to stop (Ctrl+C, or the local pipeline stopping) and waits for them a while. */
    void stop() throws InterruptedException {
        waiting.clear();
        for (RemotePipeline pipeline : running) {
            pipeline.stop();
        }
        for (int i = 0; i < running.size(); i++) {
            running.get(i).awaitCompletion(runningSessions.get(i).cancelTimeout());
        }
    }

    private void handle(Event event, Sink sink) {
        if (event instanceof Finished) {
            int index = runningSessions.indexOf(event.session());
            if (index >= 0) {
                running.remove(index);
                runningSessions.remove(index);
            }
            event.session().setBusy(false);
            unfinished--;
            start(sink);
        }
        sink.accept(event);
    }

    private PipelineListener listener(PSSession session) {
        return new PipelineListener() {
            @Override
            public void output(Object value) {
                events.add(new Output(session, value));
            }

            @Override
            public void error(ErrorRecordData record) {
                events.add(new Error(session, record));
            }

            @Override
            public void warning(InformationalRecordMessage record) {
                events.add(new Warning(session, record.message()));
            }

            @Override
            public void verbose(InformationalRecordMessage record) {
                events.add(new Verbose(session, record.message()));
            }

            @Override
            public void debug(InformationalRecordMessage record) {
                events.add(new Debug(session, record.message()));
            }

            @Override
            public void information(InformationRecordMessage record) {
                events.add(new Information(session, record));
            }

            @Override
            public void stateChanged(PSInvocationState state, ErrorRecordData reason) {
                if (state.isFinished()) {
                    events.add(new Finished(session, state, reason));
                }
            }
        };
    }

    /**
     * Write-Host in a remote session (an information record tagged PSHOST, what pwsh's server sends for
     * it) shown on this host; other information records are not shown, as pwsh's client does not.
     */
    static void showHostText(InformationRecordMessage record, PSHostUserInterface ui) {
        if (!record.tags().contains("PSHOST")) {
            return;
        }
        Object data = record.messageData();
        if (data instanceof PsObjectData message && message.property("Message") != null) {
            String text = String.valueOf(message.propertyValue("Message"));
            if (Boolean.TRUE.equals(message.propertyValue("NoNewLine"))) {
                ui.write(text);
            } else {
                ui.writeLine(text);
            }
        } else {
            ui.writeLine(String.valueOf(PsObjectBridge.deserialize(data)));
        }
    }

    /** How long to wait for the pipelines of a session that is being closed. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);
}
