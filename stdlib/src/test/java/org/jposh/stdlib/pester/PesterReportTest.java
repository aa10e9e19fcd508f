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
 * What Invoke-Pester prints: Pester 5's layout at -Output Detailed and Normal (the discovery lines, each file,
 * Describing/Context before their first test, [+]/[-]/[!] lines with their times, the failure's message and
 * where it happened, a failed BeforeAll, the summary), Pester 4's with Pester 4's parameters (the script,
 * Describing/Context, [+]/[-]/[!]/[?] lines, the failure's line and place, the summary), and -EnableExit's
 * and -CI's exit code. The times vary from run to run and are compared as {@code Nms}.
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
        String printed = run("Invoke-Pester -Script '" + file + "'").output;
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

    private static final String TESTS5 = """
            BeforeAll { function Get-Two { 2 } }
            Describe 'Report' {
                It 'passes' { Get-Two | Should -Be 2 }
                It 'fails' {
                    'abc' | Should -BeExactly 'abd'
                }
                Context 'Inner <n>' -ForEach @{ n = 1 } {
                    It 'throws' { throw 'boom' }
                    It 'skips' -Skip { }
                }
            }
            Describe 'Setup fails' {
                BeforeAll { throw 'no setup' }
                It 'does not run' { }
            }
            """;

    @Test
    void printsPester5DetailedReport() throws IOException {
        Path file = folder.resolve("report.Tests.ps1");
        Files.writeString(file, TESTS5);
        String printed = run("Invoke-Pester -Path '" + file + "' -Output Detailed").output;
        assertEquals("""
                Pester v5.7.1

                Starting discovery in 1 files.
                Discovery found 5 tests in Nms.
                Running tests.

                Running tests from 'FILE'
                Describing Report
                  [+] passes Nms (Nms|Nms)
                  [-] fails Nms (Nms|Nms)
                   Expected strings to be the same, but they were different.
                   String lengths are both 3.
                   Strings differ at index 2.
                   Expected: 'abd'
                   But was:  'abc'
                              --^
                   at 'abc' | Should -BeExactly 'abd', FILE:5
                   at <ScriptBlock>, FILE:5
                 Context Inner 1
                   [-] throws Nms (Nms|Nms)
                    RuntimeException: boom
                    at <ScriptBlock>, FILE:8
                   [!] skips Nms (Nms|Nms)

                Describing Setup fails
                [-] Describe Setup fails failed
                  RuntimeException: no setup
                  at <ScriptBlock>, FILE:13
                Tests completed in Nms
                Tests Passed: 1, Failed: 3, Skipped: 1, Inconclusive: 0, NotRun: 0
                BeforeAll \\ AfterAll failed: 1
                  - Setup fails
                """, printed.replace(file.toString(), "FILE").replaceAll("\\d+(\\.\\d+)?m?s\\b", "Nms"));
    }

    @Test
    void printsPester5NormalReport() throws IOException {
        Path file = folder.resolve("report.Tests.ps1");
        Files.writeString(file, TESTS5);
        String printed = run("Invoke-Pester '" + file + "'").output;
        assertEquals("""

                Starting discovery in 1 files.
                Discovery found 5 tests in Nms.
                Running tests.
                [-] Report.fails Nms (Nms|Nms)
                 Expected strings to be the same, but they were different.
                 String lengths are both 3.
                 Strings differ at index 2.
                 Expected: 'abd'
                 But was:  'abc'
                            --^
                 at 'abc' | Should -BeExactly 'abd', FILE:5
                 at <ScriptBlock>, FILE:5
                [-] Report.Inner 1.throws Nms (Nms|Nms)
                 RuntimeException: boom
                 at <ScriptBlock>, FILE:8
                [-] Describe Setup fails failed
                 RuntimeException: no setup
                 at <ScriptBlock>, FILE:13
                Tests completed in Nms
                Tests Passed: 1, Failed: 3, Skipped: 1, Inconclusive: 0, NotRun: 0
                BeforeAll \\ AfterAll failed: 1
                  - Setup fails
                """, printed.replace(file.toString(), "FILE").replaceAll("\\d+(\\.\\d+)?m?s\\b", "Nms"));
    }

    @Test
    void ciExitsWithTheNumberOfFailures() throws IOException {
        Path file = folder.resolve("report.Tests.ps1");
        Files.writeString(file, TESTS5);
        assertEquals(4, run("Invoke-Pester '" + file + "' -Output None -CI; 'not reached'").exitCode);
        Files.writeString(file, "Describe 'ok' { It 'passes' { } }");
        assertEquals(0, run("Invoke-Pester '" + file + "' -Output None -CI; exit 0").exitCode);
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
