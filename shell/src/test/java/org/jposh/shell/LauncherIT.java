package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real launcher of the built distribution, as a user does. */
class LauncherIT {
    private static final Path JPOSH = Path.of(System.getProperty("jposh.repo"), "bin", "jposh");

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return run(Map.of(), stdin, args);
    }

    private static Result run(Map<String, String> environment, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JPOSH.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("jposh", ".out");
        Path err = Files.createTempFile("jposh", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jposh did not finish");
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static void assertNoJavaTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception in thread"), r.err());
    }

    @Test
    void commandPrintsItsValue() throws Exception {
        Result r = run("", "-c", "1 + 2 * 3");
        assertEquals(new Result(0, "7\n", ""), r);
    }

    @Test
    void commandWordsAreJoinedAsPwshDoes() throws Exception {
        assertEquals("hello world\n", run("", "-Command", "Write-Output", "'hello", "world'").out());
    }

    @Test
    void scriptFileRunsWithItsArguments(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("t.ps1");
        Files.writeString(script, "Write-Output \"hi\"\nWrite-Output $args\n");
        assertEquals(new Result(0, "hi\na\nb c\n", ""), run("", script.toString(), "a", "b c"));
        assertEquals(new Result(0, "hi\nx\n", ""), run("", "-File", script.toString(), "x"));
    }

    @Test
    void commandLineArgsAreTheProgramAndItsArguments(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("t.ps1");
        Files.writeString(script, "[Environment]::GetCommandLineArgs() | ForEach-Object { \"<$_>\" }\n");
        Path program = Path.of(System.getProperty("jposh.repo"), "shell", "target", "dist", "bin", "jposh").toRealPath();
        assertEquals(new Result(0, "<" + program + ">\n<" + script + ">\n<a>\n<b c>\n", ""),
                run("", script.toString(), "a", "b c"));
    }

    @Test
    void scriptParametersBindFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("p.ps1");
        Files.writeString(script, "param([string]$Name = 'nobody', [switch]$Loud, [int]$Times = 1)\n"
                + "\"$Name $Loud $Times $args\"\n");
        assertEquals(new Result(0, "World True 3 -5 rest\n", ""),
                run("", script.toString(), "-Name", "World", "-Loud", "-Times:3", "-5", "rest"));
        assertEquals(new Result(0, "nobody False 1 \n", ""), run("", "-File", script.toString()));
    }

    @Test
    void theScriptRunIsInvokedByTheHostUnderItsFullPath(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("who.ps1");
        Files.writeString(script, """
                $MyInvocation.MyCommand.Name
                $MyInvocation.MyCommand.Path
                $MyInvocation.InvocationName
                "line $($MyInvocation.ScriptLineNumber) from '$($MyInvocation.ScriptName)'"
                function f { throw 'no' }
                try { f } catch { $_.ScriptStackTrace }
                (Get-PSCallStack)[0].Command
                """);
        String path = script.toRealPath().toString();
        assertEquals(new Result(0, "who.ps1\n" + path + "\n" + path + "\nline 0 from ''\n"
                + "at f, " + path + ": line 5\nat <ScriptBlock>, " + path + ": line 6\nwho.ps1\n", ""),
                run("", script.toString()));
    }

    @Test
    void exitCodeComesFromExit() throws Exception {
        assertEquals(3, run("", "-c", "exit 3").exitCode());
        assertEquals(0, run("", "-c", "exit").exitCode());
        assertEquals(new Result(5, "before\n", ""), run("", "-c", "'before'; exit 2 + 3; 'after'"));
    }

    @Test
    void parseErrorExitsOneWithPowerShellMessage() throws Exception {
        Result r = run("", "-c", "1 +");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("""
                At line:1 char:4
                + 1 +
                +    ~
                You must provide a value expression following the '+' operator.
                    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException
                    + FullyQualifiedErrorId : ExpectedValueExpression
                """, r.err());
    }

    @Test
    void statementTerminatingErrorIsPrintedAndTheScriptGoesOn(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("bad.ps1");
        Files.writeString(script, "'one'\nNo-Such-Command\n'two'\n");
        Result r = run("", script.toString());
        assertEquals(0, r.exitCode(), "the last statement succeeded");
        assertEquals("one\ntwo\n", r.out());
        assertTrue(r.err().startsWith("The term 'No-Such-Command' is not recognized"), r.err());
        assertTrue(r.err().contains("At " + script + ":2 char:1\n"), r.err());
        assertTrue(r.err().contains("+ FullyQualifiedErrorId : CommandNotFoundException"), r.err());
        assertNoJavaTrace(r);
    }

    @Test
    void exitCodeIsOneWhenTheLastStatementFailed() throws Exception {
        Result r = run("", "-c", "'one'; 1/0");
        assertEquals(1, r.exitCode());
        assertEquals("one\n", r.out());
        assertTrue(r.err().startsWith("Attempted to divide by zero."), r.err());
        assertNoJavaTrace(r);
    }

    @Test
    void aCommandFailingInAConditionLeavesTheStatementSucceeded() throws Exception {
        Result r = run("", "-c", "if (Get-Item /jposh-no-such-path) { 'found' }");
        assertEquals(0, r.exitCode(), "pwsh sets $? to true after a condition that runs commands");
        assertTrue(r.err().startsWith("Get-Item : Cannot find path"), r.err());
        assertNoJavaTrace(r);
    }

    @Test
    void aScriptEndingInALoopThatCaughtAnErrorExitsZero(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("loop.ps1");
        Files.writeString(script, "foreach ($r in 1, 2) { try { throw 't' } catch { }; Write-Output $r }\n");
        assertEquals(new Result(0, "1\n2\n", ""), run("", "-File", script.toString()),
                "a loop leaves $? as its last pipeline did");
    }

    @Test
    void aScriptEndingInALoopWhoseLastCommandFailedExitsOne(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("loop.ps1");
        Files.writeString(script, "foreach ($r in 1) { Write-Output $r; Write-Error 'failed' 2>$null }\n");
        assertEquals(new Result(1, "1\n", ""), run("", "-File", script.toString()));
    }

    @Test
    void breakOutsideALoopEndsTheScriptQuietly() throws Exception {
        Result r = run("", "-c", "'one'; foreach ($i in 1..3) { break nosuchlabel }; 'two'");
        assertEquals(0, r.exitCode());
        assertEquals("one\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void missingScriptIsReportedPlainly() throws Exception {
        Result r = run("", "/no/such/script.ps1");
        assertEquals(64, r.exitCode());
        assertTrue(r.err().startsWith("The argument '/no/such/script.ps1' is not recognized"), r.err());
        assertNoJavaTrace(r);
    }

    @Test
    void versionShowsTheJitIsOn() throws Exception {
        Result r = run("", "-Version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("JPosh "), r.out());
        assertTrue(r.out().contains("JIT compilation on"), r.out() + r.err());
    }

    @Test
    void aUserWithoutAWritableHomeGetsTheJitFromACacheOfTheirOwn(@TempDir Path tmp) throws Exception {
        Result r = run(Map.of("HOME", "/nonexistent/home", "TMPDIR", tmp.toString()), "", "-Version");
        assertTrue(r.out().contains("JIT compilation on"), r.out() + r.err());
        assertFalse(r.err().contains("truffleattach"), r.err());
        try (var entries = Files.list(tmp)) {
            Path cache = entries.filter(p -> p.getFileName().toString().startsWith("jposh-")).findFirst().orElseThrow();
            try (var unpacked = Files.list(cache)) {
                assertTrue(unpacked.findAny().isPresent(), "Truffle's resources are unpacked into " + cache);
            }
        }
    }

    @Test
    void interactiveLoopKeepsStateAndContinuesLines() throws Exception {
        Result r = run("$x = 3 +\n4\n$x * 2\nNo-Such\n'still here'\nexit 7\n");
        assertEquals(7, r.exitCode());
        assertTrue(r.out().contains(">> "), r.out());
        assertTrue(r.out().contains("14\n"), r.out());
        assertTrue(r.out().contains("still here\n"), r.out());
        assertTrue(r.err().contains("CommandNotFoundException"), r.err());
    }

    @Test
    void parseReportsEachFileAndASummary(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.ps1");
        Path bad = dir.resolve("bad.ps1");
        Files.writeString(good, "function f { param($a) $a | ForEach-Object { $_ * 2 } }\n");
        Files.writeString(bad, "$x = 1 +\n");
        Result r = run("", "-Parse", good.toString(), bad.toString());
        assertEquals(1, r.exitCode());
        assertEquals(good + "\tok\n"
                + bad + "\tfail\t1:9 You must provide a value expression following the '+' operator.\n"
                + "2 files, 1 parsed, 1 failed (50.00% parsed)\n", r.out());
        assertNoJavaTrace(r);
    }

    @Test
    void enterPSSessionInACommandIsPwshsErrorForAHostWithoutAConsole() throws Exception {
        Result r = run("", "-c", "Enter-PSSession -HostName localhost; 'next'");
        assertEquals("next\n", r.out());
        assertTrue(r.err().startsWith("Enter-PSSession : The host does not support Enter-PSSession and Exit-PSSession.\n"),
                r.err());
        assertTrue(r.err().contains("FullyQualifiedErrorId : HostDoesNotSupportPushRunspace,"
                + "Microsoft.PowerShell.Commands.EnterPSSessionCommand"), r.err());
        assertNoJavaTrace(r);
    }

    @Test
    void pipedInputEntersASessionAndExitLeavesIt(@TempDir Path dir) throws Exception {
        try (EmbeddedSshServer server = new EmbeddedSshServer(dir)) {
            Result r = run("Enter-PSSession -HostName localhost " + server.connectArguments() + "\n"
                    + "$x = 5; $x * 2\nexit\n\"x=[$x]\"\n", "-NoProfile");
            assertTrue(r.out().matches("(?s).*\\[localhost]: PS [^\n]*> 10\n\\[localhost]: PS [^\n]*> PS [^\n]*> x=\\[]\n.*"),
                    r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void readHostReadsStandardInputUnlessNonInteractive() throws Exception {
        Result piped = run("world\n", "-c", "$name = Read-Host -Prompt Name; \"hello $name\"");
        assertEquals(0, piped.exitCode());
        assertEquals("Name: hello world\n", piped.out());
        Result refused = run("world\n", "-NonInteractive", "-c", "Read-Host");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().startsWith("Read-Host : PowerShell is in NonInteractive mode. Read and Prompt "
                + "functionality is not available."), refused.err());
    }

    @Test
    void confirmationPromptsReadStandardInputUnlessNonInteractive() throws Exception {
        String script = "$env:JPOSH_IT = 'x'; Remove-Item Env:JPOSH_IT -Confirm; \"left: $env:JPOSH_IT\"";
        Result declined = run("n\n", "-c", script);
        assertEquals(0, declined.exitCode());
        assertEquals("""

                Confirm
                Are you sure you want to perform this action?
                Performing the operation "Remove Item" on target "Item: JPOSH_IT".
                [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): left: x
                """, declined.out());
        Result accepted = run("\n", "-c", script);
        assertTrue(accepted.out().endsWith("(default is \"Y\"): left: \n"), accepted.out());
        Result refused = run("y\n", "-NonInteractive", "-c", script);
        assertEquals("left: x\n", refused.out());
        assertTrue(refused.err().startsWith("Remove-Item : PowerShell is in NonInteractive mode. Read and Prompt "
                + "functionality is not available."), refused.err());
    }

    @Test
    void missingMandatoryParametersArePromptedForUnlessNonInteractive() throws Exception {
        String script = "function f { param([Parameter(Mandatory)][string[]]$Name) $Name -join '+' }; f";
        Result prompted = run("a\nb\n\n", "-c", script);
        assertEquals(0, prompted.exitCode());
        assertEquals("""

                cmdlet f at command pipeline position 1
                Supply values for the following parameters:
                Name[0]: Name[1]: Name[2]: a+b
                """, prompted.out());
        Result refused = run("a\n", "-NonInteractive", "-c", script);
        assertTrue(refused.err().startsWith("f : Cannot process command because of one or more missing mandatory "
                + "parameters: Name."), refused.err());
    }
}
