package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.CommandMetadata.ALL_SETS;
import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.host.FieldDescription;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.GenericSet;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;

/**
 * Binds a command's arguments and pipeline input to its parameters exactly as PowerShell does (binder
 * spec, /work/shared/spec/binder.md; PowerShell's CmdletParameterBinderController and
 * ParameterBinderController, whose structure this class follows so that the two can be compared).
 *
 * <p>One binder serves one command invocation: {@link #bindCommandLine} once, then
 * {@link #bindPipelineObject} for each input object. Parameter sets are bit masks: every named set of
 * the command has a bit, {@code sets.current} holds the sets still possible and starts as
 * {@link CommandMetadata#ALL_SETS}, meaning "not narrowed yet".
 */
public final class ParameterBinder {
    private static final int SHOULD_COERCE_TYPE = 1;
    private static final int DELAY_BIND_SCRIPT_BLOCK = 2;
    private static final int THROW_ON_PARAMETER_NOT_FOUND = 4;

    private final InvocationInfo invocation;
    /** The command's parameters; once its dynamic parameters are known, those too. */
    private CommandMetadata command;
    private final boolean cmdletBinding;
    private final BindingTarget declaredTarget;
    private final BindingServices services;
    private final CommonParameters commonParameters = new CommonParameters();
    private final BindingTarget commonTarget = BindingTarget.fieldsOf(commonParameters);
    /** -IncludeTotalCount, -Skip and -First of a command that supports paging; made when first needed. */
    private PagingParameters pagingParameters;
    private BindingTarget pagingTarget;
    private final Map<String, Object> boundParameters;
    private final Set<String> boundPositionally = new HashSet<>();
    private final ParameterValueBinder valueBinder;
    /** Gives the command's dynamic parameters once its own are bound; null for commands without any. */
    private Supplier<Object> dynamicParameterSource;
    /** Where the dynamic parameters' values go; null until they are known. */
    private BindingTarget dynamicTarget;

    private final List<ParameterMetadata> unboundParameters;
    /** The unbound parameters that take pipeline input in some set, in the same order: what each input object tries. */
    private final List<ParameterMetadata> unboundPipelineParameters;
    private boolean[] bound;
    /** The arguments not bound yet; made by the command-line binding each binder does once. */
    private List<CommandArgument> unboundArguments;
    private ParameterBindingException positionalBindingException;

    private final ParameterSetState sets;
    private final MissingMandatoryParameters missingMandatoryParameters;

    /** $PSDefaultParameterValues as it applies to this command; null when the caller has none. */
    private DefaultParameterValues psDefaultParameterValues;
    /** The defaults for this command's parameters; null when there are none or they are disabled. */
    private Map<ParameterMetadata, Object> allDefaultParameterValuePairs;
    private boolean defaultParameterBindingInUse;
    private final Set<String> boundDefaultParameters = new LinkedHashSet<>();

    private final Map<ParameterMetadata, CommandArgument> delayBindScriptBlocks = new LinkedHashMap<>();
    /** What marks a parameter whose value before pipeline binding is not saved yet. */
    private static final Object NOT_SAVED = new Object();
    /**
     * The values parameters had before pipeline input bound them, by parameter index, to restore per
     * object; null until pipeline input binds a parameter.
     */
    private Object[] defaultParameterValues;
    private final List<ParameterMetadata> parametersBoundThroughPipelineInput = new ArrayList<>();
    /** The pass (0 to 3) in which the last input object bound a parameter. */
    private int pipelineBindingPass;
    /**
     * Whether the next input object may first try the parameter the last one bound, as that one did: see
     * {@link #bindLikeLastObject}.
     */
    private boolean bindLikeLastObject;

    /**
     * A binder for a cmdlet or an advanced function.
     *
     * @param declaredTarget where the command's own parameters go; the common parameters go to
     *                       {@link #commonParameters()}
     */
    public ParameterBinder(InvocationInfo invocation, BindingTarget declaredTarget, BindingServices services) {
        this(invocation, declaredTarget, services, true, new LinkedHashMap<>());
    }

    /**
     * A binder for an advanced function, recording what it binds in {@code boundParameters}: the
     * function's $PSBoundParameters, which is the binder's own record in pwsh too.
     */
    public ParameterBinder(InvocationInfo invocation, BindingTarget declaredTarget, BindingServices services,
                           Map<String, Object> boundParameters) {
        this(invocation, declaredTarget, services, true, boundParameters);
    }

    private ParameterBinder(InvocationInfo invocation, BindingTarget declaredTarget, BindingServices services,
                            boolean cmdletBinding, Map<String, Object> boundParameters) {
        this.invocation = invocation;
        this.boundParameters = boundParameters;
        this.command = invocation.command();
        this.cmdletBinding = cmdletBinding;
        this.declaredTarget = declaredTarget;
        this.services = services;
        this.valueBinder = new ParameterValueBinder(services, boundParameters);
        this.unboundParameters = new ParameterList(command.parameters());
        this.unboundPipelineParameters = new ParameterList(command.pipelineParameters());
        this.bound = new boolean[command.parameters().size()];
        this.sets = new ParameterSetState(command);
        this.missingMandatoryParameters = new MissingMandatoryParameters(sets, unboundParameters);
    }

    private static Object[] notSaved(int length) {
        Object[] values = new Object[length];
        Arrays.fill(values, NOT_SAVED);
        return values;
    }

    /**
     * A binder for a simple function or script (no [CmdletBinding()], no [Parameter()]; binder spec
     * section 7): use {@link #bindSimpleCommandLine}.
     */
    public static ParameterBinder forSimpleFunction(InvocationInfo invocation, BindingTarget target,
                                                    BindingServices services) {
        return forSimpleFunction(invocation, target, services, new LinkedHashMap<>());
    }

    /** {@link #forSimpleFunction} recording what it binds in the function's $PSBoundParameters. */
    public static ParameterBinder forSimpleFunction(InvocationInfo invocation, BindingTarget target,
                                                    BindingServices services, Map<String, Object> boundParameters) {
        return new ParameterBinder(invocation, target, services, false, boundParameters);
    }

    /** The invocation being bound: the command and its place in the pipeline. */
    InvocationInfo invocation() {
        return invocation;
    }

    /** The selected parameter set ($PSCmdlet.ParameterSetName). */
    public String parameterSetName() {
        return sets.name;
    }

    /** $PSBoundParameters: parameter name to bound (converted) value, in binding order. */
    public Map<String, Object> boundParameters() {
        return Collections.unmodifiableMap(boundParameters);
    }

    /** The names of the parameters bound from positional arguments. */
    public Set<String> boundPositionally() {
        return Collections.unmodifiableSet(boundPositionally);
    }

    public CommonParameters commonParameters() {
        return commonParameters;
    }

    /** The paging parameters' values (their defaults when not given), for commands that support paging. */
    public PagingParameters pagingParameters() {
        if (pagingParameters == null) {
            pagingParameters = new PagingParameters();
            pagingTarget = BindingTarget.fieldsOf(pagingParameters);
        }
        return pagingParameters;
    }

