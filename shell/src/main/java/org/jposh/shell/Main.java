package org.jposh.shell;

import java.io.Console;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.runtime.ProcessEnvironment;
import org.jposh.remoting.bridge.InterpreterExecutor;
import org.jposh.remoting.transport.OutOfProcServer;

/** The {@code jposh} command: runs a script file, a command string, or an interactive session. */
public final class Main {
    static final String LANGUAGE = "posh";

    private Main() {
    }

    public static void main(String[] args) {
        ProcessEnvironment.setCommandLineArgs(installationDirectory().resolve("bin").resolve("jposh").toString(), args);
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine commandLine = CommandLine.parse(args);
        return switch (commandLine.mode()) {
            case VERSION -> version();
            case HELP -> help();
            case ERROR -> {
                err.println(commandLine.error());
                yield 64;
            }
            case FILE -> runFile(commandLine, err);
            case COMMAND -> ScriptRunner.run(Source.newBuilder(LANGUAGE, commandLine.command(), "<command>")
                    .cached(false).buildLiteral(), commandLine.scriptArguments(), commandLine.nonInteractive(), err);
            case INTERACTIVE -> interactive(commandLine, err);
            case PARSE -> ParseCommand.run(commandLine.scriptArguments(), new PrintStream(System.out, true,
                    StandardCharsets.UTF_8), err);
            case SERVER -> serve();
        };
    }

    private static int runFile(CommandLine commandLine, PrintStream err) {
        File file = new File(commandLine.file());
        if (!file.isFile()) {
            err.println("The argument '" + commandLine.file() + "' is not recognized as the name of a script file. "
                    + "Check the spelling of the name, or if a path was included, verify that the path is correct "
                    + "and try again.");
            return 64;
        }
        try {
            Source source = Source.newBuilder(LANGUAGE, file.getAbsoluteFile()).build();
            return ScriptRunner.run(source, commandLine.scriptArguments(), commandLine.nonInteractive(), err);
        } catch (IOException e) {
            err.println("Cannot read '" + commandLine.file() + "': " + e.getMessage());
            return 1;
        }
    }

    /**
     * The interactive session: jline's line editor when standard input and output are a terminal,
     * otherwise plain lines (commands piped into jposh), so that jline is loaded only when it is used.
     */
    private static int interactive(CommandLine commandLine, PrintStream err) {
        Console console = System.console();
        Path psHome = installationDirectory();
        Profiles profiles = Profiles.of(psHome, System.getenv(), System.getProperty("user.home"));
        if (console == null || !console.isTerminal()) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try (InteractiveSession session = new InteractiveSession(new ConsoleHost(out, err, false, 0))) {
                session.startProfiles(profiles, !commandLine.noProfile());
                return new Repl(out, session).run();
            }
        }
        try {
            return LineEditor.run((out, errors, width) -> {
                if (!commandLine.noLogo()) {
                    out.println("JPosh " + PoshLanguage.VERSION + " (PowerShell " + PoshLanguage.POWERSHELL_VERSION
                            + " language)");
                }
                InteractiveSession session = new InteractiveSession(new ConsoleHost(out, errors, true, width));
                session.startProfiles(profiles, !commandLine.noProfile());
                return session;
            }, historyFile(System.getenv(), System.getProperty("user.home")));
        } catch (IOException e) {
            err.println("jposh: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Where the line editor keeps the lines typed, across sessions ($XDG_DATA_HOME/jposh/history.txt,
     * by default ~/.local/share/jposh/history.txt), as PSReadLine keeps ConsoleHost_history.txt under
     * ~/.local/share/powershell/PSReadLine: a file of jposh's own, because jline writes its own format.
     */
    static Path historyFile(Map<String, String> environment, String userHome) {
        String dataHome = environment.get("XDG_DATA_HOME");
        Path data = dataHome == null || dataHome.isEmpty() ? Path.of(userHome, ".local", "share") : Path.of(dataHome);
        return data.resolve("jposh").resolve("history.txt");
    }

    /** The distribution's directory ($PSHOME): the parent of lib/, which holds this class's jar. */
    private static Path installationDirectory() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.dir"));
        }
    }

    /**
     * {@code -s} and {@code -sshs}: a PSRP OutOfProc server on standard input and output, as sshd's
     * {@code Subsystem powershell} and out-of-process jobs start pwsh. Standard output carries packets
     * only, so System.out is pointed at standard error first, where a stray print cannot corrupt the
     * stream; the host's own text has no console here and is discarded. Ends when the client closes
     * the pool or standard input ends.
     */
    private static int serve() {
        OutputStream packets = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        new OutOfProcServer(new FileInputStream(FileDescriptor.in), packets, null,
                InterpreterExecutor.factory(OutputStream.nullOutputStream())).run();
        return 0;
    }

    private static int version() {
        // When the JIT is off, the engine itself prints why on stderr.
        try (Engine engine = Engine.newBuilder(LANGUAGE).option("engine.WarnInterpreterOnly", "true").build()) {
            String runtime = engine.getImplementationName();
            boolean jit = !runtime.equals("Interpreted");
            System.out.println("JPosh " + engine.getLanguages().get(LANGUAGE).getVersion() + " (PowerShell 7.4 language)");
            System.out.println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
            System.out.println("Truffle runtime: " + runtime + ", JIT compilation " + (jit ? "on" : "off"));
        }
        return 0;
    }

    private static int help() {
        System.out.println("""
                Usage: jposh [-File] <script.ps1> [arguments]
                       jposh -Command <code> | -c <code>
                       jposh -EncodedCommand <base64> | -e <base64>
                       jposh -Version
                       jposh -Parse <file or directory>...
                       jposh -s | -sshs
                       jposh [-NoProfile] [-NoLogo]   (interactive session)

                  -Command, -c   Run the code that follows and exit.
                  -EncodedCommand, -e, -ec
                                 Run code given as Base64 of its UTF-16LE text (as pwsh takes it).
                  -File, -f      Run a script file; the remaining arguments go to its $args.
                  -NoProfile, -nop
                                 Do not run the profile scripts ($PROFILE) in the interactive session.
                  -NoLogo, -nol  Do not print the version line when the interactive session starts.
                  -NonInteractive, -noni
                  -ExecutionPolicy, -ex, -ep <policy>
                                 Accepted for pwsh's command lines; no effect in JPosh.
                  -Version, -v   Print the versions of JPosh, Java and the Truffle runtime.
                  -Parse         Parse scripts without running them; print ok or the first error per file.
                  -ServerMode, -s, -SSHServerMode, -sshs
                                 Serve PowerShell remoting (PSRP) on standard input and output.
                  -Help, -?      Print this help.""");
        return 0;
    }
}
