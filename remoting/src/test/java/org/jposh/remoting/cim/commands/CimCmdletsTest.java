package org.jposh.remoting.cim.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.remoting.commands.LocalScriptTest;
import org.junit.jupiter.api.Test;

/** New-, Get- and Remove-CimSession and Get-CimInstance in a local runspace, against this machine. */
class CimCmdletsTest extends LocalScriptTest {
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Override
    protected String cleanUp() {
        return "Get-CimSession | Remove-CimSession";
    }

    @Test
    void aSessionWithoutComputerNameIsLocalDcomListedAsPwshDocumentsIt() {
        String text = String.join("\n", output("New-CimSession | Out-String")).replaceAll(GUID, "<guid>");
        assertEquals("""

                Id           : 1
                Name         : CimSession1
                InstanceId   : <guid>
                ComputerName : localhost
                Protocol     : DCOM

                """, text);
        assertEquals(List.of("CimSession: ."), output("\"$(Get-CimSession)\""));
    }

    @Test
    void localhostIsALocalWsmanSessionAndNameIsKept() {
        assertEquals(List.of("2", "L", "localhost", "WSMAN", "CimSession: localhost", "True"),
                output("$null = ncms; $s = New-CimSession -ComputerName localhost -Name L; $s.Id; $s.Name; "
                        + "$s.ComputerName; $s.Protocol; \"$s\"; $s.Id -is [uint32]"));
    }

    @Test
    void getCimSessionSelectsByEverySet() {
        assertEquals(List.of("1,2", "2", "1", "2", "1", "2"),
                output("$a = New-CimSession; $b = New-CimSession . -Name dot; (Get-CimSession).Id -join ','; "
                        + "(Get-CimSession -Name d*).Id; (Get-CimSession -Id 1).Id; (Get-CimSession -ComputerName .).Id; "
                        + "(Get-CimSession -InstanceId $a.InstanceId).Id; (gcms -Id 2).Id"));
    }

    @Test
    void whatMatchesNoSessionIsPwshsCouldNotFindError() {
        Result r = run("New-CimSession | Out-Null; Get-CimSession -Name nope; Get-CimSession -Name no*; "
                + "Get-CimSession -Id 7; Get-CimSession -ComputerName elsewhere");
        assertEquals(List.of(), r.output());
        assertEquals(List.of("Could not find CimSession with the given Name = nope",
                "Could not find CimSession with the given Id = 7",
                "Could not find CimSession with the given ComputerName = elsewhere"),
                r.errors().stream().map(ErrorRecord::message).toList());
        assertEquals(",Microsoft.Management.Infrastructure.CimCmdlets.GetCimSessionCommand",
                r.errors().getFirst().fullyQualifiedErrorId());
    }

    @Test
    void removeCimSessionRemovesBySetAndAsksAsPwsh() {
        assertEquals(List.of("2,3", "3", ""),
                output("1..3 | ForEach-Object { New-CimSession -Name \"s$_\" } | Out-Null; Remove-CimSession -Id 1; "
                        + "(Get-CimSession).Id -join ','; Get-CimSession -Name s2 | Remove-CimSession; "
                        + "(Get-CimSession).Id -join ','; Remove-CimSession -Name s3; (Get-CimSession).Id -join ','"));
        String whatIf = String.join("\n", output("$s = New-CimSession; Remove-CimSession $s -WhatIf; "
                + "(Get-CimSession).Count"));
        assertEquals("1", whatIf);
        assertTrue(hostText().matches("(?s).*What if: Performing the operation \"Remove CimSession\" on target "
                + "\"CimSession id = 4, name = CimSession4, ComputerName = localhost, instance id = " + GUID
                + "\".*"), hostText());
    }

    @Test
    void aRemoteComputerIsAnErrorUntilWsManExists() {
        Result r = run("New-CimSession -ComputerName srv1, localhost | ForEach-Object ComputerName");
        assertEquals(List.of("localhost"), r.output());
        assertEquals(1, r.errors().size());
        ErrorRecord e = r.errors().getFirst();
        assertEquals("CimWsManTransportNotAvailable,Microsoft.Management.Infrastructure.CimCmdlets.NewCimSessionCommand",
                e.fullyQualifiedErrorId());
        assertTrue(e.message().contains("'srv1'") && e.message().contains("WS-Management"), e.message());
        Result g = run("Get-CimInstance Win32_OperatingSystem -ComputerName srv1");
        assertEquals("CimWsManTransportNotAvailable,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand",
                g.errors().getFirst().fullyQualifiedErrorId());
    }

