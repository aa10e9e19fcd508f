package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * An external program running as a command (PowerShell's NativeCommandProcessor), with pwsh 7.3's
 * "Standard" argument passing on Unix: every argument is one argv entry as it is, arrays give one
 * entry per element, and {@code --%} hands the rest of the line over split at blanks.
 *
 * <p>The program starts in the session's location with the session's environment. Pipeline input is
 * written to its stdin, one line per object; its stdout is read as UTF-8 lines by a pump thread and
 * the lines are written downstream from the pipeline's thread as they come (each time an input object
 * arrives, and then until the program closes stdout); stderr goes straight to the host's error stream unless
 * redirected, when its lines become error records.
 * When it exits, {@code $LASTEXITCODE} is set in the global scope and a non-zero code makes {@code $?}
 * false (pwsh 7.4 with $PSNativeCommandUseErrorActionPreference off).
 */
public final class NativeCommandProcessor extends CommandProcessorBase {
    /** What the pump puts on the queue when stdout is closed. */
    private static final Object END_OF_OUTPUT = new Object();

    private final PoshContext context;
    private final ApplicationInfo application;
    private final List<String> arguments;
    private final boolean expectingInput;
    private final Extent extent;
    private final BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
    private Pipe output;
    private Pipe redirectedOutput;
    private Pipe stderrTarget;
    private boolean stderrMerged;
    private boolean sawStderr;
    private Process process;
    private Writer stdin;
    private boolean outputEnded;
    private Thread stderrPump;

    private NativeCommandProcessor(PoshContext context, ApplicationInfo application, List<String> arguments,
                                   boolean expectingInput, Extent extent) {
        super(context.pipelineDepth());
        this.context = context;
        this.application = application;
        this.arguments = arguments;
        this.expectingInput = expectingInput;
        this.extent = extent;
    }

    static NativeCommandProcessor create(PoshContext context, ApplicationInfo application,
                                         CommandArgument[] arguments, Extent extent, boolean expectingInput) {
        if (!context.env().isCreateProcessAllowed()) {
            // The host's process policy (Context.Builder.allowCreateProcess), as Truffle's own process API honours it.
            throw HostPolicy.denied("The program '" + application.name() + "' cannot be run: the host does not "
                    + "allow starting processes in this session.", "ProcessCreationDenied", application.name(), null,
                    extent);
        }
        SessionState session = context.sessionState();
        NativeArgumentGlobber globber = session.nativeArgumentGlobber();
        List<String> argv = argumentList(arguments, session::getEnvironmentVariable,
                pattern -> globber == null ? List.of() : globber.expand(session, pattern));
        return new NativeCommandProcessor(context, application, isLegacyPassing(session)
                ? CommandLineArguments.legacy(argv) : argv, expectingInput, extent);
    }

    /**
     * [System.Management.Automation.NativeArgumentPassingStyle], the type of $PSNativeCommandArgumentPassing: Standard
     * (the default on Unix) passes each argument as it is; Legacy as pwsh before 7.3 did; Windows is Standard here.
     */
    public static final DotNetType ARGUMENT_PASSING_STYLE = CoreTypes.defineEnum("System.Management.Automation",
            "NativeArgumentPassingStyle", false, "Legacy", "Standard", "Windows");

    /** Whether the variable, as the calling scope sees it (a script may set its own, unconstrained), says Legacy. */
    private static boolean isLegacyPassing(SessionState session) {
        Object style = PSObject.base(session.currentScope().find("PSNativeCommandArgumentPassing"));
        if (style instanceof EnumValue value) {
            return value.dotNetType() == ARGUMENT_PASSING_STYLE && value.value() == 0;
        }
        return style instanceof String name && name.strip().equalsIgnoreCase("Legacy");
    }

    /**
     * The argv entries of a command line, as pwsh's NativeCommandParameterBinder makes them on Unix: a parameter
     * token as written ({@code -la}; {@code -o:x} joined with its value, each element of an array value joined on
     * its own, {@code -o: x} two entries), each element of a collection on its own ($null ones left out, empty strings kept), and after
     * {@code --%} the verbatim rest split at blanks (double quotes group, as the Windows command line they come
     * from would). An argument written as an array literal ({@code 1,2,3}) is passed as written, split at spaces,
     * once an element without blanks comes. An argument not written in quotes (a variable's value included) that
     * has wildcards becomes the paths {@code glob} finds for it, or stays as it is when there are none; without
     * wildcards, {@code ~} and {@code ~/...} name the home directory.
     */
    static List<String> argumentList(CommandArgument[] arguments, Function<String, String> environment,
                                     Function<String, List<String>> glob) {
        List<String> argv = new ArrayList<>();
        for (CommandArgument argument : arguments) {
            Object value = argument.value();
            if (value instanceof StopParsingArgument verbatim) {
                argv.addAll(verbatim.split(environment));
            } else if (!argument.hasValue()) {
                new ArgumentExpansion(argv, "", environment, glob).add(argument.parameterText());
            } else if (value != AutomationNull.VALUE) {
                boolean unquoted = argument.arrayLiteral() || !writtenInQuotes(argument.argumentExtent());
                String prefix = argument.isParameter() ? argument.parameterText() : "";
                if (!prefix.isEmpty() && spaceAfterParameter(argument)) {
                    // pwsh's SpaceAfterParameter: `-F: x` is two entries, `-F:x` one
                    argv.add(prefix);
                    prefix = "";
                }
                addArgument(argument, unquoted ? new ArgumentExpansion(argv, prefix, environment, glob)
                        : new ArgumentExpansion(argv, prefix, null, null));
            }
        }
        return argv;
    }

