package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Everything the binder needs to know about one command, built once (PowerShell's CommandMetadata with
 * its MergedCommandParameterMetadata): the declared parameters, then the common parameters, then
 * -WhatIf/-Confirm; the parameter-set names and their bits; the default set. Cmdlets get theirs from
 * their annotations ({@link #of}); the interpreter builds advanced functions' with {@link #builder}.
 */
public final class CommandMetadata {
    /** At most 32 named sets, one bit each, as PowerShell's uint masks. */
    static final int MAX_PARAMETER_SETS = 32;
    /** The mask before anything narrowed it. */
    static final int ALL_SETS = -1;

    private static final ClassValue<CommandMetadata> CACHE = new ClassValue<>() {
        @Override
        protected CommandMetadata computeValue(Class<?> type) {
            return readCmdlet(type.asSubclass(PSCmdlet.class));
        }
    };

    /** -IncludeTotalCount, -Skip and -First, read once from {@link PagingParameters} as pwsh reads its class. */
    private static final List<ParameterMetadata.Builder> PAGING_PARAMETERS = readPagingParameters();

    private final String name;
    private final String implementingTypeName;
    private final String defaultParameterSetName;
    private final int defaultParameterSetFlag;
    private final List<String> parameterSetNames;
    private final List<ParameterMetadata> parameters;
    private final List<Map.Entry<String, ParameterMetadata>> aliases;
    private final Map<String, ParameterMetadata> byName;
    private final Map<String, ParameterMetadata> byAlias;
    private final boolean supportsShouldProcess;
    private final ConfirmImpact confirmImpact;
    /** The parameters that take pipeline input in some set, in order: what each input object is tried on. */
    private final List<ParameterMetadata> pipelineParameters;
    /**
     * Names as typed that resolved to one parameter, by their exact text: the binder resolves the same
     * few names at every call, and the name strings of a script are the same objects each time.
     */
    private final Map<String, ParameterMetadata> resolvedNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final MethodHandle constructor;

    private CommandMetadata(Builder b) {
        this.name = b.name;
        this.implementingTypeName = b.implementingTypeName != null ? b.implementingTypeName : b.name;
        this.supportsShouldProcess = b.supportsShouldProcess;
        this.confirmImpact = b.confirmImpact;
        this.constructor = b.constructor;

        List<ParameterMetadata.Builder> declared = b.parameters;
        if (b.automaticPositions) {
            assignAutomaticPositions(declared);
        }
        List<ParameterMetadata.Builder> all = new ArrayList<>(declared);
        List<ParameterMetadata.Association> associations = new ArrayList<>(Collections.nCopies(declared.size(),
                ParameterMetadata.Association.DECLARED));
        if (b.commonParameters) {
            List<ParameterMetadata.Builder> common = CommonParameters.commonParameters();
            all.addAll(common);
            associations.addAll(Collections.nCopies(common.size(), ParameterMetadata.Association.COMMON));
            if (b.supportsShouldProcess) {
                List<ParameterMetadata.Builder> shouldProcess = CommonParameters.shouldProcessParameters();
                all.addAll(shouldProcess);
                associations.addAll(Collections.nCopies(shouldProcess.size(),
                        ParameterMetadata.Association.SHOULD_PROCESS));
            }
            if (b.supportsPaging) {
                all.addAll(PAGING_PARAMETERS);
                associations.addAll(Collections.nCopies(PAGING_PARAMETERS.size(), ParameterMetadata.Association.PAGING));
            }
        }

        // The default set takes bit 0, then sets get bits in order of first appearance.
        List<String> setNames = new ArrayList<>();
        String defaultSet = b.defaultParameterSetName == null || b.defaultParameterSetName.isEmpty()
                ? null : b.defaultParameterSetName;
        if (defaultSet != null) {
            setNames.add(defaultSet);
        }
        List<ParameterMetadata> resolved = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            resolved.add(resolve(all.get(i), setNames, associations.get(i), i));
        }
        this.parameterSetNames = List.copyOf(setNames);
        this.defaultParameterSetName = defaultSet;
        this.defaultParameterSetFlag = defaultSet != null ? 1 : 0;
        this.parameters = List.copyOf(resolved);
        this.pipelineParameters = pipelineParametersOf(parameters);

        this.byName = new HashMap<>();
        this.byAlias = new HashMap<>();
        this.aliases = indexNames(parameters, byName, byAlias);
    }

    /**
     * This command with dynamic parameters after its own (pwsh's AddMetadataForBinder): the parameters
     * already there keep their objects, indexes and set bits; the dynamic ones' new sets get the next bits.
     *
     * @throws PSRuntimeException (MetadataError) when a dynamic name or alias is already taken
     */
    CommandMetadata withDynamicParameters(List<ParameterMetadata.Builder> dynamic) {
        return new CommandMetadata(this, dynamic);
    }

    private CommandMetadata(CommandMetadata base, List<ParameterMetadata.Builder> dynamic) {
        this.name = base.name;
        this.implementingTypeName = base.implementingTypeName;
        this.supportsShouldProcess = base.supportsShouldProcess;
        this.confirmImpact = base.confirmImpact;
        this.constructor = base.constructor;
        this.defaultParameterSetName = base.defaultParameterSetName;
        this.defaultParameterSetFlag = base.defaultParameterSetFlag;
        List<String> setNames = new ArrayList<>(base.parameterSetNames);
        List<ParameterMetadata> all = new ArrayList<>(base.parameters);
        for (ParameterMetadata.Builder parameter : dynamic) {
            all.add(resolve(parameter, setNames, ParameterMetadata.Association.DYNAMIC, all.size()));
        }
        this.parameterSetNames = List.copyOf(setNames);
        this.parameters = List.copyOf(all);
        this.pipelineParameters = pipelineParametersOf(parameters);
        this.byName = new HashMap<>();
        this.byAlias = new HashMap<>();
        this.aliases = indexNames(parameters, byName, byAlias);
    }

    private static List<ParameterMetadata> pipelineParametersOf(List<ParameterMetadata> parameters) {
        List<ParameterMetadata> result = new ArrayList<>();
        for (ParameterMetadata parameter : parameters) {
            if (parameter.isPipelineParameterInSomeParameterSet()) {
                result.add(parameter);
            }
        }
        return List.copyOf(result);
    }

    /** The parameters that take pipeline input in some set, in declaration order. */
    List<ParameterMetadata> pipelineParameters() {
        return pipelineParameters;
    }

    /** A parameter's set data, each named set getting its bit (a new name the next bit). */
    private static ParameterMetadata resolve(ParameterMetadata.Builder parameter, List<String> setNames,
                                             ParameterMetadata.Association association, int index) {
        List<ParameterSetData> setData = new ArrayList<>();
        for (ParameterAttribute attribute : parameter.attributes()) {
            for (ParameterSetData existing : setData) {
                if (existing.parameterSetName().equals(attribute.parameterSetName())) {
                    throw metadataError("ParameterDeclaredInParameterSetMultipleTimes", format(
                            ParameterBinderStrings.PARAMETER_DECLARED_IN_SET_MULTIPLE_TIMES, parameter.name(),
                            attribute.parameterSetName()));
                }
            }
            setData.add(new ParameterSetData(attribute, attribute.isInAllSets() ? 0 : bitOf(attribute, setNames)));
        }
        return parameter.build(setData, association, index);
    }

    /** Fills the name and alias tables; a name or alias used twice is a metadata error. Returns the aliases. */
    private static List<Map.Entry<String, ParameterMetadata>> indexNames(List<ParameterMetadata> parameters,
            Map<String, ParameterMetadata> byName, Map<String, ParameterMetadata> byAlias) {
        List<Map.Entry<String, ParameterMetadata>> aliasList = new ArrayList<>();
        for (ParameterMetadata parameter : parameters) {
            String key = BinderConversions.lower(parameter.name());
            if (byName.containsKey(key)) {
                throw metadataError("ParameterNameAlreadyExistsForCommand",
                        format(ParameterBinderStrings.PARAMETER_NAME_ALREADY_EXISTS, parameter.name()));
            }
            if (byAlias.containsKey(key)) {
                throw metadataError("ParameterNameConflictsWithAlias", format(
                        ParameterBinderStrings.PARAMETER_NAME_CONFLICTS_WITH_ALIAS, parameter.name(),
                        byAlias.get(key).name()));
            }
            byName.put(key, parameter);
            for (String alias : parameter.aliases()) {
                String aliasKey = BinderConversions.lower(alias);
                if (byAlias.containsKey(aliasKey)) {
                    throw metadataError("AliasParameterNameAlreadyExistsForCommand",
                            format(ParameterBinderStrings.ALIAS_ALREADY_EXISTS, alias));
                }
                if (byName.containsKey(aliasKey)) {
                    throw metadataError("ParameterNameConflictsWithAlias", format(
                            ParameterBinderStrings.PARAMETER_NAME_CONFLICTS_WITH_ALIAS, byName.get(aliasKey).name(),
                            parameter.name()));
                }
                byAlias.put(aliasKey, parameter);
                aliasList.add(Map.entry(alias, parameter));
            }
        }
        return List.copyOf(aliasList);
    }

    private static int bitOf(ParameterAttribute attribute, List<String> setNames) {
        int index = setNames.indexOf(attribute.parameterSetName());
        if (index < 0) {
            if (setNames.size() == MAX_PARAMETER_SETS) {
                throw metadataError("ParsingTooManyParameterSets", ParameterBinderStrings.TOO_MANY_PARAMETER_SETS);
            }
            setNames.add(attribute.parameterSetName());
            index = setNames.size() - 1;
        }
        return 1 << index;
    }

    /**
     * Script parameters get positions 0, 1, 2... in declaration order (switches none) when no parameter
     * declares a position or a set (binder spec 7.3).
     */
    private static void assignAutomaticPositions(List<ParameterMetadata.Builder> parameters) {
        for (ParameterMetadata.Builder parameter : parameters) {
            for (ParameterAttribute attribute : parameter.attributes()) {
                if (attribute.isPositional() || !attribute.isInAllSets()) {
                    return;
                }
            }
        }
        int position = 0;
        for (ParameterMetadata.Builder parameter : parameters) {
            if (!parameter.isSwitch()) {
                List<ParameterAttribute> attributes = new ArrayList<>(parameter.attributes());
                attributes.set(0, attributes.getFirst().withPosition(position++));
                parameter.replaceAttributes(attributes);
            }
        }
    }

    private static PSRuntimeException metadataError(String errorId, String message) {
        return new PSRuntimeException(errorId, ErrorCategory.MetadataError, message);
    }

    /** The metadata of a cmdlet class, read from its annotations on first use. */
    public static CommandMetadata of(Class<? extends PSCmdlet> type) {
        return CACHE.get(type);
    }

    private static List<ParameterMetadata.Builder> readPagingParameters() {
        try {
            return List.copyOf(AnnotatedParameters.read(PagingParameters.class, Object.class, MethodHandles.lookup()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the paging parameters: " + e.getMessage(), e);
        }
    }

    private static CommandMetadata readCmdlet(Class<? extends PSCmdlet> type) {
        Cmdlet cmdlet = type.getAnnotation(Cmdlet.class);
        if (cmdlet == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Cmdlet annotation");
        }
        try {
            // Cmdlets live in modules above this one, which this module does not require.
            CommandMetadata.class.getModule().addReads(type.getModule());
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            Builder builder = builder(CmdletInfo.nameOf(cmdlet))
                    .implementingTypeName(cmdlet.dotNetTypeName().isEmpty()
                            ? "Microsoft.PowerShell.Commands." + type.getSimpleName() : cmdlet.dotNetTypeName())
                    .defaultParameterSetName(cmdlet.defaultParameterSetName())
                    .supportsShouldProcess(cmdlet.supportsShouldProcess())
                    .supportsPaging(cmdlet.supportsPaging())
                    .confirmImpact(cmdlet.confirmImpact());
            builder.constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(PSCmdlet.class));
            for (ParameterMetadata.Builder parameter : AnnotatedParameters.read(type, PSCmdlet.class,
                    MethodHandles.lookup())) {
                builder.parameter(parameter);
            }
            return builder.build();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot use cmdlet class " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The cmdlet's .NET type name, or the function's name: what FullyQualifiedErrorIds end with. */
    public String implementingTypeName() {
        return implementingTypeName;
    }

    /** Whether a parameter of exactly this name (any case) is declared, common parameters included. */
    public boolean declares(String name) {
        return byName.containsKey(BinderConversions.lower(name));
    }

    /**
     * The parameter a typed name ({@code -Pa}, {@code Path}, an alias) means, as the binder resolves it;
     * null when none or several match.
     */
    public ParameterMetadata findParameter(String typedName) {
        try {
            return matchingParameter(typedName, false, null);
        } catch (ParameterBindingException e) {
            return null;
        }
    }

    /** Declared parameters first, then the common ones, then -WhatIf/-Confirm, then the paging ones. */
    public List<ParameterMetadata> parameters() {
        return parameters;
    }

    public boolean supportsShouldProcess() {
        return supportsShouldProcess;
    }

    /** How much harm the command's changes can do; it asks for confirmation when this reaches $ConfirmPreference. */
    public ConfirmImpact confirmImpact() {
        return confirmImpact;
    }

    public String defaultParameterSetName() {
        return defaultParameterSetName;
    }

    /** The default set's bit, or 0 without a default set. */
    int defaultParameterSetFlag() {
        return defaultParameterSetFlag;
    }

    /** The names of the parameter sets, in the order of their bits (empty when there are none). */
    public List<String> parameterSetNames() {
        return parameterSetNames;
    }

    /** How many named sets (the default set counts even when no parameter names it). */
    public int parameterSetCount() {
        return parameterSetNames.size();
    }

    /** The bits of all named sets. */
    int allParameterSetFlags() {
        return parameterSetNames.size() == MAX_PARAMETER_SETS ? ALL_SETS : (1 << parameterSetNames.size()) - 1;
    }

    /**
     * The name of the single set in {@code flags}: the default set (or {@code __AllParameterSets}) for
     * the unnarrowed or empty mask, "" for several sets (PowerShell's GetParameterSetName).
     */
    String parameterSetName(int flags) {
        if (flags == ALL_SETS || flags == 0) {
            return defaultParameterSetName != null ? defaultParameterSetName : Parameter.ALL_PARAMETER_SETS;
        }
        if (Integer.bitCount(flags) != 1) {
            return "";
        }
        int index = Integer.numberOfTrailingZeros(flags);
        return index < parameterSetNames.size() ? parameterSetNames.get(index) : "";
    }

    /**
     * The parameter a typed name means: an exact name, else an exact alias, else the only name or
     * alias it is a prefix of. Several prefix matches resolve to the only declared (or dynamic) one among them
     * (so {@code -Ver} finds a cmdlet's -Version before common -Verbose), else AmbiguousParameter.
     */
    ParameterMetadata matchingParameter(String name, boolean throwOnParameterNotFound, Extent extent) {
        ParameterMetadata known = resolvedNames.get(name);
        if (known != null) {
            return known;
        }
        ParameterMetadata resolved = resolveParameter(name, throwOnParameterNotFound, extent);
        if (resolved != null && resolvedNames.size() < RESOLVED_NAMES_KEPT) {
            resolvedNames.put(name, resolved);
        }
        return resolved;
    }

    /** How many resolved names a command keeps (scripts that make names, as splatted keys, are not kept all). */
    private static final int RESOLVED_NAMES_KEPT = 64;

    private ParameterMetadata resolveParameter(String name, boolean throwOnParameterNotFound, Extent extent) {
        String typed = !name.isEmpty() && isDash(name.charAt(0)) ? name.substring(1) : name;
        String key = BinderConversions.lower(typed);
        ParameterMetadata exact = byName.get(key);
        if (exact == null) {
            exact = byAlias.get(key);
        }
        if (exact != null) {
            return exact;
        }
        List<ParameterMetadata> matches = new ArrayList<>(2);
        for (ParameterMetadata parameter : parameters) {
            if (parameter.name().regionMatches(true, 0, typed, 0, typed.length())) {
                matches.add(parameter);
            }
        }
        for (Map.Entry<String, ParameterMetadata> alias : aliases) {
            if (alias.getKey().regionMatches(true, 0, typed, 0, typed.length()) && !matches.contains(alias.getValue())) {
                matches.add(alias.getValue());
            }
        }
        if (matches.size() > 1) {
            ParameterMetadata declared = null;
            int declaredCount = 0;
            for (ParameterMetadata match : matches) {
                if (match.association() == ParameterMetadata.Association.DECLARED
                        || match.association() == ParameterMetadata.Association.DYNAMIC) {
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

    /** A new instance of the cmdlet; only for metadata read from a cmdlet class. */
    PSCmdlet newInstance() {
        try {
            return (PSCmdlet) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Declares a command from data, as the interpreter does for advanced functions. */
    public static final class Builder {
        private final String name;
        private String implementingTypeName;
        private String defaultParameterSetName;
        private boolean supportsShouldProcess;
        private boolean supportsPaging;
        private ConfirmImpact confirmImpact = ConfirmImpact.Medium;
        private boolean commonParameters = true;
        private boolean automaticPositions;
        private final List<ParameterMetadata.Builder> parameters = new ArrayList<>();
        private MethodHandle constructor;

        private Builder(String name) {
            this.name = name;
        }

        /** What error ids end with: the cmdlet's .NET type name; functions keep their name (the default). */
        public Builder implementingTypeName(String value) {
            implementingTypeName = value;
            return this;
        }

        public Builder defaultParameterSetName(String value) {
            defaultParameterSetName = value;
            return this;
        }

        public Builder supportsShouldProcess(boolean value) {
            supportsShouldProcess = value;
            return this;
        }

        public Builder supportsPaging(boolean value) {
            supportsPaging = value;
            return this;
        }

        /** Medium unless declared, as in pwsh. */
        public Builder confirmImpact(ConfirmImpact value) {
            confirmImpact = value;
            return this;
        }

        /** Whether the command takes the common parameters (cmdlets and advanced functions do). */
        public Builder commonParameters(boolean value) {
            commonParameters = value;
            return this;
        }

        /** Script rule 7.3: positions 0, 1, 2... when nothing declares a position or a set. */
        public Builder automaticPositions(boolean value) {
            automaticPositions = value;
            return this;
        }

        public Builder parameter(ParameterMetadata.Builder parameter) {
            parameters.add(parameter);
            return this;
        }

        /** @throws PSRuntimeException (MetadataError) for duplicate names or aliases, or more than 32 sets */
        public CommandMetadata build() {
            return new CommandMetadata(this);
        }
    }
}
