package org.jposh.stdlib.pester;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TimeSpan;

/** The object Invoke-Pester -PassThru writes in a Pester 5 run (Pester's [Pester.Run]): counts and tests. */
final class Pester5Result {
    private Pester5Result() {
    }

    static PSObject of(PesterRun run, List<Block> roots, List<Path> files, List<Path> failedContainers, long ticks) {
        List<Object> tests = new ArrayList<>();
        List<Object> passed = new ArrayList<>();
        List<Object> failed = new ArrayList<>();
        List<Object> skipped = new ArrayList<>();
        List<Object> notRun = new ArrayList<>();
        List<Object> inconclusive = new ArrayList<>();
        List<Object> containers = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            PSObject container = PSObject.newCustomObject();
            container.setNoteProperty("Name", files.get(i).toString());
            container.setNoteProperty("Item", files.get(i).toString());
            container.setNoteProperty("Result", failedContainers.contains(files.get(i)) ? "Failed" : "Passed");
            containers.add(container);
            if (roots.get(i) == null) {
                continue;
            }
            for (Block.Test test : roots.get(i).tests()) {
                PSObject entry = test(test);
                tests.add(entry);
                switch (test.result) {
                    case "Passed" -> passed.add(entry);
                    case "Failed" -> failed.add(entry);
                    case "Skipped" -> skipped.add(entry);
                    case "Inconclusive" -> inconclusive.add(entry);
                    default -> notRun.add(entry);
                }
            }
        }
        int failures = run.failed + run.failedBlocks.size() + failedContainers.size();
        PSObject result = PSObject.newCustomObject();
        result.setNoteProperty("Containers", containers.toArray());
        result.setNoteProperty("Result", failures > 0 ? "Failed" : "Passed");
        result.setNoteProperty("FailedCount", run.failed);
        result.setNoteProperty("FailedBlocksCount", run.failedBlocks.size());
        result.setNoteProperty("FailedContainersCount", failedContainers.size());
        result.setNoteProperty("PassedCount", run.passed);
        result.setNoteProperty("SkippedCount", run.skipped);
        result.setNoteProperty("InconclusiveCount", run.inconclusive);
        result.setNoteProperty("NotRunCount", run.notRun);
        result.setNoteProperty("TotalCount", tests.size());
        result.setNoteProperty("Duration", new TimeSpan(ticks));
        result.setNoteProperty("Executed", true);
        result.setNoteProperty("Version", Pester5Report.VERSION);
        result.setNoteProperty("Passed", passed.toArray());
        result.setNoteProperty("Failed", failed.toArray());
        result.setNoteProperty("Skipped", skipped.toArray());
        result.setNoteProperty("Inconclusive", inconclusive.toArray());
        result.setNoteProperty("NotRun", notRun.toArray());
        result.setNoteProperty("Tests", tests.toArray());
        List<Object> blocks = new ArrayList<>();
        for (Block block : run.failedBlocks) {
            PSObject entry = PSObject.newCustomObject();
            entry.setNoteProperty("Name", block.name);
            entry.setNoteProperty("Path", block.path().toArray());
            entry.setNoteProperty("ErrorRecord", block.errorRecords.toArray());
            blocks.add(entry);
        }
        result.setNoteProperty("FailedBlocks", blocks.toArray());
        result.setNoteProperty("FailedContainers", containers.stream()
                .filter(c -> "Failed".equals(((PSObject) c).property("Result").getValue(c))).toArray());
        return result;
    }

    private static PSObject test(Block.Test test) {
        PSObject entry = PSObject.newCustomObject();
        List<String> path = test.path();
        entry.setNoteProperty("Name", test.name);
        entry.setNoteProperty("Path", path.toArray());
        entry.setNoteProperty("Data", test.hasData ? test.data : null);
        entry.setNoteProperty("ExpandedName", test.expandedName == null ? test.name : test.expandedName);
        entry.setNoteProperty("ExpandedPath", String.join(".", path));
        entry.setNoteProperty("Result", test.result);
        entry.setNoteProperty("ErrorRecord", test.errorRecords.toArray());
        entry.setNoteProperty("Duration", new TimeSpan(test.durationTicks));
        entry.setNoteProperty("Passed", "Passed".equals(test.result));
        entry.setNoteProperty("Skipped", "Skipped".equals(test.result));
        entry.setNoteProperty("Tag", test.tags);
        entry.setNoteProperty("ShouldRun", test.shouldRun);
        entry.setNoteProperty("Executed", test.executed);
        entry.setNoteProperty("ScriptBlock", test.scriptBlock);
        return entry;
    }
}
