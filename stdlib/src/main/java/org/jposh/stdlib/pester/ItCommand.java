package org.jposh.stdlib.pester;

import com.oracle.truffle.api.nodes.ControlFlowException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * It: one test, or one per entry of -TestCases (each entry's keys bound to the block's parameters, and
 * {@code <key>} in the name replaced by the entry's value). The test runs in a new scope in which the
 * BeforeEach blocks of the enclosing groups run first (outermost first) and the AfterEach blocks last
 * (innermost first), whatever happened; a terminating error or a failed Should fails it and the run
 * goes on. -Skip and -Pending record the test without running it; an empty block is pending. That is
 * Pester 4; in a Pester 5 run, It records the test at Discovery (one per -ForEach item) for the Run phase.
 */
@Cmdlet(verb = "It", noun = "", defaultParameterSetName = "Normal")
public final class ItCommand extends PSCmdlet {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^>]+)>");

    @Parameter(position = 0, mandatory = true)
    private String name;

    @Parameter(position = 1)
    private ScriptBlock test;

    @Parameter
    @Alias("TestCases")
    @AllowNull
    @AllowEmptyCollection
    private Object[] forEach;

    @Parameter
    private String[] tag;

    @Parameter(parameterSetName = "Pending")
    private boolean pending;

    @Parameter(parameterSetName = "Skip")
    @Alias("Ignore")
    private boolean skip;

    @Override
    protected void endProcessing() {
        Block discovering = PesterRun.discoveringBlock(sessionState());
        if (discovering != null) {
            discover(discovering);
            return;
        }
        PesterRun run = PesterRun.requireGroup(sessionState(), "It");
        if (test == null && !skip && !pending) {
            throw PesterRun.usageError(name.contains("\n")
                    ? "Name parameter has multiple lines and no script block is provided. (Have you provided a name "
                            + "for the test group?)"
                    : "No test script block is provided. (Have you put the open curly brace on the next line?)");
        }
        boolean isPending = pending || (!skip && (test == null || test.toString().isBlank()));
        if (forEach == null || forEach.length == 0) {
            runTest(run, name, Map.of(), null, isPending);
            return;
        }
        for (Object item : forEach) {
            Map<?, ?> testCase = PSObject.base(item) instanceof Map<?, ?> map ? map : Map.of();
            runTest(run, expandName(testCase), testCase, name, isPending);
        }
    }

    /**
     * Pester 5's Discovery: records the test, one per -ForEach item (none for an empty -ForEach), to run in
     * the Run phase; -Pending is -Skip there, and an empty block a test that passes.
     */
    private void discover(Block block) {
        SessionStateScope moduleScope = PesterRun.current(sessionState()).discoveryModuleScope;
        if (test == null) {
            throw PesterRun.usageError(name.contains("\n")
                    ? "Test name has multiple lines and no test scriptblock is provided. Did you provide the test name?"
                    : "No test scriptblock is provided. Did you put the opening curly brace on the next line?");
        }
        if (!boundParameters().containsKey("ForEach")) {
            block.children.add(new Block.Test(name, block, test, tag, skip || pending, null, false, moduleScope));
            return;
        }
        if (forEach != null) {
            for (Object item : forEach) {
                block.children.add(new Block.Test(name, block, test, tag, skip || pending, item, true,
                        moduleScope));
            }
        }
    }

    private String expandName(Map<?, ?> testCase) {
        Matcher m = PLACEHOLDER.matcher(name);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String replacement = m.group();
            Object found = find(testCase, key);
            if (found != null) {
                Object value = ((Map.Entry<?, ?>) found).getValue();
                Object base = PSObject.base(value);
                replacement = base instanceof String s && !s.isEmpty() ? s : ValueFormatter.format(value);
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(expanded);
        return expanded.toString();
    }

    /** The entry of a test case with this key (keys of hashtables ignore case), or null. */
    private static Object find(Map<?, ?> testCase, String key) {
        for (Map.Entry<?, ?> entry : testCase.entrySet()) {
            if (LanguagePrimitives.toStringValue(entry.getKey()).equalsIgnoreCase(key)) {
                return entry;
            }
        }
        return null;
    }

    private void runTest(PesterRun run, String testName, Map<?, ?> parameters, String suiteName, boolean isPending) {
        OrderedDictionary recorded = new OrderedDictionary();
        for (Map.Entry<?, ?> entry : parameters.entrySet()) {
            recorded.put(entry.getKey(), entry.getValue());
        }
        long started = System.nanoTime();
        if (skip || isPending) {
            run.addResult(testName, skip ? "Skipped" : "Pending", PesterRun.elapsedSince(started), null, suiteName,
                    recorded);
            return;
        }
        SessionState session = sessionState();
        SessionStateScope caller = Blocks.enterScope(session);
        run.inTest = true;
        run.testNumber++;
        ErrorRecord error = null;
        try {
            for (Iterator<TestGroup> groups = run.groups.descendingIterator(); groups.hasNext(); ) {
                for (ScriptBlock block : groups.next().beforeEach) {
                    Blocks.dotSource(block);
                }
            }
            Blocks.invoke(test, parameters);
        } catch (PoshException e) {
            error = e.errorRecord();
        } catch (ControlFlowException e) {
            // break or continue leave the test, as they leave Pester's do { } until ($true) around it; exit ends all
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
                error = e.errorRecord();
            } finally {
                run.inTest = false;
                Mock.removeAll(run.testMocks);
                run.testMocks.clear();
                session.setCurrentScope(caller);
            }
        }
        run.addResult(testName, error == null ? "Passed" : "Failed", PesterRun.elapsedSince(started), error,
                suiteName, recorded);
    }
}
