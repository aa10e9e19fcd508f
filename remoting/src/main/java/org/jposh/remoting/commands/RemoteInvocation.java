package org.jposh.remoting.commands;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;

/**
 * One pipeline run on several sessions, at most {@code throttleLimit} at a time, with what they send
 * collected for the cmdlet's thread: the transport threads put records in a queue, and the cmdlet
 * takes them out ({@link #drain}) to write them, since only its own thread may write to the pipeline.
 * Pipeline input goes to every session: those started later get what earlier ones were sent.
 */
final class RemoteInvocation {
    /** Something a session sent, for the cmdlet to write. */
    sealed interface Event permits Started, Output, Error, Warning, Verbose, Debug, Information, Progress, HostMethodCall,
            Finished {
        PSSession session();
    }

    /** The session's pipeline has started (its turn under the throttle limit has come). */
    record Started(PSSession session) implements Event {
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

    record Progress(PSSession session, ProgressRecordMessage record) implements Event {
    }

    /**
     * The remote pipeline asks this host to run a method: the cmdlet runs it, in order with the records,
     * and answers with {@link #answer}.
     */
    record HostMethodCall(PSSession session, HostCall call, RemotePipeline[] pipeline) implements Event {
        void answer(Object result, ErrorRecordData error) {
            pipeline[0].respond(call, result, error);
        }
    }

    /** The pipeline ended; {@code reason} says why it failed or stopped. */
    record Finished(PSSession session, PSInvocationState state, ErrorRecordData reason) implements Event {
    }

    /** What the cmdlet does with the events. */
    interface Sink {
        void accept(Event event);
    }

    private final Function<PSSession, PowerShellData> commands;
    private final boolean withInput;
    private final int throttleLimit;
    private final Deque<PSSession> waiting;
    private final List<RemotePipeline> running = new ArrayList<>();
    private final List<PSSession> runningSessions = new ArrayList<>();
    private final List<Object> sentInput = new ArrayList<>();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private boolean inputEnded;
    private int unfinished;

    /** @param commands what each session runs (its arguments serialized with that session's key) */
    RemoteInvocation(List<PSSession> sessions, Function<PSSession, PowerShellData> commands, boolean withInput,
                     int throttleLimit) {
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
                RemotePipeline[] created = new RemotePipeline[1];
                RemotePipeline pipeline = session.pool().invokeWithHost(commands.apply(session), !withInput,
                        listener(session, created));
                created[0] = pipeline;
                session.setBusy(true);
                running.add(pipeline);
                runningSessions.add(session);
                sink.accept(new Started(session));
                if (withInput) {
                    sentInput.forEach(value -> pipeline.input(serialize(value, session)));
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
        if (!waiting.isEmpty()) {
            sentInput.add(value);
        }
        for (int i = 0; i < running.size(); i++) {
            running.get(i).input(serialize(value, runningSessions.get(i)));
        }
    }

    /** A value as it goes to a session: its SecureStrings encrypted with that session's key. */
    static Object serialize(Object value, PSSession session) {
        return PsObjectBridge.serialize(value, ClixmlWriter.REMOTING_DEPTH, session.cipher());
    }

    /** A value a session sent, its SecureStrings decrypted with that session's key. */
    static Object deserialize(Object value, PSSession session) {
        return PsObjectBridge.deserialize(value, session.cipher());
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
        for (PSSession session : List.copyOf(waiting)) {
            stop(session);
        }
        for (PSSession session : List.copyOf(runningSessions)) {
            stop(session);
        }
        for (int i = 0; i < running.size(); i++) {
            running.get(i).awaitCompletion(runningSessions.get(i).cancelTimeout());
        }
    }

    /**
     * Asks the session's pipeline to stop without waiting (a PSRP stop; its state comes as the event
     * Finished), or drops the session if its pipeline has not started: it then finishes as Stopped.
     */
    void stop(PSSession session) {
        if (waiting.remove(session)) {
            events.add(new Finished(session, PSInvocationState.STOPPED, null));
            return;
        }
        int index = runningSessions.indexOf(session);
        if (index >= 0) {
            running.get(index).stop();
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

    private PipelineListener listener(PSSession session, RemotePipeline[] pipeline) {
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
            public void progress(ProgressRecordMessage record) {
                events.add(new Progress(session, record));
            }

            @Override
            public void hostCall(HostCall call) {
                events.add(new HostMethodCall(session, call, pipeline));
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
     * it) shown on this host.
     *
     * @return whether the record was host text; other information records are for the information stream
     */
    static boolean showHostText(InformationRecordMessage record, PSHostUserInterface ui) {
        if (!record.tags().contains("PSHOST")) {
            return false;
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
        return true;
    }

    /** A remote output object with the note properties pwsh adds to it (PSComputerName, RunspaceId...). */
    static Object tagged(Object value, PSSession from, boolean showComputerName) {
        if (value == null) {
            return null;
        }
        PSObject pso = value instanceof PSObject p ? p : new PSObject(value);
        pso.setNoteProperty("PSComputerName", from.computerName());
        pso.setNoteProperty("RunspaceId", from.instanceId());
        pso.setNoteProperty("PSShowComputerName", showComputerName);
        return pso;
    }

    /** A remote Write-Information record, rehydrated for this session's information stream. */
    static InformationRecord informationRecord(InformationRecordMessage record) {
        return new InformationRecord(PsObjectBridge.deserialize(record.messageData()), record.source(), record.tags());
    }

    /** How long to wait for the pipelines of a session that is being closed. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);
}
