package org.jposh.stdlib.pester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Invoke-Pester: runs the test scripts (*.Tests.ps1) of the given files and folders (folders searched
 * recursively; the current folder by default) as Pester 5 does: Discovery runs each file to find its
 * blocks and tests, then the Run phase runs them ({@link Pester5}); -Output (or the configuration's
 * Output.Verbosity) chooses what it prints, -PassThru writes the run's result object, -CI exits with
 * the number of failures. Pester 4's parameters (-Script, -TestName, -Show, -EnableExit) run the files
 * as Pester 4 did instead: each file at once, with Pester 4's report and result object.
 */
@Cmdlet(verb = "Invoke", noun = "Pester")
@UsesFileSystem
public final class InvokePesterCommand extends PSCmdlet {
    @Parameter(position = 0)
    private String[] path;

    @Parameter
    @Alias("relative_path")
    private String[] script;

    @Parameter
    @Alias("Name")
    private String[] testName;

    @Parameter
    private boolean enableExit;

    @Parameter
    @Alias({"Tags", "TagFilter"})
    private String[] tag;

    @Parameter
    @Alias("ExcludeTagFilter")
    private String[] excludeTag;

    @Parameter
    private String[] fullNameFilter;

    @Parameter
    @ValidateSet({"None", "Normal", "Detailed", "Diagnostic", "Minimal"})
    private String output;

    @Parameter
    private boolean cI;

    @Parameter
    private PSObject configuration;

    @Parameter
    private boolean passThru;

    @Parameter
    @ValidateSet({"None", "Default", "Passed", "Failed", "Pending", "Skipped", "Inconclusive", "Describe", "Context",
        "Summary", "Header", "Fails", "All"})
    private String[] show;

    @Override
    protected void endProcessing() {
        if (script != null || testName != null || show != null || enableExit) {
            runPester4();
        } else {
            runPester5();
        }
    }

    private void runPester5() {
        PesterConfiguration config = PesterConfiguration.from(configuration);
        String[] paths = path != null ? path : config.strings("Run", "Path", new String[] {"."});
        String[] tags = tag != null ? tag : config.strings("Filter", "Tag", null);
        String[] excludeTags = excludeTag != null ? excludeTag : config.strings("Filter", "ExcludeTag", null);
        String[] fullNames = fullNameFilter != null ? fullNameFilter : config.strings("Filter", "FullName", null);
        String verbosity = output != null ? output : config.string("Output", "Verbosity", "Normal");
        boolean exit = cI || config.bool("Run", "Exit");
        boolean writeResult = passThru || config.bool("Run", "PassThru");
        SessionState session = sessionState();
        PesterRun run = new PesterRun(host().ui(), verbosity(verbosity));
        long started = System.nanoTime();
        run.report5.start();
        run.report5.outerFrames = session.callStack().depth();
        List<Path> files = testFiles(paths);
        run.report5.discoveryStart(files.size());
        PesterRun previous = PesterRun.begin(session, run);
        List<Block> roots = new ArrayList<>();
        List<Path> failedContainers = new ArrayList<>();
        try {
            for (Path file : files) {
                Block root = new Block(null, file.toString(), null, null, false, null, false);
                run.discovering = root;
                ErrorRecord error = runScript(file);
                run.discovering = null;
                if (error == null) {
                    roots.add(root);
                } else {
                    roots.add(null);
                    failedContainers.add(file);
                    run.report5.discoveryFailed(file, error);
                }
            }
            int found = 0;
            int selected = 0;
            for (Block root : roots) {
                if (root != null) {
                    Pester5.filter(root, tags, excludeTags, fullNames);
                    for (Block.Test test : root.tests()) {
                        found++;
                        selected += test.shouldRun ? 1 : 0;
                    }
                }
            }
            run.report5.discoveryEnd(found, (System.nanoTime() - started) / 100, filterLines(tags, excludeTags,
                    fullNames), selected);
            run.report5.runStart();
            for (int i = 0; i < files.size(); i++) {
                Block root = roots.get(i);
                if (root == null) {
                    continue;
                }
                long fileStarted = System.nanoTime();
                run.report5.containerStart(files.get(i));
                Pester5.runBlock(run, root);
                long userTicks = 0;
                boolean passed = root.errorRecords.isEmpty();
                for (Block.Test test : root.tests()) {
                    count(run, test);
                    userTicks += test.userDurationTicks;
                    passed &= !"Failed".equals(test.result);
                }
                run.report5.containerEnd(files.get(i), root.errorRecords, passed, (System.nanoTime() - fileStarted) / 100, userTicks);
                if (!root.errorRecords.isEmpty()) {
                    failedContainers.add(files.get(i));
                }
            }
        } finally {
            run.discovering = null;
            PesterRun.end(session, previous);
        }
        long ticks = (System.nanoTime() - started) / 100;
        run.report5.summary(run, ticks, failedContainers.size(), failedContainers);
        if (writeResult) {
            writeObject(Pester5Result.of(run, roots, files, failedContainers, ticks));
        }
        int failures = run.failed + run.failedBlocks.size() + failedContainers.size();
        // always, so that a run that passes does not keep the exit code of an earlier program
        session.global().set("LASTEXITCODE", failures);
        if (exit && failures > 0) {
            throw new ExitException(failures);
        }
    }

