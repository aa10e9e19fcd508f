package org.jposh.stdlib.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jposh.stdlib.management.PoshSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compress-Archive and Expand-Archive checked where scripts cannot look: entry names, methods, crafted archives. */
class ArchiveCmdletsTest {
    @TempDir
    Path dir;

    private static List<String> entryNames(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
            }
            return names;
        }
    }

    private void tree() throws IOException {
        Files.createDirectories(dir.resolve("d/e/g"));
        Files.createDirectories(dir.resolve("d/f"));
        Files.writeString(dir.resolve("d/e/x.txt"), "x");
        Files.writeString(dir.resolve("d/e/g/y.txt"), "y");
        Files.writeString(dir.resolve("d/a.txt"), "a");
        Files.writeString(dir.resolve("d/.hidden"), "h");
        Files.writeString(dir.resolve("b.txt"), "b");
    }

    @Test
    void aDirectoryIsItsOwnTopFolderWithSlashesAndEmptyDirectoriesAsEntries() throws IOException {
        tree();
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Compress-Archive -Path ./d, ./b.txt -DestinationPath tree.zip");
            s.run("Compress-Archive -Path ./d/* -DestinationPath contents.zip");
            assertEquals("", s.errors());
        }
        // in Get-ChildItem -Recurse's order: a directory's children, then each subdirectory's; files last
        assertEquals(List.of("d/f/", "d/a.txt", "d/e/x.txt", "d/e/g/y.txt", "b.txt"),
                entryNames(dir.resolve("tree.zip")));
        assertEquals(List.of("e/x.txt", "e/g/y.txt", "a.txt"), entryNames(dir.resolve("contents.zip")));
    }

    @Test
    void compressionLevelsStoreOrDeflateAndFilesKeepTheirTimes() throws IOException {
        tree();
        FileTime time = FileTime.from(Instant.parse("2014-06-13T15:50:20Z"));
        Files.setLastModifiedTime(dir.resolve("b.txt"), time);
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Compress-Archive -Path ./b.txt -DestinationPath stored.zip -CompressionLevel NoCompression");
            s.run("Compress-Archive -Path ./b.txt -DestinationPath fast.zip -CompressionLevel Fastest");
            s.run("Expand-Archive stored.zip -DestinationPath out");
            assertEquals("", s.errors());
        }
        try (ZipFile stored = new ZipFile(dir.resolve("stored.zip").toFile());
             ZipFile fast = new ZipFile(dir.resolve("fast.zip").toFile())) {
            assertEquals(ZipEntry.STORED, stored.getEntry("b.txt").getMethod());
            assertEquals(ZipEntry.DEFLATED, fast.getEntry("b.txt").getMethod());
        }
        assertEquals("b", Files.readString(dir.resolve("out/b.txt")));
        assertEquals(time, Files.getLastModifiedTime(dir.resolve("out/b.txt")));
    }

    @Test
    void updateReplacesTheEntryOfTheSameNameIgnoringCaseAndKeepsTheOthersFirst() throws IOException {
        tree();
        Files.createDirectories(dir.resolve("upper"));
        Files.writeString(dir.resolve("upper/A.TXT"), "upper");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Compress-Archive -Path ./d/a.txt, ./b.txt -DestinationPath u.zip");
            s.run("Compress-Archive -Path ./upper/A.TXT -DestinationPath u.zip -Update");
            assertEquals("", s.errors());
        }
        assertEquals(List.of("b.txt", "A.TXT"), entryNames(dir.resolve("u.zip")));
    }

    /** An archive whose entry names try to leave the destination, as zip-slip attacks do. */
    private Path craftedArchive() throws IOException {
        Path archive = dir.resolve("slip.zip");
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("../evil.txt", "ok.txt", "sub/../../evil2.txt", "/abs.txt", "win\\path.txt",
                    "sub/./inner.txt")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }

    @Test
    void entriesLeadingOutOfTheDestinationAreRefusedEachWithAnError() throws IOException {
        craftedArchive();
        Files.createDirectories(dir.resolve("inside"));
        try (PoshSession s = new PoshSession(dir.resolve("inside"))) {
            List<String> created = s.run("Expand-Archive ../slip.zip -DestinationPath out -PassThru | "
                    + "ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 1) }");
            assertEquals(List.of("out/ok.txt", "out/abs.txt", "out/win", "out/win/path.txt", "out/sub",
                    "out/sub/inner.txt"), created);
            List<String> errors = s.errors().lines().filter(l -> l.startsWith("ExpandArchiveHelper")).toList();
            assertEquals(List.of("ExpandArchiveHelper : Can not process invalid archive entry '../evil.txt'.",
                    "ExpandArchiveHelper : Can not process invalid archive entry 'sub/../../evil2.txt'."), errors);
        }
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertFalse(Files.exists(dir.resolve("inside/evil.txt")));
        assertFalse(Files.exists(dir.resolve("inside/evil2.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("inside/out/ok.txt")));
    }

    @Test
    void refusedEntriesStopTheCommandUnderErrorActionStopAndWhatWasExpandedIsRemoved() throws IOException {
        Path archive = dir.resolve("late.zip");
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("first/one.txt", "../evil.txt")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
        }
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("Microsoft.PowerShell.Commands.WriteErrorException,ExpandArchiveHelper"),
                    s.run("try { Expand-Archive late.zip -DestinationPath out -ErrorAction Stop } "
                            + "catch { $_.FullyQualifiedErrorId }"));
        }
        assertTrue(Files.isDirectory(dir.resolve("out")));
        assertFalse(Files.exists(dir.resolve("out/first")));
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }
}
