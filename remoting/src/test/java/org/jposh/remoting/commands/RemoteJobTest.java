package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.junit.jupiter.api.Test;

/**
 * Invoke-Command -AsJob end to end against the embedded SSH server running the interpreter: the
 * RemoteJob and its child jobs as pwsh shapes them, and the job cmdlets on them.
 */
class RemoteJobTest extends InterpreterServerScriptTest {
    @Override
    protected String cleanUp() {
        return "Get-Job | Remove-Job -Force; Get-PSSession | Remove-PSSession";
    }

    @Test
    void asJobReturnsARemoteJobWithAChildJobPerComputer() {
        assertEquals(List.of("System.Management.Automation.PSRemotingJob", "RemoteJob", "J", "localhost,127.0.0.1",
                " 'a' ", "True", "2", "System.Management.Automation.PSRemotingChildJob", "localhost", "127.0.0.1",
                "True", "Completed", "Completed", "False", "a|a", "localhost|127.0.0.1", "True"),
                output("$j = Invoke-Command -HostName localhost, 127.0.0.1 " + connect + " { 'a' } -AsJob -JobName J; "
                        + "$j.pstypenames[0]; $j.PSJobTypeName; $j.Name; $j.Location; $j.Command; "
                        + "$j.State -in 'Running', 'Completed'; $j.ChildJobs.Count; $j.ChildJobs[0].pstypenames[0]; "
                        + "$j.ChildJobs[0].Location; $j.ChildJobs[1].Location; $j.ChildJobs[0].Id -eq $j.Id + 1; "
                        + "$null = Wait-Job $j; $j.State; $j.ChildJobs[1].State; "
                        + "$r = Receive-Job $j; $j.HasMoreData; $r -join '|'; $r.PSComputerName -join '|'; "
                        + "$r[0].RunspaceId -is [guid]"));
    }

    @Test
    void receiveWaitAutoRemoveJobAsPwshUsersWriteIt() {
        // -Wait writes the results as they come, the two computers' interleaved.
        assertEquals(List.of("2", "2", "4", "4", "6", "6", "0", "0"), output("Invoke-Command -HostName localhost, "
                + "127.0.0.1 " + connect + " { 1..3 | ForEach-Object { $_ * 2 } } -AsJob | Receive-Job -Wait "
                + "-AutoRemoveJob | Sort-Object; @(Get-Job).Count; @(Get-PSSession).Count"));
    }

    @Test
    void errorsWarningsAndVerboseAreReceivedAsFromOtherJobs() {
        Result r = run("$j = Invoke-Command -HostName localhost " + connect + " { Write-Error 'bad'; "
                + "Write-Warning 'careful'; Write-Verbose 'detail' -Verbose; Write-Host 'shown'; 'out' } -AsJob; "
                + "Receive-Job $j -Wait -WarningVariable w -Verbose; \"w=$w\"");
        assertEquals(List.of("out", "w=careful"), r.output());
        assertEquals(List.of("bad"), r.errors().stream().map(ErrorRecord::message).toList());
        assertTrue(hostText().contains("WARNING: careful"), hostText());
        assertTrue(hostText().contains("VERBOSE: detail"), hostText());
        assertTrue(hostText().contains("shown"), hostText());
        assertEquals(List.of("False"), output("Receive-Job -Name Job1 | Out-Null; $j.HasMoreData"));
    }

    @Test
    void verboseIsShownByTheReceiversPreference() {
        run("$j = Invoke-Command -HostName localhost " + connect + " { Write-Verbose 'quiet' -Verbose } -AsJob; "
                + "Receive-Job $j -Wait");
        assertTrue(!hostText().contains("quiet"), hostText());
    }

