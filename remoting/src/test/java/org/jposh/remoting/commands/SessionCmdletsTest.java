package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.remoting.ssh.PowerShellSshServer;
import org.junit.jupiter.api.Test;

/**
 * The session cmdlets end to end: a JPosh runspace runs New-PSSession, Invoke-Command and friends
 * against our embedded SSH server on loopback, whose sessions run the interpreter, with key
 * authentication and a known_hosts file of the test's own.
 */
class SessionCmdletsTest extends InterpreterServerScriptTest {
    private String openSession() {
        return "$s = New-PSSession -HostName localhost " + connect + "; ";
    }

    @Test
    void newSessionHasPwshShape() {
        assertEquals(List.of("1", "Runspace1", "localhost", "RemoteMachine", "Opened", "DefaultShell", "Available", "SSH",
                "[PSSession]Runspace1", "True"), output(openSession() + "$s.Id; $s.Name; $s.ComputerName; "
                + "$s.ComputerType; $s.State; $s.ConfigurationName; $s.Availability; $s.Transport; \"$s\"; "
                + "$s.InstanceId -is [guid]"));
    }

    @Test
    void sessionTableIsPwshsDefaultView() {
        String table = String.join("\n", output(openSession() + "$s | Out-String")).replaceAll("^\n+|\\s+$", "");
        assertEquals(" Id Name            Transport ComputerName    ComputerType    State         ConfigurationName     "
                + "Availability\n -- ----            --------- ------------    ------------    -----         "
                + "-----------------     ------------\n  1 Runspace1       SSH       localhost       RemoteMachine   "
                + "Opened        DefaultShell             Available", table);
    }

    @Test
    void argumentListBindsTheRemoteParamBlockAndArgs() {
        assertEquals(List.of("42", "a|b"), output(openSession() + "Invoke-Command $s { param($a) $a * 2 } -ArgumentList 21; "
                + "Invoke-Command -Session $s -ScriptBlock { $args -join '|' } -ArgumentList a, b"));
    }

    @Test
    void usingValuesTravelAsPwshsDictionary() {
        assertEquals(List.of("6", "3", "b", "x y"), output(openSession() + "$x = 5; $list = 1, 2, 3; $h = @{ k = 'b' }; "
                + "$env:JPOSH_USING_TEST = 'x y'; Invoke-Command $s { $using:x + 1 }; "
                + "Invoke-Command $s { $using:list.Count }; Invoke-Command $s { $using:h.k }; "
                + "Invoke-Command $s { $using:env:JPOSH_USING_TEST }"));
    }

    @Test
    void undefinedUsingVariableIsAnErrorNotNull() {
        Result r = run(openSession() + "Invoke-Command $s { $using:nowhere }");
        assertEquals(List.of(), r.output());
        assertEquals("The value of the using variable '$using:nowhere' cannot be retrieved because it has not been "
                + "set in the local session.", r.errors().getFirst().message());
        assertTrue(r.errors().getFirst().fullyQualifiedErrorId().startsWith("UsingVariableIsUndefined,"));
    }

    @Test
    void usingOutsideARemoteBlockIsPwshsError() {
        Result r = run("$x = 1; Invoke-Command { $using:x }");
        assertEquals("UsingWithoutInvokeCommand", r.errors().getFirst().fullyQualifiedErrorId());
    }

    @Test
    void pipelineInputReachesInputOfTheRemoteBlock() {
        assertEquals(List.of("10", "20", "30", "2", "3", "4"), output(openSession()
                + "1..3 | Invoke-Command $s { foreach ($i in $input) { $i * 10 } }; "
                + "2..4 | Invoke-Command $s { Write-Output }"));
    }

    @Test
    void resultsCarryComputerNameAndRunspaceId() {
        assertEquals(List.of("localhost", "True", "True", "False", "a", "8"), output(openSession()
                + "$r = Invoke-Command $s { 'a' }; $r.PSComputerName; $r.RunspaceId -eq $s.InstanceId; "
                + "$r.PSShowComputerName; (Invoke-Command $s { 1 } -HideComputerName).PSShowComputerName; $r; "
                + "(Invoke-Command $s { 4 }) * 2"));
    }

