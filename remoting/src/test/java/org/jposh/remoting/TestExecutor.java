package org.jposh.remoting;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;
import org.jposh.remoting.psrp.messages.ProgressRecordType;
import org.jposh.remoting.server.PipelineContext;
import org.jposh.remoting.server.PipelineExecutor;
import org.jposh.remoting.server.PipelineFailedException;
import org.jposh.remoting.server.PipelineRequest;

/**
 * A small real engine for the tests: it runs pipelines of one command from a fixed set, and does
 * real work through the {@link PipelineContext} (reads input, streams output, calls the host,
 * loops until stopped), so the tests exercise the protocol, not a mock of it.
 *
 * <ul>
 *   <li>{@code Echo [args...]}: the arguments, then every input object;</li>
 *   <li>{@code Emit -Count N}: the numbers 0 to N-1, each as a PSCustomObject {@code @{Index=i; Name='item i'}}
 *       when {@code -Objects} is given, else as Int32;</li>
 *   <li>{@code Streams}: one record on each of the six streams;</li>
 *   <li>{@code Fail}: a terminating error (Failed); {@code Crash}: an exception of the engine;</li>
 *   <li>{@code Loop}: output until stopped; {@code Wait}: no output, polls until stopped;</li>
 *   <li>{@code ReadLine}: asks the client's host for a line and outputs it.</li>
 * </ul>
 */
public final class TestExecutor implements PipelineExecutor {
    /** Opens a fresh executor per pool. */
    public static final PipelineExecutor.Factory FACTORY = request -> new TestExecutor();

    private static final List<String> COMMAND_NOT_FOUND = List.of("System.Management.Automation.CommandNotFoundException",
            "System.Management.Automation.RuntimeException", "System.SystemException");

    @Override
    public PsDictionary versionTable() {
        return new PsDictionary().put("PSVersion", new PsVersion(7, 5, 1, -1)).put("PSEdition", "Core")
                .put("PSRemotingProtocolVersion", new PsVersion(2, 3)).put("SerializationVersion", new PsVersion(1, 1, 0, 1));
    }

    @Override
    public void invoke(PipelineRequest request, PipelineContext context) throws Exception {
        CommandData command = request.powerShell().commands().get(0);
        switch (command.command()) {
            case "Echo" -> {
                for (CommandParameter p : command.parameters()) {
                    context.writeOutput(p.value());
                }
                for (Iterator<Object> input = context.input(); input.hasNext();) {
                    context.writeOutput(input.next());
                }
            }
            case "Emit" -> emit(context, (Integer) parameter(command, "Count"), parameter(command, "Objects") != null);
            case "Streams" -> streams(context);
            case "Fail" -> throw new PipelineFailedException(ErrorRecordData.create(List.of("System.Management.Automation.RuntimeException",
                    "System.SystemException"), "Boom", "BoomId", 7, "", "", "", null));
            case "Crash" -> throw new IllegalStateException("The engine crashed");
            case "Loop" -> {
                for (int i = 0;; i++) {
                    context.writeOutput(i);
                    Thread.sleep(1);
                }
            }
            case "Wait" -> {
                while (!context.isStopping()) {
                    Thread.sleep(5);
                }
            }
            case "ReadLine" -> {
                context.hostCallVoid(HostMethodId.WRITE_LINE2, List.of("Type something:"));
                context.writeOutput(context.hostCall(HostMethodId.READ_LINE, List.of()));
            }
            default -> throw new PipelineFailedException(ErrorRecordData.create(COMMAND_NOT_FOUND, "The term '" + command.command()
                    + "' is not recognized as a name of a cmdlet, function, script file, or executable program.",
                    "CommandNotFoundException", 13, "", command.command(), "String", command.command()));
        }
    }

    private static void emit(PipelineContext context, int count, boolean objects) {
        for (int i = 0; i < count; i++) {
            if (objects) {
                context.writeOutput(new PsObjectData("System.Management.Automation.PSCustomObject", "System.Object")
                        .addExtended("Index", i).addExtended("Name", "item " + i));
            } else {
                context.writeOutput(i);
            }
        }
    }

    private static void streams(PipelineContext context) {
        context.writeOutput("output");
        context.writeError(ErrorRecordData.create(List.of("System.Exception"), "an error", "ErrorId", 0, "", "", "", null));
        context.writeWarning("a warning");
        context.writeVerbose("a verbose line");
        context.writeDebug("a debug line");
        context.writeProgress(new ProgressRecordMessage("Working", 1, "half", null, -1, 50, ProgressRecordType.PROCESSING, -1));
        context.writeInformation(InformationRecordMessage.create("information", "Write-Information", Instant.parse("2024-01-02T03:04:05Z"),
                List.of("tag"), "user", "host", 1, 2, 3));
    }

    private static Object parameter(CommandData command, String name) {
        for (CommandParameter p : command.parameters()) {
            if (name.equalsIgnoreCase(p.name())) {
                return p.value() == null ? Boolean.TRUE : p.value();
            }
        }
        return null;
    }

    /** A one-command pipeline, as the tests send it. */
    public static PowerShellData command(String name, CommandParameter... parameters) {
        return PowerShellData.of(List.of(CommandData.of(name, false, List.of(parameters))));
    }

    @Override
    public void close() {
    }
}
