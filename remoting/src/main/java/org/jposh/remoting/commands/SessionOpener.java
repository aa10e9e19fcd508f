package org.jposh.remoting.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.ssh.SshClientConnector;
import org.jposh.remoting.ssh.SshConnectionInfo;
import org.jposh.remoting.transport.OutOfProcClientTransport;

/**
 * Opens SSH sessions for the session cmdlets, all targets at once (each connection waits on the
 * network), each numbered and named in the runspace's repository. A target that cannot be reached
 * comes back as its failure, worded by the SSH client, so the cmdlet reports it and goes on.
 */
final class SessionOpener {
    /** pwsh's default OpenTimeout and CancelTimeout (PSSessionOption). */
    private static final Duration OPEN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CANCEL_TIMEOUT = Duration.ofMinutes(1);

    /** A session, or why its target could not be reached. */
    record Result(SshConnectionInfo target, PSSession session, RemotingException failure) {
    }

    private SessionOpener() {
    }

    /** Opens one session per target, named from {@code names} in order (Runspace<i>Id</i> where none is given). */
    static List<Result> open(List<SshConnectionInfo> targets, String[] names, SessionState state)
            throws InterruptedException {
        PSSessionRepository repository = PSSessionRepository.of(state);
        List<Result> results = connect(targets, names, repository, preference(state));
        for (Result result : results) {
            if (result.session() != null) {
                repository.add(result.session());
            }
        }
        return results;
    }

    /**
     * Opens one session per target, numbered by the repository but not added to it (the sessions of a
     * job's computers, which Get-PSSession does not list, as pwsh's are not).
     *
     * @param options the session options ($PSSessionOption), or null for pwsh's defaults
     */
    static List<Result> connect(List<SshConnectionInfo> targets, String[] names, PSSessionRepository repository,
                                PSSessionOption options) throws InterruptedException {
        Duration openTimeout = options != null ? options.openTimeout() : OPEN_TIMEOUT;
        Duration cancelTimeout = options != null ? options.cancelTimeout() : CANCEL_TIMEOUT;
        List<Future<Result>> pending = new ArrayList<>(targets.size());
        ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < targets.size(); i++) {
                SshConnectionInfo target = targets.get(i);
                int id = repository.nextId();
                String name = names != null && i < names.length && names[i] != null ? names[i] : "Runspace" + id;
                pending.add(connecting.submit(() -> open(target, id, name, openTimeout, cancelTimeout)));
            }
            List<Result> results = new ArrayList<>(pending.size());
            for (Future<Result> future : pending) {
                results.add(get(future));
            }
            return results;
        } finally {
            connecting.shutdownNow();
        }
    }

    private static Result open(SshConnectionInfo target, int id, String name, Duration openTimeout,
                               Duration cancelTimeout) throws InterruptedException {
        try {
            OutOfProcClientTransport transport = SshClientConnector.connect(target);
            RemoteRunspacePool pool = RemoteRunspacePool.open(transport, ClientRunspacePool.Settings.defaults(), null,
                    null, openTimeout);
            return new Result(target, new PSSession(id, name, target, pool, cancelTimeout), null);
        } catch (RemotingException e) {
            return new Result(target, null, e);
        }
    }

    private static Result get(Future<Result> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The {@code $PSSessionOption} preference variable, when it holds a PSSessionOption. */
    static PSSessionOption preference(SessionState state) {
        Object value = PSObject.base(state.currentScope().get("PSSessionOption"));
        return value instanceof PSSessionOption option ? option : null;
    }

    /** Closes a session's pool, waiting at most pwsh's close timeout; a broken session is already gone. */
    static void close(PSSession session) throws InterruptedException {
        session.pool().close(RemoteInvocation.CLOSE_TIMEOUT);
    }
}
