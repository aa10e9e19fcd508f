package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.CommandMetadata.ALL_SETS;
import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
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
 * the command has a bit, {@code currentParameterSetFlag} holds the sets still possible and starts as
 * {@link CommandMetadata#ALL_SETS}, meaning "not narrowed yet".
 */
public final class ParameterBinder {
    private static final int SHOULD_COERCE_TYPE = 1;
    private static final int DELAY_BIND_SCRIPT_BLOCK = 2;
    private static final int THROW_ON_PARAMETER_NOT_FOUND = 4;

    private final InvocationInfo invocation;
    private final CommandMetadata command;
    private final boolean cmdletBinding;
    private final BindingTarget declaredTarget;
    private final BindingServices services;
    private final CommonParameters commonParameters = new CommonParameters();
    private final BindingTarget commonTarget = BindingTarget.fieldsOf(commonParameters);
    private final Map<String, Object> boundParameters = new LinkedHashMap<>();
    private final Set<String> boundPositionally = new HashSet<>();
    private final ParameterValueBinder valueBinder;

    private final List<ParameterMetadata> unboundParameters;
    private final boolean[] bound;
    private List<CommandArgument> unboundArguments = new ArrayList<>();
    private ParameterBindingException positionalBindingException;

    private int currentParameterSetFlag = ALL_SETS;
    private int prePipelineProcessingParameterSetFlags = ALL_SETS;
    private int parameterSetToBePrioritizedInPipelineBinding;
    private String parameterSetName = "";

    private final Map<ParameterMetadata, CommandArgument> delayBindScriptBlocks = new LinkedHashMap<>();
    private final Map<ParameterMetadata, Object> defaultParameterValues = new HashMap<>();
    private final List<ParameterMetadata> parametersBoundThroughPipelineInput = new ArrayList<>();

    /**
     * A binder for a cmdlet or an advanced function.
     *
     * @param declaredTarget where the command's own parameters go; the common parameters go to
     *                       {@link #commonParameters()}
     */
    public ParameterBinder(InvocationInfo invocation, BindingTarget declaredTarget, BindingServices services) {
        this(invocation, declaredTarget, services, true);
    }

    private ParameterBinder(InvocationInfo invocation, BindingTarget declaredTarget, BindingServices services,
                            boolean cmdletBinding) {
        this.invocation = invocation;
        this.command = invocation.command();
        this.cmdletBinding = cmdletBinding;
        this.declaredTarget = declaredTarget;
        this.services = services;
        this.valueBinder = new ParameterValueBinder(services, boundParameters);
        this.unboundParameters = new ArrayList<>(command.parameters());
        this.bound = new boolean[command.parameters().size()];
    }

    /**
     * A binder for a simple function or script (no [CmdletBinding()], no [Parameter()]; binder spec
     * section 7): use {@link #bindSimpleCommandLine}.
     */
    public static ParameterBinder forSimpleFunction(InvocationInfo invocation, BindingTarget target,
                                                    BindingServices services) {
        return new ParameterBinder(invocation, target, services, false);
    }

    /** The selected parameter set ($PSCmdlet.ParameterSetName). */
    public String parameterSetName() {
        return parameterSetName;
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
        bindCommandLineNoValidation(arguments);
        boolean isPipelineInputExpected = invocation.expectingInput();
        int validParameterSetCount = isPipelineInputExpected
                ? validateParameterSets(true, false) : validateParameterSets(false, true);
        if (validParameterSetCount > 1 && isPipelineInputExpected) {
            int filtered = filterParameterSetsTakingNoPipelineInput();
            if (filtered != currentParameterSetFlag) {
                currentParameterSetFlag = filtered;
                validParameterSetCount = validateParameterSets(true, false);
            }
        }
        handleUnboundMandatoryParameters(validParameterSetCount, isPipelineInputExpected);
        if (!isPipelineInputExpected) {
            verifyParameterSetSelected();
        }
        prePipelineProcessingParameterSetFlags = currentParameterSetFlag;
    }

    private void bindCommandLineNoValidation(List<CommandArgument> arguments) {
        initUnboundArguments(arguments);
        reparseUnboundArguments();
        unboundArguments = bindNamedParameters(currentParameterSetFlag, unboundArguments);
        unboundArguments = bindPositionalParameters(unboundArguments, currentParameterSetFlag,
                command.defaultParameterSetFlag());
        ParameterBindingException reportedBindingException = positionalBindingException;
        validateParameterSets(true, false);
        handleRemainingArguments();
        verifyArgumentsProcessed(reportedBindingException);
    }

    /**
     * Binds a simple function's command line (binder spec 7.2): names, then positions in declaration
     * order, with no parameter sets and no errors for what is left over, which becomes $args.
     *
     * @return $args: unbound arguments, a leftover {@code -name} as its text
     */
    public List<Object> bindSimpleCommandLine(List<CommandArgument> arguments) {
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
                args.add(argument.parameterText());
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
        List<CommandArgument> splatted = null;
        for (CommandArgument argument : arguments) {
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
            ParameterMetadata matchingParameter = getMatchingParameter(argument.parameterName(), false,
                    argument.extent());
            if (matchingParameter == null) {
                result.add(argument);
                continue;
            }
            if (matchingParameter.isSwitch()) {
                result.add(argument.withValue(argument.parameterName(), Boolean.TRUE));
                continue;
            }
            if (index + 1 >= unboundArguments.size()) {
                throw missingArgument(argument, matchingParameter);
            }
            CommandArgument next = unboundArguments.get(index + 1);
            index++;
            if (next.isParameter()) {
                ParameterMetadata nextMatchingParameter = getMatchingParameter(next.parameterName(), false,
                        next.extent());
                if (nextMatchingParameter != null || next.hasNameAndValue()) {
                    throw missingArgument(argument, matchingParameter);
                }
                result.add(argument.withValue(matchingParameter.name(), next.parameterText()));
            } else {
                result.add(argument.withValue(matchingParameter.name(), next.value()));
            }
        }
        unboundArguments = result;
    }

    private ParameterBindingException missingArgument(CommandArgument argument, ParameterMetadata parameter) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "MissingArgument",
                format(ParameterBinderStrings.MISSING_ARGUMENT, null, parameter.name(), parameter.typeName()),
                argument.extent());
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
            ParameterMetadata parameter = getMatchingParameter(argument.parameterName(), false, argument.extent());
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
            bindParameter(parameterSets, argument, parameter,
                    cmdletBinding ? SHOULD_COERCE_TYPE | DELAY_BIND_SCRIPT_BLOCK : SHOULD_COERCE_TYPE);
        }
        return result;
    }

    private static ParameterBindingException parameterAlreadyBound(CommandArgument argument) {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "ParameterAlreadyBound",
                format(ParameterBinderStrings.PARAMETER_ALREADY_BOUND, null, argument.parameterName()),
                argument.extent());
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
                evaluateUnboundPositionalParameters(currentParameterSetFlag);
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
            } else if (validParameterSets != currentParameterSetFlag) {
                validParameterSets = currentParameterSetFlag;
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
                Map<ParameterMetadata, List<ParameterSetData>> atPosition =
                        result.computeIfAbsent(data.position(), p -> new LinkedHashMap<>());
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
                atPosition.computeIfAbsent(parameter, p -> new ArrayList<>()).add(data);
            }
        }
        return result;
    }

    /** Drops the set data (and parameters) no longer in the valid sets, keeping the positions. */
    private static void updatePositionalDictionary(
            TreeMap<Integer, Map<ParameterMetadata, List<ParameterSetData>>> positionalParameters,
            int validParameterSets) {
        for (Map<ParameterMetadata, List<ParameterSetData>> atPosition : positionalParameters.values()) {
            atPosition.values().forEach(data -> data.removeIf(d -> !d.matches(validParameterSets)));
            atPosition.values().removeIf(List::isEmpty);
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
                CommandArgument bindable = new CommandArgument(parameter.name(), "-" + parameter.name() + ":",
                        argument.value(), true, false, argument.extent());
                try {
                    bindResult = bindParameter(validParameterSets, bindable, parameter, flags);
                } catch (ParameterBindingException e) {
                    if (e.kind() != ParameterBindingException.Kind.BINDING) {
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
    // Remaining arguments and leftovers (spec 1.8, 1.9)
    // ---------------------------------------------------------------------------------------------

    /** Gives what is left to the ValueFromRemainingArguments parameter of the current set, if any. */
    private void handleRemainingArguments() {
        if (unboundArguments.isEmpty()) {
            return;
        }
        ParameterMetadata varargsParameter = null;
        for (ParameterMetadata parameter : unboundParameters) {
            ParameterSetData data = parameter.parameterSetData(currentParameterSetFlag);
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
        Extent extent = unboundArguments.size() == 1 ? unboundArguments.getFirst().extent() : null;
        bindToParameter(new CommandArgument(varargsParameter.name(), "-" + varargsParameter.name() + ":", value, true,
                false, extent), varargsParameter, SHOULD_COERCE_TYPE);
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
                    first.extent());
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
    // Name resolution (spec 2; MergedCommandParameterMetadata.GetMatchingParameter)
    // ---------------------------------------------------------------------------------------------

    /**
     * The parameter a typed name means: an exact name, else an exact alias, else the only name or
     * alias it is a prefix of. Several prefix matches resolve to the only declared one among them
     * (so {@code -Ver} finds a cmdlet's -Version before common -Verbose), else AmbiguousParameter.
     */
    private ParameterMetadata getMatchingParameter(String name, boolean throwOnParameterNotFound, Extent extent) {
        String typed = !name.isEmpty() && isDash(name.charAt(0)) ? name.substring(1) : name;
        String key = BinderConversions.lower(typed);
        ParameterMetadata exact = command.parameterNamed(key);
        if (exact == null) {
            exact = command.parameterAliased(key);
        }
        if (exact != null) {
            return exact;
        }
        List<ParameterMetadata> matches = new ArrayList<>(2);
        for (ParameterMetadata parameter : command.parameters()) {
            if (parameter.name().regionMatches(true, 0, typed, 0, typed.length())) {
                matches.add(parameter);
            }
        }
        for (Map.Entry<String, ParameterMetadata> alias : command.aliases()) {
            if (alias.getKey().regionMatches(true, 0, typed, 0, typed.length()) && !matches.contains(alias.getValue())) {
                matches.add(alias.getValue());
            }
        }
        if (matches.size() > 1) {
            ParameterMetadata declared = null;
            int declaredCount = 0;
            for (ParameterMetadata match : matches) {
                if (match.association() == ParameterMetadata.Association.DECLARED) {
                    declared = match;
                    declaredCount++;
                }
            }
            if (declaredCount == 1) {
                return declared;
            }
            StringBuilder possibleMatches = new StringBuilder();
            for (ParameterMetadata match : matches) {
                possibleMatches.append(" -").append(match.name());
            }
            throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "AmbiguousParameter",
                    format(ParameterBinderStrings.AMBIGUOUS_PARAMETER, null, typed, null, null, null, null,
                            possibleMatches), extent);
        }
        if (matches.isEmpty()) {
            if (throwOnParameterNotFound) {
                throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "NamedParameterNotFound",
                        format(ParameterBinderStrings.NAMED_PARAMETER_NOT_FOUND, null, typed), extent);
            }
            return null;
        }
        return matches.getFirst();
    }

    /** The dashes PowerShell accepts before a parameter name: hyphen, en dash, em dash, horizontal bar. */
    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    // ---------------------------------------------------------------------------------------------
    // Binding one argument (the controller's BindParameter overloads)
    // ---------------------------------------------------------------------------------------------

    /**
     * Binds an argument given by parameter name (prompted values): the name must match, and the
     * parameter must not be bound yet.
     */
    private boolean bindParameter(CommandArgument argument, int flags) {
        ParameterMetadata parameter = getMatchingParameter(argument.parameterName(),
                (flags & THROW_ON_PARAMETER_NOT_FOUND) != 0, argument.extent());
        if (parameter == null) {
            return false;
        }
        if (bound[parameter.index()]) {
            throw parameterAlreadyBound(argument);
        }
        return bindParameter(currentParameterSetFlag, argument, parameter, flags & ~DELAY_BIND_SCRIPT_BLOCK);
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
                        argument.extent());
            }
            delayBindScriptBlocks.putIfAbsent(parameter, argument);
            narrowParameterSets(parameter);
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
            narrowParameterSets(parameter);
            markBound(parameter);
        }
        return result;
    }

    private BindingTarget targetFor(ParameterMetadata parameter) {
        return parameter.association() == ParameterMetadata.Association.DECLARED ? declaredTarget : commonTarget;
    }

    private void narrowParameterSets(ParameterMetadata parameter) {
        if (parameter.parameterSetFlags() != 0) {
            currentParameterSetFlag &= parameter.parameterSetFlags();
        }
    }

    private void markBound(ParameterMetadata parameter) {
        unboundParameters.remove(parameter);
        bound[parameter.index()] = true;
    }

    // ---------------------------------------------------------------------------------------------
    // Parameter sets (spec 3)
    // ---------------------------------------------------------------------------------------------

    private static int validParameterSetCount(int flags) {
        return flags == ALL_SETS ? 1 : Integer.bitCount(flags);
    }

    private void setParameterSetName() {
        parameterSetName = command.parameterSetName(currentParameterSetFlag);
    }

    /**
     * Checks that the arguments leave a usable set (spec 3.2) and returns how many sets remain.
     *
     * @param prePipelineInput whether several sets may remain because pipeline input will choose
     * @param setDefault whether to settle on the default set when it is among several
     */
    private int validateParameterSets(boolean prePipelineInput, boolean setDefault) {
        int validParameterSetCount = validParameterSetCount(currentParameterSetFlag);
        if (validParameterSetCount == 0 && currentParameterSetFlag != ALL_SETS) {
            throw ambiguousParameterSet();
        } else if (validParameterSetCount > 1) {
            int defaultParameterSetFlag = command.defaultParameterSetFlag();
            boolean hasDefaultSetDefined = defaultParameterSetFlag != 0;
            boolean validSetIsAllSet = currentParameterSetFlag == ALL_SETS;
            boolean validSetIsDefault = currentParameterSetFlag == defaultParameterSetFlag;
            if (validSetIsAllSet && !hasDefaultSetDefined) {
                validParameterSetCount = 1;
            } else if (!prePipelineInput && validSetIsDefault
                    || hasDefaultSetDefined && (currentParameterSetFlag & defaultParameterSetFlag) != 0) {
                parameterSetName = command.parameterSetName(defaultParameterSetFlag);
                if (setDefault) {
                    currentParameterSetFlag = defaultParameterSetFlag;
                    validParameterSetCount = 1;
                }
            } else if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(currentParameterSetFlag)) {
                // Pipeline input decides later.
                return validParameterSetCount;
            } else {
                int resolvedParameterSetCount = resolveParameterSetAmbiguityBasedOnMandatoryParameters();
                if (resolvedParameterSetCount != 1) {
                    throw ambiguousParameterSet();
                }
                validParameterSetCount = resolvedParameterSetCount;
            }
        } else {
            if (currentParameterSetFlag == ALL_SETS) {
                validParameterSetCount = command.parameterSetCount() > 0 ? command.parameterSetCount() : 1;
                if (prePipelineInput && atLeastOneUnboundValidParameterSetTakesPipelineInput(currentParameterSetFlag)) {
                    // Do not settle on the default set before pipeline input is processed.
                } else if (command.defaultParameterSetFlag() != 0) {
                    if (setDefault) {
                        currentParameterSetFlag = command.defaultParameterSetFlag();
                        validParameterSetCount = 1;
                    }
                } else if (validParameterSetCount > 1) {
                    int resolvedParameterSetCount = resolveParameterSetAmbiguityBasedOnMandatoryParameters();
                    if (resolvedParameterSetCount != 1) {
                        throw ambiguousParameterSet();
                    }
                    validParameterSetCount = resolvedParameterSetCount;
                }
            }
            setParameterSetName();
        }
        return validParameterSetCount;
    }

    /** Keeps the sets that have no unbound mandatory parameter; returns 1 when exactly one remains, else -1. */
    private int resolveParameterSetAmbiguityBasedOnMandatoryParameters() {
        int allParameterSetFlags = 0;
        for (ParameterMetadata parameter : command.parameters()) {
            allParameterSetFlags |= parameter.parameterSetFlags();
        }
        int remaining = currentParameterSetFlag & allParameterSetFlags;
        for (ParameterMetadata parameter : unboundParameters) {
            for (ParameterSetData data : parameter.parameterSetData()) {
                if (data.isMandatory()) {
                    remaining &= ~data.flag();
                }
            }
        }
        if (validParameterSetCount(remaining) == 1) {
            currentParameterSetFlag = remaining;
            setParameterSetName();
            return 1;
        }
        return -1;
    }

    private ParameterBindingException ambiguousParameterSet() {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "AmbiguousParameterSet",
                ParameterBinderStrings.AMBIGUOUS_PARAMETER_SET, null);
    }

    private boolean atLeastOneUnboundValidParameterSetTakesPipelineInput(int validParameterSetFlags) {
        for (ParameterMetadata parameter : unboundParameters) {
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
        for (ParameterMetadata parameter : unboundParameters) {
            if (!parameter.isPipelineParameterInSomeParameterSet()) {
                continue;
            }
            for (ParameterSetData data : parameter.matchingParameterSetData(currentParameterSetFlag)) {
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
                ? currentParameterSetFlag & parameterSetsTakingPipeInput : currentParameterSetFlag;
    }

    /** Without pipeline input, a command with several sets must have settled on one (spec 3.4). */
    private void verifyParameterSetSelected() {
        if (command.parameterSetCount() > 1 && currentParameterSetFlag == ALL_SETS) {
            if (command.defaultParameterSetFlag() != 0) {
                currentParameterSetFlag = command.defaultParameterSetFlag();
            } else {
                throw ambiguousParameterSet();
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
        List<ParameterMetadata> missing = getMissingMandatoryParameters(validParameterSetCount, isPipelineInputExpected);
        if (missing.isEmpty()) {
            return;
        }
        List<BindingServices.FieldDescription> fields = new ArrayList<>();
        for (ParameterMetadata parameter : missing) {
            ParameterSetData data = parameter.parameterSetData(currentParameterSetFlag);
            fields.add(new BindingServices.FieldDescription(parameter.name(), parameter.typeName(),
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

    /** What PowerShell's ParameterSetPromptingData records per set (or for all sets) while looking for missing parameters. */
    private static final class PromptingData {
        final int parameterSet;
        final boolean isDefaultSet;
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatory = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatoryByValue = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> pipelineableMandatoryByPropertyName = new LinkedHashMap<>();
        final Map<ParameterMetadata, ParameterSetData> nonpipelineableMandatory = new LinkedHashMap<>();

        PromptingData(int parameterSet, boolean isDefaultSet) {
            this.parameterSet = parameterSet;
            this.isDefaultSet = isDefaultSet;
        }

        boolean isAllSet() {
            return parameterSet == ALL_SETS;
        }
    }

    /**
     * The unbound mandatory parameters of the valid sets. Without pipeline input, all of them. With
     * pipeline input, only those pipeline input cannot supply, after choosing the sets pipeline input
     * can still fill; this is a structural copy of PowerShell's GetMissingMandatoryParameters, whose
     * heuristics keep long-standing binding results stable.
     */
    private List<ParameterMetadata> getMissingMandatoryParameters(int validParameterSetCount,
                                                                  boolean isPipelineInputExpected) {
        List<ParameterMetadata> result = new ArrayList<>();
        int defaultParameterSet = command.defaultParameterSetFlag();
        int commandMandatorySets = 0;
        Map<Integer, PromptingData> promptingData = new LinkedHashMap<>();
        boolean missingAMandatoryParameter = false;
        boolean missingAMandatoryParameterInAllSet = false;

        for (ParameterMetadata parameter : unboundParameters) {
            if (!parameter.isMandatoryInSomeParameterSet()) {
                continue;
            }
            int parameterMandatorySets = 0;
            boolean thisParameterMissing = false;
            for (ParameterSetData data : parameter.matchingParameterSetData(currentParameterSetFlag)) {
                int newMandatoryParameterSetFlag = newParameterSetPromptingData(promptingData, parameter, data,
                        defaultParameterSet, isPipelineInputExpected);
                if (newMandatoryParameterSetFlag != 0) {
                    missingAMandatoryParameter = true;
                    thisParameterMissing = true;
                    if (newMandatoryParameterSetFlag != ALL_SETS) {
                        parameterMandatorySets |= currentParameterSetFlag & newMandatoryParameterSetFlag;
                        commandMandatorySets |= currentParameterSetFlag & parameterMandatorySets;
                    } else {
                        missingAMandatoryParameterInAllSet = true;
                    }
                }
            }
            if (!isPipelineInputExpected && thisParameterMissing) {
                result.add(parameter);
            }
        }

        if (!missingAMandatoryParameter || !isPipelineInputExpected) {
            return result;
        }
        if (commandMandatorySets == 0) {
            commandMandatorySets = currentParameterSetFlag;
        }
        if (missingAMandatoryParameterInAllSet) {
            int availableParameterSetFlags = command.allParameterSetFlags();
            if (availableParameterSetFlags == 0) {
                availableParameterSetFlags = ALL_SETS;
            }
            commandMandatorySets = currentParameterSetFlag & availableParameterSetFlags;
        }

        // With several valid sets, the default set among them and missing nothing: keep the sets without
        // missing mandatory parameters, preferring the default set, unless another set takes pipeline input.
        if (validParameterSetCount > 1 && defaultParameterSet != 0 && (defaultParameterSet & commandMandatorySets) == 0
                && (defaultParameterSet & currentParameterSetFlag) != 0) {
            int setThatTakesPipelineInput = 0;
            for (PromptingData data : promptingData.values()) {
                if ((data.parameterSet & currentParameterSetFlag) != 0 && (data.parameterSet & defaultParameterSet) == 0
                        && !data.isAllSet() && !data.pipelineableMandatory.isEmpty()) {
                    setThatTakesPipelineInput = data.parameterSet;
                    break;
                }
            }
            if (setThatTakesPipelineInput == 0) {
                commandMandatorySets = currentParameterSetFlag & ~commandMandatorySets;
                currentParameterSetFlag = commandMandatorySets;
                if (currentParameterSetFlag == defaultParameterSet) {
                    setParameterSetName();
                } else {
                    parameterSetToBePrioritizedInPipelineBinding = defaultParameterSet;
                }
            }
        }

        int commandMandatorySetsCount = validParameterSetCount(commandMandatorySets);
        if (commandMandatorySetsCount == 0) {
            throw ambiguousParameterSet();
        } else if (commandMandatorySetsCount == 1) {
            addNonpipelineableMandatory(result, promptingData, commandMandatorySets);
        } else if (parameterSetToBePrioritizedInPipelineBinding == 0) {
            boolean latchOnToDefault = false;
            if (defaultParameterSet != 0 && (commandMandatorySets & defaultParameterSet) != 0) {
                latchOnToDefault = shouldLatchOnToDefault(promptingData, defaultParameterSet);
                if (latchOnToDefault) {
                    commandMandatorySets = defaultParameterSet;
                    currentParameterSetFlag = defaultParameterSet;
                    setParameterSetName();
                    addNonpipelineableMandatory(result, promptingData, commandMandatorySets);
                }
            }
            if (!latchOnToDefault) {
                chooseSetTakingPipelineInput(result, promptingData, commandMandatorySets);
            }
        }
        return result;
    }

    /** Whether the default set should be chosen: it binds strongly to pipeline input, or no other set can. */
    private static boolean shouldLatchOnToDefault(Map<Integer, PromptingData> promptingData, int defaultParameterSet) {
        boolean anotherSetTakesPipelineInput = false;
        boolean anotherSetTakesPipelineInputByPropertyName = false;
        for (PromptingData data : promptingData.values()) {
            if (!data.isAllSet() && !data.isDefaultSet && !data.pipelineableMandatory.isEmpty()
                    && data.nonpipelineableMandatory.isEmpty()) {
                anotherSetTakesPipelineInput = true;
                break;
            }
        }
        for (PromptingData data : promptingData.values()) {
            if (!data.isAllSet() && !data.isDefaultSet && !data.pipelineableMandatoryByPropertyName.isEmpty()) {
                anotherSetTakesPipelineInputByPropertyName = true;
                break;
            }
        }
        PromptingData defaultSetData = promptingData.get(defaultParameterSet);
        if (defaultSetData != null) {
            boolean defaultSetTakesPipelineInput = !defaultSetData.pipelineableMandatory.isEmpty();
            boolean defaultSetTakesPipelineInputByPropertyName =
                    !defaultSetData.pipelineableMandatoryByPropertyName.isEmpty();
            if (defaultSetTakesPipelineInputByPropertyName && !anotherSetTakesPipelineInputByPropertyName
                    || defaultSetTakesPipelineInput && !anotherSetTakesPipelineInput) {
                return true;
            }
        }
        if (!anotherSetTakesPipelineInput) {
            return true;
        }
        PromptingData allSetData = promptingData.get(ALL_SETS);
        return allSetData != null && !allSetData.nonpipelineableMandatory.isEmpty();
    }

    /**
     * Several sets miss mandatory parameters: latch onto the only set whose mandatory parameters pipeline
     * input fills (by value, or by property name), keeping the sets that could still work; failing that,
     * drop the sets whose missing parameters pipeline input cannot supply.
     */
    private void chooseSetTakingPipelineInput(List<ParameterMetadata> result, Map<Integer, PromptingData> promptingData,
                                              int commandMandatorySets) {
        int setThatTakesPipelineInputByValue = 0;
        boolean foundSetThatTakesPipelineInputByValue = false;
        boolean foundMultipleSetsThatTakesPipelineInputByValue = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & commandMandatorySets) != 0 && !data.isAllSet()
                    && !data.pipelineableMandatoryByValue.isEmpty()) {
                if (foundSetThatTakesPipelineInputByValue) {
                    foundMultipleSetsThatTakesPipelineInputByValue = true;
                    setThatTakesPipelineInputByValue = 0;
                    break;
                }
                setThatTakesPipelineInputByValue = data.parameterSet;
                foundSetThatTakesPipelineInputByValue = true;
            }
        }
        int setThatTakesPipelineInputByPropertyName = 0;
        boolean foundSetThatTakesPipelineInputByPropertyName = false;
        boolean foundMultipleSetsThatTakesPipelineInputByPropertyName = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & commandMandatorySets) != 0 && !data.isAllSet()
                    && !data.pipelineableMandatoryByPropertyName.isEmpty()) {
                if (foundSetThatTakesPipelineInputByPropertyName) {
                    foundMultipleSetsThatTakesPipelineInputByPropertyName = true;
                    setThatTakesPipelineInputByPropertyName = 0;
                    break;
                }
                setThatTakesPipelineInputByPropertyName = data.parameterSet;
                foundSetThatTakesPipelineInputByPropertyName = true;
            }
        }
        int uniqueSetThatTakesPipelineInput = 0;
        if (foundSetThatTakesPipelineInputByValue && foundSetThatTakesPipelineInputByPropertyName
                && setThatTakesPipelineInputByValue == setThatTakesPipelineInputByPropertyName) {
            uniqueSetThatTakesPipelineInput = setThatTakesPipelineInputByValue;
        }
        if (foundSetThatTakesPipelineInputByValue ^ foundSetThatTakesPipelineInputByPropertyName) {
            uniqueSetThatTakesPipelineInput = foundSetThatTakesPipelineInputByValue
                    ? setThatTakesPipelineInputByValue : setThatTakesPipelineInputByPropertyName;
        }
        if (uniqueSetThatTakesPipelineInput != 0) {
            latchOnToSetTakingPipelineInput(result, promptingData, uniqueSetThatTakesPipelineInput);
            return;
        }
        boolean foundMissingParameters = false;
        int setsThatContainNonpipelineableMandatoryParameter = 0;
        for (PromptingData data : promptingData.values()) {
            if (((data.parameterSet & commandMandatorySets) != 0 || data.isAllSet())
                    && !data.nonpipelineableMandatory.isEmpty()) {
                foundMissingParameters = true;
                if (!data.isAllSet()) {
                    setsThatContainNonpipelineableMandatoryParameter |= data.parameterSet;
                }
            }
        }
        if (!foundMissingParameters) {
            return;
        }
        if (setThatTakesPipelineInputByValue != 0) {
            latchOnToSetTakingPipelineInput(result, promptingData, setThatTakesPipelineInputByValue);
            return;
        }
        if (!foundMultipleSetsThatTakesPipelineInputByValue && !foundMultipleSetsThatTakesPipelineInputByPropertyName) {
            throw ambiguousParameterSet();
        }
        if (setsThatContainNonpipelineableMandatoryParameter != 0) {
            ignoreOtherMandatoryParameterSets(setsThatContainNonpipelineableMandatoryParameter);
            if (currentParameterSetFlag == 0) {
                throw ambiguousParameterSet();
            }
            if (validParameterSetCount(currentParameterSetFlag) == 1) {
                setParameterSetName();
            }
        }
    }

    private void latchOnToSetTakingPipelineInput(List<ParameterMetadata> result,
                                                 Map<Integer, PromptingData> promptingData, int chosenSet) {
        int otherMandatorySetsToBeIgnored = 0;
        boolean chosenSetContainsNonpipelineableMandatoryParameters = false;
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & chosenSet) != 0 || data.isAllSet()) {
                if (!data.isAllSet()) {
                    chosenSetContainsNonpipelineableMandatoryParameters = !data.nonpipelineableMandatory.isEmpty();
                }
                result.addAll(data.nonpipelineableMandatory.keySet());
            } else {
                otherMandatorySetsToBeIgnored |= data.parameterSet;
            }
        }
        preservePotentialParameterSets(chosenSet, otherMandatorySetsToBeIgnored,
                chosenSetContainsNonpipelineableMandatoryParameters);
    }

    private static void addNonpipelineableMandatory(List<ParameterMetadata> result,
                                                    Map<Integer, PromptingData> promptingData, int sets) {
        for (PromptingData data : promptingData.values()) {
            if ((data.parameterSet & sets) != 0 || data.isAllSet()) {
                result.addAll(data.nonpipelineableMandatory.keySet());
            }
        }
    }

    /**
     * After choosing a set for pipeline input: settle on it if it has parameters to prompt for;
     * otherwise keep the other sets without mandatory parameters too, trying the chosen set first.
     */
    private void preservePotentialParameterSets(int chosenMandatorySet, int otherMandatorySetsToBeIgnored,
                                                boolean chosenSetContainsNonpipelineableMandatoryParameters) {
        if (chosenSetContainsNonpipelineableMandatoryParameters) {
            currentParameterSetFlag = chosenMandatorySet;
            setParameterSetName();
        } else {
            ignoreOtherMandatoryParameterSets(otherMandatorySetsToBeIgnored);
            setParameterSetName();
            if (currentParameterSetFlag != chosenMandatorySet) {
                parameterSetToBePrioritizedInPipelineBinding = chosenMandatorySet;
            }
        }
    }

    private void ignoreOtherMandatoryParameterSets(int otherMandatorySetsToBeIgnored) {
        if (otherMandatorySetsToBeIgnored == 0) {
            return;
        }
        if (currentParameterSetFlag == ALL_SETS) {
            currentParameterSetFlag = command.allParameterSetFlags() & ~otherMandatorySetsToBeIgnored;
        } else {
            currentParameterSetFlag &= ~otherMandatorySetsToBeIgnored;
        }
    }

    /** Records a mandatory declaration; returns its set (ALL_SETS for all sets), or 0 when not mandatory. */
    private static int newParameterSetPromptingData(Map<Integer, PromptingData> promptingData,
                                                    ParameterMetadata parameter, ParameterSetData data,
                                                    int defaultParameterSet, boolean pipelineInputExpected) {
        int parameterSetFlag = data.flag() == 0 ? ALL_SETS : data.flag();
        if (!data.isMandatory()) {
            return 0;
        }
        boolean isDefaultSet = defaultParameterSet != 0 && (defaultParameterSet & parameterSetFlag) != 0;
        PromptingData setData = promptingData.computeIfAbsent(parameterSetFlag,
                flag -> new PromptingData(flag, isDefaultSet));
        if (pipelineInputExpected && data.attribute().takesPipelineInput()) {
            setData.pipelineableMandatory.put(parameter, data);
            if (data.valueFromPipeline()) {
                setData.pipelineableMandatoryByValue.put(parameter, data);
            }
            if (data.valueFromPipelineByPropertyName()) {
                setData.pipelineableMandatoryByPropertyName.put(parameter, data);
            }
        } else {
            setData.nonpipelineableMandatory.put(parameter, data);
        }
        return parameterSetFlag;
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
        if (!bindPipelineParameters(input)) {
            throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "InputObjectNotBound",
                    ParameterBinderStrings.INPUT_OBJECT_NOT_BOUND, null);
        }
        List<ParameterMetadata> missing = getMissingMandatoryParameters(
                validParameterSetCount(currentParameterSetFlag), false);
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
        currentParameterSetFlag = prePipelineProcessingParameterSetFlags;
        int validParameterSets = currentParameterSetFlag;
        boolean needToPrioritizeOneSpecificParameterSet = parameterSetToBePrioritizedInPipelineBinding != 0;
        int steps = needToPrioritizeOneSpecificParameterSet ? 2 : 1;
        if (needToPrioritizeOneSpecificParameterSet) {
            validParameterSets = parameterSetToBePrioritizedInPipelineBinding;
        }
        boolean result = false;
        for (int i = 0; i < steps; i++) {
            for (int pass = 0; pass < 4; pass++) {
                if (bindUnboundParametersForBindingState(input, pass, validParameterSets)) {
                    if (!needToPrioritizeOneSpecificParameterSet || i == 1) {
                        validateParameterSets(true, true);
                        validParameterSets = currentParameterSetFlag;
                    }
                    result = true;
                }
            }
            if (needToPrioritizeOneSpecificParameterSet && i == 0) {
                if (currentParameterSetFlag == parameterSetToBePrioritizedInPipelineBinding) {
                    break;
                }
                validParameterSets = currentParameterSetFlag & ~parameterSetToBePrioritizedInPipelineBinding;
            }
        }
        validateParameterSets(false, true);
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
        for (int i = unboundParameters.size() - 1; i >= 0; i--) {
            ParameterMetadata parameter = unboundParameters.get(i);
            if (!parameter.isPipelineParameterInSomeParameterSet()
                    || (validParameterSets & parameter.parameterSetFlags()) == 0 && !parameter.isInAllSets()) {
                continue;
            }
            for (ParameterSetData data : parameter.matchingParameterSetData(validParameterSets)) {
                boolean bindResult = false;
                if (byValue && data.valueFromPipeline()) {
                    bindResult = bindValueFromPipeline(input, parameter, flags);
                } else if (!byValue && data.valueFromPipelineByPropertyName() && input != null) {
                    bindResult = bindValueFromPipelineByPropertyName(input, parameter, flags);
                }
                if (bindResult) {
                    aParameterWasBound = true;
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
        if (!defaultParameterValues.containsKey(parameter)) {
            defaultParameterValues.put(parameter, targetFor(parameter).getValue(parameter));
        }
        CommandArgument argument = new CommandArgument(parameter.name(), "-" + parameter.name() + ":", value, true,
                false, null);
        boolean result = bindParameter(currentParameterSetFlag, argument, parameter, flags & ~DELAY_BIND_SCRIPT_BLOCK);
        if (result) {
            parametersBoundThroughPipelineInput.add(parameter);
        }
        return result;
    }

    /** Puts back the values parameters had before the previous input object bound them. */
    private void restoreDefaultParameterValues(List<ParameterMetadata> parameters) {
        for (ParameterMetadata parameter : parameters) {
            if (defaultParameterValues.containsKey(parameter)) {
                Object value = defaultParameterValues.get(parameter);
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
                }
            } else {
                markBound(parameter);
            }
        }
    }

    /** Runs each delay-bind script block with $_ = the input object and binds its output (spec 5.9). */
    private boolean invokeAndBindDelayBindScriptBlocks(Object input, boolean[] thereWasSomethingToBind) {
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
                        null, null, null, e.getMessage()), argument.extent(), e);
            }
            if (output == null || output.isEmpty()) {
                throw ParameterBindingException.of(ErrorCategory.InvalidArgument, "ScriptBlockArgumentNoOutput",
                        format(ParameterBinderStrings.SCRIPT_BLOCK_ARGUMENT_NO_OUTPUT, null, parameter.name()),
                        argument.extent());
            }
            Object newValue = output.size() == 1 ? output.getFirst() : output;
            if (!bindToParameter(argument.withValue(argument.parameterName(), newValue), parameter, SHOULD_COERCE_TYPE)) {
                result = false;
            }
        }
        return result;
    }
}
