package org.jposh.stdlib.management;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.ApplicationInfo;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.CommandLineArguments;
import org.jposh.interpreter.commands.ExternalScriptInfo;
import org.jposh.interpreter.commands.NativeCommandProcessor;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * Start-Process as pwsh runs it on Unix. The program is a command found as pwsh finds one (on $env:PATH,
 * or a path relative to the location); -ArgumentList is joined with spaces and split again as a command
 * line, as .NET does with ProcessStartInfo.Arguments. The child gets the session's location and
 * environment (with -Environment's changes; -UseNewEnvironment starts from an empty one, as .NET's
 * machine and user environments are empty on Unix) and shares the terminal unless redirected: redirected
 * output is written to the file line by line, leaving out empty lines as pwsh does. -Wait waits for the
 * process itself (pwsh waits for descendants only on Windows); -PassThru writes the process.
 * -LoadUserProfile and -NoNewWindow change nothing on Unix; -Verb and -WindowStyle are refused.
 */
@Cmdlet(verb = "Start", noun = "Process", defaultParameterSetName = "Default", supportsShouldProcess = true)
public final class StartProcessCommand extends PSCmdlet {
    /**
     * The reason in Java's start failure, which the JDK words as "error=2, No such file or directory" or as
     * "Exec failed, error: 2 (No such file or directory)" depending on how it launches.
     */
    private static final Pattern ERRNO_REASON = Pattern.compile("error(?:=\\d+, |: \\d+ \\()([^)]*)");

    @Parameter(position = 0, mandatory = true)
    @Alias({"PSPath", "Path"})
    @ValidateNotNullOrEmpty
    private String filePath;

    @Parameter(position = 1)
    @Alias("Args")
    private String[] argumentList;

    @Parameter
    @ValidateNotNullOrEmpty
    private String workingDirectory;

    /** Bound for pwsh's parameter sets; a Windows notion that changes nothing on Unix. */
    @Parameter(parameterSetName = "Default")
    @Alias("Lup")
    private boolean loadUserProfile;

    /** Bound for pwsh's parameter sets; on Unix the child shares the terminal with or without it. */
    @Parameter(parameterSetName = "Default")
    @Alias("nnw")
    private boolean noNewWindow;

    @Parameter
    private boolean passThru;

    @Parameter(parameterSetName = "Default")
    @Alias("RSE")
    @ValidateNotNullOrEmpty
    private String redirectStandardError;

    @Parameter(parameterSetName = "Default")
    @Alias("RSI")
    @ValidateNotNullOrEmpty
    private String redirectStandardInput;

    @Parameter(parameterSetName = "Default")
    @Alias("RSO")
    @ValidateNotNullOrEmpty
    private String redirectStandardOutput;

    @Parameter(parameterSetName = "UseShellExecute")
    @ValidateNotNullOrEmpty
    private String verb;

    @Parameter
    @ValidateNotNullOrEmpty
    private String windowStyle;

    @Parameter
    private boolean wait;

    @Parameter(parameterSetName = "Default")
    private boolean useNewEnvironment;

    @Parameter
    private Hashtable environment;

    private Path input;
    private Path output;
    private Path error;

