package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.CollectionEnumerator;
import org.jposh.interpreter.runtime.CommandOutputPipe;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PositionalSignature;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.ScriptInvocation;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.Streams;

/**
 * A function, filter or script block running as a command (PowerShell's DlrScriptCommandProcessor):
 * its scope, made when the command is, holds the bound parameters, {@code $args},
 * {@code $PSBoundParameters}, {@code $_} while processing an object and {@code $input}. The begin,
 * process and end blocks run in that scope; a block without named blocks is an end block that sees
 * all pipeline input in {@code $input} (a filter's is a process block).
 */
public final class ScriptCommandProcessor extends CommandProcessorBase {
    private static final Object[] NO_ARGS = new Object[0];
    private final PoshContext context;
    private final CompiledScriptBlock code;
    private final SessionStateScope scope;
    private final ParameterBinder binder;
    private final OrderedDictionary boundParameters;
    private final CommandMetadata metadata;
    private final Extent extent;
    /** Whether the command declares a parameter named input, whose value $input keeps (pwsh binds it into $input). */
    private final boolean inputIsParameter;
    private final CallTarget process;
    private final CallTarget end;
    private final List<Object> input = new ArrayList<>();
    private ScriptInvocation invocation;
    private Pipe output;
    /** The output before -OutVariable: records merged into the output (2>&1) bypass it, as in pwsh. */
    private Pipe rawOutput;
    private Pipe redirectedOutput;
    private Pipe errorOutput;
    /** What an advanced function's common parameters ask of its streams; null for a simple function. */
    private StreamPreferences preferences;
    /** A script file a command line ran (not the host's script): its {@code exit} ends only the script. */
    private boolean fromScriptFile;
    private boolean exitWasCalled;
    /** The redirections of the command's streams 2 to 6, applied to the session's streams while it runs. */
    private final List<StreamRedirection> streamRedirections = new ArrayList<>();

    private record StreamRedirection(int stream, Pipe pipe) {
    }

    private ScriptCommandProcessor(PoshContext context, ScriptBlock block, SessionStateScope scope,
                                   ParameterBinder binder, OrderedDictionary boundParameters, Extent extent) {
        super(context.pipelineDepth());
        this.context = context;
        this.code = block.code();
        this.scope = scope;
        this.binder = binder;
        this.metadata = code.metadata();
        this.extent = extent;
        this.boundParameters = boundParameters;
        this.process = block.isFilter() && code.process() == null ? code.end() : code.process();
        this.end = block.isFilter() && code.process() == null ? null : code.end();
        this.errorOutput = context.errorOutput();
        this.inputIsParameter = metadata != null && metadata.declares("input");
    }

    /**
     * Makes the command's scope and binds the command-line arguments into it; parameters left unbound
     * then get their defaults, in declaration order, so a default may use an earlier parameter.
     *
     * @throws org.jposh.interpreter.runtime.PoshException a parameter binding error
     */
    static ScriptCommandProcessor create(PoshContext context, ScriptBlock block, CommandArgument[] arguments,
                                         Extent extent, int pipelinePosition, boolean expectingInput,
                                         boolean useNewScope) {
        SessionStateScope scope = useNewScope
                ? new SessionStateScope(block.parentScopeForInvocation(), block.code().layout(), false)
                : context.sessionState().currentScope();
        return create(context, block, scope, useNewScope, arguments, extent, pipelinePosition, expectingInput);
    }

    /**
     * A block run in a new scope under {@code scope} (a module's, for {@code & $module { }}), or in {@code scope}
     * itself when dot-sourced.
     */
    public static ScriptCommandProcessor inScope(PoshContext context, ScriptBlock block, SessionStateScope scope,
                                                 boolean dotSource, CommandArgument[] arguments, Extent extent,
                                                 int pipelinePosition, boolean expectingInput) {
        SessionStateScope runIn = dotSource ? scope : new SessionStateScope(scope, block.code().layout(), false);
        return create(context, block, runIn, !dotSource, arguments, extent, pipelinePosition, expectingInput);
    }

