package org.jposh.interpreter.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What .NET keeps per process and Java does not let a program change: the environment variables
 * (System.Environment's Get/SetEnvironmentVariable, and pwsh's env: drive), the current directory
 * (Environment.CurrentDirectory, against which .NET's static methods such as
 * {@code [System.IO.File]::ReadAllText('x.txt')} resolve relative paths; it is not the session's
 * location, $PWD, exactly as in pwsh), both of which start as the JVM's; and the command line.
 */
public final class ProcessEnvironment {
    private static final Map<String, String> VARIABLES = new ConcurrentHashMap<>(System.getenv());
    private static volatile Path currentDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath()
            .normalize();
    private static volatile List<String> commandLineArgs;

    private ProcessEnvironment() {
    }

    /**
     * Environment.GetCommandLineArgs(): the program, then its arguments, as the jposh command recorded them
     * ({@link #setCommandLineArgs}); in a Java application that embeds JPosh, its main class and arguments as
     * the JVM reports them (an argument with spaces in it then reads as several).
     */
    public static List<String> commandLineArgs() {
        List<String> recorded = commandLineArgs;
        if (recorded != null) {
            return recorded;
        }
        String command = System.getProperty("sun.java.command", "").strip();
        return command.isEmpty() ? List.of() : List.of(command.split(" +"));
    }

    /** Records the command line: the program's path and the arguments its main method got. */
    public static void setCommandLineArgs(String program, String[] args) {
        List<String> line = new ArrayList<>(args.length + 1);
        line.add(program);
        line.addAll(Arrays.asList(args));
        commandLineArgs = List.copyOf(line);
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