    /** Whether blanks separate a {@code -name:} parameter from its argument on the command line. */
    private static boolean spaceAfterParameter(CommandArgument argument) {
        Extent parameter = argument.parameterExtent();
        Extent value = argument.argumentExtent();
        return parameter != null && value != null && parameter.source() == value.source()
                && value.startOffset() > parameter.startOffset() + argument.parameterText().length();
    }

    /** The entries of one argument, element by element (pwsh's AppendOneNativeArgument). */
    private static void addArgument(CommandArgument argument, ArgumentExpansion expansion) {
        Object value = argument.value();
        Iterable<?> elements = value instanceof String ? null : LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            expansion.add(value);
            return;
        }
        for (Object element : elements) {
            if (argument.arrayLiteral() && passedAsWritten(element)) {
                // pwsh takes the literal's text rather than its values from here on: `1,2,3` stays one entry.
                for (String piece : argument.argumentExtent().text().split(" ")) {
                    if (!piece.isEmpty()) {
                        expansion.add(piece);
                    }
                }
                return;
            }
            expansion.add(element);
        }
    }

    /** Whether an element of an array literal makes pwsh pass the literal's text: it is not empty and needs no quotes. */
    private static boolean passedAsWritten(Object element) {
        if (PSObject.base(element) == null) {
            return false;
        }
        String text = LanguagePrimitives.toStringValue(element);
        return !text.isEmpty() && !needsQuotes(text);
    }

    /**
     * Whether the argument has a blank outside double quotes (pwsh's NeedQuotes): such an argument is passed as
     * it is, without expanding wildcards or {@code ~}.
     */
    private static boolean needsQuotes(String arg) {
        boolean followingBackslash = false;
        int quotes = 0;
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '"' && !followingBackslash) {
                quotes++;
            } else if (Character.isWhitespace(c) && quotes % 2 == 0) {
                return true;
            }
            followingBackslash = c == '\\';
        }
        return false;
    }

    private static boolean writtenInQuotes(Extent extent) {
        String text = extent == null ? "" : extent.text();
        return !text.isEmpty() && "'\"\u2018\u2019\u201A\u201B\u201C\u201D\u201E".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Adds the argv entries of one argument's values, each after the parameter text it is joined to; with an
     * environment (the argument is not written in quotes) wildcards and {@code ~} expand (pwsh's PossiblyGlobArg).
     */
    private record ArgumentExpansion(List<String> argv, String prefix, Function<String, String> environment,
                                     Function<String, List<String>> glob) {
        void add(Object value) {
            if (PSObject.base(value) == null) {
                return;
            }
            String arg = LanguagePrimitives.toStringValue(value);
            if (environment == null || arg.isEmpty() || needsQuotes(arg)) {
                argv.add(prefix + arg);
            } else if (WildcardPattern.containsWildcardCharacters(arg)) {
                List<String> paths = glob.apply(arg);
                if (paths.isEmpty()) {
                    argv.add(prefix + arg);
                }
                for (String path : paths) {
                    argv.add(prefix + path);
                }
            } else if (arg.equals("~") || arg.startsWith("~/")) {
                argv.add(prefix + environment.apply("HOME") + arg.substring(1));
            } else {
                argv.add(prefix + arg);
            }
        }
    }

    @Override
    public void setOutput(Pipe output) {
        this.output = redirectedOutput != null ? redirectedOutput : output;
    }

    @Override
    public void redirectOutput(Pipe pipe) {
        redirectedOutput = pipe;
    }

    /** {@code 2> file}, {@code 2>$null}: the program's stderr lines go there; programs have no other streams. */
    @Override
    public void redirectStream(int stream, Pipe pipe) {
        if (stream == 2) {
            stderrTarget = pipe;
        }
    }

    /** {@code 2>&1}: the program's stderr lines join its output, as error records (see {@link #stderrRecord}). */
    @Override
    public void mergeStreamIntoOutput(int stream) {
        if (stream == 2) {
            stderrMerged = true;
        }
    }

    /**
     * A program's stderr goes to the host unless the command itself redirects it ({@link #redirectStream},
     * {@link #mergeStreamIntoOutput}). pwsh also makes records of it when the error pipe is redirected further out
     * ({@code & { prog } 2>&1}); JPosh does not yet, so the error pipe is not used.
     */
    @Override
    public void setErrorOutput(Pipe errors) {
    }

    @Override
    @TruffleBoundary
    public void begin() {
        SessionState session = context.sessionState();
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(application.path().toString());
        command.addAll(arguments);
        ProcessBuilder builder = processBuilder(session, command);
        builder.redirectInput(expectingInput ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new PoshException(new ErrorRecord("An error occurred trying to start process '"
                    + application.path() + "' with working directory '" + session.location() + "'. "
                    + e.getMessage(), "NativeCommandFailed", ErrorCategory.ResourceUnavailable, application.name(),
                    null, "ApplicationFailedException", extent), null);
        }
        if (expectingInput) {
            stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }
        pump(process.getInputStream(), "stdout", line -> lines.add(line), () -> lines.add(END_OF_OUTPUT));
        // Redirected stderr lines queue up with stdout's, to be written on this thread, in order.
        stderrPump = pump(process.getErrorStream(), "stderr", stderrTarget == null && !stderrMerged
                ? context.err()::println : line -> lines.add(new StderrLine(line)), () -> { });
    }

    /**
     * A program as a session starts it: in the session's location, with the session's environment
     * ($env: changes included), for the native command runner and Start-Process alike.
     */
    public static ProcessBuilder processBuilder(SessionState session, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(session.location().toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(session.environment());
        return builder;
    }

    private Thread pump(InputStream stream, String name, Consumer<String> sink, Runnable atEnd) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The program was stopped; what it wrote so far has been passed on.
            } finally {
                atEnd.run();
            }
        }, application.name() + " " + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Writes the object to the program's stdin as a line, then passes on the lines it has written so far.
     * When the program takes no more input the commands upstream are stopped.
     */
    @Override
    @TruffleBoundary
    public void process(Object input) {
        if (stdin != null) {
            try {
                stdin.write(LanguagePrimitives.toStringValue(input));
                stdin.write('\n');
                stdin.flush();
            } catch (IOException e) {
                // The program no longer reads its input (it ended or closed stdin, as `head -n 2` does):
                // what feeds it stops, and the program's output is still passed on when it ends.
                closeStdin();
                drain(false);
                throw new StopUpstreamCommandsException(this);
            }
        }
        drain(false);
    }

    @Override
    public void processWithoutInput() {
    }

    /** Closes stdin, passes on the rest of stdout, waits for the exit code and sets $LASTEXITCODE and $?. */
    @Override
    @TruffleBoundary
    public void end() {
        closeStdin();
        drain(true);
        int exitCode = waitForExit();
        awaitStderr();
        drainStderr();
        context.sessionState().global().set("LASTEXITCODE", exitCode);
        if (exitCode != 0) {
            // A failure for $?, without an error record
            failPipeline(context);
            context.setLastStatementSucceeded(false);
        }
    }

    /** Stops the program when the pipeline ends early (a downstream command has all it wanted, or an error). */
    @Override
    @TruffleBoundary
    public void stop() {
        if (process != null) {
            closeStdin();
            process.destroy();
        }
    }

    /** Passes on the lines read so far, or with {@code untilEnd} all of them until stdout closes. */
    private void drain(boolean untilEnd) {
        try {
            while (!outputEnded) {
                Object line = untilEnd ? lines.take() : lines.poll();
                if (line == null) {
                    return;
                }
                if (line == END_OF_OUTPUT) {
                    outputEnded = true;
                } else {
                    write(line);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private void write(Object line) {
        if (line instanceof StderrLine error) {
            (stderrMerged ? output : stderrTarget).write(stderrRecord(error.text()));
        } else {
            output.write(line);
        }
    }

    /**
     * A redirected stderr line as pwsh wraps it: an error record whose exception is a RemoteException with the
     * line as message, the first one NativeCommandError (with the line as target), the rest
     * NativeCommandErrorMessage. As in pwsh these records neither make {@code $?} false nor go into $Error, and
     * the formatter shows them as their text alone.
     */
    private ErrorRecord stderrRecord(String line) {
        boolean first = !sawStderr;
        sawStderr = true;
        return new ErrorRecord(ExceptionValue.of("RemoteException", line),
                first ? "NativeCommandError" : "NativeCommandErrorMessage", ErrorCategory.NotSpecified,
                first ? line : null);
    }

    /** Writes the redirected stderr lines that came after stdout ended. */
    private void drainStderr() {
        for (Object line = lines.poll(); line != null; line = lines.poll()) {
            if (line != END_OF_OUTPUT) {
                write(line);
            }
        }
    }

    private record StderrLine(String text) {
    }

    private int waitForExit() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return -1;
        }
    }

    /** Waits until the program's last error lines are written, so that they come before what follows. */
    private void awaitStderr() {
        try {
            stderrPump.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeStdin() {
        if (stdin != null) {
            try {
                stdin.close();
            } catch (IOException e) {
                // Already closed by the program's end.
            }
            stdin = null;
        }
    }
}
