package org.jposh.stdlib.management;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.TruffleSafepoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * System.Diagnostics.Process as pwsh on Linux shows it: what {@link ProcessHandle} and /proc tell about
 * a process, read once when the object is made (as .NET caches it until Refresh()). Memory figures are
 * those .NET reads from /proc/PID/status: WorkingSet64 is VmRSS, PagedMemorySize64 VmSwap,
 * PrivateMemorySize64 VmData, VirtualMemorySize64 VmSize; NonpagedSystemMemorySize64 is 0 on Linux.
 * types.ps1xml's aliases (Name, WS, PM, NPM, VM, SI, Handles) and script properties (CPU, Path) are
 * members too.
 */
public final class ProcessInfo {
    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture the JVM runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final int COMM_LENGTH = 15;

    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Diagnostics", "Process",
            ProcessInfo.class, CoreTypes.define("System.ComponentModel", "Component", null, null),
            ProcessInfo::defineMembers));

    private final ProcessHandle handle;
    private final String name;
    private final int sessionId;
    private final long userTicks;
    private final long systemTicks;
    private final long workingSet;
    private final long paged;
    private final long privateMemory;
    private final long virtualMemory;
    private final int handles;
    private final DateTime startTime;
    private final String path;
    /** The process when this session started it (Start-Process), which alone can tell its exit code. */
    private final Process started;

    private ProcessInfo(ProcessHandle handle, Process started, String[] stat, String status) {
        this.handle = handle;
        this.started = started;
        this.name = processName(handle, stat[0]);
        this.sessionId = (int) field(stat, 6);
        this.userTicks = field(stat, 14);
        this.systemTicks = field(stat, 15);
        this.workingSet = kilobytes(status, "VmRSS");
        this.paged = kilobytes(status, "VmSwap");
        this.privateMemory = kilobytes(status, "VmData");
        this.virtualMemory = kilobytes(status, "VmSize");
        this.handles = countEntries(Path.of("/proc", Long.toString(handle.pid()), "fd"));
        this.startTime = handle.info().startInstant()
                .map(i -> new DateTime(LocalDateTime.ofInstant(i, ZoneId.systemDefault()), DateTime.Kind.Local))
                .orElse(null);
        this.path = handle.info().command().orElse(null);
    }

    /** A process this session started that has already ended and left /proc: only its name and path are known. */
    private ProcessInfo(Process started, Path program) {
        this.handle = started.toHandle();
        this.started = started;
        this.name = program.getFileName().toString();
        this.sessionId = 0;
        this.userTicks = 0;
        this.systemTicks = 0;
        this.workingSet = 0;
        this.paged = 0;
        this.privateMemory = 0;
        this.virtualMemory = 0;
        this.handles = 0;
        this.startTime = null;
        this.path = program.toString();
    }

    /** The process, or empty when it has ended or /proc does not show it. */
    static Optional<ProcessInfo> of(ProcessHandle handle) {
        return read(handle, null);
    }

    /** A process this session has just started (Start-Process -PassThru), read from /proc while it is there. */
    static ProcessInfo started(Process process, Path program) {
        return read(process.toHandle(), process).orElseGet(() -> new ProcessInfo(process, program));
    }

    private static Optional<ProcessInfo> read(ProcessHandle handle, Process started) {
        Path proc = Path.of("/proc", Long.toString(handle.pid()));
        try {
            String stat = Files.readString(proc.resolve("stat"), StandardCharsets.UTF_8);
            String status = Files.readString(proc.resolve("status"), StandardCharsets.UTF_8);
            return Optional.of(new ProcessInfo(handle, started, splitStat(stat), status));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The processes of the machine, as far as they can be read. */
    static List<ProcessInfo> all() {
        return ProcessHandle.allProcesses().map(ProcessInfo::of).flatMap(Optional::stream).toList();
    }

    long id() {
        return handle.pid();
    }

    String name() {
        return name;
    }

    ProcessHandle handle() {
        return handle;
    }

    /** Whether the process still runs; a child this session started counts as ended as soon as it exits. */
    boolean isAlive() {
        return started != null ? started.isAlive() : handle.isAlive();
    }

    /** Completes when the process ends. */
    CompletableFuture<?> onExit() {
        return started != null ? started.onExit() : handle.onExit();
    }

    /**
     * Waits until {@code exit} completes or {@code timeoutMillis} pass (negative: no limit); false when the time
     * ran out. The wait is a Truffle blocked-thread section, so stopping the pipeline ends it at once.
     */
    static boolean awaitExit(CompletableFuture<?> exit, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMillis, 0));
        TruffleSafepoint.setBlockedThreadInterruptible(null, future -> {
            try {
                if (timeoutMillis < 0) {
                    future.get();
                } else {
                    future.get(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
                }
            } catch (ExecutionException | TimeoutException e) {
                // Timed out (the caller looks at the future) or failed, which for a process exit it does not.
            }
        }, exit);
        return exit.isDone();
    }

    /** Waits until the thread (a copy of a program's output) has ended; stopping the pipeline ends the wait. */
    static void awaitEnd(Thread thread) {
        TruffleSafepoint.setBlockedThreadInterruptible(null, Thread::join, thread);
    }

    /** .NET's ExitCode: known only for a process this session started, once it has ended. */
    private int exitCode() {
        if (started == null) {
            throw DotNetException.invalidOperation(
                    "Process was not started by this object, so requested information cannot be determined.");
        }
        if (started.isAlive()) {
            throw DotNetException.invalidOperation("Process must exit before requested information can be determined.");
        }
        return started.exitValue();
    }

    /** The fields of /proc/PID/stat numbered as proc(5) numbers them: [0] is the command (field 2). */
    private static String[] splitStat(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String[] rest = stat.substring(close + 2).trim().split(" ");
        String[] fields = new String[rest.length + 3];
        fields[0] = stat.substring(open + 1, close);
        System.arraycopy(rest, 0, fields, 3, rest.length);
        return fields;
    }

    private static long field(String[] stat, int number) {
        return Long.parseLong(stat[number]);
    }

    /**
     * .NET's name: the command of /proc/PID/stat, which the kernel cuts to 15 characters; a cut name is
     * completed from the program's file name when that starts with it.
     */
    private static String processName(ProcessHandle handle, String comm) {
        if (comm.length() < COMM_LENGTH) {
            return comm;
        }
        return handle.info().command().map(c -> Path.of(c).getFileName().toString())
                .filter(n -> n.startsWith(comm)).orElse(comm);
    }

    private static long kilobytes(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                String value = line.substring(key.length() + 1).trim();
                int space = value.indexOf(' ');
                return Long.parseLong(space < 0 ? value : value.substring(0, space)) * 1024;
            }
        }
        return 0;
    }

    private static int countEntries(Path directory) {
        try (var entries = Files.list(directory)) {
            return (int) entries.count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private TimeSpan cpuTime(long ticks) {
        return new TimeSpan(ticks * TimeSpan.TICKS_PER_SECOND / CLOCK_TICKS_PER_SECOND);
    }

    @Override
    public String toString() {
        return "System.Diagnostics.Process (" + name + ")";
    }

    /** Makes {@code [System.Diagnostics.Process]} resolve (for its static methods) before Get-Process has run. */
    public static void registerTypeLazily() {
        CoreTypes.registerLazily("System.Diagnostics.Process", () -> TYPE);
    }

    /** GetProcessById: .NET's ArgumentException for a process that is not running. */
    private static ProcessInfo byId(int id) {
        return ProcessHandle.of(id).flatMap(ProcessInfo::of).orElseThrow(() -> DotNetException.argument(
                "Process with an Id of " + id + " is not running.", null));
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        DotNetType processes = b.type().arrayType();
        b.staticMethod("GetCurrentProcess", b.type(), (t, a) -> byId((int) ProcessHandle.current().pid()));
        b.staticMethod("GetProcessById", b.type(), (t, a) -> byId((Integer) a[0]),
                param("processId", CoreTypes.INT32));
        b.staticMethod("GetProcesses", processes, (t, a) -> all().toArray(ProcessInfo[]::new));
        b.staticMethod("GetProcessesByName", processes, (t, a) -> all().stream()
                .filter(p -> p.name.equalsIgnoreCase(a[0] == null ? "" : (String) a[0])).toArray(ProcessInfo[]::new),
                param("processName", CoreTypes.STRING));
        b.property("Id", CoreTypes.INT32, p -> (int) ((ProcessInfo) p).id());
        b.property("ProcessName", CoreTypes.STRING, p -> ((ProcessInfo) p).name);
        b.property("Name", CoreTypes.STRING, p -> ((ProcessInfo) p).name);
        b.property("SessionId", CoreTypes.INT32, p -> ((ProcessInfo) p).sessionId);
        b.property("SI", CoreTypes.INT32, p -> ((ProcessInfo) p).sessionId);
        b.property("WorkingSet64", CoreTypes.INT64, p -> ((ProcessInfo) p).workingSet);
        b.property("WS", CoreTypes.INT64, p -> ((ProcessInfo) p).workingSet);
        b.property("PagedMemorySize64", CoreTypes.INT64, p -> ((ProcessInfo) p).paged);
        b.property("PM", CoreTypes.INT64, p -> ((ProcessInfo) p).paged);
        b.property("NonpagedSystemMemorySize64", CoreTypes.INT64, p -> 0L);
        b.property("NPM", CoreTypes.INT64, p -> 0L);
        b.property("PrivateMemorySize64", CoreTypes.INT64, p -> ((ProcessInfo) p).privateMemory);
        b.property("VirtualMemorySize64", CoreTypes.INT64, p -> ((ProcessInfo) p).virtualMemory);
        b.property("VM", CoreTypes.INT64, p -> ((ProcessInfo) p).virtualMemory);
        b.property("HandleCount", CoreTypes.INT32, p -> ((ProcessInfo) p).handles);
        b.property("Handles", CoreTypes.INT32, p -> ((ProcessInfo) p).handles);
        b.property("UserProcessorTime", CoreTypes.TIME_SPAN, p -> ((ProcessInfo) p).cpuTime(((ProcessInfo) p).userTicks));
        b.property("PrivilegedProcessorTime", CoreTypes.TIME_SPAN,
                p -> ((ProcessInfo) p).cpuTime(((ProcessInfo) p).systemTicks));
        b.property("TotalProcessorTime", CoreTypes.TIME_SPAN, p -> ((ProcessInfo) p).totalTime());
        b.property("CPU", CoreTypes.DOUBLE, p -> ((ProcessInfo) p).totalTime().ticks() / (double) TimeSpan.TICKS_PER_SECOND);
        b.property("StartTime", CoreTypes.DATE_TIME, p -> ((ProcessInfo) p).startTime);
        b.property("Path", CoreTypes.STRING, p -> ((ProcessInfo) p).path);
        b.property("HasExited", CoreTypes.BOOLEAN, p -> !((ProcessInfo) p).isAlive());
        b.property("ExitCode", CoreTypes.INT32, p -> ((ProcessInfo) p).exitCode());
    }

    private TimeSpan totalTime() {
        return cpuTime(userTicks + systemTicks);
    }
}
