package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MethodInvocationException;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.Streams;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PowerShell ({@code [powershell]::Create()}): commands and scripts added
 * with AddScript/AddCommand/AddParameter/AddArgument/AddStatement, run by Invoke() in a runspace of its
 * own, a Truffle inner context with a fresh session state (pwsh's new local runspace), kept until
 * Dispose(). Invoke() returns the output; the errors, warnings, verbose, debug and information records
 * are collected in Streams, and HadErrors tells whether there were errors. A script that does not parse
 * or a terminating error makes Invoke() throw, as pwsh's MethodInvocationException around the
 * ParseException or the error's exception.
 */
public final class PowerShell {
    private static final String SMA = "System.Management.Automation";
    private static final DotNetType OUTPUT_TYPE = CoreTypes.COLLECTION.makeGenericType(CoreTypes.PS_OBJECT);

    public static final DotNetType STREAMS_TYPE = CoreTypes.define(SMA, "PSDataStreams", DataStreams.class,
            b -> b.property("Error", CoreTypes.OBJECT, s -> ((DataStreams) s).error)
                    .property("Warning", CoreTypes.OBJECT, s -> ((DataStreams) s).warning)
                    .property("Verbose", CoreTypes.OBJECT, s -> ((DataStreams) s).verbose)
                    .property("Debug", CoreTypes.OBJECT, s -> ((DataStreams) s).debug)
                    .property("Information", CoreTypes.OBJECT, s -> ((DataStreams) s).information)
                    .method("ClearStreams", CoreTypes.VOID, (s, a) -> {
                        ((DataStreams) s).clear();
                        return AutomationNull.VALUE;
                    }));
    public static final DotNetType TYPE = CoreTypes.define(SMA, "PowerShell", PowerShell.class,
            PowerShell::defineMembers);

    static {
        CoreTypes.register(TYPE, "powershell");
        CoreTypes.register(STREAMS_TYPE);
    }

    /** The records of the streams other than output, as the last invocations wrote them. */
    public static final class DataStreams {
        private final List<Object> error = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> warning = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> verbose = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> debug = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> information = new org.jposh.interpreter.runtime.ArrayList();

        private Streams asStreams() {
            return new Streams(error::add, warning::add, verbose::add, debug::add, information::add);
        }

        private void clear() {
            error.clear();
            warning.clear();
            verbose.clear();
            debug.clear();
            information.clear();
        }
    }

    /** A command or script of a statement, with the arguments added for it. */
    private record PendingCommand(Object command, boolean isScript, boolean useLocalScope,
                                  List<CommandArgument> arguments) {
    }

    private final List<List<PendingCommand>> statements = new ArrayList<>();
    private final DataStreams streams = new DataStreams();
    private TruffleContext runspace;
    private boolean hadErrors;

    private PowerShell() {
        statements.add(new ArrayList<>());
    }

    /** A PowerShell whose commands are a script block's text, its arguments bound as the script's (GetPowerShell). */
    public static PowerShell forScriptBlock(ScriptBlock block, Object[] args) {
        PowerShell ps = new PowerShell();
        ps.addScript(block.toString(), false);
        for (Object arg : args) {
            ps.addArgument(arg);
        }
        return ps;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType string = CoreTypes.STRING;
        b.staticMethod("Create", TYPE, (t, a) -> new PowerShell());
        b.method("AddScript", TYPE, (t, a) -> ((PowerShell) t).addScript((String) a[0], false),
                param("script", string));
        b.method("AddScript", TYPE, (t, a) -> ((PowerShell) t).addScript((String) a[0], (Boolean) a[1]),
                param("script", string), param("useLocalScope", CoreTypes.BOOLEAN));
        b.method("AddCommand", TYPE, (t, a) -> ((PowerShell) t).addCommand((String) a[0]),
                param("command", string));
        b.method("AddParameter", TYPE, (t, a) -> ((PowerShell) t).addArgument(
                CommandArgument.parameter((String) a[0], null)), param("parameterName", string));
        b.method("AddParameter", TYPE, (t, a) -> ((PowerShell) t).addArgument(
                CommandArgument.named((String) a[0], a[1], null)), param("parameterName", string),
                param("value", CoreTypes.OBJECT));
        b.method("AddParameters", TYPE, (t, a) -> ((PowerShell) t).addParameters(PSObject.base(a[0])),
                param("parameters", CoreTypes.OBJECT));
        b.method("AddArgument", TYPE, (t, a) -> ((PowerShell) t).addArgument(a[0]), param("value", CoreTypes.OBJECT));
        b.method("AddStatement", TYPE, (t, a) -> ((PowerShell) t).addStatement());
        b.method("Invoke", OUTPUT_TYPE, (t, a) -> ((PowerShell) t).invoke());
        b.method("Dispose", CoreTypes.VOID, (t, a) -> {
            ((PowerShell) t).dispose();
            return AutomationNull.VALUE;
        });
        b.property("Streams", STREAMS_TYPE, t -> ((PowerShell) t).streams);
        b.property("HadErrors", CoreTypes.BOOLEAN, t -> ((PowerShell) t).hadErrors);
    }

    private PowerShell addScript(String script, boolean useLocalScope) {
        statements.getLast().add(new PendingCommand(script, true, useLocalScope, new ArrayList<>()));
        return this;
    }

    private PowerShell addCommand(String command) {
        statements.getLast().add(new PendingCommand(command, false, true, new ArrayList<>()));
        return this;
    }

    private PowerShell addArgument(Object value) {
        return addArgument(CommandArgument.positional(value, null));
    }

    private PowerShell addArgument(CommandArgument argument) {
        List<PendingCommand> statement = statements.getLast();
        if (statement.isEmpty()) {
            throw new MethodInvocationException("AddParameter", 1, ExceptionValue.of("InvalidOperationException",
                    "A command is required to add a parameter. A command must be added to the PowerShell instance "
                            + "before adding a parameter."));
        }
        statement.getLast().arguments().add(argument);
        return this;
    }

    private PowerShell addParameters(Object parameters) {
        if (parameters instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                addArgument(CommandArgument.named(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue(),
                        null));
            }
        } else {
            for (Object value : LanguagePrimitives.getEnumerable(parameters)) {
                addArgument(value);
            }
        }
        return this;
    }

    private PowerShell addStatement() {
        if (!statements.getLast().isEmpty()) {
            statements.add(new ArrayList<>());
        }
        return this;
    }

    @TruffleBoundary
    private GenericList invoke() {
        GenericList output = new GenericList(OUTPUT_TYPE);
        if (runspace == null) {
            runspace = PoshContext.get(null).env().newInnerContextBuilder(PoshLanguage.ID)
                    .initializeCreatorContext(true).inheritAllAccess(true).build();
        }
        ErrorRecord failure;
        Object previous = runspace.enter(null);
        try {
            failure = runStatements(PoshContext.get(null), value -> output.add(value == null ? null : PSObject.asPSObject(value)));
        } finally {
            runspace.leave(null, previous);
        }
        if (failure != null) {
            hadErrors = true;
            throw new MethodInvocationException("Invoke", 0, failure.exception());
        }
        return output;
    }

    /** Runs the statements in the entered runspace; returns the error that ended them, or null. */
    private ErrorRecord runStatements(PoshContext posh, Pipe output) {
        Streams previous = posh.setStreams(streams.asStreams());
        int errorsBefore = streams.error.size();
        try {
            for (List<PendingCommand> statement : statements) {
                if (!statement.isEmpty()) {
                    CommandProcessorBase[] processors = new CommandProcessorBase[statement.size()];
                    for (int i = 0; i < processors.length; i++) {
                        processors[i] = processor(posh, statement.get(i), i + 1);
                    }
                    CommandProcessorBase.runPipeline(processors, null, output);
                }
            }
            return null;
        } catch (PoshParseError e) {
            ExceptionValue parseException = new ExceptionValue(ExceptionTypes.forName("ParseException"),
                    e.error().message(), null);
            return new ErrorRecord(parseException, e.error().errorId(), ErrorCategory.ParserError, null);
        } catch (PoshException e) {
            return e.errorRecord();
        } catch (ExitException e) {
            return null;
        } finally {
            posh.setStreams(previous);
            hadErrors |= streams.error.size() > errorsBefore;
        }
    }

    private static CommandProcessorBase processor(PoshContext posh, PendingCommand command, int position) {
        CommandArgument[] arguments = command.arguments().toArray(CommandArgument[]::new);
        if (command.isScript()) {
            CompiledScriptBlock code = posh.language().parseScriptBlock(Source.newBuilder(PoshLanguage.ID,
                    (String) command.command(), "<ScriptBlock>").cached(false).build());
            return CommandDiscovery.createProcessor(posh, new ScriptBlock(code, posh.sessionState()),
                    !command.useLocalScope(), arguments, null, position, position > 1);
        }
        return CommandDiscovery.createProcessor(posh, command.command(), false, arguments, null, position,
                position > 1);
    }

    private void dispose() {
        if (runspace != null) {
            runspace.close();
            runspace = null;
        }
    }
}