    /**
     * The command has dynamic parameters: {@code source} gives them (an object with parameter fields, or
     * a RuntimeDefinedParameterDictionary) after the command's own parameters are bound.
     */
    public void setDynamicParameterSource(Supplier<Object> source) {
        this.dynamicParameterSource = source;
    }

    /** The command's metadata with its dynamic parameters, once bound. */
    public CommandMetadata metadata() {
        return command;
    }

    /** The parameters without a value, for the interpreter to give functions' defaults to. */
    public List<ParameterMetadata> unboundParameters() {
        return Collections.unmodifiableList(unboundParameters);
    }

    // ---------------------------------------------------------------------------------------------
    // Command line (binder spec section 1; BindCommandLineParameters)
    // ---------------------------------------------------------------------------------------------

    /**
     * Binds the command-line arguments, resolves the parameter set as far as it can before pipeline
     * input, and checks (or prompts for) mandatory parameters.
     *
     * @throws ParameterBindingException a terminating binding error
     */
    public void bindCommandLine(List<CommandArgument> arguments) {
        if (!cmdletBinding) {
            throw new IllegalStateException("a simple function's binder binds with bindSimpleCommandLine");
        }
        try {
            bindCommandLineParameters(arguments);
        } catch (ParameterBindingException e) {
            throw elaborated(e);
        }
    }

    private void bindCommandLineParameters(List<CommandArgument> arguments) {
        bindCommandLineNoValidation(arguments);
        boolean isPipelineInputExpected = invocation.expectingInput();
        int validParameterSetCount = isPipelineInputExpected
                ? validateParameterSets(true, false) : validateParameterSets(false, true);
        // Once the set is known, defaults may give its mandatory parameters.
        if (validParameterSetCount == 1 && !defaultParameterBindingInUse) {
            applyDefaultParameterBinding(false);
        }
        if (validParameterSetCount > 1 && isPipelineInputExpected) {
            int filtered = filterParameterSetsTakingNoPipelineInput();
            if (filtered != sets.current) {
                sets.current = filtered;
                validParameterSetCount = validateParameterSets(true, false);
            }
        }
        handleUnboundMandatoryParameters(validParameterSetCount, isPipelineInputExpected);
        if (!isPipelineInputExpected) {
            verifyParameterSetSelected();
        }
        sets.prePipeline = sets.current;
    }

    private void bindCommandLineNoValidation(List<CommandArgument> arguments) {
        initUnboundArguments(arguments);
        readDefaultParameterValues();
        reparseUnboundArguments();
        unboundArguments = bindNamedParameters(sets.current, unboundArguments);
        unboundArguments = bindPositionalParameters(unboundArguments, sets.current,
                command.defaultParameterSetFlag());
        ParameterBindingException reportedBindingException = positionalBindingException;
        // Defaults come before the set is validated, so that they can choose it before the default set would.
        applyDefaultParameterBinding(false);
        validateParameterSets(true, false);
        ParameterBindingException dynamicBindingException = handleCommandLineDynamicParameters();
        applyDefaultParameterBinding(true);
        if (reportedBindingException == null) {
            reportedBindingException = dynamicBindingException;
        }
        handleRemainingArguments();
        verifyArgumentsProcessed(reportedBindingException);
    }

    /**
     * Binds the arguments typed so far as far as they go, without validating the set or asking for
     * mandatory parameters, to learn the dynamic parameters they give (tab completion, as pwsh's
     * pseudo-binding): an argument that does not bind is left out, the command's own parameters stand
     * when asking for the dynamic ones fails.
     *
     * @return the command's parameters with the dynamic ones those arguments give
     */
    public CommandMetadata bindForCompletion(List<CommandArgument> arguments) {
        try {
            bindCommandLineNoValidation(arguments);
        } catch (ParameterBindingException | PSRuntimeException | PoshException e) {
            // what bound before the failure decides
        }
        return command;
    }

    /**
     * Binds a simple function's command line (binder spec 7.2): names, then positions in declaration
     * order, with no parameter sets and no errors for what is left over, which becomes $args.
     *
     * @return $args: unbound arguments, a leftover {@code -name} as its text
     */
    public List<Object> bindSimpleCommandLine(List<CommandArgument> arguments) {
        if (cmdletBinding) {
            throw new IllegalStateException("bindSimpleCommandLine needs a binder made by forSimpleFunction");
        }
        initUnboundArguments(arguments);
        reparseUnboundArguments();
        unboundArguments = bindNamedParameters(ALL_SETS, unboundArguments);
        unboundArguments = bindPositionalParameters(unboundArguments, ALL_SETS, ALL_SETS);
        List<Object> args = new ArrayList<>();
        for (CommandArgument argument : unboundArguments) {
            Object value = argument.hasValue() ? argument.value() : null;
            // "$args" splatted from a proxy's $PSBoundParameters carries the proxy's own $args.
            if (argument.hasNameAndValue() && argument.parameterName().equalsIgnoreCase("$args")) {
                if (value instanceof Object[] array) {
                    args.addAll(Arrays.asList(array));
                } else {
                    args.add(value);
                }
                continue;
            }
            if (argument.isParameter()) {
                args.add(CommandArgument.textInArgs(argument));
            }
            if (argument.hasValue()) {
                args.add(value);
            }
        }
        unboundArguments.clear();
        return args;
    }

    /** Records from hashtable splatting go last, so that explicit arguments win (spec 1.1). */
    private void initUnboundArguments(List<CommandArgument> arguments) {
        unboundArguments = new ArrayList<>(arguments.size());
        List<CommandArgument> splatted = null;
        for (CommandArgument argument : arguments) {
            if (argument.isEndOfParameters()) {
                // the first --, which the parser keeps as a parameter named -, only makes the words after it
                // arguments: a command of PowerShell's own never sees it (a program does)
                continue;
            }
            if (argument.fromHashtableSplat()) {
                if (splatted == null) {
                    splatted = new ArrayList<>();
                }
                splatted.add(argument);
            } else {
                unboundArguments.add(argument);
            }
        }
        if (splatted != null) {
            unboundArguments.addAll(splatted);
        }
    }

    /** Pairs each {@code -Name} that needs a value with the record after it (spec 1.2). */
    private void reparseUnboundArguments() {
        List<CommandArgument> result = new ArrayList<>(unboundArguments.size());
        for (int index = 0; index < unboundArguments.size(); index++) {
            CommandArgument argument = unboundArguments.get(index);
            if (!argument.isParameter() || argument.hasValue()) {
                result.add(argument);
                continue;
            }
            ParameterMetadata matchingParameter = command.matchingParameter(argument.parameterName(), false,
                    argument.parameterExtent());
            if (matchingParameter == null) {
                result.add(argument);
                continue;
            }
            if (matchingParameter.isSwitch()) {
                result.add(argument.withValue(argument.parameterName(), Boolean.TRUE, null));
                continue;
            }
            if (index + 1 >= unboundArguments.size()) {
                throw missingArgument(argument, matchingParameter);
            }
            CommandArgument next = unboundArguments.get(index + 1);
            index++;
            if (next.isParameter()) {
                ParameterMetadata nextMatchingParameter = command.matchingParameter(next.parameterName(), false,
                        next.parameterExtent());
                if (nextMatchingParameter != null || next.hasNameAndValue()) {
                    throw missingArgument(argument, matchingParameter);
                }
                result.add(argument.withValue(matchingParameter.name(), next.parameterText(), null));
            } else {
                result.add(argument.withValue(matchingParameter.name(), next.value(), next.argumentExtent()));
            }
        }
        unboundArguments = result;
    }

