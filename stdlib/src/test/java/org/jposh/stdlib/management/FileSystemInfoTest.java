package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileInfo and DirectoryInfo as scripts see them: their members, type names and notes. */
class FileSystemInfoTest {
    @TempDir
    Path dir;

    @Test
    void fileMembers() throws IOException {
        Path file = dir.resolve("report.final.txt");
        Files.writeString(file, "12345");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Instant written = Instant.parse("2024-03-01T10:15:30Z");
        Files.setLastModifiedTime(file, FileTime.from(written));
        PSObject item = FileSystemProvider.itemObject(FileSystemInfo.of(file));

        assertEquals("report.final.txt", get(item, "Name"));
        assertEquals(file.toString(), get(item, "FullName"));
        assertEquals(".txt", get(item, "Extension"));
        assertEquals("report.final", get(item, "BaseName"));
        assertEquals(5L, get(item, "Length"));
        assertEquals(dir.toString(), get(item, "DirectoryName"));
        assertEquals(dir.toString(), get(get(item, "Directory"), "FullName"));
        assertEquals(true, get(item, "Exists"));
        assertEquals("-----", get(item, "Mode"));
        assertEquals("-rw-r--r--", get(item, "UnixMode"));
        assertEquals(new DateTime(LocalDateTime.ofInstant(written, ZoneId.systemDefault()), DateTime.Kind.Local),
                get(item, "LastWriteTime"));
        assertEquals(List.of("System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject",
                "System.Object"), item.typeNames());
        assertEquals(file.toString(), item.toString());
    }

    @Test
    void directoryMembersAndNotes() throws IOException {
        Path sub = Files.createDirectory(dir.resolve(".cache"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-x---"));
        PSObject item = FileSystemProvider.itemObject(FileSystemInfo.of(sub));

        assertEquals("d--h-", get(item, "Mode"));
        assertEquals("drwxr-x---", get(item, "UnixMode"));
        assertEquals(".cache", get(item, "BaseName"));
        assertEquals(dir.toString(), get(get(item, "Parent"), "FullName"));
        assertEquals("Microsoft.PowerShell.Core\\FileSystem::" + sub, get(item, "PSPath"));
        assertEquals("Microsoft.PowerShell.Core\\FileSystem::" + dir, get(item, "PSParentPath"));
        assertEquals(".cache", get(item, "PSChildName"));
        assertEquals(true, get(item, "PSIsContainer"));
        assertEquals("/", get(item, "PSDrive").toString());
        assertEquals("Microsoft.PowerShell.Core\\FileSystem", get(item, "PSProvider").toString());
        assertEquals("System.IO.DirectoryInfo", item.typeNames().getFirst());
        assertNull(get(new DirectoryInfo(Path.of("/")), "Parent"));
    }

    @Test
    void linksAndSpecialPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("t"), "");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setAttribute(target, "unix:mode", 04755);
        Path link = Files.createSymbolicLink(dir.resolve("l"), target);
        assertEquals("-rwsr-xr-x", FileSystemInfo.of(target).unixMode());
        FileSystemInfo linkInfo = FileSystemInfo.of(link);
        assertEquals("l----", linkInfo.mode(true));
        assertTrue(linkInfo.unixMode().startsWith("l"));
        assertEquals(target.toString(), linkInfo.linkTarget());
        assertEquals("SymbolicLink", MemberAccess.getMember(linkInfo, "LinkType"));
    }

    @Test
    void statusIsReadOnceUntilRefresh() throws IOException {
        Path file = Files.writeString(dir.resolve("gone.txt"), "x");
        FileSystemInfo info = FileSystemInfo.of(file);
        assertEquals(true, MemberAccess.getMember(info, "Exists"));
        Files.delete(file);
        assertEquals(true, MemberAccess.getMember(info, "Exists"));
        MemberAccess.invokeMethod(info, "Refresh", new Object[0]);
        assertEquals(false, MemberAccess.getMember(info, "Exists"));
    }

    private static Object get(Object target, String name) {
        return MemberAccess.getMember(target, name);
    }
}
