package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * What Pester 5's Discovery phase finds in a test file: the file's root block, and in it the Describe
 * and Context blocks and It tests in the order written (one per item of their -ForEach), with the setup
 * and teardown blocks each declares (which apply to the whole block, wherever they are written). The
 * Run phase then runs this tree; the blocks' bodies do not run again.
 */
final class Block {
    /** Describe or Context; null for a file's root block. */
    final String commandUsed;
    final String name;
    final Block parent;
    final String[] tags;
    final boolean skip;
    /** The -ForEach item this block is for: its keys become variables, and it is {@code $_}. */
    final Object data;
    final boolean hasData;
    final List<ScriptBlock> beforeAll = new ArrayList<>();
    final List<ScriptBlock> afterAll = new ArrayList<>();
    final List<ScriptBlock> beforeEach = new ArrayList<>();
    final List<ScriptBlock> afterEach = new ArrayList<>();
    /** The blocks and tests in the order written. */
    final List<Object> children = new ArrayList<>();
    String expandedName;
    /** Whether its header was printed, which Detailed output does before its first test runs. */
    boolean written;
    /** The errors of its BeforeAll and AfterAll blocks. */
    final List<ErrorRecord> errorRecords = new ArrayList<>();

    Block(String commandUsed, String name, Block parent, String[] tags, boolean skip, Object data, boolean hasData) {
        this.commandUsed = commandUsed;
        this.name = name;
        this.parent = parent;
        this.tags = tags;
        this.skip = skip || (parent != null && parent.skip);
        this.data = data;
        this.hasData = hasData;
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The names from the outermost Describe to this block (the root has none). */
    List<String> path() {
        List<String> path = parent == null ? new ArrayList<>() : parent.path();
        if (parent != null) {
            path.add(expandedName == null ? name : expandedName);
        }
        return path;
    }

    List<Test> tests() {
        List<Test> tests = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof Test test) {
                tests.add(test);
            } else {
                tests.addAll(((Block) child).tests());
            }
        }
        return tests;
    }

    /** A test found by Discovery; the Run phase records its result here. */
    static final class Test {
        final String name;
        final Block block;
        final ScriptBlock scriptBlock;
        final String[] tags;
        final boolean skip;
        final Object data;
        final boolean hasData;
        /** For a test declared in InModuleScope, the module's scope, which its scope is made under (not its block's). */
        final SessionStateScope moduleScope;
        String expandedName;
        /** Whether the filters (-Tag, -ExcludeTag, -FullName) select it. */
        boolean shouldRun = true;
        boolean executed;
        /** Passed, Failed, Skipped, Inconclusive or NotRun. */
        String result = "NotRun";
        final List<ErrorRecord> errorRecords = new ArrayList<>();
        long durationTicks;
        long userDurationTicks;

        Test(String name, Block block, ScriptBlock scriptBlock, String[] tags, boolean skip, Object data,
             boolean hasData, SessionStateScope moduleScope) {
            this.moduleScope = moduleScope;
            this.name = name;
            this.block = block;
            this.scriptBlock = scriptBlock;
            this.tags = tags;
            this.skip = skip || block.skip;
            this.data = data;
            this.hasData = hasData;
        }

        List<String> path() {
            List<String> path = block.path();
            path.add(expandedName == null ? name : expandedName);
            return path;
        }
    }
}
