package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Get-ChildItem, Get-Item, Test-Path, New-Item, Remove-Item, Copy-Item, Move-Item, Rename-Item on real files. */
class ItemCmdletsTest {
    @TempDir
    Path dir;

    /** b.txt, A.log, .hidden, sub/ (c.txt, deep/ (d.txt)), Zdir/ (empty). */
    @BeforeEach
    void tree() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "bee");
        Files.writeString(dir.resolve("A.log"), "log");
        Files.writeString(dir.resolve(".hidden"), "h");
        Files.createDirectories(dir.resolve("sub/deep"));
        Files.writeString(dir.resolve("sub/c.txt"), "c");
        Files.writeString(dir.resolve("sub/deep/d.txt"), "d");
        Files.createDirectory(dir.resolve("Zdir"));
    }

    @Test
    void childItemsListDirectoriesFirstThenFilesByNameIgnoringCase() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("sub", "Zdir", "A.log", "b.txt"), s.run("Get-ChildItem -Name"));
            assertEquals(List.of(dir.resolve("sub").toString(), dir.resolve("Zdir").toString(),
                    dir.resolve("A.log").toString(), dir.resolve("b.txt").toString()), s.run("Get-ChildItem"));
        }
    }

    @Test
    void forceAndHiddenShowDotFiles() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("sub", "Zdir", ".hidden", "A.log", "b.txt"), s.run("Get-ChildItem -Name -Force"));
            assertEquals(List.of(".hidden"), s.run("Get-ChildItem -Name -Hidden"));
        }
    }

    @Test
    void recurseListsEachDirectoryThenDescends() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("sub", "Zdir", "A.log", "b.txt", "sub/deep", "sub/c.txt", "sub/deep/d.txt"),
                    s.run("Get-ChildItem -Recurse -Name"));
            assertEquals(List.of("sub", "Zdir", "A.log", "b.txt", "sub/deep", "sub/c.txt"),
                    s.run("Get-ChildItem -Depth 1 -Name"));
            assertEquals(List.of("A.log", "b.txt", "sub/c.txt", "sub/deep/d.txt"),
                    s.run("Get-ChildItem -Recurse -File -Name"));
            assertEquals(List.of("sub", "Zdir", "sub/deep"), s.run("Get-ChildItem -Recurse -Directory -Name"));
        }
    }

    @Test
    void recurseWithALeafPatternFiltersFromItsParent() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("b.txt", "sub/c.txt", "sub/deep/d.txt"), s.run("Get-ChildItem *.txt -Recurse -Name"));
            assertEquals(List.of("c.txt", "deep/d.txt"), s.run("Get-ChildItem sub -Filter *.txt -Recurse -Name"));
        }
    }

    @Test
    void filterIncludeAndExcludeMatchNamesIgnoringCase() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("b.txt"), s.run("Get-ChildItem -Filter *.TXT -Name"));
            assertEquals(List.of("A.log"), s.run("Get-ChildItem -Include *.log -Name"));
            assertEquals(List.of("sub", "Zdir", "b.txt"), s.run("Get-ChildItem -Exclude a* -Name"));
        }
    }

    @Test
    void wildcardPathsGiveTheMatchesThemselves() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of(dir.resolve("sub").toString()), s.run("Get-ChildItem s*"));
            assertEquals(List.of(dir.resolve("b.txt").toString()), s.run("Get-ChildItem *.txt"));
        }
    }

    @Test
    void missingPathsAreNonTerminatingErrorsPerPath() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of(), s.run("Get-Item nope"));
            String errors = s.errors();
            assertTrue(errors.startsWith("Get-Item : Cannot find path '" + dir.resolve("nope")
                    + "' because it does not exist."), errors);
            assertTrue(errors.contains("FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand"));
            assertEquals(List.of(), s.run("Get-Item nothing*"));
            assertEquals("", s.errors());
        }
    }

    @Test
    void testPathChecksExistenceAndType() {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals("true", s.single("Test-Path b.txt"));
            assertEquals("false", s.single("Test-Path nope"));
            assertEquals("true", s.single("Test-Path sub -PathType Container"));
            assertEquals("false", s.single("Test-Path sub -PathType Leaf"));
            assertEquals("true", s.single("Test-Path b.txt -PathType Leaf"));
            assertEquals("true", s.single("Test-Path *.log"));
            assertEquals("true", s.single("Test-Path nope/x -IsValid"));
            assertEquals("false", s.single("Test-Path ''"));
            assertEquals("", s.errors());
        }
    }

    @Test
    void newItemCreatesFilesAndDirectoriesAndRefusesExistingOnes() throws IOException {
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(dir.resolve("n.txt").toString(), s.single("New-Item n.txt -Value 'hello'"));
            assertEquals("hello", Files.readString(dir.resolve("n.txt")));
            s.run("New-Item -ItemType Directory newdir");
            assertTrue(Files.isDirectory(dir.resolve("newdir")));
            s.run("New-Item -Path newdir -Name inner.txt -ItemType File");
            assertTrue(Files.exists(dir.resolve("newdir/inner.txt")));

            s.run("New-Item n.txt");
            assertTrue(s.errors().startsWith("New-Item : The file '" + dir.resolve("n.txt") + "' already exists."));
            s.run("New-Item n.txt -Force -Value 'again'");
            assertEquals("again", Files.readString(dir.resolve("n.txt")));
            s.run("New-Item newdir -ItemType Directory");
            String errors = s.errors();
            assertTrue(errors.startsWith("New-Item : An item with the specified name " + dir.resolve("newdir")
                    + " already exists."), errors);
            assertTrue(errors.contains("DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand"));

            s.run("New-Item a/b/c.txt");
            assertTrue(s.errors().startsWith("New-Item : Could not find a part of the path '"
                    + dir.resolve("a/b/c.txt") + "'."));
            s.run("New-Item a/b/c.txt -Force");
            assertTrue(Files.exists(dir.resolve("a/b/c.txt")));
            s.run("New-Item x -ItemType Thing");
            assertTrue(s.errors().startsWith("New-Item : The type is not a known type for the file system."));
        }
    }

    @Test
    void removeItemAsksBeforeRemovingTheChildrenOfADirectory() {
        try (PoshSession s = new PoshSession(dir, null)) {
            s.run("Remove-Item sub");
            String errors = s.errors();
            assertTrue(errors.startsWith("Remove-Item : PowerShell is in NonInteractive mode. Read and Prompt"
                    + " functionality is not available."), errors);
            assertTrue(Files.exists(dir.resolve("sub/deep/d.txt")));
        }
        try (PoshSession s = new PoshSession(dir, "n\ny\n")) {
            s.run("Remove-Item sub");
            assertEquals("", s.errors());
            assertTrue(Files.exists(dir.resolve("sub/deep/d.txt")));
            s.run("Remove-Item sub");
            assertFalse(Files.exists(dir.resolve("sub")));
        }
    }

    @Test
    void removeItemRemovesWithRecurseWithoutAsking() {
        try (PoshSession s = new PoshSession(dir, null)) {
            s.run("Remove-Item sub -Recurse");
            assertFalse(Files.exists(dir.resolve("sub")));
            s.run("Remove-Item Zdir");
            s.run("Remove-Item b.txt");
            assertFalse(Files.exists(dir.resolve("Zdir")));
            assertFalse(Files.exists(dir.resolve("b.txt")));
            s.run("Remove-Item *");
            assertTrue(Files.exists(dir.resolve(".hidden")));
            s.run("Remove-Item * -Force");
            assertFalse(Files.exists(dir.resolve(".hidden")));
            assertEquals("", s.errors());
        }
    }

    @Test
    void pipelineItemsBindByTheirPSPath() throws IOException {
        Files.writeString(dir.resolve("a[1].txt"), "bracket");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Get-ChildItem -Filter *.txt | Remove-Item");
            assertEquals("", s.errors());
            assertFalse(Files.exists(dir.resolve("a[1].txt")));
            assertFalse(Files.exists(dir.resolve("b.txt")));
            assertEquals("", s.errors());
        }
    }

    @Test
    void copyItemCopiesFilesAndTreesWithRecurse() throws IOException {
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Copy-Item b.txt Zdir");
            assertEquals("bee", Files.readString(dir.resolve("Zdir/b.txt")));
            s.run("Copy-Item b.txt copy.txt");
            assertEquals("bee", Files.readString(dir.resolve("copy.txt")));
            s.run("Copy-Item sub sub2");
            assertTrue(Files.isDirectory(dir.resolve("sub2")));
            assertEquals(List.of(), s.run("Get-ChildItem sub2 -Name"));
            s.run("Copy-Item sub sub3 -Recurse");
            assertEquals("d", Files.readString(dir.resolve("sub3/deep/d.txt")));
            s.run("Copy-Item sub Zdir -Recurse");
            assertEquals("c", Files.readString(dir.resolve("Zdir/sub/c.txt")));
            s.run("Copy-Item b.txt b.txt");
            assertTrue(s.errors().startsWith("Copy-Item : Cannot overwrite the item " + dir.resolve("b.txt")
                    + " with itself."));
        }
    }

    @Test
    void moveAndRenameItems() throws IOException {
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Move-Item b.txt Zdir");
            assertTrue(Files.exists(dir.resolve("Zdir/b.txt")));
            s.run("Rename-Item A.log renamed.log");
            assertTrue(Files.exists(dir.resolve("renamed.log")));
            assertFalse(Files.exists(dir.resolve("A.log")));
            s.run("Rename-Item renamed.log sub");
            assertTrue(s.errors().startsWith("Rename-Item : Cannot create a file when that file already exists."));
            Files.writeString(dir.resolve("x.txt"), "x");
            s.run("Move-Item x.txt sub/c.txt");
            assertTrue(s.errors().startsWith("Move-Item : Cannot create a file when that file already exists."));
            s.run("Move-Item x.txt sub/c.txt -Force");
            assertEquals("x", Files.readString(dir.resolve("sub/c.txt")));
        }
    }
}
