package org.jposh.shell;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.jposh.remoting.bridge.InterpreterExecutor;
import org.jposh.remoting.transport.OutOfProcServer;

/** The {@code jposh} command: runs a script file, a command string, or an interactive session. */
public final class Main {
    static final String LANGUAGE = "posh";

    private Main() {
    }

    public static void main(String[] args) {
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
                    .cached(false).buildLiteral(), commandLine.scriptArguments(), err);
            case INTERACTIVE -> new Repl(System.in, System.out, err).run();
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
            return ScriptRunner.run(source, commandLine.scriptArguments(), err);
        } catch (IOException e) {
            err.println("Cannot read '" + commandLine.file() + "': " + e.getMessage());
            return 1;
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
                       jposh -Version
                       jposh -Parse <file or directory>...
                       jposh -s | -sshs
                       jposh            (interactive session)

                  -Command, -c   Run the code that follows and exit.
                  -File, -f      Run a script file; the remaining arguments go to its $args.
                  -Version, -v   Print the versions of JPosh, Java and the Truffle runtime.
                  -Parse         Parse scripts without running them; print ok or the first error per file.
                  -ServerMode, -s, -SSHServerMode, -sshs
                                 Serve PowerShell remoting (PSRP) on standard input and output.
                  -Help, -?      Print this help.""");
        return 0;
    }
}
