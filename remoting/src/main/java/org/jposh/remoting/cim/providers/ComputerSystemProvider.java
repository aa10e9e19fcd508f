package org.jposh.remoting.cim.providers;

import static org.jposh.remoting.cim.CimPropertyDeclaration.key;
import static org.jposh.remoting.cim.CimPropertyDeclaration.of;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jposh.remoting.cim.CimClass;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimProvider;
import org.jposh.remoting.cim.CimType;

/**
 * Win32_ComputerSystem: this machine, named by its host name; Manufacturer and Model from the firmware's
 * DMI table (/sys/class/dmi/id), memory from /proc/meminfo in bytes, processors from the JVM and
 * /proc/cpuinfo. Domain and PrimaryOwnerName, which Linux does not keep, are null.
 */
public final class ComputerSystemProvider implements CimProvider {
    static final CimClass WIN32_COMPUTER_SYSTEM = new CimClass(Namespaces.CIMV2, "Win32_ComputerSystem", null, List.of(
            of("Caption", CimType.STRING),
            of("Description", CimType.STRING),
            key("Name", CimType.STRING),
            of("Status", CimType.STRING),
            of("CreationClassName", CimType.STRING),
            of("Domain", CimType.STRING),
            of("Manufacturer", CimType.STRING),
            of("Model", CimType.STRING),
            of("NumberOfLogicalProcessors", CimType.UINT32),
            of("NumberOfProcessors", CimType.UINT32),
            of("PrimaryOwnerName", CimType.STRING),
            of("SystemType", CimType.STRING),
            of("TotalPhysicalMemory", CimType.UINT64),
            of("UserName", CimType.STRING)));

    @Override
    public CimClass cimClass() {
        return WIN32_COMPUTER_SYSTEM;
    }

    @Override
    public List<CimInstance> enumerate() {
        String host = LocalMachine.hostName();
        Long memory = LocalMachine.kilobytes(LocalMachine.memoryInfo(), "MemTotal");
        Map<String, Object> v = new HashMap<>();
        v.put("Caption", host);
        v.put("Description", "AT/AT COMPATIBLE");
        v.put("Name", host);
        v.put("Status", "OK");
        v.put("CreationClassName", WIN32_COMPUTER_SYSTEM.name());
        v.put("Manufacturer", LocalMachine.read("/sys/class/dmi/id/sys_vendor"));
        v.put("Model", LocalMachine.read("/sys/class/dmi/id/product_name"));
        v.put("NumberOfLogicalProcessors", Runtime.getRuntime().availableProcessors());
        v.put("NumberOfProcessors", physicalProcessors());
        v.put("SystemType", systemType(System.getProperty("os.arch")));
        v.put("TotalPhysicalMemory", memory == null ? null : memory * 1024);
        v.put("UserName", System.getProperty("user.name"));
        return List.of(CimInstance.of(WIN32_COMPUTER_SYSTEM, v));
    }

    /** The distinct "physical id" entries of /proc/cpuinfo (sockets); 1 when it names none. */
    private static int physicalProcessors() {
        String cpuinfo = LocalMachine.read("/proc/cpuinfo");
        if (cpuinfo == null) {
            return 1;
        }
        long sockets = cpuinfo.lines().filter(l -> l.startsWith("physical id")).distinct().count();
        return (int) Math.max(1, sockets);
    }

    /** Windows's SystemType names for the JVM's architectures. */
    private static String systemType(String arch) {
        return switch (arch) {
            case "amd64", "x86_64" -> "x64-based PC";
            case "aarch64", "arm64" -> "ARM64-based PC";
            case "x86", "i386", "i686" -> "X86-based PC";
            default -> arch;
        };
    }
}
