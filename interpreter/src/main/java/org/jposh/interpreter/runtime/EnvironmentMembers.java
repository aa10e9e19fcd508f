package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * System.Environment (static): MachineName, UserName, NewLine ("\n", as on Unix), ProcessorCount,
 * OSVersion, CurrentDirectory (the process's, see {@link ProcessEnvironment}), TickCount/TickCount64
 * (milliseconds since the JVM started, where .NET counts since boot), Is64BitProcess,
 * Get/SetEnvironmentVariable, GetEnvironmentVariables, and System.OperatingSystem for OSVersion.
 */
final class EnvironmentMembers {
    private static final long START = System.nanoTime() / 1_000_000;

    private EnvironmentMembers() {
    }

    /** System.OperatingSystem: the platform (Unix, as .NET says for Linux and macOS alike) and the kernel version. */
    record OperatingSystem(String version) {
        @Override
        public String toString() {
            return "Unix " + version;
        }
    }

    static void define(TypeAdapter.Builder b) {
        b.staticProperty("MachineName", STRING, EnvironmentMembers::machineName);
        b.staticProperty("UserName", STRING, () -> System.getProperty("user.name"));
        b.staticProperty("NewLine", STRING, () -> "\n");
        b.staticProperty("ProcessorCount", INT32, () -> Runtime.getRuntime().availableProcessors());
        b.staticProperty("Is64BitProcess", BOOLEAN, () -> true);
        b.staticProperty("Is64BitOperatingSystem", BOOLEAN, () -> true);
        b.staticProperty("OSVersion", CoreTypes.OPERATING_SYSTEM,
                () -> new OperatingSystem(kernelVersion(System.getProperty("os.version"))));
        b.staticProperty("TickCount", INT32, () -> (int) ticks());
        b.staticProperty("TickCount64", INT64, EnvironmentMembers::ticks);
        b.staticProperty("CurrentDirectory", STRING, () -> ProcessEnvironment.currentDirectory().toString());
        b.staticProperty("ProcessId", INT32, () -> (int) ProcessHandle.current().pid());
        b.staticMethod("GetEnvironmentVariable", STRING, (t, a) -> ProcessEnvironment.getVariable(name(a[0])),
                param("variable", STRING));
        b.staticMethod("SetEnvironmentVariable", VOID, (t, a) -> {
            ProcessEnvironment.setVariable(name(a[0]), (String) a[1]);
            return AutomationNull.VALUE;
        }, param("variable", STRING), param("value", STRING));
        b.staticMethod("GetEnvironmentVariables", CoreTypes.HASHTABLE, (t, a) -> {
            Hashtable result = new Hashtable();
            result.putAll(ProcessEnvironment.variables());
            return result;
        });
    }

    static void defineOperatingSystem(TypeAdapter.Builder b) {
        b.property("Platform", STRING, o -> "Unix");
        b.property("Version", STRING, o -> ((OperatingSystem) o).version());
        b.property("VersionString", STRING, Object::toString);
    }

    private static String name(Object name) {
        if (name == null) {
            throw DotNetException.argumentNull("variable");
        }
        return (String) name;
    }

    private static long ticks() {
        return System.nanoTime() / 1_000_000 - START;
    }

    /** .NET's Version of the kernel release: "6.1.0-18-amd64" is 6.1.0.18. */
    private static String kernelVersion(String release) {
        StringBuilder sb = new StringBuilder();
        int parts = 0;
        for (String part : release.split("[.-]")) {
            if (!part.chars().allMatch(Character::isDigit) || part.isEmpty() || parts == 4) {
                break;
            }
            sb.append(parts++ > 0 ? "." : "").append(part);
        }
        return sb.toString();
    }

    /** gethostname() up to the first dot, as .NET reports it. */
    private static String machineName() {
        String name;
        try {
            name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e2) {
                name = "localhost";
            }
        }
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
