package org.jposh.stdlib.pester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Invoke-Pester prints (Pester 4's layout: the script, Describing/Context, [+]/[-]/[!]/[?] lines with
 * their times, the failure's message, line and place, the summary) and -EnableExit's exit code. The times
 * vary from run to run and are compared as {@code Nms}.
 */
class PesterReportTest {
    @TempDir
    Path folder;

    private static final String TESTS = """
            Describe 'Report' {
                It 'passes' { 1 | Should -Be 1 }
                It 'fails' {
                    'abc' | Should -BeExactly 'abd'
                }
                Context 'Inner' {
                    It 'throws' { throw 'boom' }
                    It 'skips' -Skip { }
                    It 'waits' { }
                }
            }
            """;

    @Test
    void printsResultsFailuresAndSummary() throws IOException {
        Path file = folder.resolve("report.Tests.ps1");
        Files.writeString(file, TESTS);
        String printed = run("Invoke-Pester '" + file + "'").output;
        assertEquals("""
                Executing all tests in 'FILE'

                Executing script FILE

                  Describing Report
                    [+] passes Nms
                    [-] fails Nms
                      Expected strings to be the same, but they were different.
                      String lengths are both 3.
                      Strings differ at index 2.
                      Expected: 'abd'
                      But was:  'abc'
                      4:         'abc' | Should -BeExactly 'abd'
                      at <ScriptBlock>, FILE: line 4

                    Context Inner
                      [-] throws Nms
                        RuntimeException: boom
                        at <ScriptBlock>, FILE: line 7
                      [!] skips, is skipped Nms
                      [?] waits, is pending Nms
                Tests completed in Nms
                Tests Passed: 1, Failed: 2, Skipped: 1, Pending: 1, Inconclusive: 0\s
                """, printed.replace(file.toString(), "FILE").replaceAll("\\d+(\\.\\d+)?m?s\\b", "Nms"));
    }

    @Test
    void enableExitExitsWithTheNumberOfFailures() throws IOException {
        Path file = folder.resolve("report.Tests.ps1");
        Files.writeString(file, TESTS);
        assertEquals(2, run("Invoke-Pester '" + file + "' -Show None -EnableExit; 'not reached'").exitCode);
        Files.writeString(file, "Describe 'ok' { It 'passes' { } }");
        assertEquals(0, run("Invoke-Pester '" + file + "' -Show None -EnableExit; exit 0").exitCode);
    }

    private record Run(String output, int exitCode) {
    }

    private static Run run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context context = Context.newBuilder("posh").allowIO(IOAccess.ALL).out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false").option("posh.HostOutput", "true").build();
        int exitCode = 0;
        try {
            context.eval("posh", script);
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                throw e;
            }
            exitCode = e.getExitStatus();
        }
        try {
            context.close();
        } catch (PolyglotException e) {
            // closing a context that exited reports the exit again
            if (!e.isExit()) {
                throw e;
            }
        }
        return new Run(out.toString(StandardCharsets.UTF_8), exitCode);
    }
}
