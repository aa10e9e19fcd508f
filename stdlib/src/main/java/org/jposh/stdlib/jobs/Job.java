package org.jposh.stdlib.jobs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;

/**
 * A background job (Start-Job, PSJobTypeName BackgroundJob) or thread job (Start-ThreadJob): a script
 * running in its own runspace on its own thread. What it produces (output objects, error records, and
 * the lines its host wrote: Write-Host, warnings) is kept in order until Receive-Job takes it.
 *
 * <p>Both kinds run in a child runspace of the session on a thread of this process; they differ in
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

    static {
        CoreTypes.register(JOB);
        CoreTypes.register(JOB2);
        CoreTypes.register(BACKGROUND_JOB);
        CoreTypes.register(THREAD_JOB);
    }

    /** What a job produced, in order. */
    enum Kind { OUTPUT, ERROR, HOST }

    record Result(Kind kind, Object value) {
    }

    private final int id;
    private final String name;
    private final boolean threadJob;
    private final String command;
    private final UUID instanceId = UUID.randomUUID();
    private final Object lock;
    private final List<Result> results = new ArrayList<>();
    private int state = NOT_STARTED;
    private int read;
    private DateTime beginTime;
    private DateTime endTime;
    private ErrorRecord reason;
    private Runspace runspace;
    private Thread thread;
    private volatile boolean stopRequested;

    /** @param lock the job table's monitor, notified whenever a job produces something or changes state */
    Job(int id, String name, boolean threadJob, String command, Object lock) {
        this.id = id;
        this.name = name;
        this.threadJob = threadJob;
        this.command = command;
        this.lock = lock;
    }

    @Override
    public DotNetType dotNetType() {
        return threadJob ? THREAD_JOB : BACKGROUND_JOB;
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

    boolean isFinished() {
        int s = state();
        return s == COMPLETED || s == FAILED || s == STOPPED;
    }

    boolean hasMoreData() {
        synchronized (lock) {
            return read < results.size();
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
    void start(Runspace child, String script, List<Object> arguments, Map<String, Object> usingValues,
               List<Object> input) {
        this.runspace = child;
        List<CommandArgument> positional = arguments.stream().map(a -> CommandArgument.positional(a, null)).toList();
        this.thread = child.newThread(() -> run(script, positional, usingValues, input));
        synchronized (lock) {
            state = RUNNING;
            beginTime = DateTime.now();
            lock.notifyAll();
        }
        thread.start();
    }

    private void run(String script, List<CommandArgument> arguments, Map<String, Object> usingValues,
                     List<Object> input) {
        int end = COMPLETED;
        try {
            if (stopRequested) {
                throw new PipelineStoppedException();
            }
            runspace.invokeScript(script, name, arguments, usingValues, input == null ? null : input.iterator(),
                    value -> add(Kind.OUTPUT, value), error -> add(Kind.ERROR, error));
        } catch (PipelineStoppedException e) {
            end = STOPPED;
        } catch (PoshException e) {
            end = fail(e.errorRecord());
        } catch (PoshParseError e) {
            end = fail(e.errorRecord());
        } finally {
            synchronized (lock) {
                state = end;
                endTime = DateTime.now();
                lock.notifyAll();
            }
        }
    }

    private int fail(ErrorRecord error) {
        reason = error;
        add(Kind.ERROR, error);
        return FAILED;
    }

    private void add(Kind kind, Object value) {
        synchronized (lock) {
            results.add(new Result(kind, value));
            lock.notifyAll();
        }
    }

    /**
     * Asks the script to stop at its next safepoint. A request that comes before the script has started
     * running may be missed; {@link JobRepository#stop} repeats it until the job has ended.
     */
    void stop() {
        stopRequested = true;
        if (runspace != null) {
            runspace.stop();
        }
    }

    /** Waits for the job's thread, which has been stopped, and closes its runspace. */
    void close() throws InterruptedException {
        if (thread != null) {
            thread.join();
            runspace.close();
        }
    }

    /** The host output of the job's runspace: each line it writes becomes a result. */
    OutputStream hostOutput() {
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
        b.property("PSJobTypeName", CoreTypes.STRING, j -> ((Job) j).threadJob ? "ThreadJob" : "BackgroundJob");
        b.property("State", STATE, j -> ((Job) j).stateValue());
        b.property("HasMoreData", CoreTypes.BOOLEAN, j -> ((Job) j).hasMoreData());
        b.property("Location", CoreTypes.STRING, j -> ((Job) j).threadJob ? "PowerShell" : "localhost");
        b.property("Command", CoreTypes.STRING, j -> ((Job) j).command);
        b.property("PSBeginTime", CoreTypes.DATE_TIME, j -> ((Job) j).time(true));
        b.property("PSEndTime", CoreTypes.DATE_TIME, j -> ((Job) j).time(false));
        b.property("JobStateInfo", STATE_INFO, j -> ((Job) j).stateInfo());
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
