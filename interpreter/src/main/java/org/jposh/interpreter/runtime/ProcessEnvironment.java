package org.jposh.interpreter.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What .NET keeps per process and Java does not let a program change: the environment variables
 * (System.Environment's Get/SetEnvironmentVariable, and pwsh's env: drive) and the current directory
 * (Environment.CurrentDirectory, against which .NET's static methods such as
 * {@code [System.IO.File]::ReadAllText('x.txt')} resolve relative paths; it is not the session's
 * location, $PWD, exactly as in pwsh). Both start as the JVM's.
 */
public final class ProcessEnvironment {
    private static final Map<String, String> VARIABLES = new ConcurrentHashMap<>(System.getenv());
    private static volatile Path currentDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath()
            .normalize();

    private ProcessEnvironment() {
    }

    /** The variable's value (names are case-sensitive, as on Unix), or null. */
    public static String getVariable(String name) {
        return VARIABLES.get(name);
    }

    /** Sets the variable; a null or empty value removes it, as .NET does. */
    public static void setVariable(String name, String value) {
        if (value == null || value.isEmpty()) {
            VARIABLES.remove(name);
        } else {
            VARIABLES.put(name, value);
        }
    }

    /** All variables, sorted by name. */
    public static Map<String, String> variables() {
        return new TreeMap<>(VARIABLES);
    }

    public static Path currentDirectory() {
        return currentDirectory;
    }

    public static void setCurrentDirectory(Path directory) {
        currentDirectory = directory.toAbsolutePath().normalize();
    }

    /** A path as .NET's file APIs take it: relative paths against the process's current directory. */
    public static Path resolve(String path) {
        return currentDirectory.resolve(path).normalize();
    }
}
