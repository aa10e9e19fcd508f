package org.jposh.remoting.bridge;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.Streams;
import org.jposh.interpreter.runtime.UsingExpressions;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.server.PipelineContext;
import org.jposh.remoting.server.PipelineExecutor;
import org.jposh.remoting.server.PipelineFailedException;
import org.jposh.remoting.server.PipelineRequest;
import org.jposh.remoting.server.PipelineStoppedException;

/**
 * The interpreter as the engine of a server runspace pool: one {@link Runspace} per pool, so that
 * variables stay from one pipeline to the next as in a PSSession. Each CREATE_PIPELINE runs there on
 * the server's thread: a script text when its command is a script, otherwise its commands as one
 * pipeline with their parameters; the pipeline input feeds it. Output objects go back serialized at
 * pwsh's remoting depth, error records as ERROR_RECORD, warnings, verbose and debug messages (those
 * the server's preferences let through) and information records as theirs, each as it is produced;
 * a terminating error fails the pipeline with its record. The runspace's host is a
 * {@link ServerRemoteHost}: Write-Host, Write-Progress, prompts and $Host.UI reach the client.
 *
 * <p>A client's stop reaches the interpreter two ways: writes throw the server's
 * PipelineStoppedException, and a pipeline that does not write is stopped at its next safepoint
 * (checked every {@value #STOP_POLL_MILLIS} ms).
 */
public final class InterpreterExecutor implements PipelineExecutor {
    private static final long STOP_POLL_MILLIS = 50;

    /**
     * Opens one runspace per pool. The host's text (Write-Host and the like) goes to {@code hostText},
     * which must not be a stream carrying the protocol.
     */
    public static Factory factory(OutputStream hostText) {
        return request -> {
            ServerRemoteHost host = new ServerRemoteHost();
            return new InterpreterExecutor(Runspace.open(host, hostText, hostText), host);
        };
    }

