package org.jposh.remoting.cim.providers;

import static org.jposh.remoting.cim.CimPropertyDeclaration.key;
import static org.jposh.remoting.cim.CimPropertyDeclaration.of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jposh.remoting.cim.CimClass;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimProvider;
import org.jposh.remoting.cim.CimType;

/**
 * Win32_Process (and so CIM_Process): the machine's processes from {@link ProcessHandle} and /proc. Handle
 * is the process id as a string, as WMI keys it; Name is the executable's file name (the kernel's comm
 * when the executable cannot be read); WorkingSetSize and VirtualSize are bytes (VmRSS, VmSize),
 * HandleCount the open file descriptors, null where /proc does not let us read them.
 */
public final class ProcessProvider implements CimProvider {
    static final CimClass CIM_PROCESS = new CimClass(Namespaces.CIMV2, "CIM_Process", null, List.of(
            of("Caption", CimType.STRING),
            of("Description", CimType.STRING),
            of("Name", CimType.STRING),
            of("Status", CimType.STRING),
            of("CreationClassName", CimType.STRING),
            of("CreationDate", CimType.DATETIME),
            of("CSName", CimType.STRING),
            key("Handle", CimType.STRING)));

    static final CimClass WIN32_PROCESS = new CimClass(Namespaces.CIMV2, "Win32_Process", CIM_PROCESS, List.of(
            of("CommandLine", CimType.STRING),
            of("ExecutablePath", CimType.STRING),
            of("HandleCount", CimType.UINT32),
            of("ParentProcessId", CimType.UINT32),
            of("ProcessId", CimType.UINT32),
            of("ThreadCount", CimType.UINT32),
            of("VirtualSize", CimType.UINT64),
            of("WorkingSetSize", CimType.UINT64)));

    @Override
    public CimClass cimClass() {
        return WIN32_PROCESS;
    }

    @Override
    public List<CimInstance> enumerate() {
        String host = LocalMachine.hostName();
        List<CimInstance> result = new ArrayList<>();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.forEach(p -> result.add(instance(p, host)));
        }
        return result;
    }

    private static CimInstance instance(ProcessHandle process, String host) {
        long pid = process.pid();
        ProcessHandle.Info info = process.info();
        String executable = info.command().orElse(null);
        String name = executable != null ? Path.of(executable).getFileName().toString()
                : LocalMachine.read("/proc/" + pid + "/comm");
        Map<String, String> status = LocalMachine.keyValues("/proc/" + pid + "/status", ':');
        Long rss = LocalMachine.kilobytes(status, "VmRSS");
        Long size = LocalMachine.kilobytes(status, "VmSize");
        String threads = status.get("Threads");
        Map<String, Object> v = new HashMap<>();
        v.put("Caption", name);
        v.put("Description", name);
        v.put("Name", name);
        v.put("CreationClassName", WIN32_PROCESS.name());
        v.put("CreationDate", info.startInstant().orElse(null));
        v.put("CSName", host);
        v.put("Handle", Long.toString(pid));
        v.put("CommandLine", info.commandLine().orElse(null));
        v.put("ExecutablePath", executable);
        v.put("HandleCount", openDescriptors(pid));
        v.put("ParentProcessId", process.parent().map(ProcessHandle::pid).orElse(0L));
        v.put("ProcessId", pid);
        v.put("ThreadCount", threads == null ? null : Long.parseLong(threads));
        v.put("VirtualSize", size == null ? null : size * 1024);
        v.put("WorkingSetSize", rss == null ? null : rss * 1024);
        return CimInstance.of(WIN32_PROCESS, v);
    }

    private static Long openDescriptors(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.count();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
