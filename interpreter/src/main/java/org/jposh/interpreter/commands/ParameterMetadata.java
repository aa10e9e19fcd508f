package org.jposh.interpreter.commands;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.FlagsExpression;

/**
 * One parameter of one command as the binder sees it (PowerShell's CompiledCommandParameter): its
 * name, type, aliases, its data in each parameter set, transformations and validations. Built by
 * {@link CommandMetadata} from a {@link Builder}, which cmdlet annotations or a function's
 * [Parameter()] attributes fill.
 */
public final class ParameterMetadata {

    /**
     * Which object a parameter's value goes to: the command's own, the runtime's common (and ShouldProcess)
     * parameters, its paging parameters, or the dynamic parameters the command gave for this invocation.
     */
    public enum Association {
        DECLARED, COMMON, SHOULD_PROCESS, PAGING, DYNAMIC
    }

    /** How a parameter collects values (PowerShell's ParameterCollectionType). */
    enum CollectionKind {
        NOT_COLLECTION, ARRAY, LIST
    }

    /**
     * Reads and writes a parameter's field on the object it belongs to: (target) -> value and
     * (target, value) -> void, both typed with Object.
     */
    record Accessor(MethodHandle getter, MethodHandle setter) {
    }

    private final String name;
    /** {@code -Name:}, how an argument the binder makes for this parameter says whose it is. */
    private final String parameterText;
    private final Class<?> type;
    private final String typeName;
    /** [PSTypeName('x')]: a name each argument's PSObject.TypeNames must hold; null for none. */
    private final String psTypeName;
    private final CollectionKind collectionKind;
    private final Class<?> elementType;
    private final List<String> aliases;
    private final List<ParameterSetData> setData;
    private final int setFlags;
    private final boolean inAllSets;
    private final boolean mandatoryInSomeSet;
    private final boolean pipelineInSomeSet;
    private final List<ArgumentTransformation> transformations;
    private final List<ParameterValidation> validations;
    private final boolean allowsNull;
    private final boolean allowsEmptyString;
    private final boolean allowsEmptyCollection;
    private final boolean cannotBeNull;
    private final Association association;
    private final Accessor accessor;
    private final int index;

    private ParameterMetadata(Builder b, List<ParameterSetData> setData, Association association, int index) {
        this.name = b.name;
        this.parameterText = "-" + b.name + ":";
        this.type = b.type;
        this.typeName = b.typeName != null ? b.typeName : BinderConversions.dotNetTypeName(b.type);
        this.psTypeName = b.psTypeName;
        this.collectionKind = collectionKindOf(b.type);
        this.elementType = switch (collectionKind) {
            case ARRAY -> b.type.getComponentType();
            case LIST -> b.elementType;
            case NOT_COLLECTION -> b.type == FlagsExpression.class ? b.elementType : null;
        };
        this.aliases = List.copyOf(b.aliases);
        this.setData = List.copyOf(setData);
        int flags = 0;
        boolean all = false;
        boolean mandatory = false;
        boolean pipeline = false;
        for (ParameterSetData data : setData) {
            flags |= data.flag();
            all |= data.isInAllSets();
            mandatory |= data.isMandatory();
            pipeline |= data.attribute().takesPipelineInput();
        }
        this.setFlags = flags;
        this.inAllSets = all;
        this.mandatoryInSomeSet = mandatory;
        this.pipelineInSomeSet = pipeline;
        this.transformations = List.copyOf(b.transformations);
        this.validations = List.copyOf(b.validations);
        this.allowsNull = b.allowsNull;
        this.allowsEmptyString = b.allowsEmptyString;
        this.allowsEmptyCollection = b.allowsEmptyCollection;
        boolean nullRejected = false;
        for (ParameterValidation v : validations) {
            nullRejected |= v instanceof ParameterValidation.NotNull || v instanceof ParameterValidation.NotNullOrEmpty;
        }
        this.cannotBeNull = nullRejected;
        this.association = association;
        this.accessor = b.accessor;
        this.index = index;
    }

    /**
     * How a type collects values: arrays, and list types the binder can fill with an ArrayList
     * (List, Collection, Iterable); anything else, dictionaries included, is a scalar.
     */
    static CollectionKind collectionKindOf(Class<?> type) {
        if (type.isArray()) {
            return CollectionKind.ARRAY;
        }
        return type != Object.class && Iterable.class.isAssignableFrom(type) && type.isAssignableFrom(ArrayList.class)
                ? CollectionKind.LIST : CollectionKind.NOT_COLLECTION;
    }

    public static Builder builder(String name, Class<?> type) {
        return new Builder(name, type);
    }

    public String name() {
        return name;
    }

    /** {@code -Name:}: the text of the arguments the binder makes for this parameter (positional, pipeline). */
    String parameterText() {
        return parameterText;
    }

    /** Whether the parameter is mandatory in one of the sets in {@code flags} (or in all sets). */
    boolean isMandatoryIn(int flags) {
        if (!mandatoryInSomeSet) {
            return false;
        }
        for (ParameterSetData data : setData) {
            if (data.isMandatory() && data.matches(flags)) {
                return true;
            }
        }
        return false;
    }

    /** The Java type values are converted to; {@code boolean} is a switch parameter. */
    public Class<?> type() {
        return type;
    }

    /** The .NET name of the type, for messages, as {@code System.String[]}. */
    public String typeName() {
        return typeName;
    }