    /**
     * A script file run as a command: its own script scope under the current scope, the arguments bound
     * to its {@code param} block or left in {@code $args}.
     */
    public static ScriptCommandProcessor forScript(PoshContext context, ScriptBlock script, CommandArgument[] arguments,
                                                   Extent extent, int pipelinePosition, boolean expectingInput) {
        SessionStateScope scope = new SessionStateScope(context.sessionState().currentScope(), script.code().layout(),
                true);
        return create(context, script, scope, true, arguments, extent, pipelinePosition, expectingInput);
    }

    /**
     * The script the host runs (jposh's script argument, pwsh's {@code -File}): a script file run as a command
     * that no script invoked, its invocation name the script's full path.
     */
    public static ScriptCommandProcessor forHostScript(PoshContext context, ExternalScriptInfo script,
                                                       CommandArgument[] arguments) {
        ScriptCommandProcessor processor = forScript(context, script.scriptBlock(), arguments, null, 1, false);
        processor.invocation = ScriptInvocation.byHost(script.path().toString(), processor.boundParameters,
                processor.scope.slots()[ScopeLayout.ARGS]);
        processor.invocation.setCommand(script);
        processor.scope.slots()[ScopeLayout.MY_INVOCATION] = processor.invocation;
        return processor;
    }

    /**
     * Runs a module's script (a .psm1 file, New-Module's block) as pwsh runs a module in its own session
     * state: in a new script scope under the global one, which it returns; the module's functions and
     * variables live there. Its output goes to {@code output}; {@code beforeRun} is given the scope before the
     * script runs in it.
     */
    public static SessionStateScope runModule(PoshContext context, ScriptBlock script, CommandArgument[] arguments,
                                              Pipe output, Consumer<SessionStateScope> beforeRun) {
        SessionStateScope scope = new SessionStateScope(context.sessionState().global(), script.code().layout(), true);
        scope.isolateStrictMode();
        scope.markModuleScope();
        beforeRun.accept(scope);
        ScriptCommandProcessor processor = create(context, script, scope, true, arguments, null, 1, false);
        runPipeline(new CommandProcessorBase[] {processor}, null, output);
        return scope;
    }

