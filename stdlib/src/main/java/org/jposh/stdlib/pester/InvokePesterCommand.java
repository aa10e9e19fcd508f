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
 * recursively; the current folder by default), prints each result and the summary as Pester 4 does,
 * and with -PassThru writes the run's result object (TotalCount, PassedCount, FailedCount,
 * SkippedCount, PendingCount, TestResult...). -EnableExit exits with the number of failed tests.
 */
@Cmdlet(verb = "Invoke", noun = "Pester")
@UsesFileSystem
public final class InvokePesterCommand extends PSCmdlet {
    @Parameter(position = 0)
    @Alias({"Path", "relative_path"})
    private String[] script = {"."};

    @Parameter(position = 1)
    @Alias("Name")
    private String[] testName;

    @Parameter(position = 2)
    private boolean enableExit;

    @Parameter(position = 4)
    @Alias("Tags")
    private String[] tag;

    @Parameter
    private String[] excludeTag;

    @Parameter
    private boolean passThru;

    @Parameter
    @ValidateSet({"None", "Default", "Passed", "Failed", "Pending", "Skipped", "Inconclusive", "Describe", "Context",
        "Summary", "Header", "Fails", "All"})
    private String[] show = {"All"};

    @Override
    protected void endProcessing() {
        SessionState session = sessionState();
        PesterRun run = new PesterRun(host().ui(), OutputTypes.parse(show), tag, excludeTag, testName, 1);
        run.report.header("Executing all tests in '" + String.join("', '", script) + "'");
        PesterRun previous = PesterRun.begin(session, run);
        try {
            for (Path file : testFiles()) {
                run.report.header("\nExecuting script " + file);
                runScript(run, file);
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

    private List<Path> testFiles() {
        List<Path> files = new ArrayList<>();
        for (String path : script) {
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

    /** Runs a test script as {@code & $file}; an error outside its Describe blocks counts as a failed test. */
    private static void runScript(PesterRun run, Path file) {
        PoshContext context = PoshContext.get(null);
        long started = System.nanoTime();
        boolean propagate = context.setPropagateErrors(true);
        try {
            CommandProcessorBase processor = CommandDiscovery.createProcessor(context, file.toString(), false,
                    new CommandArgument[0], null, 1, false);
            processor.setOutput(value -> { });
            processor.begin();
            processor.processWithoutInput();
            processor.end();
        } catch (PoshException e) {
            scriptFailed(run, file, started, e.errorRecord());
        } catch (PoshParseError e) {
            scriptFailed(run, file, started, e.errorRecord());
        } finally {
            context.setPropagateErrors(propagate);
        }
    }

    private static void scriptFailed(PesterRun run, Path file, long started, ErrorRecord error) {
        run.addResult("Error occurred in test script '" + file + "'", "Failed", PesterRun.elapsedSince(started), error,
                null, null);
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
