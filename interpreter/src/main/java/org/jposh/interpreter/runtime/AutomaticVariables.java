package org.jposh.interpreter.runtime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import org.jposh.interpreter.commands.EngineIntrinsics;

/**
 * The automatic variables a session starts with in its global scope, as pwsh 7.4 on Unix defines
 * them ($PSVersionTable, $IsLinux, $HOME, $PID, $PSHOME...). Values that cost something to work out
 * are computed on first read, so that a script that never reads them does not pay for them.
 */
public final class AutomaticVariables {
    /** The pwsh release JPosh behaves as. */
    public static final SemanticVersion PS_VERSION = new SemanticVersion(7, 4, 6, null, null);
    private static final String OS_NAME = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    private AutomaticVariables() {
    }

    public static void define(SessionState session) {
        SessionStateScope global = session.global();
        boolean linux = OS_NAME.contains("linux");
        boolean mac = OS_NAME.contains("mac") || OS_NAME.contains("darwin");
        boolean windows = OS_NAME.contains("windows");
        // options as pwsh's InitializeFixedVariables and BuiltInVariables give them
        define(global, new PSVariable("IsLinux", linux), ScopedItemOptions.ReadOnly);
        define(global, new PSVariable("IsMacOS", mac), ScopedItemOptions.ReadOnly);
        define(global, new PSVariable("IsWindows", windows), ScopedItemOptions.ReadOnly);
        define(global, new PSVariable("IsCoreCLR", Boolean.TRUE), ScopedItemOptions.ReadOnly);
        define(global, new PSVariable("PID", (int) ProcessHandle.current().pid()), ScopedItemOptions.Constant);
        define(global, new PSVariable("ShellId", "Microsoft.PowerShell"), ScopedItemOptions.Constant);
        String home = session.getEnvironmentVariable("HOME");
        define(global, new PSVariable("HOME", home != null ? home : System.getProperty("user.home")),
                ScopedItemOptions.ReadOnly);
        global.set("NestedPromptLevel", 0);
        define(global, ComputedVariable.once("PSHOME", AutomaticVariables::psHome), ScopedItemOptions.Constant);
        define(global, new ComputedVariable("PSCulture", () -> CultureInfo.current().name()),
                ScopedItemOptions.ReadOnly);
        define(global, new ComputedVariable("PSUICulture", () -> CultureInfo.currentUI().name()),
                ScopedItemOptions.ReadOnly);
        define(global, ComputedVariable.once("PSVersionTable", () -> versionTable(windows)),
                ScopedItemOptions.Constant);
        define(global, new PSVariable("PSEdition", "Core"), ScopedItemOptions.Constant);
        define(global, ComputedVariable.once("ExecutionContext", EngineIntrinsics::instance),
                ScopedItemOptions.Constant);
    }

    /** A variable every scope shares (AllScope) that cannot be assigned (ReadOnly or Constant). */
    public static void define(SessionStateScope scope, PSVariable variable, ScopedItemOptions writeProtection) {
        variable.addOption(writeProtection);
        variable.addOption(ScopedItemOptions.AllScope);
        scope.setVariable(variable);
    }

    /**
     * $PSVersionTable: PSVersion and PSEdition first, the other entries by name, as pwsh's
     * PSVersionHashTable enumerates them.
     */
    private static Object versionTable(boolean windows) {
        OrderedDictionary table = new OrderedDictionary();
        table.put("PSVersion", PS_VERSION);
        table.put("PSEdition", "Core");
        table.put("GitCommitId", PS_VERSION.toString());
        table.put("OS", osDescription());
        table.put("Platform", windows ? "Win32NT" : "Unix");
        table.put("PSCompatibleVersions", new Object[] {new Version(1, 0, -1, -1), new Version(2, 0, -1, -1),
                new Version(3, 0, -1, -1), new Version(4, 0, -1, -1), new Version(5, 0, -1, -1),
                new Version(5, 1, -1, -1), new Version(6, 0, -1, -1), new Version(7, 0, -1, -1)});
        table.put("PSRemotingProtocolVersion", new Version(2, 3, -1, -1));
        table.put("SerializationVersion", new Version(1, 1, 0, 1));
        table.put("WSManStackVersion", new Version(3, 0, -1, -1));
        return table;
    }

    /** .NET's RuntimeInformation.OSDescription on Linux: PRETTY_NAME of /etc/os-release, else the kernel. */
    private static String osDescription() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("PRETTY_NAME=")) {
                    String value = line.substring("PRETTY_NAME=".length());
                    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                            ? value.substring(1, value.length() - 1) : value;
                }
            }
        } catch (IOException | SecurityException e) {
            // No os-release: fall back to the kernel's name and version, as .NET does.
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /**
     * The JPosh installation: the distribution directory holding {@code lib/} with the interpreter's
     * jar, or the directory of the interpreter's classes when it runs from a build.
     */
    private static Object psHome() {
        CodeSource source = AutomaticVariables.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "";
        }
        try {
            Path code = Path.of(source.getLocation().toURI()).getParent();
            if (code == null) {
                return "";
            }
            Path name = code.getFileName();
            return (name != null && name.toString().equals("lib") && code.getParent() != null ? code.getParent()
                    : code).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }
}
