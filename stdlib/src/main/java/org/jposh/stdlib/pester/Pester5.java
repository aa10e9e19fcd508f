package org.jposh.stdlib.pester;

import com.oracle.truffle.api.nodes.ControlFlowException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Pester 5's Run phase: runs the blocks and tests Discovery found. Each block runs in a new scope under
 * its parent's, its -ForEach data set there, its BeforeAll blocks first (when one fails, its tests do
 * not run and count as failed) and its AfterAll blocks last; each test runs in a new scope under its
 * block's, where its data, the BeforeEach blocks (outermost first), the test and the AfterEach blocks
 * (innermost first) run, so they share variables. What the blocks' bodies set at Discovery is gone.
 */
final class Pester5 {
    /** {@code <name>} in a test or block name: the value of {@code $name} (or {@code $name.Property}) when it runs. */
    private static final Pattern TEMPLATE = Pattern.compile("(?<!`)<([^>^`]+)>");

    private Pester5() {
    }

    /** Marks the tests that Filter.Tag, Filter.ExcludeTag and Filter.FullName leave out as not to run. */
    static void filter(Block root, String[] tags, String[] excludeTags, String[] fullNames) {
        for (Block.Test test : root.tests()) {
            List<String> testTags = new java.util.ArrayList<>(List.of(test.tags == null ? new String[0] : test.tags));
            for (Block block = test.block; block != null; block = block.parent) {
                if (block.tags != null) {
                    testTags.addAll(List.of(block.tags));
                }
            }
            String fullName = String.join(".", test.path());
            test.shouldRun = (tags == null || tags.length == 0 || matchesAny(tags, testTags))
                    && (excludeTags == null || !matchesAny(excludeTags, testTags))
                    && (fullNames == null || fullNames.length == 0 || matchesAny(fullNames, List.of(fullName)));
        }
    }

