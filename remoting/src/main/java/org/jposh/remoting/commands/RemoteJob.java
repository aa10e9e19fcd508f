package org.jposh.remoting.commands;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.jposh.interpreter.host.StreamHost;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.ssh.SshConnectionInfo;
import org.jposh.stdlib.jobs.Job;

/**
 * Invoke-Command -AsJob (pwsh's PSRemotingJob, PSJobTypeName RemoteJob): the command runs on each
 * computer through {@link RemoteInvocation}, driven by a thread of the job's own, and what each sends
 * goes to that computer's child job (PSRemotingChildJob) for Receive-Job: output objects with
 * PSComputerName and RunspaceId, errors, warning/verbose/debug and information records, Write-Host
 * text as host lines, progress records (kept in the child job's Progress collection; Receive-Job
 * writes them to its host's progress display). The computers of -HostName / -SSHConnection are connected by the job (a computer
 * that cannot be reached fails its child job with PSSessionOpenFailed) and each such session is closed
 * once its pipeline has ended; given sessions stay open (Busy while their pipeline runs).
 *
 * <p>Stop-Job sends the PSRP stop to the remote pipelines (of one computer for a child job). A remote
 * host call runs on a non-interactive host writing to the child job, so Read-Host fails there as it
 * does in a local job.
 */
final class RemoteJob implements Job.Work {
    /** What the job runs: the commands, the input (null: none) and the throttle limit. */
    record Invocation(Function<PSSession, PowerShellData> commands, List<Object> input, int throttleLimit, boolean showComputerName) {
    }

    /** Where the job connects: the sessions given, or the targets it opens sessions to. */
    record Targets(List<PSSession> sessions, List<SshConnectionInfo> hosts, PSSessionRepository repository,
                   PSSessionOption options) {
        List<String> locations() {
            return sessions != null ? sessions.stream().map(PSSession::computerName).toList()
                    : hosts.stream().map(SshConnectionInfo::host).toList();
        }
    }

    private final Job job;
    private final Invocation invocation;
    private final Targets targets;
    private final Map<PSSession, Job> childOf = new IdentityHashMap<>();
    private final Map<Job, StreamHost> hosts = new IdentityHashMap<>();
    /** Stop requests from other threads: a child job, or the job itself for all of them. */
    private final Queue<Job> stopRequests = new ConcurrentLinkedQueue<>();
    private final List<PSSession> temporary = new ArrayList<>();
    private final List<PSSession> exiting = new ArrayList<>();
    /** The sessions sent a stop already (Stop-Job repeats its request until the job has ended). */
    private final Set<PSSession> stopSent = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Thread thread;
    private volatile boolean stopping;

    private RemoteJob(Job job, Invocation invocation, Targets targets) {
        this.job = job;
        this.invocation = invocation;
        this.targets = targets;
        this.thread = Thread.ofVirtual().name("RemoteJob").unstarted(this::run);
    }

    /** Starts the job, already in the session's job table with a child job per location, and returns it. */
    static Job start(Job job, Invocation invocation, Targets targets) {
        RemoteJob work = new RemoteJob(job, invocation, targets);
        for (Job child : job.childJobs()) {
            child.assign(new ChildWork(work, child));
        }
        job.start(work);
        work.thread.start();
        return job;
    }

    @Override
    public void stop() {
        stopping = true;
        stopRequests.add(job);
    }

    @Override
    public void dispose() throws InterruptedException {
        thread.join();
    }

    /** A child job's work: stopping it stops that computer's pipeline; the parent's work holds the rest. */
    private record ChildWork(RemoteJob parent, Job child) implements Job.Work {
        @Override
        public void stop() {
            parent.stopRequests.add(child);
        }

        @Override
        public void dispose() throws InterruptedException {
            parent.dispose();
        }
    }

    private void run() {
        List<Job> children = job.childJobs();
        List<PSSession> sessions = targets.sessions() != null ? targets.sessions() : connect(children);
        for (int i = 0, s = 0; i < children.size() && s < sessions.size(); i++) {
            if (!children.get(i).isFinished()) {
                childOf.put(sessions.get(s++), children.get(i));
            }
        }
        RemoteInvocation remote = new RemoteInvocation(sessions, invocation.commands(), invocation.input() != null,
                invocation.throttleLimit());
        try {
            if (stopping) {
                remote.stop();
            }
            remote.start(this::accept);
            if (invocation.input() != null) {
                invocation.input().forEach(remote::input);
                remote.endInput();
            }
            remote.awaitAll(this::accept, () -> handleStopRequests(remote));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (PSSession session : List.copyOf(temporary)) {
                close(session);
            }
            for (Job child : children) {
                child.stopped();
            }
        }
    }

