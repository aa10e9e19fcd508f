package org.jposh.remoting.cim.providers;

import static org.jposh.remoting.cim.CimPropertyDeclaration.of;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.remoting.cim.CimClass;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimProvider;
import org.jposh.remoting.cim.CimType;

/**
 * Win32_OperatingSystem (and so CIM_OperatingSystem): the running Linux system. Caption and Name are
 * /etc/os-release's PRETTY_NAME, Version its VERSION_ID, BuildNumber the kernel release; memory comes from
 * /proc/meminfo in KiB as Windows gives it (FreePhysicalMemory is MemAvailable), LastBootUpTime from
 * /proc/uptime. Like WMI's, the class is a singleton: its instance has no key. What Linux has no
 * equivalent for (SystemDirectory, Organization, RegisteredUser, SerialNumber) is null.
 */
public final class OperatingSystemProvider implements CimProvider {
    /** CIM's OSType for Linux (CIM_OperatingSystem.OSType value map). */
    private static final int OS_TYPE_LINUX = 36;

    static final CimClass CIM_OPERATING_SYSTEM = new CimClass(Namespaces.CIMV2, "CIM_OperatingSystem", null, List.of(
            of("Caption", CimType.STRING),
            of("Description", CimType.STRING),
            of("Name", CimType.STRING),
            of("Status", CimType.STRING),
            of("CreationClassName", CimType.STRING),
            of("CSCreationClassName", CimType.STRING),
            of("CSName", CimType.STRING),
            of("CurrentTimeZone", CimType.SINT32),
            of("FreePhysicalMemory", CimType.UINT64),
            of("FreeVirtualMemory", CimType.UINT64),
            of("LastBootUpTime", CimType.DATETIME),
            of("LocalDateTime", CimType.DATETIME),
            of("NumberOfProcesses", CimType.UINT32),
            of("OSType", CimType.UINT16),
            of("TotalVirtualMemorySize", CimType.UINT64),
            of("TotalVisibleMemorySize", CimType.UINT64),
            of("Version", CimType.STRING)));

    static final CimClass WIN32_OPERATING_SYSTEM = new CimClass(Namespaces.CIMV2, "Win32_OperatingSystem",
            CIM_OPERATING_SYSTEM, List.of(
                    of("BuildNumber", CimType.STRING),
                    of("Locale", CimType.STRING),
                    of("Manufacturer", CimType.STRING),
                    of("Organization", CimType.STRING),
                    of("OSArchitecture", CimType.STRING),
                    of("RegisteredUser", CimType.STRING),
                    of("SerialNumber", CimType.STRING),
                    of("SystemDirectory", CimType.STRING),
                    of("SystemDrive", CimType.STRING)));

    @Override
    public CimClass cimClass() {
        return WIN32_OPERATING_SYSTEM;
    }

    @Override
    public List<CimInstance> enumerate() {
        Map<String, String> release = LocalMachine.keyValues("/etc/os-release", '=');
        Map<String, String> memory = LocalMachine.memoryInfo();
        Instant now = Instant.now();
        String prettyName = release.getOrDefault("PRETTY_NAME", release.getOrDefault("NAME", "Linux"));
        Map<String, Object> v = new HashMap<>();
        v.put("Caption", prettyName);
        v.put("Description", prettyName);
        v.put("Name", prettyName);
        v.put("Status", "OK");
        v.put("CreationClassName", WIN32_OPERATING_SYSTEM.name());
        v.put("CSCreationClassName", ComputerSystemProvider.WIN32_COMPUTER_SYSTEM.name());
        v.put("CSName", LocalMachine.hostName());
        v.put("CurrentTimeZone", java.util.TimeZone.getDefault().getOffset(now.toEpochMilli()) / 60_000);
        v.put("FreePhysicalMemory", LocalMachine.kilobytes(memory, "MemAvailable"));
        v.put("FreeVirtualMemory", withSwap(LocalMachine.kilobytes(memory, "MemAvailable"),
                LocalMachine.kilobytes(memory, "SwapFree")));
        v.put("LastBootUpTime", bootTime(now));
        v.put("LocalDateTime", now);
        v.put("NumberOfProcesses", ProcessHandle.allProcesses().count());
        v.put("OSType", OS_TYPE_LINUX);
        v.put("TotalVirtualMemorySize", withSwap(LocalMachine.kilobytes(memory, "MemTotal"),
                LocalMachine.kilobytes(memory, "SwapTotal")));
        v.put("TotalVisibleMemorySize", LocalMachine.kilobytes(memory, "MemTotal"));
        v.put("Version", release.get("VERSION_ID"));
        v.put("BuildNumber", System.getProperty("os.version"));
        v.put("Locale", Locale.getDefault().toLanguageTag());
        v.put("Manufacturer", release.get("NAME"));
        v.put("OSArchitecture", System.getProperty("os.arch").contains("64") ? "64-bit" : "32-bit");
        v.put("SystemDrive", "/");
        return List.of(CimInstance.of(WIN32_OPERATING_SYSTEM, v));
    }

    /** Memory and swap together: a missing swap entry counts as no swap, missing memory leaves it unknown. */
    private static Long withSwap(Long memory, Long swap) {
        return memory == null ? null : memory + (swap == null ? 0 : swap);
    }

    private static Instant bootTime(Instant now) {
        String uptime = LocalMachine.read("/proc/uptime");
        if (uptime == null) {
            return null;
        }
        double seconds = Double.parseDouble(uptime.split("\\s+")[0]);
        return now.minus(Duration.ofMillis((long) (seconds * 1000)));
    }
}
