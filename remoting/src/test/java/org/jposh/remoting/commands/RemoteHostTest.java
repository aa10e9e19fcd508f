package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.host.History;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.LocalInteractiveSession;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.host.RemoteRunspace;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SecureString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a remote script asks of its host, end to end: a JPosh client whose host answers from scripted
 * input runs Invoke-Command against our SSH server running the interpreter. Warnings, verbose,
 * information, Write-Host and progress come back as pwsh's server sends them; Read-Host,
 * Get-Credential, PromptForChoice and $Host.UI become host calls the local host answers, SecureStrings
 * encrypted with the exchanged session key.
 */
class RemoteHostTest {
    @TempDir
    static Path dir;

    private static InterpreterSshServer server;

    private final List<String> shown = new ArrayList<>();
    private ScriptedHost host;
    private Runspace runspace;

    @BeforeAll
    static void startServer() throws Exception {
        server = new InterpreterSshServer(dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @AfterEach
    void closeRunspace() {
        if (runspace != null) {
            run("Get-PSSession | Remove-PSSession");
            runspace.close();
        }
    }

    /** A host that records what it is asked to show, in order, and answers reads from {@code input} (null: none). */
    private final class ScriptedHost extends LocalInteractiveSession implements PSHost, PSHostUserInterface {
        private final Deque<String> input;
        private final StringBuilder line = new StringBuilder();

        ScriptedHost(List<String> input) {
            this.input = input == null ? null : new ArrayDeque<>(input);
        }

        @Override
        public String name() {
            return "ScriptedHost";
        }

        @Override
        public PSHostUserInterface ui() {
            return this;
        }

        @Override
        public History history() {
            return new History();
        }

        @Override
        public void write(String text) {
            line.append(text);
        }

        @Override
        public void writeLine(String text) {
            shown.add(line + text);
            line.setLength(0);
        }

        @Override
        public void writeErrorLine(String text) {
            shown.add("ERROR: " + text);
        }

        @Override
        public void writeProgress(long sourceId, ProgressRecord record) {
            shown.add("PROGRESS: " + record.activity() + " " + record.statusDescription() + " " + record.percentComplete()
                    + (record.completed() ? " completed" : ""));
        }

        @Override
        public String readLine() {
            if (input == null) {
                throw HostException.nonInteractive();
            }
            String answer = input.poll();
            shown.add(line + "<" + answer + ">");
            line.setLength(0);
            return answer;
        }

        @Override
        public SecureString readLineAsSecureString() {
            String answer = readLine();
            return answer == null ? null : SecureString.of(answer.toCharArray());
        }
    }

    private record Result(List<String> output, List<ErrorRecord> errors) {
    }

    private Result run(String script) {
        List<String> output = new ArrayList<>();
        List<ErrorRecord> errors = new ArrayList<>();
        runspace.invokeScript(script, "<test>", null, value -> output.add(LanguagePrimitives.toStringValue(value)),
                error -> errors.add((ErrorRecord) error));
        return new Result(output, errors);
    }

    /** Opens the client's runspace with a host answering {@code input}, and a session in $s. */
    private List<String> output(List<String> input, String script) {
        host = new ScriptedHost(input);
        runspace = Runspace.open(host, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        Result r = run("$s = New-PSSession -HostName localhost " + server.connectParameters() + "; " + script);
        assertEquals(List.of(), r.errors().stream().map(ErrorRecord::normalView).toList());
        return r.output();
    }

    @Test
    void warningsComeBackAndFillWarningVariable() {
        assertEquals(List.of("out", "1", "w1"), output(null,
                "Invoke-Command $s { Write-Warning 'w1'; 'out'; Write-Warning 'quiet' -WarningAction SilentlyContinue } "
                        + "-WarningVariable wv; $wv.Count; \"$($wv[0])\""));
        assertEquals(List.of("WARNING: w1"), shown);
    }

    /** In a child scope: the session keeps its global variables between commands. */
    private static final String VERBOSE_AND_DEBUG = "{ & { Write-Verbose 'v0'; Write-Verbose 'v1' -Verbose; $VerbosePreference = 'Continue'; "
            + "Write-Verbose 'v2'; Write-Debug 'd0'; Write-Debug 'd1' -Debug } }";

    @Test
    void verboseAndDebugFollowTheServersPreferencesAndInvokeCommandsCommonParameters() {
        output(null, "Invoke-Command $s " + VERBOSE_AND_DEBUG + " -Verbose -Debug");
        assertEquals(List.of("VERBOSE: v1", "VERBOSE: v2", "DEBUG: d1"), shown);
    }

    @Test
    void theCallersPreferencesFilterWhatTheServerSent() {
        output(null, "Invoke-Command $s " + VERBOSE_AND_DEBUG + "; $VerbosePreference = 'Continue'; "
                + "Invoke-Command $s " + VERBOSE_AND_DEBUG + "; Invoke-Command $s " + VERBOSE_AND_DEBUG + " -Verbose:$false");
        assertEquals(List.of("VERBOSE: v1", "VERBOSE: v2"), shown, "shown by the second call only: the server sent them each time");
    }

    @Test
    void writeHostWithInformationActionIgnoreIsNotSent() {
        output(null, "Invoke-Command $s { Write-Host 'a' -InformationAction Ignore; Write-Host 'b' -InformationAction SilentlyContinue; "
                + "Write-Host 'c' }");
        assertEquals(List.of("b", "c"), shown);
    }

    @Test
    void writeHostTextArrivesInOrderWithTheOutput() {
        output(null, "Invoke-Command $s { 'a'; Write-Host 'b'; 'c'; Write-Host 'd' -NoNewline; Write-Host 'e' "
                + "-ForegroundColor Red; $Host.UI.WriteLine('f') } | ForEach-Object { $Host.UI.WriteLine(\"out:$_\") }");
        assertEquals(List.of("out:a", "b", "out:c", "de", "f"), shown);
    }

    @Test
    void informationRecordsFillInformationVariableWithoutBeingShown() {
        assertEquals(List.of("1", "i1", "Write-Information"), output(null,
                "Invoke-Command $s { Write-Information 'i1' } -InformationVariable iv; $iv.Count; \"$iv\"; $iv[0].Source"));
        assertEquals(List.of(), shown);
    }

    @Test
    void progressRecordsReachTheLocalHost() {
        output(null, "Invoke-Command $s { Write-Progress -Activity 'Copying' -Status 'half' -PercentComplete 50; "
                + "Write-Progress -Activity 'Copying' -Completed; $ProgressPreference = 'SilentlyContinue'; "
                + "Write-Progress -Activity 'Hidden' }");
        assertEquals(List.of("PROGRESS: Copying half 50", "PROGRESS: Copying Processing -1 completed"), shown);
    }

    @Test
    void aRemoteJobKeepsItsProgressAndReceiveJobShowsIt() {
        assertEquals(List.of("0", "2", "Copying", "half", "50", "Completed",
                "parent = -1 id = 0 act = Copying stat = half cur =  pct = 50 sec = -1 type = Processing", "True", "2"),
                output(null,
                "$j = Invoke-Command $s { Write-Progress -Activity 'Copying' -Status 'half' -PercentComplete 50; 'out'; "
                + "Write-Progress -Activity 'Copying' -Completed } -AsJob; $null = Wait-Job $j; $shown = @(); "
                + "$j.Progress.Count; $c = $j.ChildJobs[0]; $c.Progress.Count; $c.Progress[0].Activity; "
                + "$c.Progress[0].StatusDescription; $c.Progress[0].PercentComplete; $c.Progress[1].RecordType; "
                + "\"$($c.Progress[0])\"; "
                + "$null = Receive-Job $j -Keep; $ProgressPreference = 'SilentlyContinue'; $null = Receive-Job $j; "
                + "$c.HasMoreData -eq $false; $c.Progress.Count"));
        // Receive-Job wrote them in order with the output; a receiver's SilentlyContinue hides them
        assertEquals(List.of("PROGRESS: Copying half 50", "PROGRESS: Copying Processing -1 completed"), shown);
    }

    @Test
    void readHostPromptsOnTheLocalHost() {
        assertEquals(List.of("got answer", "second"), output(List.of("answer", "second"),
                "Invoke-Command $s { $x = Read-Host 'Name'; \"got $x\"; Read-Host }"));
        assertEquals(List.of("Name: <answer>", "<second>"), shown);
    }

    @Test
    void secureStringsTravelEncryptedWithTheSessionKey() {
        assertEquals(List.of("SecureString", "s3cret ünï", "bob", "pw"), output(List.of("s3cret ünï", "bob", "pw"),
                "Invoke-Command $s { $p = Read-Host -AsSecureString; $p.GetType().Name; "
                        + "[pscredential]::new('u', $p).GetNetworkCredential().Password; "
                        + "$c = Get-Credential -Message 'Log on'; $c.UserName; $c.GetNetworkCredential().Password }"));
        assertTrue(shown.contains("Log on"), shown.toString());
    }

    /**
     * The server has no session key when the first object holding a SecureString is written: it asks
     * the client for its public key (PUBLIC_KEY_REQUEST) and waits, then sends {@code <SS>}.
     */
    @Test
    void secureStringsInOutputObjectsComeBackAsSecureStringsAndCredentials() {
        assertEquals(List.of("True", "u", "p", "True", "secret", "True", "typed ü", "System.Security.SecureString"),
                output(List.of("typed ü"), "$c = Invoke-Command $s { [pscredential]::new('u', "
                        + "(ConvertTo-SecureString 'p' -AsPlainText -Force)) }; $c -is [pscredential]; $c.UserName; "
                        + "$c.GetNetworkCredential().Password; "
                        + "$x = Invoke-Command $s { ConvertTo-SecureString 'secret' -AsPlainText -Force }; "
                        + "$x -is [securestring]; [pscredential]::new('v', $x).GetNetworkCredential().Password; "
                        + "$r = Invoke-Command $s { Read-Host -AsSecureString }; $r -is [securestring]; "
                        + "[pscredential]::new('v', $r).GetNetworkCredential().Password; "
                        + "Invoke-Command $s { ConvertTo-SecureString 'z' -AsPlainText -Force } | "
                        + "ForEach-Object { $_.GetType().FullName }"));
    }

    /** The client exchanges the key before it sends an argument or a {@code $using:} value holding a SecureString. */
    @Test
    void secureStringArgumentsAndUsingValuesReachTheServerAsSecureStrings() {
        assertEquals(List.of("System.Security.SecureString", "arg", "u|arg", "arg", "3"), output(List.of(),
                "$p = ConvertTo-SecureString 'arg' -AsPlainText -Force; "
                        + "Invoke-Command $s { param($x) $x.GetType().FullName; "
                        + "[pscredential]::new('v', $x).GetNetworkCredential().Password } -ArgumentList $p; "
                        + "$cred = [pscredential]::new('u', $p); "
                        + "Invoke-Command $s { param($c) $c.UserName + '|' + $c.GetNetworkCredential().Password } "
                        + "-ArgumentList $cred; "
                        + "Invoke-Command $s { [pscredential]::new('v', $using:p).GetNetworkCredential().Password }; "
                        + "$p | Invoke-Command $s { foreach ($i in $input) { $i.Length } }"));
    }

    @Test
    void promptForChoiceAsksTheLocalHost() {
        assertEquals(List.of("1", "0"), output(List.of("?", "n", ""),
                "Invoke-Command $s { $choices = [System.Management.Automation.Host.ChoiceDescription[]]('&Yes', '&No'); "
                        + "$choices[1].HelpMessage = 'Do not'; $Host.UI.PromptForChoice('Title', 'Sure?', $choices, 0); "
                        + "$Host.UI.PromptForChoice('', '', $choices, 0) }"));
        String prompt = "[Y] Yes  [N] No  [?] Help (default is \"Y\"): ";
        assertEquals(List.of("", "Title", "Sure?", prompt + "<?>", "Y - ", "N - Do not", prompt + "<n>", prompt + "<>"),
                shown);
    }

    @Test
    void aNonInteractiveClientAnswersWithPwshsError() {
        host = new ScriptedHost(null);
        runspace = Runspace.open(host, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        Result r = run("$s = New-PSSession -HostName localhost " + server.connectParameters() + "; "
                + "Invoke-Command $s { Read-Host 'Name' }; Invoke-Command $s { 'still' }");
        assertEquals(List.of("still"), r.output());
        assertEquals("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                r.errors().getFirst().message());
    }

    @Test
    void exitInAnInvokedScriptClosesTheSessionAsInPwsh() {
        assertEquals(List.of("before", "Closed"), output(null, "Invoke-Command $s { 'before'; exit 3; 'after' }; $s.State"));
    }

    @Test
    void anEnteredSessionShowsVerboseAndDebugByTheRemotePreferencesOnly() {
        // pwsh's console runs each line in the pushed runspace with Out-Default there; the server's
        // host shows what its preferences let through (WriteVerboseLine host calls), the local ones play no part.
        output(null, "$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; Enter-PSSession $s");
        RemoteRunspace remote = host.pushedRunspace();
        runspace.inSession(posh -> remote.invoke("Write-Verbose 'v0'; Write-Debug 'd0'; Write-Verbose 'v1' -Verbose"));
        runspace.inSession(posh -> remote.invoke("$VerbosePreference = 'Continue'; Write-Verbose 'v2'"));
        run("$VerbosePreference = 'SilentlyContinue'");
        runspace.inSession(posh -> remote.invoke("Write-Verbose 'v3'; Write-Debug 'd1' -Debug"));
        assertEquals(List.of("VERBOSE: v1", "VERBOSE: v2", "VERBOSE: v3", "DEBUG: d1"), shown);
    }

    @Test
    void exitInAnEnteredSessionLeavesIt() {
        output(null, "Enter-PSSession $s");
        RemoteRunspace remote = host.pushedRunspace();
        assertEquals(PipelineState.Completed, runspace.inSession(posh -> remote.invoke("'in'")));
        assertTrue(host.isRunspacePushed());
        runspace.inSession(posh -> remote.invoke("if ($true) { 'leaving'; exit 5 }"));
        assertFalse(host.isRunspacePushed());
        assertEquals(List.of("in", "leaving"), shown);
        assertEquals(List.of("Opened", "still"), run("$s.State; Invoke-Command $s { 'still' }").output());
    }

    @Test
    void exitPSSessionRunByTheServerLeavesTheEnteredSession() {
        output(null, "Enter-PSSession $s");
        RemoteRunspace remote = host.pushedRunspace();
        // Not a lone Exit-PSSession line (which the console takes itself): the server runs it and sends PopRunspace.
        assertEquals(PipelineState.Completed, runspace.inSession(posh -> remote.invoke("'leaving'; if ($true) { Exit-PSSession }")));
        assertFalse(host.isRunspacePushed());
        assertEquals(List.of("leaving"), shown);
        assertEquals(List.of("Opened"), run("$s.State").output(), "the session stays open, as pwsh leaves it");
    }
}
