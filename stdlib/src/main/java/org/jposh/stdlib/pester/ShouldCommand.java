package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.ParameterSetData;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * Should: asserts something of its input, failing the test with Pester's PesterAssertionFailed error
 * and Pester's message when it does not hold (Pester 4's in a Pester 4 run, else Pester 5's). The operator is a switch naming its parameter set
 * ({@code Should -Be 1}, {@code -Not} negates), or, in Pester 3's legacy syntax, the first positional
 * word ({@code Should Be 1}, {@code Should Not Be 1}; not in a Pester 5 run). Operators that take array
 * input get the whole input as one array; the others test each input object. Pester 5's -Invoke,
 * -InvokeVerifiable and -HaveParameter check mocks' calls and a command's parameters.
 */
@Cmdlet(verb = "Should", noun = "", defaultParameterSetName = ShouldCommand.LEGACY_SET)
public final class ShouldCommand extends PSCmdlet {
    static final String LEGACY_SET = "Legacy";

    @Parameter(valueFromPipeline = true, valueFromRemainingArguments = true)
    @AllowNull
    @AllowEmptyCollection
    private Object actualValue;

    @Parameter(parameterSetName = LEGACY_SET, position = 0)
    @AllowNull
    private Object legacyArg1;

    @Parameter(parameterSetName = LEGACY_SET, position = 1)
    @AllowNull
    private Object legacyArg2;

    @Parameter(parameterSetName = LEGACY_SET, position = 2)
    @AllowNull
    private Object legacyArg3;

    @Parameter
    private boolean not;

    @Parameter(parameterSetName = "Be", mandatory = true)
    @Alias("EQ")
    private boolean be;
    @Parameter(parameterSetName = "BeExactly", mandatory = true)
    @Alias("CEQ")
    private boolean beExactly;
    @Parameter(parameterSetName = "BeNullOrEmpty", mandatory = true)
    private boolean beNullOrEmpty;
    @Parameter(parameterSetName = "BeTrue", mandatory = true)
    private boolean beTrue;
    @Parameter(parameterSetName = "BeFalse", mandatory = true)
    private boolean beFalse;
    @Parameter(parameterSetName = "Match", mandatory = true)
    private boolean match;
    @Parameter(parameterSetName = "MatchExactly", mandatory = true)
    @Alias("CMATCH")
    private boolean matchExactly;
    @Parameter(parameterSetName = "Contain", mandatory = true)
    private boolean contain;
    @Parameter(parameterSetName = "HaveCount", mandatory = true)
    private boolean haveCount;
    @Parameter(parameterSetName = "BeOfType", mandatory = true)
    @Alias("HaveType")
    private boolean beOfType;
    @Parameter(parameterSetName = "BeGreaterThan", mandatory = true)
    @Alias("GT")
    private boolean beGreaterThan;
    @Parameter(parameterSetName = "BeLessThan", mandatory = true)
    @Alias("LT")
    private boolean beLessThan;
    @Parameter(parameterSetName = "BeGreaterOrEqual", mandatory = true)
    @Alias("GE")
    private boolean beGreaterOrEqual;
    @Parameter(parameterSetName = "BeLessOrEqual", mandatory = true)
    @Alias("LE")
    private boolean beLessOrEqual;
    @Parameter(parameterSetName = "BeLike", mandatory = true)
    private boolean beLike;
    @Parameter(parameterSetName = "BeLikeExactly", mandatory = true)
    private boolean beLikeExactly;
    @Parameter(parameterSetName = "BeIn", mandatory = true)
    private boolean beIn;
    @Parameter(parameterSetName = "Exist", mandatory = true)
    private boolean exist;
    @Parameter(parameterSetName = "FileContentMatch", mandatory = true)
    private boolean fileContentMatch;
    @Parameter(parameterSetName = "FileContentMatchExactly", mandatory = true)
    private boolean fileContentMatchExactly;
    @Parameter(parameterSetName = "FileContentMatchMultiline", mandatory = true)
    private boolean fileContentMatchMultiline;
    @Parameter(parameterSetName = "FileContentMatchMultilineExactly", mandatory = true)
    private boolean fileContentMatchMultilineExactly;
    @Parameter(parameterSetName = "Throw", mandatory = true)
    private boolean throwOperator;
    @Parameter(parameterSetName = "Invoke", mandatory = true)
    private boolean invoke;
    @Parameter(parameterSetName = "InvokeVerifiable", mandatory = true)
    private boolean invokeVerifiable;
    @Parameter(parameterSetName = "HaveParameter", mandatory = true)
    private boolean haveParameter;