    @Override
    protected void beginProcessing() {
        checkProcessAccess();
        refuseWindowsOnlyParameters();
        Path program = program();
        String arguments = argumentList == null ? "" : String.join(" ", argumentList);
        Path directory = workingDirectory();
        if (directory == null || !resolveRedirections()) {
            return;
        }
        if (!shouldProcess(program + " " + arguments.trim())) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(CommandLineArguments.split(arguments));
        ProcessBuilder builder = NativeCommandProcessor.processBuilder(sessionState(), command).directory(directory.toFile());
        applyEnvironment(builder.environment());
        builder.redirectInput(input != null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        builder.redirectOutput(output != null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        builder.redirectError(error != null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        // The files are made before the program starts, as pwsh makes them.
        BufferedWriter outputFile = output == null ? null : create(output);
        BufferedWriter errorFile = error == null ? null : create(error);
        Process process = start(builder, program, directory, outputFile, errorFile);
        List<Thread> copies = new ArrayList<>();
        if (outputFile != null) {
            copies.add(copyLines(process.getInputStream(), outputFile, "stdout"));
        }
        if (errorFile != null) {
            copies.add(copyLines(process.getErrorStream(), errorFile, "stderr"));
        }
        if (input != null) {
            writeInput(process);
        }
        if (passThru) {
            writeObject(ProcessInfo.started(process, program));
        }
        if (wait) {
            // As .NET's WaitForExit, until the redirected output has been written too.
            ProcessInfo.awaitExit(process.onExit(), -1);
            for (Thread copy : copies) {
                ProcessInfo.awaitEnd(copy);
            }
        }
    }

    /** pwsh's NotSupportedException for the parameters that need Windows' shell or windows. */
    private void refuseWindowsOnlyParameters() {
        String refused = verb != null ? "-Verb" : windowStyle != null ? "-WindowStyle" : null;
        if (refused != null) {
            throw throwTerminatingError(errorRecord("The parameter '" + refused + "' is not supported for the cmdlet "
                    + "'Start-Process' on this edition of PowerShell.", "NotSupportedException",
                    ErrorCategory.NotImplemented, null, "NotSupportedException"));
        }
    }

    /**
     * The program's file: a program or script as command discovery finds it, else the path as given
     * (relative to the location), which fails to start when nothing is there.
     */
    private Path program() {
        CommandInfo found = CommandDiscovery.findExternal(PoshContext.get(null), filePath);
        if (found instanceof ApplicationInfo application) {
            return application.path();
        }
        if (found instanceof ExternalScriptInfo script) {
            return Path.of(script.definition());
        }
        return filePath.indexOf('/') >= 0 || filePath.indexOf('\\') >= 0
                ? sessionState().resolveFileSystemPath(filePath) : Path.of(filePath);
    }

    /** -WorkingDirectory resolved, or the location; null (after pwsh's error) when it is not a directory. */
    private Path workingDirectory() {
        if (workingDirectory == null) {
            return sessionState().location();
        }
        Path directory = resolve(workingDirectory);
        if (!Files.isDirectory(directory)) {
            writeError(errorRecord(invalidInput("WorkingDirectory"), "DirectoryNotFoundException",
                    ErrorCategory.InvalidOperation, null, "DirectoryNotFoundException"));
            return null;
        }
        return directory;
    }

    /** Resolves the redirection files; false (after pwsh's error) when the input is missing or two are the same. */
    private boolean resolveRedirections() {
        input = redirectStandardInput == null ? null : resolve(redirectStandardInput);
        output = redirectStandardOutput == null ? null : resolve(redirectStandardOutput);
        error = redirectStandardError == null ? null : resolve(redirectStandardError);
        if (input != null && !Files.isRegularFile(input)) {
            writeError(errorRecord(invalidInput("RedirectStandardInput '" + redirectStandardInput + "'"),
                    "FileNotFoundException", ErrorCategory.InvalidOperation, null, "FileNotFoundException"));
            return false;
        }
        return distinct(input, output, "RedirectStandardInput", "RedirectStandardOutput")
                && distinct(input, error, "RedirectStandardInput", "RedirectStandardError")
                && distinct(output, error, "RedirectStandardOutput", "RedirectStandardError");
    }

    /** pwsh compares the two paths ignoring case, on Unix too. */
    private boolean distinct(Path first, Path second, String firstName, String secondName) {
        if (first == null || second == null
                || !first.toString().toLowerCase(Locale.ROOT).equals(second.toString().toLowerCase(Locale.ROOT))) {
            return true;
        }
        writeError(errorRecord("This command cannot be run because \"" + firstName + "\" and \"" + secondName
                + "\" are same. Give different inputs and Run your command again.", "InvalidOperationException",
                ErrorCategory.InvalidOperation, null, "InvalidOperationException"));
        return false;
    }

    private static String invalidInput(String parameter) {
        return "This command cannot be run because either the parameter \"" + parameter + "\" has a value that is "
                + "not valid or cannot be used with this command. Give a valid input and Run your command again.";
    }

    private Path resolve(String path) {
        try {
            return new FileSystemProvider(sessionState()).resolveFilePath(path, false);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
    }

    /** -UseNewEnvironment empties the session's environment; -Environment then sets, or with $null removes, names. */
    private void applyEnvironment(Map<String, String> childEnvironment) {
        if (useNewEnvironment) {
            childEnvironment.clear();
        }
        if (environment == null) {
            return;
        }
        for (Map.Entry<Object, Object> entry : environment.entrySet()) {
            String name = LanguagePrimitives.toStringValue(entry.getKey());
            childEnvironment.remove(name);
            if (entry.getValue() != null) {
                childEnvironment.put(name, LanguagePrimitives.toStringValue(entry.getValue()));
            }
        }
    }

    /**
     * Starts the program; a name that discovery did not find is not searched for again on the JVM's own
     * PATH. When it cannot start, the redirection files are closed (left empty, as pwsh leaves them).
     */
    private Process start(ProcessBuilder builder, Path program, Path directory, Closeable... files) {
        String reason = "No such file or directory";
        try {
            if (program.isAbsolute()) {
                return builder.start();
            }
        } catch (IOException e) {
            Matcher errno = ERRNO_REASON.matcher(String.valueOf(e.getMessage()));
            reason = errno.find() ? errno.group(1) : e.getMessage();
        }
        for (Closeable file : files) {
            closeQuietly(file);
        }
        throw throwTerminatingError(errorRecord("This command cannot be run due to the error: An error occurred "
                + "trying to start process '" + program + "' with working directory '" + directory + "'. " + reason,
                "InvalidOperationException", ErrorCategory.InvalidOperation, null, "InvalidOperationException"));
    }

    private static void closeQuietly(Closeable file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // Nothing was written to it.
            }
        }
    }

    /** pwsh writes the whole input file and a newline to the program's stdin, then closes it. */
    private void writeInput(Process process) {
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write(Files.readString(input, StandardCharsets.UTF_8));
            stdin.write('\n');
        } catch (IOException e) {
            // The program ended or closed its input without reading it all, as a program may.
        }
    }

    /** A redirection file, made anew (UTF-8 without a BOM). */
    private BufferedWriter create(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord("This command cannot be run due to the error: Could not open '"
                    + file + "'.", "InvalidOperationException", ErrorCategory.InvalidOperation, null,
                    "InvalidOperationException"));
        }
    }

    /** Copies the program's lines to the file as they come, on a thread of its own, leaving out empty lines as pwsh does. */
    private Thread copyLines(InputStream stream, BufferedWriter writer, String name) {
        Thread thread = new Thread(() -> {
            try (writer; BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        writer.write(line);
                        writer.write('\n');
                        writer.flush();
                    }
                }
            } catch (IOException e) {
                // The file or the pipe was closed; what came before is in the file.
            }
        }, "Start-Process " + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