    @Test
    void smallAndUnsignedIntegersKeepTheirTypesBothWays() {
        assertEquals(List.of("UInt32 5", "Byte 200", "SByte -8", "Int16 -3", "UInt16 65535",
                "UInt64 18446744073709551615", "True", "UInt64 18446744073709551615"), output(openSession()
                + "foreach ($r in (Invoke-Command $s { [uint32]5; [byte]200; [sbyte]-8; [int16]-3; [uint16]65535; "
                + "[uint64]::MaxValue })) { '{0} {1}' -f $r.GetType().Name, $r }; "
                + "Invoke-Command $s { param($u) $u -eq [uint64]::MaxValue } -ArgumentList ([uint64]::MaxValue); "
                + "$m = [uint64]::MaxValue; Invoke-Command $s { $v = $using:m; '{0} {1}' -f $v.GetType().Name, $v }"));
    }

    @Test
    void deserializedObjectsShowTheToStringTheServerSent() {
        assertEquals(List.of("Deserialized.System.IO.DirectoryInfo", "/", "/", "/,x", "/", "P:n", "P:n", "Friday", "6"),
                output(openSession() + "$r = Invoke-Command $s { Get-Item / }; $r.PSTypeNames[0]; \"$r\"; "
                + "$r.ToString(); ($r, 'x') -join ','; ([string]$r); "
                + "$p = Invoke-Command $s { class P { [string]$N = 'n'; [string] ToString() { return 'P:' + $this.N } }; "
                + "[P]::new() }; \"$p\"; $p.ToString(); "
                + "$e = Invoke-Command $s { [System.DayOfWeek]::Friday }; \"$e\"; $e + 1"));
    }

    @Test
    void sessionKeepsItsVariablesBetweenCommands() {
        assertEquals(List.of("7"), output(openSession() + "Invoke-Command $s { $y = 7 }; Invoke-Command $s { $y }"));
    }

    @Test
    void remoteErrorsAreWrittenAsErrors() {
        Result r = run(openSession() + "Invoke-Command $s { Get-Item /no/such/path; 'after' }");
        assertEquals(List.of("after"), r.output());
        assertEquals("PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand", r.errors().getFirst().fullyQualifiedErrorId());
    }

    @Test
    void getAndRemoveSelectSessions() {
        assertEquals(List.of("Runspace1 Runspace2 web", "Runspace2", "web", "2", "Closed", "1", "0"), output(
                "$a = New-PSSession -HostName localhost " + connect + "; $b = New-PSSession -HostName 127.0.0.1 " + connect
                        + "; $c = New-PSSession localhost -Name web " + connect + "; (Get-PSSession).Name -join ' '; "
                        + "(Get-PSSession -Id 2).Name; (Get-PSSession -Name w*).Name; "
                        + "(Get-PSSession -ComputerName localhost).Count; Remove-PSSession -Id 1; $a.State; "
                        + "(Get-PSSession -InstanceId $c.InstanceId).Count; Get-PSSession | Remove-PSSession; "
                        + "@(Get-PSSession).Count"));
    }

    @Test
    void unknownSessionIdIsReported() {
        Result r = run("Get-PSSession -Id 99");
        assertEquals("The remote session with the session ID 99 is not available.", r.errors().getFirst().message());
    }

    @Test
    void hostNameOpensATemporarySession() {
        assertEquals(List.of("2", "0"), output("Invoke-Command -HostName localhost " + connect + " { 1 + 1 }; "
                + "@(Get-PSSession).Count"));
    }

    @Test
    void severalSessionsRunWithinTheThrottleLimit() {
        List<String> out = output("$ss = New-PSSession -HostName localhost, 127.0.0.1 " + connect + "; $ss.Count; "
                + "(Invoke-Command $ss { 'x' } -ThrottleLimit 1).Count; "
                + "$names = (Invoke-Command $ss { 'y' }).PSComputerName; $names -contains 'localhost'; "
                + "$names -contains '127.0.0.1'");
        assertEquals(List.of("2", "2", "True", "True"), out);
    }

    @Test
    void sshConnectionHashtablesAreCheckedAsPwshChecksThem() {
        Result r = run("New-PSSession -SSHConnection @{ HostName = 'a'; ComputerName = 'b' }");
        assertEquals("Argument,Microsoft.PowerShell.Commands.NewPSSessionCommand", r.errors().getFirst().fullyQualifiedErrorId());
        assertEquals("The provided SSHConnection hashtable contains both a ComputerName and HostName parameter.  Only one "
                + "can be specified.", r.errors().getFirst().message());
        Result unknown = run("New-PSSession -SSHConnection @{ HostName = 'a'; Colour = 'b' }");
        assertEquals("The provided SSHConnection hashtable parameter Colour is not supported.",
                unknown.errors().getFirst().message());
    }

