package org.jposh.stdlib.pester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.stdlib.management.PSDriveInfo;
import org.jposh.stdlib.management.SessionDrives;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * What Describe and Context share: the block runs in a new scope under the caller's (so its It blocks
 * see the variables it and its BeforeAll set), its AfterAll blocks run when it ends however it ends,
 * and an error outside its It blocks is reported as a failed test instead of ending the run.
 */
abstract class TestGroupCommand extends PSCmdlet {
    @Parameter
    @AllowNull
    @AllowEmptyCollection
    private Object[] forEach;

    @Parameter
    private boolean skip;

    /** Runs the group; a Describe without a run (not under Invoke-Pester) makes one for itself. */
    protected final void runGroup(String name, ScriptBlock fixture, String[] tags, boolean isDescribe) {
        SessionState session = sessionState();
        PesterRun run = PesterRun.current(session);
        if (run != null && run.discovering != null) {
            discover(run, name, fixture, tags, isDescribe);
            return;
        }
        boolean standalone = run == null;
        if (standalone) {
            if (!isDescribe) {
                throw PesterRun.notInDescribe("Context");
            }
            run = PesterRun.standalone(host().ui());
            PesterRun.begin(session, run);
        }
        try {
            if (isDescribe && !run.runsDescribe(name, tags)) {
                return;
            }
            runGroup(run, new TestGroup(name, isDescribe), fixture);
        } finally {
            if (standalone) {
                PesterRun.end(session, null);
            }
        }
    }

    /**
     * Pester 5's Discovery of a Describe or Context: a block for each -ForEach item (or one), its body run
     * at once in a new scope holding the item's variables, to find the tests and blocks in it.
     */
    private void discover(PesterRun run, String name, ScriptBlock fixture, String[] tags, boolean isDescribe) {
        if (fixture == null) {
            throw PesterRun.usageError("No test script block is provided. (Have you put the open curly brace on "
                    + "the next line?)");
        }
        if (!forEachBound()) {
            discoverBlock(run, new Block(isDescribe ? "Describe" : "Context", name, run.discovering, tags, skip(),
                    null, false), fixture);
            return;
        }
        for (Object item : forEachItems()) {
            discoverBlock(run, new Block(isDescribe ? "Describe" : "Context", name, run.discovering, tags, skip(),
                    item, true), fixture);
        }
    }

    private void discoverBlock(PesterRun run, Block block, ScriptBlock fixture) {
        SessionState session = sessionState();
        block.parent.children.add(block);
        SessionStateScope caller = Blocks.enterScope(session);
        run.discovering = block;
        try {
            Pester5.setData(session.currentScope(), block.data, block.hasData);
            Blocks.dotSource(fixture);
        } finally {
            run.discovering = block.parent;
            session.setCurrentScope(caller);
        }
    }

    /** Whether -ForEach was given (an empty one makes no block). */
    private boolean forEachBound() {
        return boundParameters().containsKey("ForEach");
    }

    private Object[] forEachItems() {
        return forEach == null ? new Object[0] : forEach;
    }

    private boolean skip() {
        return skip;
    }

    private void runGroup(PesterRun run, TestGroup group, ScriptBlock fixture) {
        SessionState session = sessionState();
        run.groups.push(group);
        run.report.group(group.name, group.isDescribe, run.depth());
        SessionStateScope caller = Blocks.enterScope(session);
        long started = System.nanoTime();
        try {
            if (group.isDescribe) {
                enterTestDrive(session, group);
            }
            if (fixture != null) {
                Blocks.dotSource(fixture);
            }
        } catch (PoshException e) {
            groupFailed(run, e.errorRecord(), started);
        } finally {
            try {
                for (ScriptBlock block : group.afterAll) {
                    Blocks.dotSource(block);
                }
            } catch (PoshException e) {
                groupFailed(run, e.errorRecord(), started);
            } finally {
                session.setCurrentScope(caller);
                run.groups.pop();
                Mock.removeAll(group.mocks);
                leaveTestDrive(session, group);
            }
        }
    }

    /** Pester reports an error outside the It blocks as a failed test of the group. */
    private static void groupFailed(PesterRun run, ErrorRecord error, long started) {
        TimeSpan time = PesterRun.elapsedSince(started);
        run.addResult("Error occurred in " + (run.groups.peek().isDescribe ? "Describe" : "Context") + " block",
                "Failed", time, error, null, null);
    }

    /**
     * Gives a Describe its TestDrive: a temporary folder, the TestDrive: drive and {@code $TestDrive} in
     * its scope (the current one); the drive of an enclosing Describe comes back when it ends.
     */
    static void enterTestDrive(SessionState session, TestGroup group) {
        try {
            group.testDrive = Files.createTempDirectory("jposh-testdrive-");
        } catch (IOException e) {
            throw new PoshException(new ErrorRecord("Cannot create the TestDrive folder: " + e.getMessage(),
                    "TestDriveNotCreated", ErrorCategory.WriteError, null, "IOException", null, null), null);
        }
        group.outerTestDrive = PSDriveInfo.named(session, "TestDrive");
        session.currentScope().set("TestDrive", group.testDrive.toString());
        SessionDrives.of(session).add(PSDriveInfo.fileSystem("TestDrive", group.testDrive, "Pester's TestDrive"));
    }

    static void leaveTestDrive(SessionState session, TestGroup group) {
        if (group.testDrive == null) {
            return;
        }
        SessionDrives.of(session).remove("TestDrive");
        if (group.outerTestDrive != null) {
            SessionDrives.of(session).add(group.outerTestDrive);
        }
        try (Stream<Path> created = Files.walk(group.testDrive)) {
            for (Path p : created.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A file a test left open stays in the temporary folder; the run goes on as Pester's does.
        }
    }
}