    @Parameter(parameterSetName = "HaveParameter", position = 0, mandatory = true)
    private String parameterName;
    @Parameter(parameterSetName = "HaveParameter")
    private Object type;
    @Parameter(parameterSetName = "HaveParameter")
    private boolean mandatory;
    @Parameter(parameterSetName = "HaveParameter")
    private String inParameterSet;
    @Parameter(parameterSetName = "HaveParameter")
    private String[] alias;

    @Parameter(parameterSetName = "Invoke", position = 0, mandatory = true)
    private String commandName;
    @Parameter(parameterSetName = "Invoke", position = 1)
    private int times = 1;
    @Parameter(parameterSetName = "Invoke", position = 2)
    private ScriptBlock parameterFilter;
    @Parameter(parameterSetName = "Invoke")
    private boolean exactly;
    @Parameter(parameterSetName = "Invoke")
    private String scope;
    @Parameter(parameterSetName = "Invoke")
    private String moduleName;

    @Parameter(parameterSetName = "Be", position = 0)
    @Parameter(parameterSetName = "BeExactly", position = 0)
    @Parameter(parameterSetName = "Match", position = 0)
    @Parameter(parameterSetName = "MatchExactly", position = 0)
    @Parameter(parameterSetName = "Contain", position = 0)
    @Parameter(parameterSetName = "HaveCount", position = 0)
    @Parameter(parameterSetName = "BeOfType", position = 0)
    @Parameter(parameterSetName = "BeGreaterThan", position = 0)
    @Parameter(parameterSetName = "BeLessThan", position = 0)
    @Parameter(parameterSetName = "BeGreaterOrEqual", position = 0)
    @Parameter(parameterSetName = "BeLessOrEqual", position = 0)
    @Parameter(parameterSetName = "BeLike", position = 0)
    @Parameter(parameterSetName = "BeLikeExactly", position = 0)
    @Parameter(parameterSetName = "BeIn", position = 0)
    @Parameter(parameterSetName = "Throw", position = 0)
    @Parameter(parameterSetName = "FileContentMatch", position = 0)
    @Parameter(parameterSetName = "FileContentMatchExactly", position = 0)
    @Parameter(parameterSetName = "FileContentMatchMultiline", position = 0)
    @Parameter(parameterSetName = "FileContentMatchMultilineExactly", position = 0)
    @Alias({"RegularExpression", "ExpectedType", "ExpectedMessage", "ExpectedContent"})
    @AllowNull
    @AllowEmptyCollection
    private Object expectedValue;

    @Parameter
    private String because;

    @Parameter(parameterSetName = "Throw")
    private String errorId;

    @Parameter(parameterSetName = "Throw")
    private Object exceptionType;

    @Parameter(parameterSetName = "Throw")
    private boolean passThru;

    private final List<Object> input = new ArrayList<>();

    @Override
    protected void processRecord() {
        input.add(actualValue);
    }

    @Override
    protected void endProcessing() {
        if (invoke) {
            assertInvoked();
            return;
        }
        if (invokeVerifiable) {
            assertVerifiableInvoked();
            return;
        }
        if (haveParameter) {
            for (Object command : input) {
                assertHasParameter(command);
            }
            return;
        }
        ShouldOperator operator;
        Object expected;
        boolean negate = not;
        if (LEGACY_SET.equals(parameterSetName())) {
            PesterRun run = PesterRun.current(sessionState());
            if (run != null && run.isPester5() && legacyArg1 != null) {
                throw PesterRun.usageError("Legacy Should syntax (without dashes) is not supported in Pester 5. "
                        + "Please refer to migration guide at: https://pester.dev/docs/v5/migrations/v3-to-v4");
            }
            Object[] words = {legacyArg1, legacyArg2, legacyArg3};
            int at = 0;
            if (words[0] != null && "not".equalsIgnoreCase(LanguagePrimitives.toStringValue(words[0]))) {
                negate = true;
                at = 1;
            }
            if (words[at] == null) {
                throw PesterRun.usageError("You cannot call Should without specifying an assertion method.");
            }
            String name = LanguagePrimitives.toStringValue(words[at]);
            operator = ShouldOperator.find(name);
            if (operator == null) {
                throw PesterRun.usageError("'" + name + "' is not a valid Should operator.");
            }
            expected = words[at + 1];
        } else {
            operator = ShouldOperator.find(parameterSetName());
            expected = expectedValue;
        }
        Assertions.ThrowFilter filter = new Assertions.ThrowFilter(errorId, exceptionType);
        if (input.isEmpty()) {
            check(operator, null, expected, filter, negate);
        } else if (operator.arrayInput) {
            check(operator, input.toArray(), expected, filter, negate);
        } else {
            for (Object value : input) {
                check(operator, value, expected, filter, negate);
            }
        }
    }

