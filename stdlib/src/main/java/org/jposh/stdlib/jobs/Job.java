package org.jposh.stdlib.jobs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.SessionState;

/**
 * A background job (Start-Job, PSJobTypeName BackgroundJob) or thread job (Start-ThreadJob): a script
 * running in its own runspace on its own thread; the job of ForEach-Object -Parallel -AsJob
 * (PSTaskJob), whose {@link TaskPool} runs the block for each input object; or a job whose {@link Work}
 * runs elsewhere, with a child job per place (Invoke-Command -AsJob: a RemoteJob with a
 * PSRemotingChildJob per computer). What it produces (output objects, error records, warning, verbose,
 * debug and information records, and the lines its host wrote: Write-Host, warnings) is kept in order
 * until Receive-Job takes it; a job with child jobs is received through them, as pwsh's is.
 *
 * <p>Local kinds run in child runspaces of the session on threads of this process; they differ in
 * their type names, Location and Id numbering, as in pwsh. Arguments and input objects are passed as
 * they are, not serialized and rehydrated as pwsh's out-of-process BackgroundJob does.
 */
public final class Job implements DotNetTyped {
    /** System.Management.Automation.JobState, with .NET's values. */
    static final DotNetType STATE = CoreTypes.defineEnum("System.Management.Automation", "JobState", false,
            "NotStarted", "Running", "Completed", "Failed", "Stopped", "Blocked", "Suspended", "Disconnected",
            "Suspending", "Stopping", "AtBreakpoint");
    static final int NOT_STARTED = 0;
    static final int RUNNING = 1;
    static final int COMPLETED = 2;
    static final int FAILED = 3;
    static final int STOPPED = 4;

    static final DotNetType JOB = CoreTypes.define("System.Management.Automation", "Job", null, Job::defineMembers);
    static final DotNetType JOB2 = CoreTypes.define("System.Management.Automation", "Job2", null, JOB, null);
    static final DotNetType BACKGROUND_JOB = CoreTypes.define("System.Management.Automation", "PSRemotingJob",
            null, JOB, null);
    static final DotNetType THREAD_JOB = CoreTypes.define("ThreadJob", "ThreadJob", null, JOB2, null);
    static final DotNetType TASK_JOB = CoreTypes.define("System.Management.Automation.PSTasks", "PSTaskJob", null,
            JOB, null);
    static final DotNetType REMOTING_CHILD_JOB = CoreTypes.define("System.Management.Automation",
            "PSRemotingChildJob", null, JOB, null);
    static final DotNetType EVENT_JOB = CoreTypes.define("System.Management.Automation", "PSEventJob", null, JOB,
            null);

    static {
        CoreTypes.register(JOB);
        CoreTypes.register(JOB2);
        CoreTypes.register(BACKGROUND_JOB);
        CoreTypes.register(THREAD_JOB);
        CoreTypes.register(TASK_JOB);
        CoreTypes.register(REMOTING_CHILD_JOB);
        CoreTypes.register(EVENT_JOB);
    }

    /**
     * The kinds of job: their PSJobTypeName, .NET type and Location (null: the job's own, or for a
     * parent its child jobs' joined with commas, as pwsh's PSRemotingJob builds it).
     */
    public enum Type {
        BACKGROUND("BackgroundJob", BACKGROUND_JOB, "localhost"),
        THREAD("ThreadJob", THREAD_JOB, "PowerShell"),
        TASK("PSTaskJob", TASK_JOB, "PowerShell"),
        REMOTE("RemoteJob", BACKGROUND_JOB, null),
        /** pwsh leaves a PSRemotingChildJob's PSJobTypeName unset. */
        REMOTE_CHILD(null, REMOTING_CHILD_JOB, null),
        /** An event subscriber's action (PSEventJob): no PSJobTypeName and no Location, as in pwsh. */
        EVENT(null, EVENT_JOB, null);

        final String typeName;
        final DotNetType dotNetType;
        final String location;

        Type(String typeName, DotNetType dotNetType, String location) {
            this.typeName = typeName;
            this.dotNetType = dotNetType;
            this.location = location;
        }
    }

    /**
     * What a job does when it does not run a script in a runspace of its own (ForEach-Object -Parallel's
     * task pool, remote pipelines): it reports through the job's methods and ends it with {@link #ended}.
     */
    public interface Work {
        /** Asks the work to stop; it ends the job as Stopped once it has. */
        void stop();

