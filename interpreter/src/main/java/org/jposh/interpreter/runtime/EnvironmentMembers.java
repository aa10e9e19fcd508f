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
 * Get/SetEnvironmentVariable, GetEnvironmentVariables, GetFolderPath (SpecialFolder), and System.OperatingSystem
 * for OSVersion.
 */
final class EnvironmentMembers {
    private static final long START = System.nanoTime() / 1_000_000;

    /** Environment.SpecialFolder, with .NET's values; GetFolderPath knows the ones that have a place on Unix. */
    static final DotNetType SPECIAL_FOLDER = CoreTypes.defineEnum("System", "Environment+SpecialFolder", false,
            new String[] {"Desktop", "Programs", "MyDocuments", "Personal", "Favorites", "Startup", "Recent", "SendTo",
                "StartMenu", "MyMusic", "MyVideos", "DesktopDirectory", "MyComputer", "NetworkShortcuts", "Fonts",
                "Templates", "CommonStartMenu", "CommonPrograms", "CommonStartup", "CommonDesktopDirectory",
                "ApplicationData", "PrinterShortcuts", "LocalApplicationData", "InternetCache", "Cookies", "History",
                "CommonApplicationData", "Windows", "System", "ProgramFiles", "MyPictures", "UserProfile"},
            new long[] {0, 2, 5, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 32, 33,
                34, 35, 36, 37, 38, 39, 40});

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
        b.staticMethod("GetCommandLineArgs", CoreTypes.STRING.arrayType(),
                (t, a) -> ProcessEnvironment.commandLineArgs().toArray(String[]::new));
        b.staticMethod("GetEnvironmentVariable", STRING, (t, a) -> ProcessEnvironment.getVariable(name(a[0])),
                param("variable", STRING));
        b.staticMethod("SetEnvironmentVariable", VOID, (t, a) -> {
            ProcessEnvironment.setVariable(name(a[0]), (String) a[1]);
            return AutomationNull.VALUE;
        }, param("variable", STRING), param("value", STRING));
        b.staticMethod("GetFolderPath", STRING, (t, a) -> folderPath((EnumValue) a[0]), param("folder", SPECIAL_FOLDER));
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

    /**
     * Where .NET on Unix puts a special folder: the home directory, the XDG base directories (config, data) and
     * user directories under the home; an empty string for the folders Unix has no place for.
     */
    private static String folderPath(EnumValue folder) {
        String home = variableOr("HOME", System.getProperty("user.home"));
        return switch ((int) folder.value()) {
            case 40, 5 -> home;
            case 26 -> variableOr("XDG_CONFIG_HOME", home + "/.config");
            case 28 -> variableOr("XDG_DATA_HOME", home + "/.local/share");
            case 35 -> "/usr/share";
            case 0, 16 -> home + "/Desktop";
            case 13 -> home + "/Music";
            case 14 -> home + "/Videos";
            case 39 -> home + "/Pictures";
            case 21 -> home + "/Templates";
            case 20 -> home + "/.fonts";
            default -> "";
        };
    }

    /** An environment variable, or the fallback when it is not set or empty. */
    private static String variableOr(String variable, String fallback) {
        String value = ProcessEnvironment.getVariable(variable);
        return value == null || value.isEmpty() ? fallback : value;
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
        String name = hostName();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** gethostname(), as System.Net.Dns.GetHostName reports it. */
    static String hostName() {
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
        return name;
    }
}
