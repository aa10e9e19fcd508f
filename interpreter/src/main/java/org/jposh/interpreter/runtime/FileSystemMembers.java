package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.io.FileOperations;
import org.jposh.interpreter.runtime.io.FileStream;
import org.jposh.interpreter.runtime.io.StreamReader;
import org.jposh.interpreter.runtime.io.StreamWriter;

/**
 * System.IO.Path, File and Directory (static classes) as .NET has them on Unix: '/' is the only
 * separator, names are case-sensitive, and relative paths resolve against the process's current
 * directory ({@link ProcessEnvironment}), not the session's location, as in pwsh. Text is read as
 * UTF-8 (a byte order mark is skipped) and written as UTF-8 without one; lines end in "\n".
 */
final class FileSystemMembers {
    private FileSystemMembers() {
    }

    // ---- System.IO.Path ----

    static void definePath(TypeAdapter.Builder b) {
        b.staticField("DirectorySeparatorChar", CHAR, () -> '/');
        b.staticField("AltDirectorySeparatorChar", CHAR, () -> '/');
        b.staticField("VolumeSeparatorChar", CHAR, () -> '/');
        b.staticField("PathSeparator", CHAR, () -> ':');
        b.staticParamsMethod("Combine", STRING, (t, a) -> combine((String[]) a[0], true), param("paths", STRING_ARRAY));
        b.staticParamsMethod("Join", STRING, (t, a) -> combine((String[]) a[0], false), param("paths", STRING_ARRAY));
        b.staticMethod("GetFileName", STRING, (t, a) -> a[0] == null ? null : fileName((String) a[0]),
                param("path", STRING));
        b.staticMethod("GetFileNameWithoutExtension", STRING, (t, a) -> {
            if (a[0] == null) {
                return null;
            }
            String name = fileName((String) a[0]);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }, param("path", STRING));
        b.staticMethod("GetExtension", STRING, (t, a) -> a[0] == null ? null : extension((String) a[0]),
                param("path", STRING));
        b.staticMethod("HasExtension", BOOLEAN, (t, a) -> a[0] != null && !extension((String) a[0]).isEmpty(),
                param("path", STRING));
        b.staticMethod("ChangeExtension", STRING, (t, a) -> changeExtension((String) a[0], (String) a[1]),
                param("path", STRING), param("extension", STRING));
        b.staticMethod("GetDirectoryName", STRING, (t, a) -> a[0] == null ? null : directoryName((String) a[0]),
                param("path", STRING));
        b.staticMethod("IsPathRooted", BOOLEAN, (t, a) -> a[0] != null && ((String) a[0]).startsWith("/"),
                param("path", STRING));
        b.staticMethod("GetPathRoot", STRING, (t, a) -> a[0] == null ? null
                : ((String) a[0]).startsWith("/") ? "/" : "", param("path", STRING));
        b.staticMethod("GetFullPath", STRING, (t, a) -> fullPath((String) a[0]), param("path", STRING));
        b.staticMethod("GetTempPath", STRING, (t, a) -> tempPath());
        b.staticMethod("GetTempFileName", STRING, (t, a) -> FileOperations.createTempFile(tempPath()).toString());
        b.staticMethod("GetRandomFileName", STRING, (t, a) -> {
            String random = Long.toString(Math.abs(java.util.concurrent.ThreadLocalRandom.current().nextLong()), 36)
                    + "00000000000";
            return random.substring(0, 8) + "." + random.substring(8, 11);
        });
    }

    private static String tempPath() {
        return FileOperations.tempPath(ProcessEnvironment.getVariable("TMPDIR"));
    }