    private static boolean matchesAny(String[] patterns, List<String> values) {
        for (String pattern : patterns) {
            WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
            for (String value : values) {
                if (wildcard.isMatch(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the block's tests is selected to run, or (with {@code unlessSkipped}) will run. */
    private static boolean anyToRun(Block block, boolean unlessSkipped) {
        for (Block.Test test : block.tests()) {
            if (test.shouldRun && !(unlessSkipped && test.skip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a block (a file's root block, under the current scope: Invoke-Pester's caller's). A block none of
     * whose tests is selected does not run at all; one whose selected tests are all skipped reports them
     * without running its BeforeAll and AfterAll, as Pester 5.
     */
    static void runBlock(PesterRun run, Block block) {
        if (!anyToRun(block, false)) {
            return;
        }
        boolean runsSetup = anyToRun(block, true);
        SessionState session = PoshContext.get(null).sessionState();
        TestGroup group = new TestGroup(block.name, !"Context".equals(block.commandUsed));
        group.beforeEach.addAll(block.beforeEach);
        group.afterEach.addAll(block.afterEach);
        SessionStateScope caller = Blocks.enterScope(session);
        run.groups.push(group);
        try {
            if (group.isDescribe) {
                TestGroupCommand.enterTestDrive(session, group);
            }
            setData(session.currentScope(), block.data, block.hasData);
            block.expandedName = expandName(block.name);
            if (!runsSetup || runSetup(block, block.beforeAll)) {
                for (Object child : block.children) {
                    if (child instanceof Block.Test test) {
                        runTest(run, test);
                    } else {
                        runBlock(run, (Block) child);
                    }
                }
            }
        } finally {
            if (runsSetup) {
                runSetup(block, block.afterAll);
            }
            session.setCurrentScope(caller);
            run.groups.pop();
            Mock.removeAll(group.mocks);
            TestGroupCommand.leaveTestDrive(session, group);
            if (!block.errorRecords.isEmpty() && !block.isRoot()) {
                run.failedBlocks.add(block);
                run.report5.blockFailed(block);
            }
        }
    }

    /** Runs BeforeAll or AfterAll blocks in the block's scope; false, the error recorded, when one fails. */
    private static boolean runSetup(Block block, List<ScriptBlock> setup) {
        try {
            for (ScriptBlock scriptBlock : setup) {
                Blocks.dotSource(scriptBlock);
            }
            return true;
        } catch (PoshException e) {
            block.errorRecords.add(e.errorRecord());
            return false;
        }
    }

    private static void runTest(PesterRun run, Block.Test test) {
        if (!test.shouldRun) {
            return;
        }
        SessionState session = PoshContext.get(null).sessionState();
        long started = System.nanoTime();
        long userTime = 0;
        SessionStateScope caller = session.currentScope();
        session.setCurrentScope(new SessionStateScope(test.moduleScope != null ? test.moduleScope : caller,
                ScopeLayout.AUTOMATIC_ONLY, false));
        run.inTest = true;
        run.currentTest = test;
        run.testNumber++;
        try {
            setData(session.currentScope(), test.data, test.hasData);
            test.expandedName = expandName(test.name);
            run.report5.testStarting(test);
            if (test.skip) {
                test.result = "Skipped";
                return;
            }
            long userStarted = System.nanoTime();
            test.executed = true;
            try {
                for (Iterator<TestGroup> groups = run.groups.descendingIterator(); groups.hasNext(); ) {
                    for (ScriptBlock block : groups.next().beforeEach) {
                        Blocks.dotSource(block);
                    }
                }
                // a Pester 4 style test declares the -TestCases keys as parameters
                boolean hasParameters = !test.scriptBlock.code().metadata().parameters().isEmpty();
                Map<?, ?> parameters = hasParameters && PSObject.base(test.data) instanceof Map<?, ?> data
                        ? data : Map.of();
                Blocks.dotSource(test.scriptBlock, parameters);
            } catch (PoshException e) {
                test.errorRecords.add(e.errorRecord());
            } catch (ControlFlowException e) {
                // break or continue leave the test, as they leave Pester's loop around it; exit ends the run
                if (e instanceof ExitException) {
                    throw e;
                }
            } finally {
                try {
                    for (TestGroup group : run.groups) {
                        for (ScriptBlock block : group.afterEach) {
                            Blocks.dotSource(block);
                        }
                    }
                } catch (PoshException e) {
                    test.errorRecords.add(e.errorRecord());
                }
                userTime = System.nanoTime() - userStarted;
            }
            test.result = result(test);
        } finally {
            run.inTest = false;
            run.currentTest = null;
            Mock.removeAll(run.testMocks);
            run.testMocks.clear();
            session.setCurrentScope(caller);
            test.durationTicks = (System.nanoTime() - started) / 100;
            test.userDurationTicks = userTime / 100;
            run.report5.testResult(test);
        }
    }

    /** Set-ItResult's errors make the test skipped or inconclusive (pending counts as skipped, as in Pester 5). */
    private static String result(Block.Test test) {
        if (test.errorRecords.isEmpty()) {
            return "Passed";
        }
        if (test.errorRecords.size() == 1) {
            switch (test.errorRecords.getFirst().fullyQualifiedErrorId()) {
                case SetItResultCommand.SKIPPED, SetItResultCommand.PENDING -> {
                    test.errorRecords.clear();
                    return "Skipped";
                }
                case SetItResultCommand.INCONCLUSIVE -> {
                    return "Inconclusive";
                }
                default -> { }
            }
        }
        return "Failed";
    }

    /**
     * A -ForEach item's variables: each key of a dictionary becomes a variable, and the item is
     * {@code $_}.
     */
    static void setData(SessionStateScope scope, Object data, boolean hasData) {
        if (!hasData) {
            return;
        }
        if (PSObject.base(data) instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                scope.set(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue());
            }
        }
        scope.set("_", data);
    }

    /** Expands {@code <name>}, {@code <name.Property>} and {@code <_>} as Pester 5 does: as {@code "$($name)"} here. */
    static String expandName(String name) {
        if (!name.contains("<")) {
            return name;
        }
        String escaped = name.replace("`", "``").replace("$", "`$").replace("\"", "`\"");
        String text = "\"" + TEMPLATE.matcher(escaped).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "$($" + m.group(1) + ")")) + "\"";
        try {
            List<Object> expanded = Blocks.invokeCollecting(ScriptBlock.create(text), Map.of());
            return expanded.isEmpty() ? name : LanguagePrimitives.toStringValue(expanded.getFirst());
        } catch (PoshException e) {
            return name;
        }
    }
}
