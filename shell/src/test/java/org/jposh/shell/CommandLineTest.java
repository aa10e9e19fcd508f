package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void switchesAreAbbreviatedAsPwshAllows() {
        CommandLine c = CommandLine.parse(new String[] {"-nop", "-NOL", "-noni", "-ex", "Bypass"});
        assertEquals(CommandLine.Mode.INTERACTIVE, c.mode());
        assertTrue(c.noProfile());
        assertTrue(c.noLogo());
        assertTrue(c.nonInteractive());
        assertFalse(CommandLine.parse(new String[] {"-c", "1"}).nonInteractive());
        assertEquals(CommandLine.Mode.ERROR, CommandLine.parse(new String[] {"-no"}).mode());
        assertEquals(CommandLine.Mode.COMMAND, CommandLine.parse(new String[] {"-ep", "Bypass", "-c", "1"}).mode());
        assertEquals(CommandLine.Mode.HELP, CommandLine.parse(new String[] {"-?"}).mode());
        assertFalse(CommandLine.parse(new String[0]).noProfile());
    }

    @Test
    void encodedCommandIsBase64OfUtf16() {
        String encoded = Base64.getEncoder().encodeToString("Write-Output 'hé'".getBytes(StandardCharsets.UTF_16LE));
        for (String name : List.of("-EncodedCommand", "-e", "-ec", "-enc")) {
            CommandLine c = CommandLine.parse(new String[] {name, encoded});
            assertEquals(CommandLine.Mode.COMMAND, c.mode(), name);
            assertEquals("Write-Output 'hé'", c.command(), name);
        }
        CommandLine bad = CommandLine.parse(new String[] {"-e", "not base64!"});
        assertEquals(CommandLine.Mode.ERROR, bad.mode());
        assertEquals("Cannot process the command because the value specified with -EncodedCommand is not properly "
                + "encoded. The value must be Base64 encoded.", bad.error());
    }

    @Test
    void executionPolicyNeedsAPolicyName() {
        CommandLine c = CommandLine.parse(new String[] {"-ExecutionPolicy"});
        assertEquals("Cannot process the execution policy because of a missing policy name. A policy name must "
                + "follow -ExecutionPolicy.", c.error());
    }

    @Test
    void historyFileHonoursXdgDataHome() {
        assertEquals(Path.of("/data/jposh/history.txt"), Main.historyFile(Map.of("XDG_DATA_HOME", "/data"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/jposh/history.txt"), Main.historyFile(Map.of(), "/home/u"));
    }

    @Test
    void profilesAreWherePwshKeepsThemOnUnix() {
        Profiles p = Profiles.of(Path.of("/opt/jposh"), Map.of(), "/home/u");
        assertEquals(Path.of("/home/u/.config/powershell/Microsoft.PowerShell_profile.ps1"), p.currentUserCurrentHost());
        assertEquals(Path.of("/home/u/.config/powershell/profile.ps1"), p.currentUserAllHosts());
        assertEquals(Path.of("/opt/jposh/profile.ps1"), p.allUsersAllHosts());
        assertEquals(Path.of("/cfg/powershell/Microsoft.PowerShell_profile.ps1"),
                Profiles.of(Path.of("/opt/jposh"), Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/u").currentUserCurrentHost());
    }
}