    @Test
    void operatingSystemIsThisMachinesOsRelease() throws IOException {
        Map<String, String> release = osRelease();
        assertEquals(List.of(release.get("PRETTY_NAME"), String.valueOf(release.get("VERSION_ID")),
                        System.getProperty("os.version"), "36", "True", "True"),
                output("$os = Get-CimInstance Win32_OperatingSystem; $os.Caption; \"$($os.Version)\"; $os.BuildNumber; "
                        + "$os.OSType; $os.TotalVisibleMemorySize -gt 0; $os.LastBootUpTime -lt (Get-Date)"));
        assertEquals(List.of("Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_OperatingSystem",
                        "Microsoft.Management.Infrastructure.CimInstance#root/cimv2/CIM_OperatingSystem",
                        "Microsoft.Management.Infrastructure.CimInstance#Win32_OperatingSystem",
                        "Microsoft.Management.Infrastructure.CimInstance#CIM_OperatingSystem",
                        "Microsoft.Management.Infrastructure.CimInstance", "System.Object"),
                output("(Get-CimInstance -ClassName CIM_OperatingSystem -Namespace root/cimv2).pstypenames"));
        assertEquals(List.of("Win32_OperatingSystem: " + release.get("PRETTY_NAME")),
                output("\"$(Get-CimInstance Win32_OperatingSystem)\""));
    }

    @Test
    void operatingSystemShowsPwshsTable() {
        String text = String.join("\n", output("Get-CimInstance Win32_OperatingSystem | Out-String -Width 200"));
        String[] lines = text.split("\n");
        assertTrue(lines[1].matches("SystemDirectory Organization BuildNumber\\s+RegisteredUser SerialNumber Version"),
                text);
    }

    @Test
    void processesIncludeThisOneWithFilterAndQuery() {
        String pid = Long.toString(ProcessHandle.current().pid());
        assertEquals(List.of("True", pid, pid, "1"),
                output("$all = Get-CimInstance Win32_Process; [bool]($all | Where-Object ProcessId -eq $PID); "
                        + "(Get-CimInstance Win32_Process -Filter \"ProcessId = $PID\").Handle; "
                        + "(gcim -Query \"SELECT * FROM Win32_Process WHERE ProcessId = $PID AND Name IS NOT NULL\")"
                        + ".ProcessId; @(Get-CimInstance -Query \"select Name from Win32_Process where Handle = '$PID'\")"
                        + ".Count"));
        assertEquals(List.of(pid, "", "Microsoft.Management.Infrastructure.CimInstance#__PartialCIMInstance"),
                output("$p = Get-CimInstance Win32_Process -Property Name -Filter \"ProcessId = $PID\"; "
                        + "$p.Handle; \"$($p.CommandLine)\"; $p.pstypenames[0]"));
    }

    @Test
    void environmentAndLikeFilters() {
        assertEquals(List.of(System.getenv("PATH")),
                output("(Get-CimInstance Win32_Environment -Filter \"Name LIKE 'PAT_' AND NOT Name = 'PATx'\")"
                        + ".VariableValue"));
    }

    @Test
    void disksIncludeTheRootMount() {
        assertEquals(List.of("True"), output("[bool](Get-CimInstance Win32_LogicalDisk | Where-Object DeviceID -eq '/')"));
        assertEquals(List.of("1"), output("@(Get-CimInstance Win32_ComputerSystem).Count"));
    }

    @Test
    void sessionsPipedToGetCimInstanceQueryThroughThem() {
        assertEquals(List.of("localhost"),
                output("New-CimSession -ComputerName localhost | Get-CimInstance -ClassName Win32_ComputerSystem "
                        + "| ForEach-Object PSComputerName"));
    }

    @Test
    void unknownClassNamespaceAndBadQueryAreWmisErrors() {
        Result r = run("Get-CimInstance Win32_Nothing; Get-CimInstance Win32_Process -Namespace root/nowhere; "
                + "Get-CimInstance -Query 'SELECT FROM'; Get-CimInstance Win32_Process -Filter 'NoSuch = 1'");
        assertEquals(List.of("HRESULT 0x80041010", "HRESULT 0x8004100e", "HRESULT 0x80041017", "HRESULT 0x80041017"),
                r.errors().stream().map(e -> e.fullyQualifiedErrorId().split(",")[0]).toList());
        ErrorRecord invalidClass = r.errors().getFirst();
        assertEquals("Invalid class ", invalidClass.message());
        assertEquals("MetadataError: (root\\cimv2:Win32_Nothing:String) [Get-CimInstance], CimException",
                invalidClass.categoryInfo().toString());
    }

    private static Map<String, String> osRelease() throws IOException {
        Map<String, String> result = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
            int at = line.indexOf('=');
            if (at > 0) {
                result.put(line.substring(0, at), line.substring(at + 1).replaceAll("^\"|\"$", ""));
            }
        }
        return result;
    }
}