    /** Pester 5's counting: a test that should have run but did not (its block's BeforeAll failed) failed. */
    private static void count(PesterRun run, Block.Test test) {
        if (!test.shouldRun) {
            test.result = "NotRun";
            run.notRun++;
            return;
        }
        switch (test.result) {
            case "Passed" -> run.passed++;
            case "Skipped" -> run.skipped++;
            case "Inconclusive" -> run.inconclusive++;
            default -> {
                test.result = "Failed";
                run.failed++;
            }
        }
    }

    private static List<String> filterLines(String[] tags, String[] excludeTags, String[] fullNames) {
        List<String> lines = new ArrayList<>();
        if (tags != null && tags.length > 0) {
            lines.add("Filter 'Tag' set to ('" + String.join("', '", tags) + "').");
        }
        if (excludeTags != null && excludeTags.length > 0) {
            lines.add("Filter 'ExcludeTag' set to ('" + String.join("', '", excludeTags) + "').");
        }
        if (fullNames != null && fullNames.length > 0) {
            lines.add("Filter 'FullName' set to ('" + String.join("', '", fullNames) + "').");
        }
        return lines;
    }

    /** Output.Verbosity: None, Normal, Detailed or Diagnostic (-Output also offers Minimal, which Pester 5 rejects here). */
    private static Pester5Report.Verbosity verbosity(String value) {
        for (Pester5Report.Verbosity verbosity : Pester5Report.Verbosity.values()) {
            if (verbosity.name().equalsIgnoreCase(value)) {
                return verbosity;
            }
        }
        throw PesterRun.usageError("Output.Verbosity must be 'None', 'Normal', 'Detailed' or 'Diagnostic', but it was '"
                + value + "'. Please review your configuration.");
    }

    private void runPester4() {
        String[] scripts = script != null ? script : path != null ? path : new String[] {"."};
        SessionState session = sessionState();
        PesterRun run = new PesterRun(host().ui(), OutputTypes.parse(show == null ? new String[] {"All"} : show),
                tag, excludeTag, testName, 1);
        run.report.header("Executing all tests in '" + String.join("', '", scripts) + "'");
        PesterRun previous = PesterRun.begin(session, run);
        try {
            for (Path file : testFiles(scripts)) {
                run.report.header("\nExecuting script " + file);
                long started = System.nanoTime();
                ErrorRecord error = runScript(file);
                if (error != null) {
                    run.addResult("Error occurred in test script '" + file + "'", "Failed",
                            PesterRun.elapsedSince(started), error, null, null);
                }
            }
        } finally {
            PesterRun.end(session, previous);
        }
        run.report.summary(run);
        if (passThru) {
            writeObject(result(run));
        }
        if (enableExit && run.failed > 0) {
            throw new ExitException(run.failed);
        }
    }

    private List<Path> testFiles(String[] paths) {
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            Path resolved = sessionState().resolveFileSystemPath(path);
            if (Files.isDirectory(resolved)) {
                try (Stream<Path> found = Files.walk(resolved)) {
                    found.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tests.ps1"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    writeError(errorRecord("Cannot read the folder '" + path + "': " + e.getMessage(),
                            "TestFolderNotRead", ErrorCategory.ReadError, path, "IOException"));
                }
            } else if (Files.isRegularFile(resolved)) {
                files.add(resolved);
            } else {
                writeError(errorRecord("Cannot find path '" + resolved + "' because it does not exist.",
                        "PathNotFound", ErrorCategory.ObjectNotFound, path, "ItemNotFoundException"));
            }
        }
        return files;
    }

    /** Runs a test script as {@code & $file}; returns the error that ended it, if one did. */
    private static ErrorRecord runScript(Path file) {
        PoshContext context = PoshContext.get(null);
        boolean propagate = context.setPropagateErrors(true);
        try {
            CommandProcessorBase processor = CommandDiscovery.createProcessor(context, file.toString(), false,
                    new CommandArgument[0], null, 1, false);
            processor.setOutput(value -> { });
            processor.begin();
            processor.processWithoutInput();
            processor.end();
            return null;
        } catch (PoshException e) {
            return e.errorRecord();
        } catch (PoshParseError e) {
            return e.errorRecord();
        } finally {
            context.setPropagateErrors(propagate);
        }
    }

    private PSObject result(PesterRun run) {
        PSObject result = PSObject.newCustomObject();
        result.setNoteProperty("TagFilter", tag);
        result.setNoteProperty("ExcludeTagFilter", excludeTag);
        result.setNoteProperty("TestNameFilter", testName);
        result.setNoteProperty("TotalCount", run.results.size());
        result.setNoteProperty("PassedCount", run.passed);
        result.setNoteProperty("FailedCount", run.failed);
        result.setNoteProperty("SkippedCount", run.skipped);
        result.setNoteProperty("PendingCount", run.pending);
        result.setNoteProperty("InconclusiveCount", 0);
        result.setNoteProperty("Time", run.elapsed());
        result.setNoteProperty("TestResult", run.results.toArray());
        return result;
    }
}