    private static ScriptCommandProcessor create(PoshContext context, ScriptBlock block, SessionStateScope scope,
                                                 boolean ownScope, CommandArgument[] arguments, Extent extent,
                                                 int pipelinePosition, boolean expectingInput) {
        CompiledScriptBlock code = block.code();
        code.checkMetadata();
        VariableTarget target = new VariableTarget(scope, code);
        InvocationInfo invocation = new InvocationInfo(code.metadata(), pipelinePosition, expectingInput);
        SessionBindingServices services = new SessionBindingServices(context, code.metadata(), extent);
        OrderedDictionary boundParameters = new OrderedDictionary();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) (Map<?, ?>) boundParameters;
        ParameterBinder binder;
        Object[] args;
        try {
            if (code.cmdletBinding()) {
                binder = new ParameterBinder(invocation, target, services, record);
                if (code.dynamicParam() != null) {
                    binder.setDynamicParameterSource(() -> dynamicParameters(code, scope, boundParameters));
                }
                binder.bindCommandLine(Arrays.asList(arguments));
                args = new Object[0];
            } else {
                binder = ParameterBinder.forSimpleFunction(invocation, target, services, record);
                args = binder.bindSimpleCommandLine(Arrays.asList(arguments)).toArray();
            }
        } catch (ParameterBindingException e) {
            throw e.toPoshException(code.metadata(), extent);
        }
        ScriptCommandProcessor processor = new ScriptCommandProcessor(context, block, scope, binder, boundParameters,
                extent);
        if (code.cmdletBinding()) {
            processor.preferences = new StreamPreferences(binder.commonParameters(),
                    context.sessionState().currentScope());
            if (services.warningsContinue()) {
                processor.preferences.continueAll("WarningPreference");
            }
            if (ownScope) {
                scope.slots()[ScopeLayout.PS_CMDLET] = new ScriptCmdlet(processor);
                setPreferenceVariables(scope, binder.commonParameters());
            }
        }
        if (ownScope) {
            scope.slots()[ScopeLayout.ARGS] = args;
            scope.slots()[ScopeLayout.PS_BOUND_PARAMETERS] = processor.boundParameters;
        } else if (args.length > 0) {
            // A dot-sourced block given arguments (. { $args } 1 2, a remote session's script) sees them too.
            scope.slots()[ScopeLayout.ARGS] = args;
        }
        if (extent != null) {
            processor.invocation = new ScriptInvocation(extent, pipelinePosition, expectingInput,
                    processor.boundParameters, args);
            scope.slots()[ScopeLayout.MY_INVOCATION] = processor.invocation;
        }
        if (!ownScope) {
            clearUnboundParameters(code, scope, boundParameters);
        }
        if (leavesParametersUnbound(code, scope)) {
            processor.run(code.parameterDefaults(), null);
        }
        return processor;
    }

    /**
     * A dot-sourced block's parameters are variables of the caller's scope, and pwsh gives those the binder left
     * unbound their defaults ($null when none) there too: {@code $x = 5; . { param($x) }} leaves $x $null. So
     * the caller's values of the unbound ones go, for the block's defaults to give them theirs.
     */
    private static void clearUnboundParameters(CompiledScriptBlock code, SessionStateScope scope,
                                               OrderedDictionary boundParameters) {
        if (code.parameterSlots() == null) {
            return;
        }
        for (String name : code.parameterSlots().names()) {
            if (!boundParameters.containsKey(name)) {
                scope.remove(name);
            }
        }
    }

    /**
     * Whether the block's defaults have anything to give: the binder left one of its parameters without a
     * value. Checked here because a call that binds them all (most calls of a small function) then skips
     * a call into the defaults' call target.
     */
    private static boolean leavesParametersUnbound(CompiledScriptBlock code, SessionStateScope scope) {
        if (code.parameterDefaults() == null) {
            return false;
        }
        // A dot-sourced block's parameters are variables of the caller's scope, which its defaults find by name.
        if (scope.layout() != code.layout()) {
            return true;
        }
        Object[] slots = scope.slots();
        for (int slot : code.parameterSlots().slots()) {
            if (slots[slot] == SessionStateScope.UNSET) {
                return true;
            }
        }
        return false;
    }

    /**
     * The common parameters given become the function's own preference variables, so the commands it calls
     * inherit them, as pwsh's SetPreferenceVariables: -Debug and -Verbose $DebugPreference and $VerbosePreference
     * (Continue, or SilentlyContinue for -Debug:$false), -ErrorAction, -WarningAction, -InformationAction and
     * -ProgressAction their preferences, -WhatIf $WhatIfPreference, -Confirm $ConfirmPreference (Low, or None for
     * -Confirm:$false).
     */
    private static void setPreferenceVariables(SessionStateScope scope, CommonParameters common) {
        setSwitchPreference(scope, "DebugPreference", common.debug());
        setSwitchPreference(scope, "VerbosePreference", common.verbose());
        setActionPreference(scope, "ErrorActionPreference", common.errorAction());
        setActionPreference(scope, "WarningPreference", common.warningAction());
        setActionPreference(scope, "InformationPreference", common.informationAction());
        setActionPreference(scope, "ProgressPreference", common.progressAction());
        if (common.whatIf() != null) {
            scope.set("WhatIfPreference", common.whatIf());
        }
        if (common.confirm() != null) {
            scope.set("ConfirmPreference", (common.confirm() ? ConfirmImpact.Low : ConfirmImpact.None).value());
        }
    }

    private static void setSwitchPreference(SessionStateScope scope, String variable, Boolean on) {
        if (on != null) {
            scope.set(variable, (on ? ActionPreference.Continue : ActionPreference.SilentlyContinue).value());
        }
    }

    private static void setActionPreference(SessionStateScope scope, String variable, ActionPreference given) {
        if (given != null) {
            scope.set(variable, given.value());
        }
    }

    /**
     * Runs the {@code dynamicparam} block in the function's scope, its parameters bound so far in their
     * variables and in $PSBoundParameters ({@code bound}), as pwsh's GetDynamicParameters: it returns nothing, or a
     * RuntimeDefinedParameterDictionary (an object of another kind declares no parameters).
     *
     * @throws PSRuntimeException DynamicParametersWrongType when it returns several objects
     */
    /**
     * An advanced function's or script's parameters with the dynamic ones its dynamicparam block gives
     * for {@code arguments} (bound in a scope of their own, see {@link ParameterBinder#bindForCompletion}).
     */
    static CommandMetadata metadataForArguments(ScriptBlock block, List<CommandArgument> arguments) {
        CompiledScriptBlock code = block.code();
        if (code.metadata() == null || !code.cmdletBinding() || code.dynamicParam() == null) {
            return code.metadata();
        }
        SessionStateScope scope = new SessionStateScope(block.parentScopeForInvocation(), code.layout(), false);
        OrderedDictionary boundParameters = new OrderedDictionary();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) (Map<?, ?>) boundParameters;
        SessionBindingServices services = new SessionBindingServices(PoshContext.get(null), code.metadata(), null);
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(code.metadata(), 1, false),
                new VariableTarget(scope, code), services, record);
        binder.setDynamicParameterSource(() -> dynamicParameters(code, scope, boundParameters));
        return binder.bindForCompletion(arguments);
    }

    static Object dynamicParameters(CompiledScriptBlock code, SessionStateScope scope, OrderedDictionary bound) {
        scope.slots()[ScopeLayout.PS_BOUND_PARAMETERS] = bound;
        CollectingPipe output = new CollectingPipe();
        ScriptBlockRootNode.call(code.dynamicParam(), ScriptBlockRootNode.arguments(scope, output));
        Object[] results = output.toArray();
        if (results.length > 1) {
            throw new PSRuntimeException("DynamicParametersWrongType", ErrorCategory.InvalidOperation, "Object \""
                    + LanguagePrimitives.toStringValue(results) + "\" is the wrong type to return from the dynamicparam "
                    + "block. The dynamicparam block must return either $null, or an object with type "
                    + "[System.Management.Automation.RuntimeDefinedParameterDictionary].");
        }
        return results.length == 1 && PSObject.base(results[0]) instanceof RuntimeDefinedParameterDictionary dictionary
                ? dictionary : null;
    }

    /** Names the command this invocation ran ($MyInvocation.MyCommand): the function or script discovery found. */
    void setCommand(CommandInfo command) {
        if (invocation != null) {
            invocation.setCommand(command);
        }
    }

    /**
     * Runs a script block from Java (ScriptBlock.Invoke and what cmdlets call): the arguments bind
     * positionally, {@code $_} and {@code $this} are set when given, and all its blocks run. Run in the
     * current scope, the block leaves {@code $_} as it found it.
     */
    @TruffleBoundary
    public static void invoke(ScriptBlock block, boolean useNewScope, Object dollarThis, Object dollarUnder,
                              Object[] args, Pipe output) {
        if (useNewScope && invokePositionally(block, dollarThis, dollarUnder, args, output)) {
            return;
        }
        if (!useNewScope && invokeDotSourcedWithoutArguments(block, dollarThis, dollarUnder, args, output)) {
            return;
        }
        PoshContext context = PoshContext.get(null);
        CommandArgument[] arguments = new CommandArgument[args == null ? 0 : args.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = CommandArgument.positional(args[i], null);
        }
        ScriptCommandProcessor processor = create(context, block, arguments, null, 1, false, useNewScope);
        Object[] slots = processor.scope.slots();
        Object[] saved = setItems(slots, dollarUnder, dollarThis);
        try {
            processor.setOutput(output);
            processor.begin();
            processor.processWithoutInput();
            processor.end();
        } finally {
            processor.clean();
            if (!useNewScope) {
                restoreItems(slots, saved);
            }
        }
    }

    /** Puts {@code $_} and {@code $this} (those given) in the slots; returns what the two held, for {@link #restoreItems}. */
    private static Object[] setItems(Object[] slots, Object dollarUnder, Object dollarThis) {
        Object[] saved = {slots[ScopeLayout.DOLLAR_UNDER], slots[ScopeLayout.THIS]};
        putItems(slots, dollarUnder, dollarThis);
        return saved;
    }

    /** Puts {@code $_} and {@code $this} in the slots, those given. */
    private static void putItems(Object[] slots, Object dollarUnder, Object dollarThis) {
        if (dollarUnder != null) {
            slots[ScopeLayout.DOLLAR_UNDER] = SessionStateScope.slotValue("_", dollarUnder);
        }
        if (dollarThis != null) {
            slots[ScopeLayout.THIS] = SessionStateScope.slotValue("this", dollarThis);
        }
    }

    private static void restoreItems(Object[] slots, Object[] saved) {
        slots[ScopeLayout.DOLLAR_UNDER] = saved[0];
        slots[ScopeLayout.THIS] = saved[1];
    }

    /**
     * The fast path of {@link #invoke} for what ForEach-Object and Where-Object run per object: a block
     * without parameters dot-sourced without arguments has nothing to bind, so its blocks run at once in
     * the current scope, as the general path would run them ($input empty, $_ and $this put back after).
     */
    private static boolean invokeDotSourcedWithoutArguments(ScriptBlock block, Object dollarThis, Object dollarUnder,
                                                            Object[] args, Pipe output) {
        CompiledScriptBlock code = block.code();
        if (args != null && args.length > 0 || code.cmdletBinding() || code.parameterDefaults() != null
                || code.metadata() != null && !code.metadata().parameters().isEmpty()) {
            return false;
        }
        SessionStateScope scope = PoshContext.get(null).sessionState().currentScope();
        Object[] slots = scope.slots();
        Object[] saved = setItems(slots, dollarUnder, dollarThis);
        boolean filterWithoutProcess = block.isFilter() && code.process() == null;
        CallTarget process = filterWithoutProcess ? code.end() : code.process();
        CallTarget end = filterWithoutProcess ? null : code.end();
        try {
            callIfPresent(code.begin(), scope, output);
            slots[ScopeLayout.INPUT] = noInput();
            callIfPresent(process, scope, output);
            slots[ScopeLayout.INPUT] = noInput();
            callIfPresent(end, scope, output);
        } finally {
            try {
                callIfPresent(code.clean(), scope, DISCARD);
            } finally {
                restoreItems(slots, saved);
            }
        }
        return true;
    }

    private static void callIfPresent(CallTarget block, SessionStateScope scope, Pipe output) {
        if (block != null) {
            ScriptBlockRootNode.call(block, ScriptBlockRootNode.arguments(scope, output));
        }
    }

    /**
     * The fast path of {@link #invoke} for blocks with a {@link PositionalSignature} (a comparison or a
     * filter called millions of times): binds directly and calls the end block; false when it does not apply.
     */
    private static boolean invokePositionally(ScriptBlock block, Object dollarThis, Object dollarUnder, Object[] args,
                                              Pipe output) {
        if (block.code().positionalSignature() == null) {
            return false;
        }
        Object[] callArguments = bindPositionally(block, args == null ? NO_ARGS : args, dollarThis, dollarUnder, output);
        if (callArguments == null) {
            return false;
        }
        ScriptBlockRootNode.callFunction(block.code().end(), callArguments);
        return true;
    }

    /**
     * Prepares a call of the end block of a block with a {@link PositionalSignature}, as the binder would
     * bind positional arguments to it: a new scope with the parameters bound to the values in order
     * (converted to their types, the rest in {@code $args}), {@code $_} and {@code $this} when given, and
     * the unbound parameters' defaults. Returns the arguments to call the end block with; null when a
     * value does not convert, whose error the general binder reports.
     */
    public static Object[] bindPositionally(ScriptBlock block, Object[] values, Object dollarThis, Object dollarUnder,
                                            Pipe output) {
        CompiledScriptBlock code = block.code();
        PositionalSignature signature = code.positionalSignature();
        SessionStateScope scope = new SessionStateScope(block.parentScopeForInvocation(), code.layout(), false);
        Object[] slots = scope.slots();
        int bound = Math.min(values.length, signature.count());
        try {
            for (int i = 0; i < bound; i++) {
                scope.bindParameter(signature.slots()[i], signature.names()[i], signature.types()[i], values[i]);
            }
        } catch (PSRuntimeException e) {
            return null;
        }
        completePositionalScope(slots, values.length > bound ? Arrays.copyOfRange(values, bound, values.length) : NO_ARGS);
        putItems(slots, dollarUnder, dollarThis);
        Object[] callArguments = ScriptBlockRootNode.arguments(scope, output);
        if (code.parameterDefaults() != null && values.length < signature.count()) {
            ScriptBlockRootNode.call(code.parameterDefaults(), callArguments);
        }
        return callArguments;
    }

    /** Gives a scope its parameters were bound in positionally what the binder would: the surplus values in $args, no $input. */
    public static void completePositionalScope(Object[] slots, Object[] surplus) {
        slots[ScopeLayout.ARGS] = surplus;
        slots[ScopeLayout.INPUT] = noInput();
    }

    @Override
    public void setOutput(Pipe output) {
        this.rawOutput = redirectedOutput != null ? redirectedOutput : output;
        this.output = preferences != null ? preferences.output(rawOutput) : rawOutput;
    }

    /** The pipe the command's output goes to ($PSCmdlet.WriteObject writes there). */
    Pipe output() {
        return output;
    }

    /** Whether pipeline input reaches the command ($MyInvocation.ExpectingInput). */
    boolean expectingInput() {
        return invocation != null && invocation.expectingInput();
    }

    ParameterBinder binder() {
        return binder;
    }

    CommandMetadata metadata() {
        return metadata;
    }

    Extent extent() {
        return extent;
    }

    PoshContext context() {
        return context;
    }

    SessionStateScope scope() {
        return scope;
    }

    StreamPreferences preferences() {
        return preferences;
    }

    @Override
    public void redirectOutput(Pipe output) {
        redirectedOutput = output;
    }

    @Override
    public void redirectStream(int stream, Pipe pipe) {
        streamRedirections.add(new StreamRedirection(stream, pipe));
    }

    @Override
    public void mergeStreamIntoOutput(int stream) {
        streamRedirections.add(new StreamRedirection(stream, null));
    }

    @Override
    public void setErrorOutput(Pipe errors) {
        this.errorOutput = errors;
    }

    @Override
    @TruffleBoundary
    public void begin() {
        if (code.begin() != null) {
            setInput(noInput());
        }
        run(code.begin(), output);
    }

    /** Where the clean block's output goes: nowhere. */
    private static final Pipe DISCARD = value -> { };

    /** Sets {@code $input} for a block, unless the command has a parameter of that name, whose value it keeps. */
    private void setInput(CollectionEnumerator enumerator) {
        if (!inputIsParameter) {
            scope.slots()[ScopeLayout.INPUT] = enumerator;
        }
    }

    /** {@code $input} where there is none (begin, a block run without pipeline input): an empty enumerator. */
    private static CollectionEnumerator noInput() {
        return CollectionEnumerator.ofInput(List.of());
    }

    @Override
    @TruffleBoundary
    public void process(Object inputObject) {
        if (code.cmdletBinding()) {
            try {
                binder.bindPipelineObject(inputObject);
            } catch (ParameterBindingException e) {
                bindingErrorOutput().write(e.toErrorRecord(metadata, inputObject, extent));
                return;
            }
        }
        if (process == null) {
            input.add(inputObject);
            return;
        }
        Object[] slots = scope.slots();
        slots[ScopeLayout.DOLLAR_UNDER] = SessionStateScope.slotValue("_", inputObject);
        setInput(CollectionEnumerator.ofInput(Collections.singletonList(inputObject)));
        run(process, output);
    }

    @Override
    @TruffleBoundary
    public void processWithoutInput() {
        if (process != null) {
            setInput(noInput());
            run(process, output);
        }
    }

    @Override
    @TruffleBoundary
    public void end() {
        if (end != null) {
            setInput(CollectionEnumerator.ofInput(input));
            run(end, output);
        }
    }

    /** The clean block runs however the pipeline ended, and writes nothing to it (pwsh's CleanResource). */
    @Override
    @TruffleBoundary
    public void clean() {
        run(code.clean(), DISCARD);
    }

    /**
     * Marks the processor as running a script file for a command line: {@code exit N} in it ends the script
     * only, sets $LASTEXITCODE to N (a failure for $? when not 0), and the caller goes on, as in pwsh.
     */
    ScriptCommandProcessor fromScriptFile() {
        fromScriptFile = true;
        return this;
    }

    private void run(CallTarget block, Pipe pipe) {
        if (block == null || exitWasCalled) {
            return;
        }
        try {
            runBlock(block, pipe);
        } catch (PoshException e) {
            throw e.severity() == PoshException.Severity.COMMAND_STOPPED ? e.leavingCommand() : e;
        } catch (ExitException e) {
            if (!fromScriptFile) {
                throw e;
            }
            exitWasCalled = true;
            context.sessionState().global().set("LASTEXITCODE", e.exitCode());
            if (e.exitCode() != 0) {
                failPipeline(context);
                context.setLastStatementSucceeded(false);
            }
        }
    }

    private void runBlock(CallTarget block, Pipe pipe) {
        Pipe blockOutput = pipe == null ? value -> { } : pipe;
        // -ErrorVariable keeps the errors recorded by the commands that write into the function's output
        // (see CommandOutputPipe), the function's own statements too.
        org.jposh.interpreter.runtime.ArrayList errorVariable = preferences == null ? null : preferences.errorVariable();
        if (streamRedirections.isEmpty()) {
            Pipe own = errorVariable == null ? blockOutput : new CommandOutputPipe(blockOutput, blockOutput, errorVariable);
            ScriptBlockRootNode.call(block, ScriptBlockRootNode.arguments(scope, own));
            return;
        }
        Streams previous = context.streams();
        Streams redirected = redirected(previous, pipe == output && rawOutput != null ? rawOutput : blockOutput);
        Streams own = redirected;
        // The commands downstream run with the pipeline's streams, not this command's redirections.
        Pipe downstream = new CommandOutputPipe(value -> {
            context.setStreams(previous);
            try {
                blockOutput.write(value);
            } finally {
                context.setStreams(own);
            }
        }, blockOutput, errorVariable);
        context.setStreams(redirected);
        try {
            ScriptBlockRootNode.call(block, ScriptBlockRootNode.arguments(scope, downstream));
        } finally {
            context.setStreams(previous);
        }
    }

    /** The streams as this command's redirections change them, {@code mergeTarget} taking those merged into output. */
    private Streams redirected(Streams streams, Pipe mergeTarget) {
        for (StreamRedirection redirection : streamRedirections) {
            streams = streams.with(redirection.stream(), redirection.pipe() == null ? mergeTarget : redirection.pipe());
        }
        return streams;
    }

    /** Where an input object's binding error goes: the command's error stream, through its redirections ({@code 2>&1}). */
    private Pipe bindingErrorOutput() {
        if (streamRedirections.isEmpty()) {
            return errorOutput;
        }
        Streams streams = context.streams().with(2, errorOutput);
        Pipe mergeTarget = rawOutput != null ? rawOutput : output;
        return redirected(streams, mergeTarget != null ? mergeTarget : DISCARD).error();
    }

    /**
     * Bound parameters become variables of the command's scope, typed ones constrained to their type and
     * validated ones keeping their validations: in their slots when the scope is the function's own, by
     * name when a dot-sourced block binds into the caller's scope.
     */
    private record VariableTarget(SessionStateScope scope, CompiledScriptBlock code) implements BindingTarget {
        @Override
        public void setValue(ParameterMetadata parameter, Object value) {
            PositionalSignature parameters = code.parameterSlots();
            int index = parameter.index();
            int slot = scope.layout() == code.layout() ? parameters.slots()[index] : -1;
            scope.bindParameter(slot, parameter.name(), parameters.types()[index], value);
            if (!parameter.validations().isEmpty()) {
                // later assignments in the body are checked too: $x = 10 fails [ValidateRange(1,5)]$x
                scope.getLocalVariable(parameter.name()).useParameterValidations(parameter.validations());
            }
        }

        /** A switch's variable, and so $PSBoundParameters, holds a SwitchParameter, as in pwsh. */
        @Override
        public Object boundValue(ParameterMetadata parameter, Object value) {
            return parameter.isSwitch() ? LanguagePrimitives.convertTo(value, CoreTypes.SWITCH_PARAMETER) : value;
        }

        @Override
        public Object getValue(ParameterMetadata parameter) {
            Object value = scope.layout() == code.layout()
                    ? SessionStateScope.valueOf(scope.slots()[code.parameterSlots().slots()[parameter.index()]])
                    : scope.getLocal(parameter.name());
            return value == SessionStateScope.UNSET ? null : value;
        }
    }
}