    private void check(ShouldOperator operator, Object actual, Object expected, Assertions.ThrowFilter filter,
                       boolean negate) {
        PesterRun run = PesterRun.current(sessionState());
        Assertions.LineWidth lineWidth = run != null && !run.isPester5() ? null : new Assertions.LineWidth(
                host().ui().bufferWidth(), run == null || run.currentTest == null ? 0 : run.currentTest.path().size());
        Assertions.Outcome outcome = Assertions.evaluate(operator, actual, expected, filter, because, negate,
                sessionState().location(), lineWidth);
        if (!outcome.succeeded()) {
            throw assertionFailed(outcome.failureMessage());
        }
        if (passThru && outcome.data() != null) {
            writeObject(outcome.data());
        }
    }

    /** Should -Invoke (Pester 5's Assert-MockCalled): the count of the mock's calls, -Not for fewer than -Times. */
    private void assertInvoked() {
        PesterRun run = PesterRun.requireGroup(sessionState(), "Should -Invoke");
        Mock.Target target = AssertMockCalledCommand.target(run, commandName, moduleName);
        int count = AssertMockCalledCommand.countCalls(run, target, parameterFilter,
                AssertMockCalledCommand.group(run, scope));
        String name = target.name + (moduleName == null || moduleName.isEmpty() ? "" : " in module " + moduleName);
        String b = ValueFormatter.because(because);
        if (not && exactly && count == times) {
            throw assertionFailed("Expected " + name + " not to be called exactly " + times + " times," + b
                    + " but it was");
        }
        if (not && !exactly && count >= times) {
            throw assertionFailed("Expected " + name + " to be called less than " + times + " times," + b
                    + " but was called " + count + " times");
        }
        if (!not && exactly && count != times) {
            throw assertionFailed("Expected " + name + " to be called " + times + " times exactly," + b
                    + " but was called " + count + " times");
        }
        if (!not && !exactly && count < times) {
            throw assertionFailed("Expected " + name + " to be called at least " + times + " times," + b
                    + " but was called " + count + " times");
        }
    }

    /**
     * Should -InvokeVerifiable: every Mock -Verifiable in force was called with parameters its filter
     * accepts (with -Not, none was).
     */
    private void assertVerifiableInvoked() {
        PesterRun run = PesterRun.requireGroup(sessionState(), "Should -InvokeVerifiable");
        StringBuilder listed = new StringBuilder();
        for (Mock.Target target : run.mockTargets.values()) {
            for (Mock mock : target.mocks) {
                boolean called = AssertMockCalledCommand.countCalls(run, target, mock.filter, run.groups.getLast()) > 0;
                if (mock.verifiable && called == not) {
                    listed.append(System.lineSeparator()).append(" Command ").append(target.name).append(' ');
                    if (target.moduleName != null) {
                        listed.append("from inside module ").append(target.moduleName).append(' ');
                    }
                    if (mock.filter != null) {
                        listed.append("with { ").append(mock.filter.toString().strip()).append(" }");
                    }
                }
            }
        }
        if (!listed.isEmpty()) {
            throw assertionFailed(System.lineSeparator() + (not ? "Expected no verifiable mocks to be called,"
                    : "Expected all verifiable mocks to be called,") + ValueFormatter.because(because)
                    + (not ? " but these were:" : " but these were not:") + listed);
        }
    }