        /** Releases what the work holds, once it has ended (Remove-Job). */
        void dispose() throws InterruptedException;
    }

    /** What a job produced, in order. */
    enum Kind { OUTPUT, ERROR, HOST, INFORMATIONAL, INFORMATION, PROGRESS }

    record Result(Kind kind, Object value) {
        void deliverTo(ForEachParallel.Receiver receiver) {
            switch (kind) {
                case OUTPUT -> receiver.output().accept(value);
                case ERROR -> receiver.error().accept((ErrorRecord) value);
                case HOST -> receiver.hostLine().accept((String) value);
                case INFORMATIONAL -> receiver.informational().accept((InformationalRecord) value);
                case INFORMATION -> receiver.information().accept((InformationRecord) value);
                case PROGRESS -> receiver.progress().accept((ProgressRecord) value);
            }
        }
    }

    private final int id;
    private final String name;
    private final Type type;
    private final String command;
    private final String location;
    private final UUID instanceId = UUID.randomUUID();
    private final Object lock;
    private final List<Result> results = new ArrayList<>();
    /** The job's Progress collection: every progress record, kept after Receive-Job has written them. */
    private final List<ProgressRecord> progress = new ArrayList<>();
    private final List<Job> children = new ArrayList<>();
    private Job parent;
    private int state = NOT_STARTED;
    private int read;
    private DateTime beginTime;
    private DateTime endTime;
    private ErrorRecord reason;
    private Work work;
    private volatile boolean stopRequested;