    @Test
    void anUnreachableComputerFailsItsChildJob() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result r = run("$j = Invoke-Command -SSHConnection @{ HostName = 'localhost'; Port = " + closedPort + " }, "
                + "@{ HostName = 'localhost'; Port = " + server.port() + "; KeyFilePath = '" + dir.resolve("client_key")
                + "'; Options = @{ StrictHostKeyChecking = 'accept-new'; UserKnownHostsFile = '"
                + dir.resolve("known_hosts") + "' } } { 'reached' } -AsJob; $null = Wait-Job $j; $j.State; "
                + "$j.ChildJobs[0].State; $j.ChildJobs[1].State; $j.ChildJobs[0].JobStateInfo.Reason -ne $null; "
                + "Receive-Job $j");
        assertEquals(List.of("Failed", "Failed", "Completed", "True", "reached"), r.output());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().getFirst().fullyQualifiedErrorId().startsWith("PSSessionOpenFailed"),
                r.errors().getFirst().fullyQualifiedErrorId());
        assertTrue(r.errors().getFirst().message().startsWith("[localhost] "), r.errors().getFirst().message());
    }

    @Test
    void aSessionIsBusyWhileTheJobRunsAndStaysOpen() {
        assertEquals(List.of("Busy", "x", "Completed", "Opened", "Available", "1"), output(
                "$s = New-PSSession -HostName localhost " + connect + "; "
                + "$j = Invoke-Command $s { Start-Sleep -Milliseconds 1500; 'x' } -AsJob; Start-Sleep -Milliseconds 500; "
                + "$s.Availability; Receive-Job $j -Wait; $j.State; $s.State; $s.Availability; "
                + "Invoke-Command $s { 1 }"));
    }

    @Test
    void stopJobStopsTheRemotePipelineAndTheSessionGoesOn() {
        long start = System.nanoTime();
        assertEquals(List.of("Running", "Stopped", "Stopped", "Opened", "after"), output(
                "$s = New-PSSession -HostName localhost " + connect + "; "
                + "$j = Invoke-Command $s { while ($true) { Start-Sleep -Milliseconds 20 } } -AsJob; "
                + "Start-Sleep -Milliseconds 700; $j.State; Stop-Job $j; $j.State; $j.ChildJobs[0].State; $s.State; "
                + "Invoke-Command $s { 'after' }"));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped in time");
    }

    @Test
    void jobCmdletsSelectRemoteJobs() {
        assertEquals(List.of("R1", "RemoteJob", "R1", "R2", "1", "0"), output(
                "$a = Invoke-Command -HostName localhost " + connect + " { 1 } -AsJob -JobName R1; "
                + "$b = Invoke-Command -HostName localhost " + connect + " { 2 } -AsJob -JobName R2; "
                + "$null = Wait-Job $a, $b; (Get-Job -Id $a.Id).Name; (Get-Job -Name R1).PSJobTypeName; "
                + "(Get-Job -State Completed).Name; Remove-Job -Name R1; @(Get-Job).Count; "
                + "Remove-Job $b; @(Get-Job).Count"));
    }

    @Test
    void throttleLimitRunsOneSessionAtATime() {
        List<String> out = output("$ss = New-PSSession -HostName localhost, 127.0.0.1 " + connect + "; "
                + "$r = Invoke-Command $ss { "
                + "[datetime]::UtcNow.Ticks; Start-Sleep -Milliseconds 400; [datetime]::UtcNow.Ticks } -AsJob "
                + "-ThrottleLimit 1 | Receive-Job -Wait; $r.Count; $r[2] -ge $r[1]");
        assertEquals(List.of("4", "True"), out.subList(out.size() - 2, out.size()));
    }

    @Test
    void temporarySessionsAreClosedWhenTheJobEnds() throws Exception {
        output("Invoke-Command -HostName localhost, 127.0.0.1 " + connect + " { 1 } -AsJob | Wait-Job | Out-Null");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.activeSessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, server.activeSessions());
    }

    @Test
    void filePathAndPipelineInputRunAsJobs() throws Exception {
        Path script = Files.writeString(dir.resolve("job.ps1"), "param($n) $input | ForEach-Object { $_ + $n }");
        String withoutPort = connect.replaceFirst("-Port \\d+ ", "");
        assertEquals(List.of("11", "12", "param($n) $input | ForEach-Object { $_ + $n }", "21", "22"), output(
                "$j = 1, 2 | Invoke-Command -HostName localhost:" + server.port() + " " + withoutPort + " -FilePath '"
                + script + "' -ArgumentList 10 -AsJob; Receive-Job $j -Wait; $j.Command; "
                + "$s = New-PSSession -HostName localhost " + connect + "; "
                + "1, 2 | Invoke-Command $s -FilePath '" + script + "' -ArgumentList 20 -AsJob | Receive-Job -Wait"));
    }
}