    /**
     * Should -HaveParameter: the command (a CommandInfo, as Get-Command writes) has the parameter, with
     * -Type, -Mandatory, -InParameterSet and -Alias when given (-Not: it has not); the failure message
     * lists what was expected and what was not so.
     */
    private void assertHasParameter(Object actual) {
        if (!(PSObject.base(actual) instanceof CommandInfo command)) {
            String message = "Input value must be non-null CommandInfo object. You can get one by calling Get-Command.";
            throw new PoshException(new ErrorRecord(ExceptionValue.of("ArgumentException", message), message,
                    ErrorCategory.NotSpecified, null), null);
        }
        ParameterMetadata parameter = null;
        if (command.metadata() != null) {
            for (ParameterMetadata candidate : command.metadata().parameters()) {
                if (candidate.name().equalsIgnoreCase(parameterName)) {
                    parameter = candidate;
                }
            }
        }
        List<String> filters = new ArrayList<>();
        List<String> buts = new ArrayList<>();
        filters.add("to" + (not ? " not" : "") + " have a parameter " + parameterName
                + (inParameterSet == null ? "" : " in parameter set " + inParameterSet));
        if (parameter == null) {
            if (not) {
                return;
            }
            buts.add("the parameter is missing");
        } else if (not && inParameterSet == null && !mandatory && type == null) {
            buts.add("the parameter exists");
        }
        List<ParameterSetData> sets = new ArrayList<>();
        if (buts.isEmpty() && parameter != null) {
            for (ParameterSetData set : parameter.parameterSetData()) {
                if (inParameterSet == null || set.parameterSetName().equalsIgnoreCase(inParameterSet)) {
                    sets.add(set);
                }
            }
            if (inParameterSet != null && sets.isEmpty() != not) {
                buts.add(not ? "the parameter exists" : "the parameter is missing");
            }
        }
        if (buts.isEmpty() && parameter != null) {
            if (mandatory) {
                boolean isMandatory = sets.stream().anyMatch(ParameterSetData::isMandatory);
                filters.add("which is" + (not ? " not" : "") + " mandatory");
                if (isMandatory == not) {
                    buts.add(not ? "it was mandatory" : "it wasn't mandatory");
                }
            }
            if (type != null) {
                String expectedType = expectedTypeName(type);
                filters.add((not ? "not " : "") + "of type [" + expectedType + "]");
                if (expectedType.equalsIgnoreCase(parameter.typeName()) == not) {
                    buts.add("it was of type [" + (not ? expectedType : parameter.typeName()) + "]");
                }
            }
            if (alias != null && alias.length > 0) {
                filters.add("with" + (not ? "out" : "") + " alias" + (alias.length >= 2 ? "es" : "") + " "
                        + joinAnd(quoted(List.of(alias)), 2));
                List<String> faulty = new ArrayList<>();
                for (String name : alias) {
                    boolean present = parameter.aliases().stream().anyMatch(name::equalsIgnoreCase);
                    if (present == not) {
                        faulty.add(name);
                    }
                }
                if (!faulty.isEmpty()) {
                    String which = (faulty.size() == 1 ? "an alias " : "the aliases ") + joinAnd(quoted(faulty), 2);
                    buts.add(not ? "it has " + which : "it didn't have " + which);
                }
            }
        }
        if (!buts.isEmpty()) {
            throw assertionFailed("Expected command " + command.name() + " " + joinAnd(filters, 3) + ","
                    + ValueFormatter.because(because) + " but " + joinAnd(buts, 2) + ".");
        }
    }

    /** -Type as a type or its name ({@code [string]}, {@code 'string'}): the type's full name. */
    private static String expectedTypeName(Object type) {
        if (PSObject.base(type) instanceof DotNetType dotNetType) {
            return dotNetType.fullName();
        }
        String name = LanguagePrimitives.toStringValue(type).replaceAll("^\\[(.*)]$", "$1");
        return TypeResolver.resolve(name).fullName();
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    /** Pester's Join-And: "a, b and c" from {@code threshold} items on, else joined with commas. */
    private static String joinAnd(List<String> items, int threshold) {
        if (items.size() < threshold) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** The error of a failed assertion, as Pester's New-ShouldErrorRecord makes it. */
    static PoshException assertionFailed(String message) {
        ErrorRecord error = new ErrorRecord(ExceptionValue.of("Exception", message), Report.ASSERTION_FAILED,
                ErrorCategory.InvalidResult, null);
        return new PoshException(error, null);
    }
}