    /** The PSTypeName its arguments must have ([PSTypeName('x')]), or null. */
    public String psTypeName() {
        return psTypeName;
    }

    public boolean isSwitch() {
        return type == boolean.class;
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<ParameterSetData> parameterSetData() {
        return setData;
    }

    /** The bits of the named sets the parameter is in; 0 when it is only in all sets. */
    public int parameterSetFlags() {
        return setFlags;
    }

    public boolean isInAllSets() {
        return inAllSets;
    }

    public boolean isMandatoryInSomeParameterSet() {
        return mandatoryInSomeSet;
    }

    public boolean isPipelineParameterInSomeParameterSet() {
        return pipelineInSomeSet;
    }

    public Association association() {
        return association;
    }

    /** The values of the parameter's [ValidateSet()], in their order; empty when it has none. */
    public List<String> validValues() {
        for (ParameterValidation v : validations) {
            if (v instanceof ParameterValidation.SetCheck set) {
                return set.validValues();
            }
        }
        return List.of();
    }

    /** The parameter's place in its command's parameter list. */
    int index() {
        return index;
    }

    CollectionKind collectionKind() {
        return collectionKind;
    }

    /** The element type of a collection parameter (Object for untyped lists). */
    Class<?> elementType() {
        return elementType;
    }

    List<ArgumentTransformation> transformations() {
        return transformations;
    }

    public List<ParameterValidation> validations() {
        return validations;
    }

    boolean allowsNull() {
        return allowsNull;
    }

    boolean allowsEmptyString() {
        return allowsEmptyString;
    }

    boolean allowsEmptyCollection() {
        return allowsEmptyCollection;
    }

    /** Whether a validation rejects $null ([ValidateNotNull()], [ValidateNotNullOrEmpty()]). */
    boolean cannotBeNull() {
        return cannotBeNull;
    }

    /** How to reach the parameter's field, or null for parameters that are not fields (functions). */
    Accessor accessor() {
        return accessor;
    }

    /** Whether the parameter takes pipeline input in any of the sets in {@code flags} (or in all sets). */
    boolean takesPipelineInput(int flags) {
        if (!pipelineInSomeSet) {
            return false;
        }
        for (ParameterSetData data : setData) {
            if (data.matches(flags) && data.attribute().takesPipelineInput()) {
                return true;
            }
        }
        return false;
    }

    /** The data for the first named set among {@code flags}, else the all-sets data, else null. */
    ParameterSetData parameterSetData(int flags) {
        ParameterSetData result = null;
        for (ParameterSetData data : setData) {
            if (data.isInAllSets()) {
                result = data;
            } else if ((data.flag() & flags) != 0) {
                return data;
            }
        }
        return result;
    }

    /** The data for every set among {@code flags}, and the all-sets data. */
    List<ParameterSetData> matchingParameterSetData(int flags) {
        List<ParameterSetData> result = new ArrayList<>(setData.size());
        for (ParameterSetData data : setData) {
            if (data.matches(flags)) {
                result.add(data);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * A parameter's declaration before it joins a command, which assigns its parameter-set bits. A
     * parameter without any {@link ParameterAttribute} is in all sets with the defaults, as a script
     * parameter without [Parameter()].
     */
    public static final class Builder {
        private final String name;
        private final Class<?> type;
        private String typeName;
        private String psTypeName;
        private Class<?> elementType = Object.class;
        private final List<String> aliases = new ArrayList<>();
        private final List<ParameterAttribute> attributes = new ArrayList<>();
        private final List<ArgumentTransformation> transformations = new ArrayList<>();
        private final List<ParameterValidation> validations = new ArrayList<>();
        private boolean allowsNull;
        private boolean allowsEmptyString;
        private boolean allowsEmptyCollection;
        private Accessor accessor;

        private Builder(String name, Class<?> type) {
            this.name = name;
            this.type = type;
        }

        public String name() {
            return name;
        }

        public Builder alias(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        public Builder attribute(ParameterAttribute attribute) {
            attributes.add(attribute);
            return this;
        }

        public Builder validation(ParameterValidation validation) {
            validations.add(validation);
            return this;
        }

        public Builder transformation(ArgumentTransformation transformation) {
            transformations.add(transformation);
            return this;
        }

        public Builder allowNull() {
            allowsNull = true;
            return this;
        }

        public Builder allowEmptyString() {
            allowsEmptyString = true;
            return this;
        }

        public Builder allowEmptyCollection() {
            allowsEmptyCollection = true;
            return this;
        }

        /** The element type of a {@code List} parameter; arrays carry their own. */
        public Builder elementType(Class<?> type) {
            elementType = type;
            return this;
        }

        /** The .NET type name messages show, when the Java type does not say it (PSCredential, ...). */
        public Builder typeName(String name) {
            typeName = name;
            return this;
        }

        public Builder psTypeName(String name) {
            psTypeName = name;
            return this;
        }

        Builder accessor(Accessor value) {
            accessor = value;
            return this;
        }

        List<ParameterAttribute> attributes() {
            return attributes.isEmpty() ? List.of(ParameterAttribute.DEFAULT) : attributes;
        }

        void replaceAttributes(List<ParameterAttribute> replacement) {
            attributes.clear();
            attributes.addAll(replacement);
        }

        boolean isSwitch() {
            return type == boolean.class;
        }

        ParameterMetadata build(List<ParameterSetData> setData, Association association, int index) {
            return new ParameterMetadata(this, setData, association, index);
        }
    }
}