    /**
     * @param location where the job runs; null for its type's
     * @param lock the job table's monitor, notified whenever a job produces something or changes state
     */
    Job(int id, String name, Type type, String command, String location, Object lock) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.command = command;
        this.location = location != null ? location : type.location;
        this.lock = lock;
    }

    /**
     * A job with a child job for each location, in the session's job table, not started: Invoke-Command
     * -AsJob's RemoteJob. Its Id comes first, then its child jobs', as pwsh numbers them.
     */
    public static Job addWithChildren(SessionState session, String name, Type type, Type childType, String command,
                                      List<String> locations) {
        return JobRepository.of(session).addWithChildren(name, type, childType, command, locations);
    }

    /**
     * An event subscriber's action job, not started, named after its source identifier; in the session's job
     * table unless {@code listed} is false (a -SupportEvent subscription's, which Get-Job does not show).
     */
    public static Job addEventJob(SessionState session, String sourceIdentifier, String command, boolean listed) {
        JobRepository repository = JobRepository.of(session);
        Job job = repository.add(sourceIdentifier, Type.EVENT, command, 1);
        if (!listed) {
            repository.remove(job);
        }
        return job;
    }

    void addChild(Job child) {
        child.parent = this;
        children.add(child);
    }

    /** The child jobs (ChildJobs), in order. */
    public List<Job> childJobs() {
        return List.copyOf(children);
    }

    /** The child jobs (theirs first, recursively) and then the job itself: the order Receive-Job takes them in. */
    List<Job> withChildJobs() {
        List<Job> all = new ArrayList<>();
        for (Job child : childJobs()) {
            all.addAll(child.withChildJobs());
        }
        all.add(this);
        return all;
    }

    /** Where the job runs: a parent's is its child jobs' locations joined with commas. */
    public String location() {
        if (location != null || children.isEmpty()) {
            return location;
        }
        return String.join(",", children.stream().map(Job::location).toList());
    }

    @Override
    public DotNetType dotNetType() {
        return type.dotNetType;
    }

    /** The text of the script the job runs. */
    String command() {
        return command;
    }

    int id() {
        return id;
    }

    String name() {
        return name;
    }

    UUID instanceId() {
        return instanceId;
    }

    /** The state's value (NOT_STARTED, RUNNING...). */
    int state() {
        synchronized (lock) {
            return state;
        }
    }

    EnumValue stateValue() {
        return new EnumValue(STATE, state());
    }

    public boolean isFinished() {
        int s = state();
        return s == COMPLETED || s == FAILED || s == STOPPED;
    }

    boolean hasMoreData() {
        synchronized (lock) {
            return read < results.size() || children.stream().anyMatch(Job::hasMoreData);
        }
    }

    /** Where the results not yet received start. */
    int readPosition() {
        synchronized (lock) {
            return read;
        }
    }

    /** The results from position {@code from} on. */
    List<Result> resultsFrom(int from) {
        synchronized (lock) {
            return List.copyOf(results.subList(Math.min(from, results.size()), results.size()));
        }
    }

    /** Whether the job has results past position {@code from}. */
    boolean hasResultsAfter(int from) {
        synchronized (lock) {
            return results.size() > from;
        }
    }

    /** Marks the results before {@code upTo} as received: HasMoreData then tells only of later ones. */
    void markRead(int upTo) {
        synchronized (lock) {
            read = Math.max(read, upTo);
        }
    }

    /**
     * Starts the script in the child runspace on a new thread.
     *
     * @param usingValues the values of the script's {@code $using:} expressions, by key
     * @param input the objects of -InputObject, which the script reads from $input; null for none
     */
    void start(Runspace child, Path location, String script, List<Object> arguments, Map<String, Object> usingValues,
               List<Object> input) {
        List<CommandArgument> positional = arguments.stream().map(a -> CommandArgument.positional(a, null)).toList();
        ScriptWork scriptWork = new ScriptWork(child);
        scriptWork.thread = child.newThread(() -> run(child, location, script, positional, usingValues, input));
        start(scriptWork);
        scriptWork.thread.start();
    }

    /** The job runs until the work ends it ({@link #ended}); Stop-Job and Remove-Job go to the work. */
    public void start(Work work) {
        assign(work);
        markRunning();
    }

    /** The work Stop-Job and Remove-Job go to, for a job not running yet (a child job waiting for its turn). */
    public void assign(Work work) {
        this.work = work;
    }

    /** The job (a child job whose turn has come) is running. */
    public void markRunning() {
        synchronized (lock) {
            state = RUNNING;
            beginTime = DateTime.now();
            lock.notifyAll();
        }
    }

    /** An event job's action runs: the first time, the job starts Running (and PSBeginTime is set). */
    public void running() {
        synchronized (lock) {
            if (state == NOT_STARTED) {
                state = RUNNING;
                beginTime = DateTime.now();
                lock.notifyAll();
            }
        }
    }

    /**
     * The job has ended in this state (COMPLETED, FAILED or STOPPED). The last child job to end ends its
     * parent as pwsh's PSRemotingJob ends: Failed if a child job failed, Stopped if it was stopped,
     * otherwise Completed.
     */
    void ended(int end) {
        Job ending = null;
        synchronized (lock) {
            if (state == COMPLETED || state == FAILED || state == STOPPED) {
                return;
            }
            state = end;
            endTime = DateTime.now();
            if (parent != null && parent.children.stream().allMatch(Job::isFinishedLocked)) {
                ending = parent;
            }
            lock.notifyAll();
        }
        if (ending != null) {
            ending.ended(ending.childrenEnd());
        }
    }

    private boolean isFinishedLocked() {
        return state == COMPLETED || state == FAILED || state == STOPPED;
    }

    private int childrenEnd() {
        synchronized (lock) {
            if (children.stream().anyMatch(c -> c.state == FAILED)) {
                return FAILED;
            }
            return stopRequested || children.stream().anyMatch(c -> c.state == STOPPED) ? STOPPED : COMPLETED;
        }
    }

    /** The job has completed. */
    public void completed() {
        ended(COMPLETED);
    }

    /** The job has been stopped. */
    public void stopped() {
        ended(STOPPED);
    }

    private void run(Runspace runspace, Path location, String script, List<CommandArgument> arguments,
                     Map<String, Object> usingValues, List<Object> input) {
        int end = COMPLETED;
        try {
            if (stopRequested) {
                throw new PipelineStoppedException();
            }
            if (location != null) {
                runspace.inSession(posh -> {
                    posh.sessionState().setLocation(location);
                    return null;
                });
            }
            runspace.invokeScript(script, name, arguments, usingValues, input == null ? null : input.iterator(),
                    value -> add(Kind.OUTPUT, value), error -> add(Kind.ERROR, error));
        } catch (PipelineStoppedException e) {
            end = STOPPED;
        } catch (PoshException e) {
            fail(e.errorRecord());
            return;
        } catch (PoshParseError e) {
            fail(e.errorRecord());
            return;
        }
        ended(end);
    }

    /** The job has failed for this reason (JobStateInfo.Reason), which is also one of its errors; null: none known. */
    public void fail(ErrorRecord error) {
        if (error != null) {
            synchronized (lock) {
                reason = error;
            }
            add(Kind.ERROR, error);
        }
        ended(FAILED);
    }

    void add(Kind kind, Object value) {
        synchronized (lock) {
            results.add(new Result(kind, value));
            lock.notifyAll();
        }
    }

    public void writeOutput(Object value) {
        add(Kind.OUTPUT, value);
    }

    public void writeError(ErrorRecord error) {
        add(Kind.ERROR, error);
    }

    /** A warning, verbose or debug record: Receive-Job writes it to its stream, by the receiver's preferences. */
    public void writeInformational(InformationalRecord record) {
        add(Kind.INFORMATIONAL, record);
    }

    public void writeInformation(InformationRecord record) {
        add(Kind.INFORMATION, record);
    }

    /** A progress record: kept in the Progress collection, and written by Receive-Job to its host's progress display. */
    public void writeProgress(ProgressRecord record) {
        synchronized (lock) {
            progress.add(record);
        }
        add(Kind.PROGRESS, record);
    }

    private Object[] progressRecords() {
        synchronized (lock) {
            return progress.toArray();
        }
    }

    /**
     * Asks the work to stop (a script at its next safepoint). A request that comes before the script has
     * started running may be missed; {@link JobRepository#stop} repeats it until the job has ended. A
     * parent's child jobs stop with it.
     */
    void stop() {
        stopRequested = true;
        if (work != null) {
            work.stop();
        }
    }

    /** Waits for the job's threads, which have been stopped, and releases its runspaces or connections. */
    void close() throws InterruptedException {
        if (work != null) {
            work.dispose();
        }
    }

    /** A script running in a runspace of the job's own, on a thread of its own. */
    private static final class ScriptWork implements Work {
        private final Runspace runspace;
        private Thread thread;

        ScriptWork(Runspace runspace) {
            this.runspace = runspace;
        }

        @Override
        public void stop() {
            runspace.stop();
        }

        @Override
        public void dispose() throws InterruptedException {
            thread.join();
            runspace.close();
        }
    }

    /** The host output of the job's runspace: each line it writes becomes a result. */
    public OutputStream hostOutput() {
        return new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b == '\n') {
                    add(Kind.HOST, line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        };
    }

    @Override
    public String toString() {
        return dotNetType().fullName();
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.property("Id", CoreTypes.INT32, j -> ((Job) j).id);
        b.property("Name", CoreTypes.STRING, j -> ((Job) j).name);
        b.property("InstanceId", CoreTypes.GUID, j -> ((Job) j).instanceId);
        b.property("PSJobTypeName", CoreTypes.STRING, j -> ((Job) j).type.typeName);
        b.property("State", STATE, j -> ((Job) j).stateValue());
        b.property("HasMoreData", CoreTypes.BOOLEAN, j -> ((Job) j).hasMoreData());
        b.property("Location", CoreTypes.STRING, j -> ((Job) j).location());
        b.property("Command", CoreTypes.STRING, j -> ((Job) j).command);
        b.property("PSBeginTime", CoreTypes.DATE_TIME, j -> ((Job) j).time(true));
        b.property("PSEndTime", CoreTypes.DATE_TIME, j -> ((Job) j).time(false));
        b.property("JobStateInfo", STATE_INFO, j -> ((Job) j).stateInfo());
        b.property("ChildJobs", CoreTypes.OBJECT, j -> ((Job) j).childJobs().toArray());
        b.property("Progress", CoreTypes.OBJECT, j -> ((Job) j).progressRecords());
    }

    /** System.Management.Automation.JobStateInfo: the state, and the exception that made the job fail. */
    record StateInfo(EnumValue state, Object reason) {
        @Override
        public String toString() {
            return state.toString();
        }
    }

    static final DotNetType STATE_INFO = CoreTypes.define("System.Management.Automation", "JobStateInfo",
            StateInfo.class, b -> b.property("State", STATE, i -> ((StateInfo) i).state())
                    .property("Reason", CoreTypes.OBJECT, i -> ((StateInfo) i).reason()));

    static {
        CoreTypes.register(STATE_INFO);
    }

    private StateInfo stateInfo() {
        synchronized (lock) {
            return new StateInfo(new EnumValue(STATE, state), reason == null ? null : reason.exception());
        }
    }

    private DateTime time(boolean begin) {
        synchronized (lock) {
            return begin ? beginTime : endTime;
        }
    }
}
