package org.jposh.stdlib.pester;

import java.util.Locale;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Assert-MockCalled: fails the test unless the mocked command was called at least -Times times (exactly,
 * with -Exactly) with parameters for which -ParameterFilter holds, counting the calls made in -Scope:
 * the current It, Context or Describe; by default the innermost Describe or Context block.
 */
@Cmdlet(verb = "Assert", noun = "MockCalled")
public final class AssertMockCalledCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private String commandName;

    @Parameter(position = 1)
    private int times = 1;

    @Parameter(position = 2)
    private ScriptBlock parameterFilter;

    @Parameter
    private boolean exactly;

    @Parameter
    private String moduleName;

    @Parameter
    @ValidateSet({"It", "Context", "Describe"})
    private String scope;

    @Override
    protected void endProcessing() {
        PesterRun run = PesterRun.requireGroup(sessionState(), "Assert-MockCalled");
        Mock.Target target = target(run, commandName, moduleName);
        int count = countCalls(run, target, parameterFilter, group(run, scope));
        if (exactly ? count != times : count < times) {
            String expected = exactly ? times + " times exactly" : "at least " + times + " times";
            throw ShouldCommand.assertionFailed("Expected " + target.name + " to be called " + expected
                    + " but was called " + count + " times");
        }
    }

    static Mock.Target target(PesterRun run, String commandName, String moduleName) {
        Mock.Target target = run.mockTargets.get(Mock.key(commandName, moduleName));
        if (target == null) {
            throw PesterRun.usageError("You did not declare a mock of the " + commandName + " Command.");
        }
        return target;
    }

    /** The calls of the mocked command made in the scope (a group, or the running test for null) that pass the filter. */
    static int countCalls(PesterRun run, Mock.Target target, ScriptBlock parameterFilter, TestGroup group) {
        int count = 0;
        for (MockCall call : run.mockCalls) {
            if (call.target() != target || !inScope(run, group, call)) {
                continue;
            }
            if (parameterFilter == null
                    || Blocks.isTrue(Blocks.invokeWithVariables(parameterFilter, call.boundParameters()))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The group whose calls count, or null for the current test's: -Scope It, Context or Describe; by
     * default the innermost block (Pester 4), or under Pester 5 the running test when there is one.
     */
    static TestGroup group(PesterRun run, String scope) {
        if (scope == null && run.isPester5() && run.inTest) {
            return null;
        }
        String wanted = scope == null ? "" : scope.toLowerCase(Locale.ROOT);
        if (wanted.equals("it") && run.inTest) {
            return null;
        }
        if (wanted.equals("describe")) {
            TestGroup describe = null;
            for (TestGroup g : run.groups) {
                if (g.isDescribe) {
                    describe = g;
                    break;
                }
            }
            return describe;
        }
        return run.groups.peek();
    }

    private static boolean inScope(PesterRun run, TestGroup group, MockCall call) {
        return group == null ? call.test() == run.testNumber : call.groups().contains(group);
    }
}
