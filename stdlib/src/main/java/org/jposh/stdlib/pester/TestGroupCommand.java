package org.jposh.stdlib.pester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
    /** Runs the group; a Describe without a run (not under Invoke-Pester) makes one for itself. */
    protected final void runGroup(String name, ScriptBlock fixture, String[] tags, boolean isDescribe) {
        SessionState session = sessionState();
        PesterRun run = PesterRun.current(session);
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

    private void runGroup(PesterRun run, TestGroup group, ScriptBlock fixture) {
        SessionState session = sessionState();
        run.groups.push(group);
        run.report.group(group.name, group.isDescribe, run.depth());
        SessionStateScope caller = Blocks.enterScope(session);
        PSDriveInfo outerTestDrive = PSDriveInfo.named(session, "TestDrive");
        long started = System.nanoTime();
        try {
            if (group.isDescribe) {
                group.testDrive = createTestDrive();
                session.currentScope().set("TestDrive", group.testDrive.toString());
                SessionDrives.of(session).add(PSDriveInfo.fileSystem("TestDrive", group.testDrive, "Pester's TestDrive"));
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
                if (group.testDrive != null) {
                    SessionDrives.of(session).remove("TestDrive");
                    if (outerTestDrive != null) {
                        SessionDrives.of(session).add(outerTestDrive);
                    }
                }
                deleteTestDrive(group.testDrive);
            }
        }
    }

    /** Pester reports an error outside the It blocks as a failed test of the group. */
    private static void groupFailed(PesterRun run, ErrorRecord error, long started) {
        TimeSpan time = PesterRun.elapsedSince(started);
        run.addResult("Error occurred in " + (run.groups.peek().isDescribe ? "Describe" : "Context") + " block",
                "Failed", time, error, null, null);
    }

    private Path createTestDrive() {
        try {
            return Files.createTempDirectory("jposh-testdrive-");
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord("Cannot create the TestDrive folder: " + e.getMessage(),
                    "TestDriveNotCreated", ErrorCategory.WriteError, null,
                    "IOException"));
        }
    }

    private static void deleteTestDrive(Path testDrive) {
        if (testDrive == null) {
            return;
        }
        try (Stream<Path> created = Files.walk(testDrive)) {
            for (Path p : created.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A file a test left open stays in the temporary folder; the run goes on as Pester's does.
        }
    }
}
