package org.jposh.remoting.client;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jposh.remoting.protocol.ClientPipeline;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.PSInvocationState;

/**
 * A pipeline running in a {@link RemoteRunspacePool}. Its records reach the listener given to
 * {@code invoke} as they arrive; {@link #awaitCompletion} waits for the end.
 */
public final class RemotePipeline {
    private final ClientPipeline pipeline;
    private final CountDownLatch finished;

    RemotePipeline(ClientPipeline pipeline, CountDownLatch finished) {
        this.pipeline = pipeline;
        this.finished = finished;
    }

    public UUID id() {
        return pipeline.id();
    }

    public PSInvocationState state() {
        return pipeline.state();
    }

    /** Why the pipeline stopped or failed, or null. */
    public ErrorRecordData reason() {
        return pipeline.reason();
    }

    /** Sends one input object (pipelines invoked with input only). */
    public void input(Object value) {
        pipeline.input(value);
    }

    /** Ends the input. */
    public void endInput() {
        pipeline.endInput();
    }

    /**
     * Answers a host call of a pipeline run with {@link RemoteRunspacePool#invokeWithHost}: the method's
     * result, or the error it raised. Calls that expect no answer get none.
     */
    public void respond(HostCall call, Object result, ErrorRecordData error) {
        HostResponse response = RemoteRunspacePool.response(call, result, error);
        if (response != null) {
            pipeline.respond(response);
        }
    }

    /** Asks the server to stop the pipeline; {@link #awaitCompletion} then returns Stopped. */
    public void stop() {
        pipeline.stop();
    }

    /**
     * Waits until the pipeline has ended and returns its final state (Completed, Stopped or Failed).
     * A broken session ends it Failed, so this returns once the transport gives up; {@code timeout}
     * bounds the wait all the same, and null is returned when it passes.
     */
    public PSInvocationState awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? pipeline.state() : null;
    }
}
