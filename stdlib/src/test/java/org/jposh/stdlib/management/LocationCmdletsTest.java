package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Get-Location, Set-Location, Push-Location and Pop-Location against real directories. */
class LocationCmdletsTest {
    @TempDir
    Path dir;

    @Test
    void setLocationMovesTheSessionNotTheProcess() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(dir.toString(), s.single("Get-Location"));
            s.run("Set-Location sub");
            assertEquals(dir.resolve("sub").toString(), s.single("Get-Location"));
            s.run("Set-Location ..");
            assertEquals(dir.toString(), s.single("Get-Location"));
            assertEquals(dir.resolve("sub").toString(), s.single("Set-Location sub -PassThru"));
            assertTrue(!Path.of(System.getProperty("user.dir")).equals(dir.resolve("sub")));
        }
    }

    @Test
    void relativePathsResolveAgainstTheLocation() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/f.txt"), "x");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Location sub");
            assertEquals("true", s.single("Test-Path f.txt"));
            assertEquals("true", s.single("Test-Path ../sub/f.txt"));
        }
    }

    @Test
    void setLocationToAMissingPathOrAFileIsPathNotFound() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "x");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Location nothere");
            String missing = dir.resolve("nothere").toString();
            assertEquals("Set-Location : Cannot find path '" + missing + "' because it does not exist.\n"
                    + "At line:1 char:1\n"
                    + "+ Set-Location nothere\n"
                    + "+ ~~~~~~~~~~~~~~~~~~~~\n"
                    + "    + CategoryInfo          : ObjectNotFound: (" + missing
                    + ":String) [Set-Location], ItemNotFoundException\n"
                    + "    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand\n",
                    s.errors());
            s.run("Set-Location f.txt");
            assertTrue(s.errors().startsWith("Set-Location : Cannot find path '" + dir.resolve("f.txt") + "'"));
            assertEquals(dir.toString(), s.single("Get-Location"));
        }
    }

    @Test
    void setLocationWithoutAPathGoesHomeAndTildeExpands() {
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Location");
            assertEquals(System.getProperty("user.home"), s.single("Get-Location"));
            s.run("Set-Location '" + dir + "'");
            s.run("Set-Location ~");
            assertEquals(System.getProperty("user.home"), s.single("Get-Location"));
        }
    }

    @Test
    void wildcardsResolveToOneContainerOrFail() throws IOException {
        Files.createDirectory(dir.resolve("alpha"));
        Files.createDirectory(dir.resolve("beta"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Location al*");
            assertEquals(dir.resolve("alpha").toString(), s.single("Get-Location"));
            s.run("Set-Location ..");
            s.run("Set-Location *a");
            assertTrue(s.errors().contains("Cannot set the location because path '*a' resolved to multiple "
                    + "containers. You can only set the location to a single container at a time."));
        }
    }

    @Test
    void literalPathTakesBracketsLiterally() throws IOException {
        Files.createDirectory(dir.resolve("a[1]"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Location -LiteralPath 'a[1]'");
            assertEquals(dir.resolve("a[1]").toString(), s.single("Get-Location"));
        }
    }

    @Test
    void pushAndPopRestoreLocationsInStackOrder() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Push-Location a");
            s.run("Push-Location b");
            assertEquals(dir.resolve("a/b").toString(), s.single("Get-Location"));
            assertEquals(List.of(dir.resolve("a").toString(), dir.toString()), s.run("Get-Location -Stack"));
            s.run("Pop-Location");
            assertEquals(dir.resolve("a").toString(), s.single("Get-Location"));
            assertEquals(dir.toString(), s.single("Pop-Location -PassThru"));
            s.run("Pop-Location");
            assertEquals(dir.toString(), s.single("Get-Location"));
            assertEquals("", s.errors());
        }
    }

    @Test
    void namedStacksAreSeparateAndVanishWhenEmpty() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Push-Location a -StackName Work");
            assertEquals(List.of(), s.run("Get-Location -Stack"));
            s.run("Pop-Location -StackName work");
            assertEquals(dir.toString(), s.single("Get-Location"));
            s.run("Pop-Location -StackName work");
            assertEquals("Pop-Location : Cannot find location stack 'work'. It does not exist or it is not a "
                    + "container.", s.errors().lines().findFirst().orElseThrow());
        }
    }
}
