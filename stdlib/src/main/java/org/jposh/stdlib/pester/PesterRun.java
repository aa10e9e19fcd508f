package org.jposh.stdlib.pester;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.stdlib.modules.PSModuleInfo;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * One test run of a session (Pester's $pester state): the Describe and Context blocks running now,
 * the results so far, the mocks' call history, and what to print. Invoke-Pester starts one; a Describe
 * run on its own starts one for its own duration, as Pester 4 allows.
 */
final class PesterRun {
    private static final Map<SessionState, PesterRun> RUNS = Collections.synchronizedMap(new WeakHashMap<>());

    final Deque<TestGroup> groups = new ArrayDeque<>();
    final List<PSObject> results = new ArrayList<>();
    final List<MockCall> mockCalls = new ArrayList<>();
    final Report report;
    private final String[] tags;
    private final String[] excludeTags;
    private final String[] testNames;
    private final long started = System.nanoTime();
    int passed;
    int failed;
    int skipped;
    int pending;
    /** Whether an It block is running: mocks made in it belong to it, and end with it. */
    boolean inTest;
    /** The number of the running test, counted from 1; the calls of mocks remember it. */
    int testNumber;
    /** The mocked commands, by name in lower case. */
    final Map<String, Mock.Target> mockTargets = new java.util.HashMap<>();
    /** The mocks made by the running It block. */
    final List<Mock> testMocks = new ArrayList<>();

    /** Pester 5's report; null in a Pester 4 run. */
    final Pester5Report report5;
    /** During Pester 5's Discovery, the block whose body runs now, where It, Describe and the setup commands record. */
    Block discovering;
    /** During Discovery inside InModuleScope, the module's scope, where the tests found will run. */
    SessionStateScope discoveryModuleScope;
    /** The blocks whose BeforeAll or AfterAll failed (Pester 5). */
    final List<Block> failedBlocks = new ArrayList<>();
    int inconclusive;
    /** The Pester 5 test running now, or null. */
    Block.Test currentTest;
    int notRun;

    /** How deep the outermost Describe is indented: one level under Invoke-Pester's "Executing script" line. */
    private final int indent;

    PesterRun(PSHostUserInterface ui, Set<OutputTypes> show, String[] tags, String[] excludeTags, String[] testNames,
              int indent) {
        this.indent = indent;
        this.report = new Report(ui, show);
        this.report5 = null;
        this.tags = tags;
        this.excludeTags = excludeTags;
        this.testNames = testNames;
    }

    /** A Pester 5 run (Invoke-Pester's Discovery and Run phases), printing at this verbosity. */
    PesterRun(PSHostUserInterface ui, Pester5Report.Verbosity verbosity) {
        this.indent = 0;
        this.report = new Report(ui, EnumSet.noneOf(OutputTypes.class));
        this.report5 = new Pester5Report(ui, verbosity);
        this.tags = null;
        this.excludeTags = null;
        this.testNames = null;
    }

    boolean isPester5() {
        return report5 != null;
    }

    static PesterRun current(SessionState session) {
        return RUNS.get(session);
    }

    /** Makes {@code run} the session's run; returns the run it replaces (null for none), to restore at the end. */
    static PesterRun begin(SessionState session, PesterRun run) {
        return RUNS.put(session, run);
    }

    static void end(SessionState session, PesterRun previous) {
        if (previous == null) {
            RUNS.remove(session);
        } else {
            RUNS.put(session, previous);
        }
    }

    /** Pester's Assert-DescribeInProgress error, for It, Context and the setup commands outside a Describe. */
    static PoshException notInDescribe(String command) {
        return usageError("The " + command + " command may only be used inside a Describe block.");
    }

    /** An error of the framework's use, as Pester's {@code throw "message"}. */
    static PoshException usageError(String message) {
        return new PoshException(new ErrorRecord(message, message, ErrorCategory.OperationStopped, null, null,
                "RuntimeException", null), null);
    }

    /** The scope of a loaded module, as Pester's Get-ScriptModule finds it; its error when none is loaded. */
    static SessionStateScope moduleScope(SessionState session, String moduleName) {
        SessionStateScope scope = PSModuleInfo.loadedModuleScope(session, moduleName);
        if (scope == null) {
            throw usageError("No modules named '" + moduleName + "' are currently loaded.");
        }
        return scope;
    }

    /** During Pester 5's Discovery, the block being discovered; otherwise null. */
    static Block discoveringBlock(SessionState session) {
        PesterRun run = current(session);
        return run == null ? null : run.discovering;
    }

    /** The session's run, inside a Describe; otherwise the error {@code command} reports. */
    static PesterRun requireGroup(SessionState session, String command) {
        PesterRun run = current(session);
        if (run == null || run.groups.isEmpty()) {
            throw notInDescribe(command);
        }
        return run;
    }

    static PesterRun standalone(PSHostUserInterface ui) {
        return new PesterRun(ui, EnumSet.allOf(OutputTypes.class), null, null, null, 0);
    }

    TimeSpan elapsed() {
        return elapsedSince(started);
    }

    static TimeSpan elapsedSince(long nanos) {
        return new TimeSpan((System.nanoTime() - nanos) / 100);
    }

    /** Whether a Describe with these tags runs: -Tag (any of them, wildcards) and -ExcludeTag decide. */
    boolean runsDescribe(String name, String[] describeTags) {
        if (testNames != null && !anyMatches(testNames, new String[] {name})) {
            return false;
        }
        if (excludeTags != null && describeTags != null && anyMatches(excludeTags, describeTags)) {
            return false;
        }
        return tags == null || tags.length == 0 || (describeTags != null && anyMatches(tags, describeTags));
    }

    private static boolean anyMatches(String[] patterns, String[] values) {
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

    String describeName() {
        Iterator<TestGroup> outermostFirst = groups.descendingIterator();
        return outermostFirst.hasNext() ? outermostFirst.next().name : "";
    }

    String contextName() {
        List<String> names = new ArrayList<>();
        groups.descendingIterator().forEachRemaining(g -> names.add(g.name));
        return names.size() > 1 ? String.join("\\", names.subList(1, names.size())) : "";
    }

    int depth() {
        return indent + groups.size();
    }

    /**
     * Records a test's result (Passed, Failed, Skipped or Pending) as Pester's TestResult entries are,
     * and prints it.
     */
    void addResult(String name, String result, TimeSpan time, ErrorRecord error, String suiteName,
                   OrderedDictionary parameters) {
        PSObject entry = PSObject.newCustomObject();
        entry.setNoteProperty("Describe", describeName());
        entry.setNoteProperty("Context", contextName());
        entry.setNoteProperty("Name", name);
        entry.setNoteProperty("Result", result);
        entry.setNoteProperty("Passed", "Passed".equals(result));
        entry.setNoteProperty("Time", time);
        entry.setNoteProperty("FailureMessage", error == null ? null : Report.failureMessage(error));
        entry.setNoteProperty("StackTrace", error == null ? null : Report.stackTrace(error));
        entry.setNoteProperty("ErrorRecord", error);
        entry.setNoteProperty("ParameterizedSuiteName", suiteName);
        entry.setNoteProperty("Parameters", parameters == null ? new OrderedDictionary() : parameters);
        results.add(entry);
        switch (result.toLowerCase(Locale.ROOT)) {
            case "passed" -> passed++;
            case "failed" -> failed++;
            case "skipped" -> skipped++;
            default -> pending++;
        }
        report.testResult(name, result, time, error, depth());
    }
}