    /** Combine (a rooted part starts over) and Join (parts are only concatenated), adding '/' between. */
    private static String combine(String[] parts, boolean restartAtRoot) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                if (restartAtRoot) {
                    throw DotNetException.argumentNull("paths");
                }
                continue;
            }
            if (part.isEmpty()) {
                continue;
            }
            if (restartAtRoot && part.startsWith("/")) {
                sb.setLength(0);
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '/' && !part.startsWith("/")) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot);
    }

    private static String changeExtension(String path, String extension) {
        if (path == null) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash ? path.substring(0, dot) : path;
        if (extension == null) {
            return stem;
        }
        return stem + (extension.startsWith(".") ? "" : ".") + extension;
    }

    /** The path without its last segment and the separators before it; null for the root, "" for a bare name. */
    private static String directoryName(String path) {
        if (path.isEmpty()) {
            throw DotNetException.argument("The path is empty.", "path");
        }
        int end = path.lastIndexOf('/');
        if (end < 0) {
            return "";
        }
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (end == 0) {
            return path.length() > 1 && !path.chars().allMatch(c -> c == '/') ? "/" : null;
        }
        return path.substring(0, end);
    }

    private static String fullPath(String path) {
        if (path == null) {
            throw DotNetException.argumentNull("path");
        }
        if (path.isEmpty()) {
            throw DotNetException.argument("The value cannot be an empty string.", "path");
        }
        String full = ProcessEnvironment.resolve(path).toString();
        return path.endsWith("/") && !full.endsWith("/") ? full + "/" : full;
    }

    // ---- System.IO.File ----

    static void defineFile(TypeAdapter.Builder b) {
        b.staticMethod("Exists", BOOLEAN, (t, a) -> a[0] != null && !((String) a[0]).isEmpty()
                && Files.isRegularFile(ProcessEnvironment.resolve((String) a[0])), param("path", STRING));
        b.staticMethod("ReadAllText", STRING, (t, a) -> readText(file(a[0])), param("path", STRING));
        b.staticMethod("ReadAllLines", STRING_ARRAY, (t, a) -> lines(readText(file(a[0]))), param("path", STRING));
        b.staticMethod("ReadAllBytes", CoreTypes.BYTE.arrayType(), (t, a) -> {
            Path file = file(a[0]);
            if (Files.isDirectory(file)) {
                throw FileOperations.unauthorized(file);
            }
            return ByteArrays.box(FileOperations.io(file, () -> Files.readAllBytes(file)));
        }, param("path", STRING));
        b.staticMethod("WriteAllBytes", VOID, (t, a) -> {
            Path file = file(a[0]);
            byte[] bytes = ByteArrays.argument(a[1], "bytes");
            FileOperations.io(file, () -> Files.write(file, bytes));
            return AutomationNull.VALUE;
        }, param("path", STRING), param("bytes", CoreTypes.BYTE.arrayType()));
        b.staticMethod("WriteAllText", VOID, (t, a) -> write(a[0], text(a[1]), false), param("path", STRING),
                param("contents", STRING));
        b.staticMethod("AppendAllText", VOID, (t, a) -> write(a[0], text(a[1]), true), param("path", STRING),
                param("contents", STRING));
        b.staticMethod("WriteAllLines", VOID, (t, a) -> write(a[0], joinLines(a[1]), false), param("path", STRING),
                param("contents", STRING_ARRAY));
        b.staticMethod("AppendAllLines", VOID, (t, a) -> write(a[0], joinLines(a[1]), true), param("path", STRING),
                param("contents", STRING_ARRAY));
        b.staticMethod("Delete", VOID, (t, a) -> done(() -> FileOperations.deleteFile(file(a[0]))),
                param("path", STRING));
        b.staticMethod("Copy", VOID, (t, a) -> done(() -> FileOperations.copyFile(file(a[0], "sourceFileName"),
                file(a[1], "destFileName"), false)), param("sourceFileName", STRING), param("destFileName", STRING));
        b.staticMethod("Copy", VOID, (t, a) -> done(() -> FileOperations.copyFile(file(a[0], "sourceFileName"),
                file(a[1], "destFileName"), (Boolean) a[2])), param("sourceFileName", STRING),
                param("destFileName", STRING), param("overwrite", BOOLEAN));
        b.staticMethod("Move", VOID, (t, a) -> done(() -> FileOperations.moveFile(file(a[0], "sourceFileName"),
                file(a[1], "destFileName"), false)), param("sourceFileName", STRING), param("destFileName", STRING));
        b.staticMethod("Move", VOID, (t, a) -> done(() -> FileOperations.moveFile(file(a[0], "sourceFileName"),
                file(a[1], "destFileName"), (Boolean) a[2])), param("sourceFileName", STRING),
                param("destFileName", STRING), param("overwrite", BOOLEAN));
        b.staticMethod("Replace", VOID, (t, a) -> done(() -> FileOperations.replaceFile(
                file(a[0], "sourceFileName"), file(a[1], "destinationFileName"),
                a[2] == null ? null : file(a[2], "destinationBackupFileName"))),
                param("sourceFileName", STRING), param("destinationFileName", STRING),
                param("destinationBackupFileName", STRING));
        defineOpen(b);
    }

    /** File.Open, Create, OpenRead, OpenWrite (streams) and OpenText, CreateText, AppendText (readers, writers). */
    private static void defineOpen(TypeAdapter.Builder b) {
        DotNetType mode = FileStream.FILE_MODE;
        DotNetType access = FileStream.FILE_ACCESS;
        b.staticMethod("Open", FileStream.TYPE, (t, a) -> FileStream.open(file(a[0]), value(a[1])),
                param("path", STRING), param("mode", mode));
        b.staticMethod("Open", FileStream.TYPE, (t, a) -> FileStream.open(file(a[0]), value(a[1]), value(a[2]),
                FileStream.SHARE_NONE), param("path", STRING), param("mode", mode), param("access", access));
        b.staticMethod("Open", FileStream.TYPE, (t, a) -> FileStream.open(file(a[0]), value(a[1]), value(a[2]),
                value(a[3])), param("path", STRING), param("mode", mode), param("access", access),
                param("share", FileStream.FILE_SHARE));
        b.staticMethod("Create", FileStream.TYPE, (t, a) -> FileStream.create(file(a[0])), param("path", STRING));
        b.staticMethod("OpenRead", FileStream.TYPE, (t, a) -> FileStream.openRead(file(a[0])), param("path", STRING));
        b.staticMethod("OpenWrite", FileStream.TYPE, (t, a) -> FileStream.openWrite(file(a[0])),
                param("path", STRING));
        b.staticMethod("OpenText", StreamReader.TYPE, (t, a) -> StreamReader.open(file(a[0]),
                TextEncoding.CONSOLE_DEFAULT, true), param("path", STRING));
        b.staticMethod("CreateText", StreamWriter.TYPE, (t, a) -> StreamWriter.open(file(a[0]), false,
                TextEncoding.CONSOLE_DEFAULT), param("path", STRING));
        b.staticMethod("AppendText", StreamWriter.TYPE, (t, a) -> StreamWriter.open(file(a[0]), true,
                TextEncoding.CONSOLE_DEFAULT), param("path", STRING));
    }

    private static long value(Object enumValue) {
        return ((EnumValue) enumValue).value();
    }

    private static Object done(Runnable operation) {
        operation.run();
        return AutomationNull.VALUE;
    }

    private static Object write(Object path, String text, boolean append) {
        Path file = file(path);
        FileOperations.io(file, () -> append
                ? Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.writeString(file, text, StandardCharsets.UTF_8));
        return AutomationNull.VALUE;
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw FileOperations.unauthorized(file);
        }
        byte[] bytes = FileOperations.io(file, () -> Files.readAllBytes(file));
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** File.ReadAllLines: lines end in \n, \r\n or \r; a final line ending does not start another line. */
    private static String[] lines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        return lines.toArray(String[]::new);
    }

    private static String joinLines(Object lines) {
        if (lines == null) {
            throw DotNetException.argumentNull("contents");
        }
        StringBuilder sb = new StringBuilder();
        for (String line : (String[]) lines) {
            sb.append(line == null ? "" : line).append('\n');
        }
        return sb.toString();
    }

    private static String text(Object contents) {
        return contents == null ? "" : (String) contents;
    }

    // ---- System.IO.Directory ----

    static void defineDirectory(TypeAdapter.Builder b) {
        b.staticMethod("Exists", BOOLEAN, (t, a) -> a[0] != null && !((String) a[0]).isEmpty()
                && Files.isDirectory(ProcessEnvironment.resolve((String) a[0])), param("path", STRING));
        b.staticMethod("CreateDirectory", OBJECT, (t, a) -> {
            Path directory = file(a[0]);
            FileOperations.createDirectory(directory);
            return directoryInfo(directory);
        }, param("path", STRING));
        b.staticMethod("Delete", VOID, (t, a) -> done(() -> FileOperations.deleteDirectory(file(a[0]), false)),
                param("path", STRING));
        b.staticMethod("Delete", VOID, (t, a) -> done(() -> FileOperations.deleteDirectory(file(a[0]),
                (Boolean) a[1])), param("path", STRING), param("recursive", BOOLEAN));
        b.staticMethod("Move", VOID, (t, a) -> done(() -> FileOperations.moveDirectory(file(a[0], "sourceDirName"),
                file(a[1], "destDirName"))), param("sourceDirName", STRING), param("destDirName", STRING));
        b.staticMethod("GetCurrentDirectory", STRING, (t, a) -> ProcessEnvironment.currentDirectory().toString());
        for (boolean files : new boolean[] {true, false}) {
            String name = files ? "GetFiles" : "GetDirectories";
            b.staticMethod(name, STRING_ARRAY, (t, a) -> list((String) a[0], "*", false, files),
                    param("path", STRING));
            b.staticMethod(name, STRING_ARRAY, (t, a) -> list((String) a[0], (String) a[1], false, files),
                    param("path", STRING), param("searchPattern", STRING));
            b.staticMethod(name, STRING_ARRAY, (t, a) -> list((String) a[0], (String) a[1],
                    ((EnumValue) a[2]).value() == 1, files), param("path", STRING), param("searchPattern", STRING),
                    param("searchOption", CoreTypes.SEARCH_OPTION));
        }
    }

    /** The System.IO.DirectoryInfo the standard library defines, when it has; otherwise the full path. */
    private static Object directoryInfo(Path directory) {
        DotNetType type = CoreTypes.lookup("System.IO.DirectoryInfo");
        PSMethod constructor = type == null ? null : type.adapter().staticMethod("new");
        return constructor == null ? directory.toString() : constructor.invoke(null, new Object[] {directory.toString()});
    }

    /**
     * GetFiles/GetDirectories: the paths, as the directory argument was written joined with each name
     * ({@code GetFiles('d')} gives {@code d/a.txt}), of the entries the listing keeps.
     */
    private static String[] list(String path, String searchPattern, boolean allDirectories, boolean files) {
        Path directory = file(path);
        List<String> result = new ArrayList<>();
        for (Path entry : DirectoryListing.list(directory, searchPattern, allDirectories,
                files ? DirectoryListing.Kind.FILES : DirectoryListing.Kind.DIRECTORIES)) {
            result.add(combine(new String[] {path, directory.relativize(entry).toString()}, true));
        }
        return result.toArray(String[]::new);
    }

    // ---- shared ----

    /** A path argument named "path". */
    private static Path file(Object path) {
        return FileOperations.path(path, "path");
    }

    private static Path file(Object path, String paramName) {
        return FileOperations.path(path, paramName);
    }
}
