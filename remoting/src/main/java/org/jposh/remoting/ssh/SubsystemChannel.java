package org.jposh.remoting.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.channel.ChannelSubsystem;

/**
 * A subsystem channel that reports the server's answer to the subsystem request. Mina closes the
 * channel when the server refuses the subsystem, which would otherwise look like a server process
 * that died at once; with the answer we can tell the user the subsystem is missing.
 */
final class SubsystemChannel extends ChannelSubsystem {
    private final CompletableFuture<Boolean> accepted = new CompletableFuture<>();

    SubsystemChannel(String subsystem) {
        super(subsystem);
    }

    @Override
    public void handleSuccess() throws IOException {
        super.handleSuccess();
        accepted.complete(true);
    }

    @Override
    public void handleFailure() throws IOException {
        accepted.complete(false);
        super.handleFailure();
    }

    @Override
    protected void preClose() {
        accepted.complete(false);
        super.preClose();
    }

    /** Waits for the server's answer: true if it started the subsystem. */
    boolean awaitAccepted(Duration timeout) throws IOException, TimeoutException {
        try {
            return accepted.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while opening the subsystem", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