    private final Runspace runspace;
    private final ServerRemoteHost host;
    private final ScheduledExecutorService stopWatch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jposh-stop-watch");
        t.setDaemon(true);
        return t;
    });

    private InterpreterExecutor(Runspace runspace, ServerRemoteHost host) {
        this.runspace = runspace;
        this.host = host;
    }

    @Override
    public PsDictionary versionTable() {
        return new PsDictionary()
                .put("PSVersion", PsVersion.parse(PoshLanguage.POWERSHELL_VERSION))
                .put("PSEdition", "Core")
                .put("PSRemotingProtocolVersion", new PsVersion(2, 3))
                .put("SerializationVersion", new PsVersion(1, 1, 0, 1));
    }

    @Override
    public void invoke(PipelineRequest request, PipelineContext context) throws Exception {
        List<CommandData> commands = request.powerShell().commands();
        SecureStringCipher cipher = cipher(context);
        Iterator<Object> input = request.noInput() ? null : deserialized(context.input(), cipher);
        ScheduledFuture<?> watch = stopWatch.scheduleWithFixedDelay(() -> {
            if (context.isStopping()) {
                runspace.stop();
            }
        }, STOP_POLL_MILLIS, STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
        host.attach(context);
        try {
            run(commands, input, context, cipher);
        } catch (PoshException e) {
            throw new PipelineFailedException(PsObjectBridge.errorRecord(e.errorRecord()));
        } catch (PoshParseError e) {
            throw new PipelineFailedException(PsObjectBridge.errorRecord(e.errorRecord()));
        } catch (org.jposh.interpreter.runtime.PipelineStoppedException e) {
            throw new PipelineStoppedException();
        } finally {
            host.attach(null);
            watch.cancel(false);
        }
    }

    private void run(List<CommandData> commands, Iterator<Object> input, PipelineContext context,
                     SecureStringCipher cipher) throws PipelineFailedException {
        org.jposh.interpreter.runtime.Pipe output = value ->
                context.writeOutput(PsObjectBridge.serialize(value, ClixmlWriter.REMOTING_DEPTH, cipher));
        Streams streams = new Streams(
                error -> context.writeError(PsObjectBridge.errorRecord((ErrorRecord) error)),
                warning -> context.writeWarning(((InformationalRecord) warning).message()),
                verbose -> context.writeVerbose(((InformationalRecord) verbose).message()),
                debug -> context.writeDebug(((InformationalRecord) debug).message()),
                information -> context.writeInformation(informationRecord((InformationRecord) information)));
        if (commands.size() == 1 && commands.getFirst().isScript()) {
            CommandData script = commands.getFirst();
            runspace.invokeScript(script.command(), "<remote>",
                    arguments(withoutUsingValues(script.parameters()), cipher), usingValues(script.parameters(), cipher),
                    input, output, streams);
            return;
        }
        List<Runspace.Command> pipeline = new ArrayList<>(commands.size());
        for (CommandData c : commands) {
            if (c.isScript()) {
                throw new PipelineFailedException(PsObjectBridge.errorRecord(new ErrorRecord(
                        "A script can only be the only command of a remote pipeline in JPosh for now.",
                        "ScriptInPipelineNotSupported", org.jposh.interpreter.runtime.ErrorCategory.NotImplemented,
                        null, null, "NotSupportedException", null)));
            }
            pipeline.add(new Runspace.Command(c.command(), arguments(c.parameters(), cipher)));
        }
        runspace.invokeCommands(pipeline, input, output, streams);
    }

    /** A Write-Information record as pwsh's server sends it: its data serialized, its source and tags. */
    private static InformationRecordMessage informationRecord(InformationRecord record) {
        return ServerRemoteHost.informationRecord(PsObjectBridge.serialize(record.messageData(), ClixmlWriter.REMOTING_DEPTH),
                record.source(), record.tags());
    }

    /** Named parameters bind by name (a switch arrives as its value, true or false), the rest by position. */
    private static List<CommandArgument> arguments(List<CommandParameter> parameters, SecureStringCipher cipher) {
        List<CommandArgument> arguments = new ArrayList<>(parameters.size());
        for (CommandParameter p : parameters) {
            Object value = PsObjectBridge.deserialize(p.value(), cipher);
            arguments.add(p.name() == null ? CommandArgument.positional(value, null)
                    : CommandArgument.named(p.name(), value, null));
        }
        return arguments;
    }

    /** Invoke-Command's {@code $using:} values: the dictionary pwsh sends as the script's {@code --%} parameter. */
    private static Map<String, Object> usingValues(List<CommandParameter> parameters, SecureStringCipher cipher) {
        for (CommandParameter p : parameters) {
            if (UsingExpressions.PARAMETER_NAME.equals(p.name())
                    && PSObject.base(PsObjectBridge.deserialize(p.value(), cipher)) instanceof Map<?, ?> values) {
                Map<String, Object> byKey = new HashMap<>();
                values.forEach((key, value) -> byKey.put(String.valueOf(key), value));
                return byKey;
            }
        }
        return null;
    }

    private static List<CommandParameter> withoutUsingValues(List<CommandParameter> parameters) {
        return parameters.stream().filter(p -> !UsingExpressions.PARAMETER_NAME.equals(p.name())).toList();
    }

    /** The pipeline's SecureStrings go with the session key, which the server asks for when it has none. */
    private static SecureStringCipher cipher(PipelineContext context) {
        return new SecureStringCipher() {
            @Override
            public PsSecureString encrypt(char[] chars) {
                return context.encrypt(chars);
            }

            @Override
            public char[] decrypt(PsSecureString secure) {
                return context.decrypt(secure);
            }
        };
    }

    private static Iterator<Object> deserialized(Iterator<Object> input, SecureStringCipher cipher) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Object next() {
                return PsObjectBridge.deserialize(input.next(), cipher);
            }
        };
    }

    @Override
    public void close() {
        stopWatch.shutdownNow();
        runspace.close();
    }
}
