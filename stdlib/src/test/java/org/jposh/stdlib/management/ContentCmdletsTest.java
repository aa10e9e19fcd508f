package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Get-Content, Set-Content, Add-Content and Clear-Content on real files. */
class ContentCmdletsTest {
    @TempDir
    Path dir;

    @Test
    void getContentSplitsLinesAtAnyNewline() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "one\r\ntwo\nthree\rfour\n");
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals(List.of("one", "two", "three", "four"), s.run("Get-Content f.txt"));
            assertEquals(List.of("one", "two"), s.run("Get-Content f.txt -TotalCount 2"));
            assertEquals(List.of("one"), s.run("Get-Content f.txt -Head 1"));
            assertEquals(List.of("three", "four"), s.run("Get-Content f.txt -Tail 2"));
            assertEquals("one\r\ntwo\nthree\rfour\n", s.single("Get-Content f.txt -Raw"));
        }
    }

    @Test
    void getContentErrors() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "x\n");
        Files.createDirectory(dir.resolve("d"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Get-Content f.txt -TotalCount 1 -Tail 1");
            assertTrue(s.errors().startsWith("Get-Content : The parameters TotalCount and Tail cannot be used "
                    + "together. Please specify only one parameter."));
            s.run("Get-Content d");
            String errors = s.errors();
            assertTrue(errors.startsWith("Get-Content : Unable to get content because it is a directory: '"
                    + dir.resolve("d") + "'. Please use 'Get-ChildItem' instead."), errors);
            assertTrue(errors.contains("GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand"));
            s.run("Get-Content missing.txt");
            assertTrue(s.errors().startsWith("Get-Content : Cannot find path '" + dir.resolve("missing.txt")
                    + "' because it does not exist."));
        }
    }

    @Test
    void getContentHonoursByteOrderMarksAndEncoding() throws IOException {
        Files.write(dir.resolve("u16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "héllo\n".getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("bom8.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "abc".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("latin.txt"), "café".getBytes(StandardCharsets.ISO_8859_1));
        try (PoshSession s = new PoshSession(dir)) {
            assertEquals("héllo", s.single("Get-Content u16.txt"));
            assertEquals("abc", s.single("Get-Content bom8.txt"));
            assertEquals("café", s.single("Get-Content latin.txt -Encoding latin1"));
            assertEquals("Get-Content : Cannot process argument transformation on parameter 'Encoding'. 'nonsense' is not a "
                    + "supported encoding name. For information on defining a custom encoding, see the documentation "
                    + "for the Encoding.RegisterProvider method. (Parameter 'name')",
                    s.statementError("Get-Content latin.txt -Encoding nonsense"));
        }
    }

    @Test
    void setContentWritesUtf8WithoutBomOneLinePerValue() throws IOException {
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Content f.txt 'héllo'");
            assertArrayEquals("héllo\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("f.txt")));
            s.run("Write-Output a b c | Set-Content f.txt");
            assertEquals("a\nb\nc\n", Files.readString(dir.resolve("f.txt")));
            s.run("Set-Content f.txt x -NoNewline");
            assertEquals("x", Files.readString(dir.resolve("f.txt")));
            s.run("Set-Content bom.txt x -Encoding utf8BOM");
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'},
                    Files.readAllBytes(dir.resolve("bom.txt")));
            s.run("Set-Content u.txt x -Encoding unicode");
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0, '\n', 0},
                    Files.readAllBytes(dir.resolve("u.txt")));
            assertEquals(List.of("x"), s.run("Get-Content u.txt"));
        }
    }

    @Test
    void addContentAppendsWithoutInsertingANewline() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "start");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Add-Content f.txt more");
            assertEquals("startmore\n", Files.readString(dir.resolve("f.txt")));
            s.run("Add-Content new.txt first");
            assertEquals("first\n", Files.readString(dir.resolve("new.txt")));
        }
    }

    @Test
    void writingToADirectoryOrAMissingFolderIsAnError() throws IOException {
        Files.createDirectory(dir.resolve("d"));
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Set-Content d x");
            assertTrue(s.errors().startsWith("Set-Content : Unable to write content because it is a directory: '"
                    + dir.resolve("d") + "'."));
            s.run("Set-Content nope/f.txt x");
            String errors = s.errors();
            assertTrue(errors.startsWith("Set-Content : Could not find a part of the path '"
                    + dir.resolve("nope/f.txt") + "'."), errors);
            assertTrue(errors.contains("GetContentWriterDirectoryNotFoundError,"
                    + "Microsoft.PowerShell.Commands.SetContentCommand"));
        }
    }

    @Test
    void clearContentEmptiesExistingFiles() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "full");
        try (PoshSession s = new PoshSession(dir)) {
            s.run("Clear-Content f.txt");
            assertEquals(0, Files.size(dir.resolve("f.txt")));
            s.run("Clear-Content g.txt");
            assertTrue(s.errors().startsWith("Clear-Content : Cannot find path '" + dir.resolve("g.txt") + "'"));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
