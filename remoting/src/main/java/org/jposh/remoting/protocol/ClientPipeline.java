package org.jposh.remoting.protocol;

import java.util.UUID;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.messages.EndOfPipelineInput;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.ErrorRecordMessage;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PipelineInput;
import org.jposh.remoting.psrp.messages.PipelineOutput;
import org.jposh.remoting.psrp.messages.PipelineStateInfo;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;

/**
 * One pipeline of a {@link ClientRunspacePool}, as pwsh's ClientRemotePowerShell runs it: Running
 * from creation; input objects and the end of input go out in order; the server's records are
 * reported as they come; its PIPELINE_STATE (Completed, Failed or Stopped) ends the pipeline, which
 * is then closed on the server. {@link #stop} sends the stop signal; the acknowledgement of the
 * signal ends the pipeline Stopped if the server's state has not done so first. The pool's lock
 * guards everything here.
 */
public final class ClientPipeline {
    private final ClientRunspacePool pool;
    private final UUID id;
    private final boolean noInput;
    private final PipelineListener listener;

    private PSInvocationState state = PSInvocationState.NOT_STARTED;
    private ErrorRecordData reason;
    private boolean inputEnded;

    ClientPipeline(ClientRunspacePool pool, UUID id, boolean noInput, PipelineListener listener) {
        this.pool = pool;
        this.id = id;
        this.noInput = noInput;
        this.listener = listener;
        this.inputEnded = noInput;
    }

    public UUID id() {
        return id;
    }

    public PSInvocationState state() {
        synchronized (pool) {
            return state;
        }
    }

    /** Why the pipeline stopped or failed, or null. */
    public ErrorRecordData reason() {
        synchronized (pool) {
            return reason;
        }
    }

    /** Sends one input object. Ignored once the pipeline has finished, as pwsh ignores late input. */
    public void input(Object value) {
        synchronized (pool) {
            requireInputOpen();
            if (state == PSInvocationState.RUNNING) {
                pool.send(this, new PipelineInput(value).toMessage(pool.id(), id), false);
            }
        }
    }

    /** Ends the input: the server's pipeline sees the end of its input stream. */
    public void endInput() {
        synchronized (pool) {
            requireInputOpen();
            inputEnded = true;
            if (state == PSInvocationState.RUNNING) {
                pool.send(this, new EndOfPipelineInput().toMessage(pool.id(), id), false);
            }
        }
    }

    /** Asks the server to stop the pipeline; Stopping until the server confirms. */
    public void stop() {
        synchronized (pool) {
            if (state != PSInvocationState.RUNNING) {
                return;
            }
            setState(PSInvocationState.STOPPING, null);
            pool.stop(this);
        }
    }

    /** Answers a host call the server made for this pipeline. */
    public void respond(HostResponse response) {
        synchronized (pool) {
            if (!state.isFinished()) {
                pool.send(this, response.toMessage(pool.id(), id), true);
            }
        }
    }

    void started() {
        setState(PSInvocationState.RUNNING, null);
    }

    void receive(PsrpMessage message) {
        if (state.isFinished()) {
            return;
        }
        switch (message.type()) {
            case PIPELINE_OUTPUT -> listener.output(((PipelineOutput) Messages.decode(message)).value());
            case ERROR_RECORD -> listener.error(((ErrorRecordMessage) Messages.decode(message)).record());
            case WARNING_RECORD -> listener.warning((InformationalRecordMessage) Messages.decode(message));
            case VERBOSE_RECORD -> listener.verbose((InformationalRecordMessage) Messages.decode(message));
            case DEBUG_RECORD -> listener.debug((InformationalRecordMessage) Messages.decode(message));
            case PROGRESS_RECORD -> listener.progress((ProgressRecordMessage) Messages.decode(message));
            case INFORMATION_RECORD -> listener.information((InformationRecordMessage) Messages.decode(message));
            case PIPELINE_HOST_CALL -> listener.hostCall((HostCall) Messages.decode(message));
            case PIPELINE_STATE -> receiveState((PipelineStateInfo) Messages.decode(message));
            default -> throw new PsrpException("ReceivedUnsupportedDataType",
                    "Received remoting data with unsupported data type: " + message.type() + ".");
        }
    }

    void signalAcknowledged() {
        // pwsh: by now the server has sent the pipeline's state; a server that did not is answered locally.
        if (!state.isFinished()) {
            finish(PSInvocationState.STOPPED, RemotingErrors.dataStructure(
                    new PsrpException("PipelineStopped", "The remote pipeline has been stopped.")));
        }
    }

    void fail(ErrorRecordData why) {
        if (!state.isFinished()) {
            finish(PSInvocationState.FAILED, why);
        }
    }

    /** Ends the pipeline without the server (the pool broke or closed); nothing is sent. */
    void finishLocally(PSInvocationState finalState, ErrorRecordData why) {
        if (!state.isFinished()) {
            setState(finalState, why);
        }
    }

    private void receiveState(PipelineStateInfo info) {
        if (!info.state().isFinished()) {
            return;
        }
        // After a stop request pwsh reports Stopped whatever the server's final state.
        PSInvocationState finalState = state == PSInvocationState.STOPPING ? PSInvocationState.STOPPED : info.state();
        finish(finalState, info.reason());
    }

    private void finish(PSInvocationState finalState, ErrorRecordData why) {
        setState(finalState, why);
        pool.finished(this);
    }

    private void setState(PSInvocationState newState, ErrorRecordData why) {
        state = newState;
        reason = why;
        listener.stateChanged(newState, why);
    }

    private void requireInputOpen() {
        if (noInput) {
            throw new IllegalStateException("The pipeline was created without input.");
        }
        if (inputEnded) {
            throw new IllegalStateException("The input of the pipeline has already ended.");
        }
    }
}
