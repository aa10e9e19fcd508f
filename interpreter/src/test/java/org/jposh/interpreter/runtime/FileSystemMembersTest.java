package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System.IO.Path, File and Directory as .NET has them on Unix; relative paths against the process's directory. */
class FileSystemMembersTest {

    private static Object path(String method, Object... args) {
        return MemberAccess.invokeStaticMethod(CoreTypes.PATH, method, args);
    }

    private static Object file(String method, Object... args) {
        return MemberAccess.invokeStaticMethod(CoreTypes.FILE, method, args);
    }

    @Test
    void pathStringsFollowDotNet() {
        assertEquals("a/b/c", path("Combine", "a", "b/", "c"));
        assertEquals("/r/c", path("Combine", "a", "/r", "c"));
        assertEquals("a//r", path("Join", "a/", "/r"));
        assertEquals(".gz", path("GetExtension", "x.tar.gz"));
        assertEquals("", path("GetExtension", "x."));
        assertEquals("x.tar", path("GetFileNameWithoutExtension", "/d/x.tar.gz"));
        assertEquals("/d", path("GetDirectoryName", "/d//x"));
        assertNull(path("GetDirectoryName", "/"));
        assertEquals("x.md", path("ChangeExtension", "x.txt", ".md"));
        assertEquals(ProcessEnvironment.currentDirectory().resolve("a").toString(), path("GetFullPath", "a/b/.."));
    }

    @Test
    void filesAreWrittenAsUtf8AndReadWithoutTheirByteOrderMark(@TempDir Path dir) throws IOException {
        String name = dir.resolve("t.txt").toString();
        file("WriteAllLines", name, new String[] {"é", "b"});
        assertArrayEquals("é\nb\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(Path.of(name)));
        Files.write(Path.of(name), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
        assertEquals("hi", file("ReadAllText", name));
        assertTrue((Boolean) file("Exists", name));
        assertFalse((Boolean) file("Exists", dir.toString()));
    }

    @Test
    void failuresAreDotNetExceptions(@TempDir Path dir) {
        PSRuntimeException missing = assertThrows(PSRuntimeException.class,
                () -> file("ReadAllText", dir.resolve("none.txt").toString()));
        assertEquals("FileNotFoundException", missing.errorId());
        assertEquals("Exception calling \"ReadAllText\" with \"1\" argument(s): \"Could not find file '"
                + dir.resolve("none.txt") + "'.\"", missing.getMessage());
        PSRuntimeException copy = assertThrows(PSRuntimeException.class,
                () -> file("Copy", dir.resolve("none.txt").toString(), dir.resolve("b").toString()));
        assertEquals("FileNotFoundException", copy.errorId());
    }
}