    @Test
    void sshConnectionHashtableOpensASession() {
        assertEquals(List.of("3"), output("$s = New-PSSession -SSHConnection @{ HostName = 'localhost'; Port = "
                + server.port() + "; KeyFilePath = '" + dir.resolve("client_key") + "'; Options = @{ "
                + "StrictHostKeyChecking = 'accept-new'; UserKnownHostsFile = '" + dir.resolve("known_hosts") + "' } }; "
                + "Invoke-Command $s { 1 + 2 }"));
    }

    @Test
    void unreachableHostFailsAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result r = run("New-PSSession -HostName localhost -Port " + closedPort + "; @(Get-PSSession).Count");
        assertEquals(List.of("0"), r.output());
        assertEquals("PSSessionOpenFailed,Microsoft.PowerShell.Commands.NewPSSessionCommand",
                r.errors().getFirst().fullyQualifiedErrorId());
        assertTrue(r.errors().getFirst().message().startsWith("[localhost] "), r.errors().getFirst().message());
    }

    @Test
    void proxyJumpOptionReachesTheServerThroughAJumpHost() throws Exception {
        try (PowerShellSshServer jump = server.jumpHost("jump", true)) {
            String through = server.connectParameters("ProxyJump = 'me@127.0.0.1:" + jump.port() + "'");
            assertEquals(List.of("Opened", "3", "localhost"), output("$j = New-PSSession -HostName localhost " + through + "; $j.State; "
                    + "Invoke-Command $j { 1 + 2 }; Invoke-Command -HostName localhost " + through + " { 'x' } | "
                    + "ForEach-Object PSComputerName"));
        }
    }

    @Test
    void aJumpHostRefusingToForwardFailsTheSessionWithTheReason() throws Exception {
        try (PowerShellSshServer jump = server.jumpHost("no-forwarding", false)) {
            Result r = run("New-PSSession -HostName localhost " + server.connectParameters("ProxyJump = 'me@127.0.0.1:" + jump.port() + "'")
                    + " -ConnectingTimeout 10000; @(Get-PSSession).Count");
            assertEquals(List.of("0"), r.output());
            ErrorRecord error = r.errors().getFirst();
            assertEquals("PSSessionOpenFailed,Microsoft.PowerShell.Commands.NewPSSessionCommand", error.fullyQualifiedErrorId());
            assertTrue(error.message().startsWith("[localhost] ") && error.message().contains(": open failed: the jump host 127.0.0.1")
                    && error.message().contains(" refused to forward the connection to localhost port " + server.port()), error.message());
        }
    }

    @Test
    void webManagementSetsAreRefusedClearly() {
        Result r = run("New-PSSession -ComputerName srv1");
        assertEquals("RemotingNotSupported,Microsoft.PowerShell.Commands.NewPSSessionCommand",
                r.errors().getFirst().fullyQualifiedErrorId());
    }

    @Test
    void inProcessInvocationRunsTheBlockHere() {
        assertEquals(List.of("2", "2", "4", "6"), output("Invoke-Command { param($a) $a + 1 } -ArgumentList 1; "
                + "1..3 | Invoke-Command { process { $_ * 2 } }"));
    }

    @Test
    void stoppingTheCommandStopsTheRemotePipeline() throws Exception {
        output(openSession());
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            runspace.stop();
        });
        stopper.start();
        long start = System.nanoTime();
        try {
            run("Invoke-Command $s { while ($true) { } }");
        } catch (org.jposh.interpreter.runtime.PipelineStoppedException expected) {
            // the local pipeline ends stopped
        }
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "stopped in time");
        assertEquals(List.of("Opened", "ok"), output("$s.State; Invoke-Command $s { 'ok' }"));
    }

    @Test
    void sessionOptionHasPwshDefaults() {
        assertEquals(List.of("00:03:00", "00:00:05", "True", "5"), output("$o = New-PSSessionOption -OpenTimeout 5000 "
                + "-SkipCACheck; (New-PSSessionOption).OpenTimeout.ToString(); $o.OpenTimeout.ToString(); $o.SkipCACheck; "
                + "$o.MaxConnectionRetryCount"));
    }

    static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}