    /** Opens the sessions of -HostName / -SSHConnection; a computer that cannot be reached fails its child job. */
    private List<PSSession> connect(List<Job> children) {
        List<PSSession> sessions = new ArrayList<>();
        List<SessionOpener.Result> results;
        try {
            results = SessionOpener.connect(targets.hosts(), null, targets.repository(), targets.options());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return sessions;
        }
        for (int i = 0; i < results.size(); i++) {
            SessionOpener.Result result = results.get(i);
            if (result.session() != null) {
                sessions.add(result.session());
                temporary.add(result.session());
            } else {
                children.get(i).fail(new ErrorRecord("[" + result.target().host() + "] " + result.failure().getMessage(),
                        "PSSessionOpenFailed", ErrorCategory.OpenError, null, null, "PSRemotingTransportException",
                        null));
            }
        }
        return sessions;
    }

    private void handleStopRequests(RemoteInvocation remote) {
        Job request;
        while ((request = stopRequests.poll()) != null) {
            for (Map.Entry<PSSession, Job> entry : childOf.entrySet()) {
                if ((request == job || entry.getValue() == request) && stopSent.add(entry.getKey())) {
                    remote.stop(entry.getKey());
                }
            }
        }
    }

    /** What a computer sent, for its child job (on the job's thread). */
    private void accept(RemoteInvocation.Event event) {
        PSSession from = event.session();
        Job child = childOf.get(from);
        if (event instanceof RemoteInvocation.Started) {
            child.markRunning();
        } else if (event instanceof RemoteInvocation.Output output) {
            child.writeOutput(RemoteInvocation.tagged(RemoteInvocation.deserialize(output.value(), from), from,
                    invocation.showComputerName()));
        } else if (event instanceof RemoteInvocation.Error error) {
            child.writeError(PsObjectBridge.errorRecord(error.record()));
        } else if (event instanceof RemoteInvocation.Warning warning) {
            child.writeInformational(new InformationalRecord(InformationalRecord.Kind.WARNING, warning.message()));
        } else if (event instanceof RemoteInvocation.Verbose verbose) {
            child.writeInformational(new InformationalRecord(InformationalRecord.Kind.VERBOSE, verbose.message()));
        } else if (event instanceof RemoteInvocation.Debug debug) {
            child.writeInformational(new InformationalRecord(InformationalRecord.Kind.DEBUG, debug.message()));
        } else if (event instanceof RemoteInvocation.Information information) {
            if (!RemoteInvocation.showHostText(information.record(), host(child))) {
                child.writeInformation(RemoteInvocation.informationRecord(information.record()));
            }
        } else if (event instanceof RemoteInvocation.Progress progress) {
            child.writeProgress(HostCallRunner.progress(progress.record()));
        } else if (event instanceof RemoteInvocation.HostMethodCall call
                && call.call().method() == HostMethodId.SET_SHOULD_EXIT) {
            exiting.add(from);
        } else if (event instanceof RemoteInvocation.HostMethodCall call) {
            HostCallRunner.answer(call, host(child));
        } else if (event instanceof RemoteInvocation.Finished finished) {
            finished(child, finished);
        }
    }

    private void finished(Job child, RemoteInvocation.Finished finished) {
        if (temporary.remove(finished.session()) || exiting.remove(finished.session())) {
            close(finished.session());
        }
        if (finished.state() == PSInvocationState.FAILED) {
            child.fail(finished.reason() == null ? null : PsObjectBridge.errorRecord(finished.reason()));
        } else if (finished.state() == PSInvocationState.STOPPED) {
            child.stopped();
        } else {
            child.completed();
        }
    }

    /** The child job's host: what the remote command writes to it becomes the job's host lines. */
    private StreamHost host(Job child) {
        return hosts.computeIfAbsent(child, c -> {
            PrintStream out = new PrintStream(c.hostOutput(), true, StandardCharsets.UTF_8);
            return new StreamHost(out, out);
        });
    }

    private static void close(PSSession session) {
        try {
            SessionOpener.close(session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