    private ParameterBindingException missingArgument(CommandArgument argument, ParameterMetadata parameter) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "MissingArgument",
                format(ParameterBinderStrings.MISSING_ARGUMENT, null, parameter.name(), parameter.typeName()),
                argument.parameterExtent());
    }

    /** Binds every record that names a parameter (spec 1.3); returns the others. */
    private List<CommandArgument> bindNamedParameters(int parameterSets, List<CommandArgument> arguments) {
        List<CommandArgument> result = new ArrayList<>();
        boolean[] boundExplicitly = null;
        for (CommandArgument argument : arguments) {
            if (!argument.isParameter()) {
                result.add(argument);
                continue;
            }
            ParameterMetadata parameter = command.matchingParameter(argument.parameterName(), false, argument.parameterExtent());
            if (parameter == null) {
                result.add(argument);
                continue;
            }
            if (argument.fromHashtableSplat()) {
                if (boundExplicitly == null) {
                    boundExplicitly = bound.clone();
                }
                if (boundExplicitly[parameter.index()]) {
                    continue;
                }
            }
            if (bound[parameter.index()]) {
                throw parameterAlreadyBound(argument);
            }
            // Reachable once the sets were narrowed before this round: dynamic parameters.
            if (cmdletBinding && (parameter.parameterSetFlags() & parameterSets) == 0 && !parameter.isInAllSets()) {
                throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "ParameterNotInParameterSet",
                        format(ParameterBinderStrings.PARAMETER_NOT_IN_PARAMETER_SET, null, argument.parameterName(), null,
                                null, null, null, command.parameterSetName(parameterSets)), argument.parameterExtent());
            }
            bindParameter(parameterSets, argument, parameter,
                    cmdletBinding ? SHOULD_COERCE_TYPE | DELAY_BIND_SCRIPT_BLOCK : SHOULD_COERCE_TYPE);
        }
        return result;
    }

    private static ParameterBindingException parameterAlreadyBound(CommandArgument argument) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "ParameterAlreadyBound",
                format(ParameterBinderStrings.PARAMETER_ALREADY_BOUND, null, argument.parameterName()),
                argument.parameterExtent());
    }

    // ---------------------------------------------------------------------------------------------
    // Positional binding (spec 1.4; BindPositionalParameters)
    // ---------------------------------------------------------------------------------------------

    /**
     * Binds unnamed records to positional parameters; positions are sort keys. Each argument is tried
     * in four passes: default set without coercion, all valid sets without, default set with, all with.
     * A binding error swallowed in a pass is kept in {@link #positionalBindingException}.
     */
    private List<CommandArgument> bindPositionalParameters(List<CommandArgument> arguments, int validParameterSets,
                                                           int defaultParameterSet) {
        positionalBindingException = null;
        if (arguments.isEmpty()) {
            return new ArrayList<>();
        }
        TreeMap<Integer, Map<ParameterMetadata, List<ParameterSetData>>> positionalParameters =
                evaluateUnboundPositionalParameters(sets.current);
        if (positionalParameters.isEmpty()) {
            return arguments;
        }
        List<CommandArgument> result = new ArrayList<>();
        int[] index = {0};
        for (Map<ParameterMetadata, List<ParameterSetData>> parametersAtPosition : positionalParameters.values()) {
            if (parametersAtPosition.isEmpty()) {
                continue;
            }
            CommandArgument argument = nextPositionalArgument(arguments, result, index);
            if (argument == null) {
                break;
            }
            boolean defaultSetValid = defaultParameterSet != 0 && (validParameterSets & defaultParameterSet) != 0;
            boolean aParameterWasBound = defaultSetValid && bindPositionalParametersInSet(defaultParameterSet,
                    parametersAtPosition, argument, DELAY_BIND_SCRIPT_BLOCK);
            if (!aParameterWasBound) {
                aParameterWasBound = bindPositionalParametersInSet(validParameterSets, parametersAtPosition, argument,
                        DELAY_BIND_SCRIPT_BLOCK);
            }
            if (!aParameterWasBound && defaultSetValid) {
                aParameterWasBound = bindPositionalParametersInSet(defaultParameterSet, parametersAtPosition, argument,
                        SHOULD_COERCE_TYPE | DELAY_BIND_SCRIPT_BLOCK);
            }
            if (!aParameterWasBound) {
                aParameterWasBound = bindPositionalParametersInSet(validParameterSets, parametersAtPosition, argument,
                        SHOULD_COERCE_TYPE | DELAY_BIND_SCRIPT_BLOCK);
            }
            if (!aParameterWasBound) {
                result.add(argument);
            } else if (validParameterSets != sets.current) {
                validParameterSets = sets.current;
                updatePositionalDictionary(positionalParameters, validParameterSets);
            }
        }
        result.addAll(arguments.subList(index[0], arguments.size()));
        return result;
    }

    /** The next unnamed record; named ones, and the record right after a named one, are passed over. */
    private static CommandArgument nextPositionalArgument(List<CommandArgument> arguments,
                                                          List<CommandArgument> nonPositional, int[] index) {
        while (index[0] < arguments.size()) {
            CommandArgument argument = arguments.get(index[0]++);
            if (!argument.isParameter()) {
                return argument;
            }
            nonPositional.add(argument);
            if (index[0] < arguments.size() && !arguments.get(index[0]).isParameter()) {
                nonPositional.add(arguments.get(index[0]++));
            }
        }
        return null;
    }

    /**
     * Position to the unbound parameters at that position (with their set data) among the valid sets.
     * Two different parameters at one position in one set make the declaration ambiguous.
     */
    private TreeMap<Integer, Map<ParameterMetadata, List<ParameterSetData>>> evaluateUnboundPositionalParameters(
            int validParameterSetFlag) {
        TreeMap<Integer, Map<ParameterMetadata, List<ParameterSetData>>> result = new TreeMap<>();
        for (ParameterMetadata parameter : unboundParameters) {
            if ((parameter.parameterSetFlags() & validParameterSetFlag) == 0 && !parameter.isInAllSets()) {
                continue;
            }
            for (ParameterSetData data : parameter.parameterSetData()) {
                if (!data.matches(validParameterSetFlag) || data.valueFromRemainingArguments() || !data.isPositional()) {
                    continue;
                }
                Map<ParameterMetadata, List<ParameterSetData>> atPosition = result.get(data.position());
                if (atPosition == null) {
                    atPosition = new LinkedHashMap<>();
                    result.put(data.position(), atPosition);
                }
                for (Map.Entry<ParameterMetadata, List<ParameterSetData>> other : atPosition.entrySet()) {
                    if (other.getKey() == parameter) {
                        continue;
                    }
                    for (ParameterSetData otherData : other.getValue()) {
                        if ((otherData.flag() & data.flag()) != 0 || otherData.flag() == data.flag()) {
                            throw ParameterBindingException.of(ErrorCategory.InvalidArgument,
                                    "AmbiguousPositionalParameterNoName",
                                    ParameterBinderStrings.AMBIGUOUS_POSITIONAL_PARAMETER_NO_NAME, null);
                        }
                    }
                }
                List<ParameterSetData> parameterData = atPosition.get(parameter);
                if (parameterData == null) {
                    parameterData = new ArrayList<>();
                    atPosition.put(parameter, parameterData);
                }
                parameterData.add(data);
            }
        }
        return result;
    }

    /** Drops the set data (and parameters) no longer in the valid sets, keeping the positions. */
    private static void updatePositionalDictionary(
            TreeMap<Integer, Map<ParameterMetadata, List<ParameterSetData>>> positionalParameters,
            int validParameterSets) {
        for (Map<ParameterMetadata, List<ParameterSetData>> atPosition : positionalParameters.values()) {
            Iterator<List<ParameterSetData>> parameters = atPosition.values().iterator();
            while (parameters.hasNext()) {
                List<ParameterSetData> data = parameters.next();
                data.removeIf(d -> !d.matches(validParameterSets));
                if (data.isEmpty()) {
                    parameters.remove();
                }
            }
        }
    }

    /**
     * One pass of positional binding. Every parameter at the position whose set is among
     * {@code validParameterSets} is tried, not just the first that takes the argument: two parameters in
     * different sets can both take it, which then empties the set mask.
     */
    private boolean bindPositionalParametersInSet(int validParameterSets,
                                                  Map<ParameterMetadata, List<ParameterSetData>> parametersAtPosition,
                                                  CommandArgument argument, int flags) {
        boolean result = false;
        positionalBindingException = null;
        for (Map.Entry<ParameterMetadata, List<ParameterSetData>> entry : parametersAtPosition.entrySet()) {
            ParameterMetadata parameter = entry.getKey();
            for (ParameterSetData data : entry.getValue()) {
                if ((validParameterSets & data.flag()) == 0 && !data.isInAllSets()) {
                    continue;
                }
                boolean bindResult = false;
                CommandArgument bindable = new CommandArgument(parameter.name(), parameter.parameterText(),
                        argument.value(), true, false, null, argument.argumentExtent());
                try {
                    bindResult = bindParameter(validParameterSets, bindable, parameter, flags);
                } catch (ParameterBindingException e) {
                    if (!e.isSwallowable()) {
                        throw e;
                    }
                    positionalBindingException = e;
                }
                if (bindResult) {
                    result = true;
                    boundPositionally.add(parameter.name());
                    break;
                }
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Dynamic parameters (spec 1.7; HandleCommandLineDynamicParameters)
    // ---------------------------------------------------------------------------------------------

    /**
     * Asks the command for its dynamic parameters, now that its own are bound, adds them to the
     * parameters, and binds the arguments still unbound to them by name, then by position, in the sets
     * still possible. Returns the error a positional attempt recorded, if any.
     */
    private ParameterBindingException handleCommandLineDynamicParameters() {
        if (dynamicParameterSource == null) {
            return null;
        }
        DynamicParameterBinding dynamic = DynamicParameterBinding.of(dynamicParameterSource);
        dynamicParameterSource = null;
        if (dynamic == null) {
            return null;
        }
        command = command.withDynamicParameters(dynamic.parameters());
        sets.command = command;
        dynamicTarget = dynamic.target();
        bound = Arrays.copyOf(bound, command.parameters().size());
        if (defaultParameterValues != null) {
            Object[] saved = notSaved(bound.length);
            System.arraycopy(defaultParameterValues, 0, saved, 0, defaultParameterValues.length);
            defaultParameterValues = saved;
        }
        for (int i = bound.length - dynamic.parameters().size(); i < bound.length; i++) {
            unboundParameters.add(command.parameters().get(i));
            addUnboundPipelineParameter(command.parameters().get(i));
        }
        if (unboundArguments.isEmpty()) {
            return null;
        }
        reparseUnboundArguments();
        unboundArguments = bindNamedParameters(sets.current, unboundArguments);
        unboundArguments = bindPositionalParameters(unboundArguments, sets.current, command.defaultParameterSetFlag());
        return positionalBindingException;
    }

    // ---------------------------------------------------------------------------------------------
    // $PSDefaultParameterValues (spec 1.5; ApplyDefaultParameterBinding)
    // ---------------------------------------------------------------------------------------------

    /** Reads the caller's $PSDefaultParameterValues once per invocation, as pwsh does before binding. */
    private void readDefaultParameterValues() {
        Map<?, ?> dictionary = services.defaultParameterValues();
        if (dictionary == null || dictionary.isEmpty()) {
            return;
        }
        psDefaultParameterValues = new DefaultParameterValues(dictionary, command.name(),
                services.aliasesOf(command.name()), message -> services.writeWarning(message, commonParameters));
        allDefaultParameterValuePairs = psDefaultParameterValues.pairs(command.parameters());
    }

    /**
     * Binds the defaults of the parameters still unbound that the current sets admit, unless the
     * defaults' own sets exclude each other; a default that fails to bind is skipped with a warning.
     */
    private void applyDefaultParameterBinding(boolean isDynamic) {
        if (psDefaultParameterValues == null) {
            return;
        }
        if (isDynamic) {
            allDefaultParameterValuePairs = psDefaultParameterValues.pairs(command.parameters());
        }
        Map<ParameterMetadata, Object> qualified = qualifiedParameterValuePairs();
        if (qualified != null && bindDefaultParameters(qualified)) {
            defaultParameterBindingInUse = true;
        }
    }

    private Map<ParameterMetadata, Object> qualifiedParameterValuePairs() {
        if (allDefaultParameterValuePairs == null) {
            return null;
        }
        Map<ParameterMetadata, Object> result = new LinkedHashMap<>();
        int possibleParameterFlag = ALL_SETS;
        for (Map.Entry<ParameterMetadata, Object> pair : allDefaultParameterValuePairs.entrySet()) {
            ParameterMetadata parameter = pair.getKey();
            if ((parameter.parameterSetFlags() & sets.current) == 0 && !parameter.isInAllSets()
                    || bound[parameter.index()]) {
                continue;
            }
            if (parameter.parameterSetFlags() != 0) {
                possibleParameterFlag &= parameter.parameterSetFlags();
                if (possibleParameterFlag == 0) {
                    return null;
                }
            }
            result.put(parameter, pair.getValue());
        }
        return result.isEmpty() ? null : result;
    }

    /** A script block value is run with the binding state as $args[0]; no output means no default. */
    private boolean bindDefaultParameters(Map<ParameterMetadata, Object> defaults) {
        boolean result = false;
        for (Map.Entry<ParameterMetadata, Object> pair : defaults.entrySet()) {
            ParameterMetadata parameter = pair.getKey();
            Object value = pair.getValue();
            try {
                if (PSObject.base(value) instanceof BindableScriptBlock block) {
                    List<Object> output = block.invokeWithArgument(bindingState());
                    if (output.isEmpty()) {
                        continue;
                    }
                    value = output.size() == 1 ? output.getFirst() : new ArrayList<>(output);
                }
                CommandArgument argument = new CommandArgument(parameter.name(), parameter.parameterText(), value,
                        true, false, null, null);
                if (bindParameter(sets.current, argument, parameter, SHOULD_COERCE_TYPE | DELAY_BIND_SCRIPT_BLOCK)) {
                    result = true;
                    boundDefaultParameters.add(parameter.name());
                }
            } catch (ParameterBindingException e) {
                psDefaultParameterValues.warnBindingFailed(parameter.name(), value, e.getMessage());
            }
        }
        return result;
    }

    /** $args[0] of a default's script block: the names bound so far, positionally, and from defaults. */
    private PSObject bindingState() {
        OrderedDictionary state = new OrderedDictionary();
        state.put("BoundParameters", nameSet(boundParameters.keySet()));
        state.put("BoundPositionalParameters", nameSet(boundPositionally));
        state.put("BoundDefaultParameters", nameSet(boundDefaultParameters));
        return PSObject.fromDictionary(state);
    }

    private static GenericSet nameSet(Set<String> names) {
        GenericSet set = new GenericSet(CoreTypes.HASH_SET.makeGenericType(CoreTypes.STRING));
        set.addAll(names);
        return set;
    }

    /**
     * An error while defaults are bound says that they may be its cause and which were bound
     * (pwsh's ThrowElaboratedBindingException).
     */
    private ParameterBindingException elaborated(ParameterBindingException e) {
        if (!defaultParameterBindingInUse) {
            return e;
        }
        StringBuilder names = new StringBuilder();
        for (String name : boundDefaultParameters) {
            names.append(" -").append(name);
        }
        return e.withMessage(format(boundDefaultParameters.size() > 1
                ? ParameterBinderStrings.DEFAULT_BINDING_ERROR_ELABORATION_MULTIPLE
                : ParameterBinderStrings.DEFAULT_BINDING_ERROR_ELABORATION_SINGLE, null, null, null, null, null, null,
                e.getMessage(), names));
    }

    // ---------------------------------------------------------------------------------------------
    // Remaining arguments and leftovers (spec 1.8, 1.9)
    // ---------------------------------------------------------------------------------------------

    /** Gives what is left to the ValueFromRemainingArguments parameter of the current set, if any. */
    private void handleRemainingArguments() {
        if (unboundArguments.isEmpty()) {
            return;
        }
        ParameterMetadata varargsParameter = null;
        for (ParameterMetadata parameter : unboundParameters) {
            ParameterSetData data = parameter.parameterSetData(sets.current);
            if (data != null && data.valueFromRemainingArguments()) {
                if (varargsParameter != null) {
                    throw ParameterBindingException.of(ErrorCategory.MetadataError, "AmbiguousParameterSet",
                            ParameterBinderStrings.AMBIGUOUS_PARAMETER_SET, null);
                }
                varargsParameter = parameter;
            }
        }
        if (varargsParameter == null) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (CommandArgument argument : unboundArguments) {
            if (argument.isParameter()) {
                values.add(argument.parameterText());
            }
            if (argument.hasValue() && argument.value() != AutomationNull.VALUE) {
                values.add(argument.value());
            }
        }
        // A single collection is bound as itself, so that "Cmd a,b" and "Cmd -Rest a,b" agree.
        Object value = values.size() == 1 && BinderConversions.isEnumerable(values.getFirst()) ? values.getFirst() : values;
        Extent extent = unboundArguments.size() == 1 ? unboundArguments.getFirst().argumentExtent() : null;
        bindToParameter(new CommandArgument(varargsParameter.name(), varargsParameter.parameterText(), value, true,
                false, null, extent), varargsParameter, SHOULD_COERCE_TYPE);
        unboundArguments.clear();
    }

    private void verifyArgumentsProcessed(ParameterBindingException originalBindingException) {
        if (unboundArguments.isEmpty()) {
            return;
        }
        CommandArgument first = unboundArguments.getFirst();
        if (first.isParameter()) {
            throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "NamedParameterNotFound",
                    format(ParameterBinderStrings.NAMED_PARAMETER_NOT_FOUND, null, first.parameterName()),
                    first.parameterExtent());
        }
        if (originalBindingException != null) {
            throw originalBindingException;
        }
        Object value = first.value();
        String shown = value == null ? "$null"
                : BinderConversions.asList(value) != null || value instanceof Map<?, ?>
                ? BinderConversions.typeNameOf(value) : LanguagePrimitives.toStringValue(value);
        throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "PositionalParameterNotFound",
                format(ParameterBinderStrings.POSITIONAL_PARAMETER_NOT_FOUND, null, shown), null);
    }

    // ---------------------------------------------------------------------------------------------
    // Binding one argument (the controller's BindParameter overloads)
    // ---------------------------------------------------------------------------------------------

    /**
     * Binds an argument given by parameter name (prompted values): the name must match, and the
     * parameter must not be bound yet.
     */
    private boolean bindParameter(CommandArgument argument, int flags) {
        ParameterMetadata parameter = command.matchingParameter(argument.parameterName(),
                (flags & THROW_ON_PARAMETER_NOT_FOUND) != 0, argument.parameterExtent());
        if (parameter == null) {
            return false;
        }
        if (bound[parameter.index()]) {
            throw parameterAlreadyBound(argument);
        }
        return bindParameter(sets.current, argument, parameter, flags & ~DELAY_BIND_SCRIPT_BLOCK);
    }

    /**
     * Binds an argument to a parameter, first setting a script block aside as a delay-bind argument
     * when the parameter takes pipeline input and does not take script blocks (spec 5.9). Without
     * coercion, a failed conversion only means "not this parameter" (returns false).
     */
    private boolean bindParameter(int parameterSets, CommandArgument argument, ParameterMetadata parameter,
                                  int flags) {
        if (!cmdletBinding) {
            boolean result = valueBinder.bind(argument, parameter, (flags & SHOULD_COERCE_TYPE) != 0,
                    targetFor(parameter));
            if (result) {
                markBound(parameter);
            }
            return result;
        }
        if ((flags & DELAY_BIND_SCRIPT_BLOCK) != 0 && parameter.takesPipelineInput(parameterSets)
                && argument.hasValue() && argument.value() instanceof BindableScriptBlock
                && !isParameterScriptBlockBindable(parameter)) {
            if (!invocation.expectingInput()) {
                throw ParameterBindingException.of(ErrorCategory.MetadataError, "ScriptBlockArgumentNoInput",
                        format(ParameterBinderStrings.SCRIPT_BLOCK_ARGUMENT_NO_INPUT, null, parameter.name()),
                        argument.errorExtent());
            }
            delayBindScriptBlocks.putIfAbsent(parameter, argument);
            sets.narrow(parameter);
            markBound(parameter);
            boundParameters.putIfAbsent(parameter.name(), argument.value());
            return false;
        }
        try {
            return bindToParameter(argument, parameter, flags);
        } catch (ParameterBindingException e) {
            if ((flags & SHOULD_COERCE_TYPE) == 0 && causedByInvalidCast(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean causedByInvalidCast(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSInvalidCastException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a script block is a plain value for this parameter: object, script block, or collections of them. */
    private static boolean isParameterScriptBlockBindable(ParameterMetadata parameter) {
        Class<?> type = parameter.type();
        if (type == Object.class || BindableScriptBlock.class.isAssignableFrom(type)) {
            return true;
        }
        Class<?> element = parameter.elementType();
        return element != null && (element == Object.class || BindableScriptBlock.class.isAssignableFrom(element));
    }

    /** Binds and does the bookkeeping: the parameter is bound and narrows the set mask. */
    private boolean bindToParameter(CommandArgument argument, ParameterMetadata parameter, int flags) {
        boolean result = valueBinder.bind(argument, parameter, (flags & SHOULD_COERCE_TYPE) != 0,
                targetFor(parameter));
        if (result) {
            sets.narrow(parameter);
            markBound(parameter);
        }
        return result;
    }

    private BindingTarget targetFor(ParameterMetadata parameter) {
        return switch (parameter.association()) {
            case DECLARED -> declaredTarget;
            case DYNAMIC -> dynamicTarget;
            case COMMON, SHOULD_PROCESS -> commonTarget;
            case PAGING -> {
                pagingParameters();
                yield pagingTarget;
            }
        };
    }

    private void addUnboundPipelineParameter(ParameterMetadata parameter) {
        if (parameter.isPipelineParameterInSomeParameterSet()) {
            unboundPipelineParameters.add(parameter);
        }
    }

    private void markBound(ParameterMetadata parameter) {
        unboundParameters.remove(parameter);
        if (parameter.isPipelineParameterInSomeParameterSet()) {
            unboundPipelineParameters.remove(parameter);
        }
        bound[parameter.index()] = true;
    }

    // ---------------------------------------------------------------------------------------------
    // Parameter sets (spec 3)
    // ---------------------------------------------------------------------------------------------

    /**
     * Checks that the arguments leave a usable set (spec 3.2) and returns how many sets remain.
     *
     * @param prePipelineInput whether several sets may remain because pipeline input will choose
     * @param setDefault whether to settle on the default set when it is among several
     */
    private int validateParameterSets(boolean prePipelineInput, boolean setDefault) {
        int validParameterSetCount = ParameterSetState.count(sets.current);
        if (validParameterSetCount == 0 && sets.current != ALL_SETS) {
            throw sets.ambiguous();
        } else if (validParameterSetCount > 1) {
            int defaultParameterSetFlag = command.defaultParameterSetFlag();
            boolean hasDefaultSetDefined = defaultParameterSetFlag != 0;
            boolean validSetIsAllSet = sets.current == ALL_SETS;
            boolean validSetIsDefault = sets.current == defaultParameterSetFlag;
            if (validSetIsAllSet && !hasDefaultSetDefined) {
                validParameterSetCount = 1;
            } else if (!prePipelineInput && validSetIsDefault
                    || hasDefaultSetDefined && (sets.current & defaultParameterSetFlag) != 0) {
                sets.name = command.parameterSetName(defaultParameterSetFlag);
                if (setDefault) {
                    sets.current = defaultParameterSetFlag;
                    validParameterSetCount = 1;
                }
            } else if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(sets.current)) {
                // Pipeline input decides later.
                return validParameterSetCount;
            } else {
                int resolvedParameterSetCount = resolveParameterSetAmbiguityBasedOnMandatoryParameters();
                if (resolvedParameterSetCount != 1) {
                    throw sets.ambiguous();
                }
                validParameterSetCount = resolvedParameterSetCount;
            }
        } else {
            if (sets.current == ALL_SETS) {
                validParameterSetCount = command.parameterSetCount() > 0 ? command.parameterSetCount() : 1;
                if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(sets.current)) {
                    // Do not settle on the default set before pipeline input is processed.
                } else if (command.defaultParameterSetFlag() != 0) {
                    if (setDefault) {
                        sets.current = command.defaultParameterSetFlag();
                        validParameterSetCount = 1;
                    }
                } else if (validParameterSetCount > 1) {
                    int resolvedParameterSetCount = resolveParameterSetAmbiguityBasedOnMandatoryParameters();
                    if (resolvedParameterSetCount != 1) {
                        throw sets.ambiguous();
                    }
                    validParameterSetCount = resolvedParameterSetCount;
                }
            }
            sets.updateName();
        }
        return validParameterSetCount;
    }

    /** Keeps the sets that have no unbound mandatory parameter; returns 1 when exactly one remains, else -1. */
    private int resolveParameterSetAmbiguityBasedOnMandatoryParameters() {
        int allParameterSetFlags = 0;
        for (ParameterMetadata parameter : command.parameters()) {
            allParameterSetFlags |= parameter.parameterSetFlags();
        }
        int remaining = sets.current & allParameterSetFlags;
        for (ParameterMetadata parameter : unboundParameters) {
            for (ParameterSetData data : parameter.parameterSetData()) {
                if (data.isMandatory()) {
                    remaining &= ~data.flag();
                }
            }
        }
        if (ParameterSetState.count(remaining) == 1) {
            sets.current = remaining;
            sets.updateName();
            return 1;
        }
        return -1;
    }

    private boolean atLeastOneUnboundValidParameterSetTakesPipelineInput(int validParameterSetFlags) {
        for (ParameterMetadata parameter : unboundPipelineParameters) {
            if (parameter.takesPipelineInput(validParameterSetFlags)) {
                return true;
            }
        }
        return false;
    }

    /** The valid sets in which some unbound parameter (or a delay-bind script block) takes pipeline input. */
    private int filterParameterSetsTakingNoPipelineInput() {
        int parameterSetsTakingPipeInput = 0;
        for (ParameterMetadata parameter : delayBindScriptBlocks.keySet()) {
            parameterSetsTakingPipeInput |= parameter.parameterSetFlags();
        }
        boolean findPipeParameterInAllSets = false;
        for (ParameterMetadata parameter : unboundPipelineParameters) {
            for (ParameterSetData data : parameter.matchingParameterSetData(sets.current)) {
                if (data.attribute().takesPipelineInput()) {
                    if (data.isInAllSets()) {
                        parameterSetsTakingPipeInput = 0;
                        findPipeParameterInAllSets = true;
                        break;
                    }
                    parameterSetsTakingPipeInput |= data.flag();
                }
            }
            if (findPipeParameterInAllSets) {
                break;
            }
        }
        return parameterSetsTakingPipeInput != 0
                ? sets.current & parameterSetsTakingPipeInput : sets.current;
    }

    /** Without pipeline input, a command with several sets must have settled on one (spec 3.4). */
    private void verifyParameterSetSelected() {
        if (command.parameterSetCount() > 1 && sets.current == ALL_SETS) {
            if (command.defaultParameterSetFlag() != 0) {
                sets.current = command.defaultParameterSetFlag();
            } else {
                throw sets.ambiguous();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Mandatory parameters (spec 4; HandleUnboundMandatoryParameters, GetMissingMandatoryParameters)
    // ---------------------------------------------------------------------------------------------

    /**
     * Finds the missing mandatory parameters and asks the host for them; a host that cannot prompt,
     * or an empty answer, is MissingMandatoryParameter.
     */
    private void handleUnboundMandatoryParameters(int validParameterSetCount, boolean isPipelineInputExpected) {
        List<ParameterMetadata> missing = missingMandatoryParameters.find(validParameterSetCount, isPipelineInputExpected);
        if (missing.isEmpty()) {
            return;
        }
        List<FieldDescription> fields = new ArrayList<>();
        for (ParameterMetadata parameter : missing) {
            ParameterSetData data = parameter.parameterSetData(sets.current);
            fields.add(new FieldDescription(parameter.name(), parameter.typeName(),
                    data == null ? "" : data.attribute().helpMessage()));
        }
        Map<String, Object> values;
        try {
            values = services.promptForMandatoryParameters(format(ParameterBinderStrings.PROMPT_CAPTION,
                    command.name(), invocation.pipelinePosition()), ParameterBinderStrings.PROMPT_MESSAGE, fields);
        } catch (UnsupportedOperationException e) {
            throw missingMandatoryParameter(missing);
        }
        if (values == null || values.isEmpty()) {
            throw missingMandatoryParameter(missing);
        }
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            bindParameter(CommandArgument.named(entry.getKey(), entry.getValue(), null),
                    SHOULD_COERCE_TYPE | THROW_ON_PARAMETER_NOT_FOUND);
        }
    }

    private static ParameterBindingException missingMandatoryParameter(List<ParameterMetadata> missing) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "MissingMandatoryParameter",
                format(ParameterBinderStrings.MISSING_MANDATORY_PARAMETER, null, missingParametersText(missing)), null);
    }

    /** " A B": each name after a space, as PowerShell's BuildMissingParamsString. */
    private static String missingParametersText(List<ParameterMetadata> missing) {
        StringBuilder sb = new StringBuilder();
        for (ParameterMetadata parameter : missing) {
            sb.append(' ').append(parameter.name());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Pipeline input (spec 6; CommandProcessor.Read and BindPipelineParameters)
    // ---------------------------------------------------------------------------------------------

    /**
     * Binds one pipeline input object; on success the command processes it. The errors thrown here are
     * non-terminating: the caller writes them (target: the input object) and goes on with the next object.
     *
     * @throws ParameterBindingException InputObjectNotBound, InputObjectMissingMandatory, or any binding
     *                                   error of this object
     */
    public void bindPipelineObject(Object input) {
        try {
            if (bindLikeLastObject && bindLikeLastObject(input)) {
                return;
            }
            bindPipelineObjectParameters(input);
            bindLikeLastObject = parametersBoundThroughPipelineInput.size() == 1 && pipelineBindingPass == 0
                    && unboundPipelineParameters.isEmpty() && delayBindScriptBlocks.isEmpty() && sets.prioritized == 0
                    && (psDefaultParameterValues == null || defaultParameterBindingInUse);
        } catch (ParameterBindingException e) {
            bindLikeLastObject = false;
            throw elaborated(e);
        }
    }

    /**
     * The four passes, shortened for the usual stream of objects of one type into a command with one pipeline
     * parameter (ForEach-Object's, Measure-Object's -InputObject): when the last object bound that parameter in
     * the first pass and nothing else could bind (no other pipeline parameter unbound, no delay-bind script
     * block, no prioritized set, no $PSDefaultParameterValues to apply), an object that binds it in the first pass
     * too leaves the binder as the passes would, so it is bound over the last one's value directly. False, with
     * nothing changed, when it does not bind so: the passes then decide.
     */
    private boolean bindLikeLastObject(Object input) {
        ParameterMetadata parameter = parametersBoundThroughPipelineInput.getFirst();
        parametersBoundThroughPipelineInput.clear();
        boolean result;
        try {
            result = bindValueFromPipeline(input, parameter, 0);
        } catch (ParameterBindingException e) {
            parametersBoundThroughPipelineInput.add(parameter);
            restoreDefaultParameterValues(parametersBoundThroughPipelineInput);
            throw e;
        }
        if (!result) {
            parametersBoundThroughPipelineInput.add(parameter);
        }
        return result;
    }

    private void bindPipelineObjectParameters(Object input) {
        if (!bindPipelineParameters(input)) {
            throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "InputObjectNotBound",
                    ParameterBinderStrings.INPUT_OBJECT_NOT_BOUND, null);
        }
        List<ParameterMetadata> missing = missingMandatoryParameters.find(
                ParameterSetState.count(sets.current), false);
        if (!missing.isEmpty()) {
            throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "InputObjectMissingMandatory",
                    format(ParameterBinderStrings.INPUT_OBJECT_MISSING_MANDATORY, null, null, null, null, null, null,
                            missingParametersText(missing)), null);
        }
    }

    private boolean bindPipelineParameters(Object input) {
        boolean result;
        try {
            boolean[] thereWasSomethingToBind = {false};
            boolean invokeScriptResult = invokeAndBindDelayBindScriptBlocks(input, thereWasSomethingToBind);
            boolean bindPipelineParametersResult = false;
            if (!thereWasSomethingToBind[0] || invokeScriptResult) {
                bindPipelineParametersResult = bindPipelineParametersPrivate(input);
            }
            result = thereWasSomethingToBind[0] && invokeScriptResult || bindPipelineParametersResult;
            verifyParameterSetSelected();
        } catch (ParameterBindingException e) {
            restoreDefaultParameterValues(parametersBoundThroughPipelineInput);
            throw e;
        }
        if (!result) {
            restoreDefaultParameterValues(parametersBoundThroughPipelineInput);
        }
        return result;
    }

    /**
     * Four passes: by value without coercion, by property name without, by value with coercion, by
     * property name with. The set chosen while checking mandatory parameters, if any, is tried first.
     */
    private boolean bindPipelineParametersPrivate(Object input) {
        restoreDefaultParameterValues(parametersBoundThroughPipelineInput);
        parametersBoundThroughPipelineInput.clear();
        sets.current = sets.prePipeline;
        int validParameterSets = sets.current;
        boolean needToPrioritizeOneSpecificParameterSet = sets.prioritized != 0;
        int steps = needToPrioritizeOneSpecificParameterSet ? 2 : 1;
        if (needToPrioritizeOneSpecificParameterSet) {
            validParameterSets = sets.prioritized;
        }
        boolean result = false;
        for (int i = 0; i < steps; i++) {
            for (int pass = 0; pass < 4; pass++) {
                if (bindUnboundParametersForBindingState(input, pass, validParameterSets)) {
                    if (!needToPrioritizeOneSpecificParameterSet || i == 1) {
                        validateParameterSets(true, true);
                        validParameterSets = sets.current;
                    }
                    result = true;
                }
            }
            if (needToPrioritizeOneSpecificParameterSet && i == 0) {
                if (sets.current == sets.prioritized) {
                    break;
                }
                validParameterSets = sets.current & ~sets.prioritized;
            }
        }
        validateParameterSets(false, true);
        if (!defaultParameterBindingInUse) {
            applyDefaultParameterBinding(false);
        }
        return result;
    }

    /** One pass: the default set's parameters first when it is still valid, then the other valid sets'. */
    private boolean bindUnboundParametersForBindingState(Object input, int pass, int validParameterSets) {
        boolean aParameterWasBound = false;
        int defaultParameterSetFlag = command.defaultParameterSetFlag();
        if (defaultParameterSetFlag != 0 && (validParameterSets & defaultParameterSetFlag) != 0) {
            aParameterWasBound = bindUnboundParametersForBindingStateInParameterSet(input, pass,
                    defaultParameterSetFlag);
            if (!aParameterWasBound) {
                validParameterSets &= ~defaultParameterSetFlag;
            }
        }
        if (!aParameterWasBound) {
            aParameterWasBound = bindUnboundParametersForBindingStateInParameterSet(input, pass, validParameterSets);
        }
        return aParameterWasBound;
    }

    /** Tries every unbound pipeline parameter of the sets: one object can feed several parameters. */
    private boolean bindUnboundParametersForBindingStateInParameterSet(Object input, int pass, int validParameterSets) {
        boolean aParameterWasBound = false;
        boolean byValue = pass == 0 || pass == 2;
        int flags = pass < 2 ? 0 : SHOULD_COERCE_TYPE;
        // Backwards, so that binding (which removes from the list) does not disturb the iteration.
        for (int i = unboundPipelineParameters.size() - 1; i >= 0; i--) {
            ParameterMetadata parameter = unboundPipelineParameters.get(i);
            if ((validParameterSets & parameter.parameterSetFlags()) == 0 && !parameter.isInAllSets()) {
                continue;
            }
            for (ParameterSetData data : parameter.parameterSetData()) {
                if (!data.matches(validParameterSets)) {
                    continue;
                }
                boolean bindResult = false;
                if (byValue && data.valueFromPipeline()) {
                    bindResult = bindValueFromPipeline(input, parameter, flags);
                } else if (!byValue && data.valueFromPipelineByPropertyName() && input != null) {
                    bindResult = bindValueFromPipelineByPropertyName(input, parameter, flags);
                }
                if (bindResult) {
                    aParameterWasBound = true;
                    pipelineBindingPass = pass;
                    break;
                }
            }
        }
        return aParameterWasBound;
    }

    /** A plain conversion failure means "not this parameter"; validation errors, and transformation errors not caused by a cast, are reported. */
    private boolean bindValueFromPipeline(Object input, ParameterMetadata parameter, int flags) {
        try {
            return bindPipelineParameter(input, parameter, flags);
        } catch (ParameterBindingException e) {
            if (e.kind() == ParameterBindingException.Kind.VALIDATION
                    || e.kind() == ParameterBindingException.Kind.TRANSFORMATION && !invalidCastBehind(e)) {
                throw e;
            }
            return false;
        }
    }

    /** The transformation's own exception, or the one it wraps, is an invalid cast. */
    private static boolean invalidCastBehind(ParameterBindingException e) {
        Throwable cause = e.getCause();
        return cause instanceof PSInvalidCastException || cause != null && cause.getCause() instanceof PSInvalidCastException;
    }

    /** The property named as the parameter, else as one of its aliases (exact names, any case). */
    private boolean bindValueFromPipelineByPropertyName(Object input, ParameterMetadata parameter, int flags) {
        Object value = services.property(input, parameter.name());
        for (int i = 0; value == BindingServices.NO_PROPERTY && i < parameter.aliases().size(); i++) {
            value = services.property(input, parameter.aliases().get(i));
        }
        if (value == BindingServices.NO_PROPERTY) {
            return false;
        }
        try {
            return bindPipelineParameter(value, parameter, flags);
        } catch (ParameterBindingException e) {
            if (e.kind() != ParameterBindingException.Kind.BINDING) {
                throw e;
            }
            return false;
        }
    }

    private boolean bindPipelineParameter(Object value, ParameterMetadata parameter, int flags) {
        if (value == AutomationNull.VALUE) {
            return false;
        }
        if (defaultParameterValues == null) {
            defaultParameterValues = notSaved(bound.length);
        }
        if (defaultParameterValues[parameter.index()] == NOT_SAVED) {
            defaultParameterValues[parameter.index()] = targetFor(parameter).getValue(parameter);
        }
        CommandArgument argument = new CommandArgument(parameter.name(), parameter.parameterText(), value, true,
                false, null, null);
        boolean result = bindParameter(sets.current, argument, parameter, flags & ~DELAY_BIND_SCRIPT_BLOCK);
        if (result) {
            parametersBoundThroughPipelineInput.add(parameter);
        }
        return result;
    }

    /** Puts back the values parameters had before the previous input object bound them. */
    private void restoreDefaultParameterValues(List<ParameterMetadata> parameters) {
        for (ParameterMetadata parameter : parameters) {
            Object value = defaultParameterValues[parameter.index()];
            if (value != NOT_SAVED) {
                try {
                    targetFor(parameter).setValue(parameter, value);
                } catch (RuntimeException e) {
                    throw ParameterBindingException.of(ErrorCategory.WriteError, "ParameterBindingFailed",
                            format(ParameterBinderStrings.PARAMETER_BINDING_FAILED, null, parameter.name(), null, null,
                                    null, null, format(ParameterBinderStrings.EXCEPTION_WHEN_SETTING,
                                            parameter.name(), e.getMessage())), null);
                }
                bound[parameter.index()] = false;
                if (!unboundParameters.contains(parameter)) {
                    unboundParameters.add(parameter);
                    addUnboundPipelineParameter(parameter);
                }
            } else {
                markBound(parameter);
            }
        }
    }

    /** Runs each delay-bind script block with $_ = the input object and binds its output (spec 5.9). */
    private boolean invokeAndBindDelayBindScriptBlocks(Object input, boolean[] thereWasSomethingToBind) {
        if (delayBindScriptBlocks.isEmpty()) {
            return true;
        }
        boolean result = true;
        for (Map.Entry<ParameterMetadata, CommandArgument> entry : delayBindScriptBlocks.entrySet()) {
            thereWasSomethingToBind[0] = true;
            ParameterMetadata parameter = entry.getKey();
            CommandArgument argument = entry.getValue();
            List<Object> output;
            try {
                output = ((BindableScriptBlock) argument.value()).invokeWithDollarUnder(input);
            } catch (PoshException | PSRuntimeException e) {
                throw new ParameterBindingException(ParameterBindingException.Kind.BINDING,
                        ErrorCategory.InvalidArgument, "ScriptBlockArgumentInvocationFailed", format(
                        ParameterBinderStrings.SCRIPT_BLOCK_ARGUMENT_INVOCATION_FAILED, null, parameter.name(), null,
                        null, null, null, e.getMessage()), argument.errorExtent(), e);
            }
            if (output == null || output.isEmpty()) {
                throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "ScriptBlockArgumentNoOutput",
                        format(ParameterBinderStrings.SCRIPT_BLOCK_ARGUMENT_NO_OUTPUT, null, parameter.name()),
                        argument.errorExtent());
            }
            Object newValue = output.size() == 1 ? output.getFirst() : output;
            if (!bindToParameter(argument.withValue(argument.parameterName(), newValue, argument.argumentExtent()), parameter, SHOULD_COERCE_TYPE)) {
                result = false;
            }
        }
        return result;
    }
}
