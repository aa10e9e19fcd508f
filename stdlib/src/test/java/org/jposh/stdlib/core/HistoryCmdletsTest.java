package org.jposh.stdlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.host.HistoryInfo;
import org.jposh.interpreter.host.StreamHost;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Get-History, Invoke-History and Clear-History against a host whose history holds five commands. */
class HistoryCmdletsTest {
    private final ByteArrayOutputStream hostText = new ByteArrayOutputStream();
    private StreamHost host;
    private Runspace runspace;
    private final List<Object> output = new ArrayList<>();
    private final List<ErrorRecord> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        PrintStream text = new PrintStream(hostText, true, StandardCharsets.UTF_8);
        host = new StreamHost(text, text);
        runspace = Runspace.open(host);
        DateTime start = DateTime.now();
        for (String line : List.of("'one'", "$x = 2", "Get-Date", "'four'", "$x * 3")) {
            host.history().add(line, PipelineState.Completed, start, start);
        }
    }

    @AfterEach
    void close() {
        runspace.close();
    }

    private List<Object> run(String script) {
        output.clear();
        errors.clear();
        runspace.invokeScript(script, "<test>", null, output::add, e -> errors.add((ErrorRecord) e));
        return output;
    }

    private List<Long> ids(List<Object> values) {
        return values.stream().map(v -> ((HistoryInfo) v).id()).toList();
    }

    private List<Long> remainingIds() {
        return host.history().entries().stream().map(HistoryInfo::id).toList();
    }

    @Test
    void getHistoryListsAllOldestFirstOrTheLastCount() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(run("Get-History")));
        assertEquals(List.of(4L, 5L), ids(run("Get-History -Count 2")));
        assertEquals(List.of(2L, 3L), ids(run("Get-History 3 2")));
        assertEquals(List.of(1L, 4L), ids(run("Get-History -Id 1, 4")));
    }

    @Test
    void historyInfoHasPwshsProperties() {
        List<Object> values = run("$h = Get-History 2; $h.CommandLine; $h.ExecutionStatus.ToString(); $h.Id; "
                + "$h.Duration.Ticks; \"$h\"");
        assertEquals(List.of("$x = 2", "Completed", 2L, 0L, "$x = 2"), values);
    }

    @Test
    void getHistoryReportsAMissingIdAndGoesOn() {
        assertEquals(List.of(5L), ids(run("Get-History 9, 5")));
        assertEquals(1, errors.size());
        assertEquals("Cannot locate the history for Id 9.", errors.getFirst().message());
        assertEquals("GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand",
                errors.getFirst().fullyQualifiedErrorId());
    }

    @Test
    void invokeHistoryRunsTheLineAgainEchoedAndRecordedUnderItsOwnText() {
        run("Invoke-History 2");
        assertEquals(List.of(6), run("$x * 3"));
        assertTrue(hostText.toString(StandardCharsets.UTF_8).contains("$x = 2"), hostText.toString());
        assertEquals(List.of("four"), run("Invoke-History \"'fo\""));
        assertEquals(List.of(6), run("Invoke-History"));
        host.history().add("Invoke-History", PipelineState.Completed, DateTime.now(), DateTime.now());
        assertEquals("$x * 3", host.history().entries().getLast().commandLine());
    }

    @Test
    void clearHistoryRemovesWhatItIsToldAndKeepsTheIds() {
        run("Clear-History -Id 2");
        assertEquals(List.of(1L, 3L, 4L, 5L), remainingIds());
        run("Clear-History -Count 1");
        assertEquals(List.of(3L, 4L, 5L), remainingIds());
        run("Clear-History -Count 1 -Newest");
        assertEquals(List.of(3L, 4L), remainingIds());
        run("Clear-History -CommandLine 'Get-*'");
        assertEquals(List.of(4L), remainingIds());
        run("Clear-History");
        assertEquals(List.of(), remainingIds());
        host.history().add("'next'", PipelineState.Completed, DateTime.now(), DateTime.now());
        assertEquals(List.of(6L), remainingIds());
    }
}
