package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Join-Path, Split-Path, Resolve-Path and Get-PSDrive. */
class PathCmdletsTest {
    @TempDir
    Path dir;

    @Test
    void joinPathPutsOneSeparatorBetweenParts() throws IOException {
        Files.createDirectory(dir.resolve("a"));
        Files.writeString(dir.resolve("a/x.txt"), "");
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals("a/b", s.single("Join-Path a b"));
            assertEquals("a/b", s.single("Join-Path a/ /b"));
            assertEquals("a/b/c/d", s.single("Join-Path a b c d"));
            assertEquals("a/b", s.single("Join-Path 'a\\' b"));
            assertEquals("a", s.single("Join-Path a ''"));
            assertEquals("a/b.json", s.single("Join-Path a b.txt -Extension json"));
            assertEquals(dir.resolve("a/x.txt").toString(), s.single("Join-Path a *.txt -Resolve"));
            s.run("Join-Path a nope -Resolve");
            assertTrue(s.errors().startsWith("Join-Path : Cannot find path '" + dir.resolve("a/nope") + "'"));
        }
    }

    @Test
    void splitPathTakesEachPart() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals("/a/b", s.single("Split-Path /a/b/c.tar.gz"));
            assertEquals("/a/b", s.single("Split-Path /a/b/c.tar.gz -Parent"));
            assertEquals("c.tar.gz", s.single("Split-Path /a/b/c.tar.gz -Leaf"));
            assertEquals("c.tar", s.single("Split-Path /a/b/c.tar.gz -LeafBase"));
            assertEquals(".gz", s.single("Split-Path /a/b/c.tar.gz -Extension"));
            assertEquals("", s.single("Split-Path noext -Extension"));
            assertEquals("b", s.single("Split-Path a/b/ -Leaf"));
            assertEquals("a", s.single("Split-Path a/b/"));
            assertEquals("/", s.single("Split-Path /a"));
            assertEquals("", s.single("Split-Path file.txt"));
            assertEquals("true", s.single("Split-Path /a -IsAbsolute"));
            assertEquals("false", s.single("Split-Path a/b -IsAbsolute"));
            assertEquals("Temp:", s.single("Split-Path Temp:/x -Qualifier"));
            assertEquals("/x", s.single("Split-Path Temp:/x -NoQualifier"));
            s.run("Split-Path /a -Qualifier");
            String errors = s.errors();
            assertTrue(errors.startsWith("Split-Path : Cannot parse path because path '/a' does not have a qualifier "
                    + "specified."), errors);
            assertTrue(errors.contains("ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand"));
        }
    }

    @Test
    void resolvePathGivesFullOrRelativePaths() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/x.txt"), "");
        Files.writeString(dir.resolve(".dot"), "");
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(dir.resolve("a/x.txt").toString(), s.single("Resolve-Path a/*.txt"));
            assertEquals("./a/x.txt", s.single("Resolve-Path a/x.txt -Relative"));
            assertEquals(".dot", s.single("Resolve-Path .dot -Relative"));
            s.run("Set-Location a/b");
            assertEquals("../x.txt", s.single("Resolve-Path ../x.txt -Relative"));
            s.run("Resolve-Path nope");
            assertTrue(s.errors().startsWith("Resolve-Path : Cannot find path '" + dir.resolve("a/b/nope")
                    + "' because it does not exist."));
        }
    }

    @Test
    void tempDriveAndProviderQualifiedPaths() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "q");
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals("true", s.single("Test-Path 'Microsoft.PowerShell.Core\\FileSystem::" + dir.resolve("f.txt")
                    + "'"));
            assertEquals("true", s.single("Test-Path Temp:/"));
            assertEquals(List.of("/", "Alias", "Env", "Function", "Temp", "Variable"), s.run("Get-PSDrive"));
            assertEquals("Temp", s.single("Get-PSDrive T*"));
            s.run("Get-Item Nope:/x");
            assertTrue(s.errors().startsWith("Get-Item : Cannot find drive. A drive with the name 'Nope' does not "
                    + "exist."));
            s.run("Get-PSDrive Q");
            assertTrue(s.errors().startsWith("Get-PSDrive : Cannot find drive. A drive with the name 'Q' does not "
                    + "exist."));
        }
    }
}
