package org.jposh.interpreter.commands;

import java.util.List;

/** Small cmdlets whose parameters exercise one binder rule each. */
@SuppressWarnings("unused")
final class TestCmdlets {
    private TestCmdlets() {
    }

    @Cmdlet(verb = "Get", noun = "Thing")
    static final class GetThingCommand extends PSCmdlet {
        @Parameter
        private String name;

        @Parameter
        private Boolean flag;

        @Parameter
        private boolean force;

        @Parameter
        private String stringParam;

        @Parameter
        private String path;

        @Parameter
        private int count;

        @Parameter
        private String[] tags;

        @Parameter
        private List<Integer> numbers;

        @Parameter
        private String version;

        @Parameter
        private String guarded;

        /** Rejects "bad", as a setter that cross-checks its value would. */
        private void setGuarded(String value) {
            if ("bad".equals(value)) {
                throw new IllegalArgumentException("bad is not allowed");
            }
            guarded = value;
        }
    }

    /** Positional parameters of several types, and what is left for the remaining arguments. */
    @Cmdlet(verb = "Test", noun = "Positional")
    static final class TestPositionalCommand extends PSCmdlet {
        @Parameter(position = 0)
        private int number;

        @Parameter(position = 1)
        private String text;
    }

    @Cmdlet(verb = "Test", noun = "Remaining")
    static final class TestRemainingCommand extends PSCmdlet {
        @Parameter(position = 0)
        private String first;

        @Parameter(valueFromRemainingArguments = true)
        private Object[] rest;
    }

    /**
     * Position 0 in every set, as Receive-PSSession: the default set's parameter cannot take an int, the
     * Name set's string parameter could after conversion, the Id set's int takes one as it is.
     */
    @Cmdlet(verb = "Receive", noun = "Thing", defaultParameterSetName = "Item")
    static final class ReceiveThingCommand extends PSCmdlet {
        @Parameter(parameterSetName = "Item", position = 0, mandatory = true)
        private GetThingCommand item;

        @Parameter(parameterSetName = "Id", position = 0, mandatory = true)
        private int id;

        @Parameter(parameterSetName = "Name", position = 0, mandatory = true)
        private String name;
    }

    /** Two parameters claiming position 0 in the same set: a declaration error positional arguments reveal. */
    @Cmdlet(verb = "Test", noun = "SamePosition")
    static final class TestSamePositionCommand extends PSCmdlet {
        @Parameter(position = 0)
        private String a;

        @Parameter(position = 0)
        private String b;
    }

    @Cmdlet(verb = "Test", noun = "Validation")
    static final class TestValidationCommand extends PSCmdlet {
        @Parameter
        @ValidateSet({"Red", "Green"})
        private String color;

        @Parameter
        @ValidateSet(value = {"Red", "Green"}, ignoreCase = false)
        private String exactColor;

        @Parameter
        @ValidateRange(min = 1, max = 10)
        private int[] level;

        @Parameter
        @ValidateRange(kind = ValidateRangeKind.Positive)
        private double positive;

        @Parameter
        @ValidatePattern("^a+$")
        private String pattern;

        @Parameter
        @ValidateCount(min = 1, max = 2)
        private String[] few;

        @Parameter
        @ValidateCount(min = 2, max = 2)
        private String[] pair;

        @Parameter
        @ValidateLength(min = 2, max = 3)
        private String word;

        @Parameter
        @ValidateNotNull
        private Object notNull;

        @Parameter
        @ValidateNotNullOrEmpty
        private String[] notEmpty;

        @Parameter
        @ValidateNotNullOrWhiteSpace
        private String notBlank;

        @Parameter(mandatory = true)
        @AllowNull
        @AllowEmptyString
        @AllowEmptyCollection
        private String required;
    }

    /** Rename-Item's pipeline parameters: -NewName { ... } is bound per input object. */
    @Cmdlet(verb = "Rename", noun = "Item")
    static final class RenameItemCommand extends PSCmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
        private String path;

        @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
        private String newName;
    }

    /** Two mandatory by-property-name parameters, so an object can lack one. */
    @Cmdlet(verb = "Set", noun = "Pair")
    static final class SetPairCommand extends PSCmdlet {
        @Parameter(mandatory = true, valueFromPipelineByPropertyName = true)
        @Alias("Key")
        private String name;

        @Parameter(mandatory = true, valueFromPipelineByPropertyName = true)
        private int value;
    }

    @Cmdlet(verb = "Test", noun = "NoInput")
    static final class TestNoInputCommand extends PSCmdlet {
        @Parameter
        private String name;
    }
}
