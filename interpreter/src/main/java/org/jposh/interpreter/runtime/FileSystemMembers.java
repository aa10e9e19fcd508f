package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
        b.staticMethod("GetTempPath", STRING, (t, a) -> {
            String tmp = ProcessEnvironment.getVariable("TMPDIR");
            String dir = tmp == null || tmp.isEmpty() ? "/tmp" : tmp;
            return dir.endsWith("/") ? dir : dir + "/";
        });
        b.staticMethod("GetRandomFileName", STRING, (t, a) -> {
            String random = Long.toString(Math.abs(java.util.concurrent.ThreadLocalRandom.current().nextLong()), 36)
                    + "00000000000";
            return random.substring(0, 8) + "." + random.substring(8, 11);
        });
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
                throw unauthorized(file);
            }
            byte[] bytes = io(file, () -> Files.readAllBytes(file));
            Byte[] result = new Byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                result[i] = bytes[i];
            }
            return result;
        }, param("path", STRING));
        b.staticMethod("WriteAllText", VOID, (t, a) -> write(a[0], text(a[1]), false), param("path", STRING),
                param("contents", STRING));
        b.staticMethod("AppendAllText", VOID, (t, a) -> write(a[0], text(a[1]), true), param("path", STRING),
                param("contents", STRING));
        b.staticMethod("WriteAllLines", VOID, (t, a) -> write(a[0], joinLines(a[1]), false), param("path", STRING),
                param("contents", STRING_ARRAY));
        b.staticMethod("AppendAllLines", VOID, (t, a) -> write(a[0], joinLines(a[1]), true), param("path", STRING),
                param("contents", STRING_ARRAY));
        b.staticMethod("Delete", VOID, (t, a) -> {
            Path path = file(a[0]);
            if (Files.isDirectory(path)) {
                throw unauthorized(path);
            }
            io(path, () -> Files.deleteIfExists(path));
            return AutomationNull.VALUE;
        }, param("path", STRING));
        b.staticMethod("Copy", VOID, (t, a) -> copy(a[0], a[1], false, false), param("sourceFileName", STRING),
                param("destFileName", STRING));
        b.staticMethod("Copy", VOID, (t, a) -> copy(a[0], a[1], (Boolean) a[2], false),
                param("sourceFileName", STRING), param("destFileName", STRING), param("overwrite", BOOLEAN));
        b.staticMethod("Move", VOID, (t, a) -> copy(a[0], a[1], false, true), param("sourceFileName", STRING),
                param("destFileName", STRING));
    }

    private static Object write(Object path, String text, boolean append) {
        Path file = file(path);
        io(file, () -> append
                ? Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.writeString(file, text, StandardCharsets.UTF_8));
        return AutomationNull.VALUE;
    }

    private static Object copy(Object source, Object destination, boolean overwrite, boolean move) {
        Path from = file(source);
        Path to = file(destination);
        if (!Files.isRegularFile(from)) {
            throw Files.isDirectory(from) ? unauthorized(from) : fileNotFound(from);
        }
        if (!overwrite && Files.exists(to)) {
            throw new DotNetException("System.IO.IOException", "The file '" + to + "' already exists.");
        }
        io(to, () -> move ? Files.move(from, to) : Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
        return AutomationNull.VALUE;
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw unauthorized(file);
        }
        byte[] bytes = io(file, () -> Files.readAllBytes(file));
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
            if (Files.isRegularFile(directory)) {
                throw new DotNetException("System.IO.IOException", "The file '" + directory + "' already exists.");
            }
            io(directory, () -> Files.createDirectories(directory));
            return directoryInfo(directory);
        }, param("path", STRING));
        b.staticMethod("Delete", VOID, (t, a) -> deleteDirectory(file(a[0]), false), param("path", STRING));
        b.staticMethod("Delete", VOID, (t, a) -> deleteDirectory(file(a[0]), (Boolean) a[1]), param("path", STRING),
                param("recursive", BOOLEAN));
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

    private static Object deleteDirectory(Path directory, boolean recursive) {
        if (!Files.isDirectory(directory)) {
            throw directoryNotFound(directory);
        }
        if (!recursive) {
            try {
                Files.delete(directory);
            } catch (DirectoryNotEmptyException e) {
                throw new DotNetException("System.IO.IOException", "Directory not empty : '" + directory + "'");
            } catch (IOException e) {
                throw ioException(directory, e);
            }
            return AutomationNull.VALUE;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw ioException(directory, e);
        }
        return AutomationNull.VALUE;
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

    /** A path argument resolved against the process's current directory; .NET's errors for null and "". */
    private static Path file(Object path) {
        if (path == null) {
            throw DotNetException.argumentNull("path");
        }
        if (((String) path).isEmpty()) {
            throw DotNetException.argument("The value cannot be an empty string.", "path");
        }
        return ProcessEnvironment.resolve((String) path);
    }

    private interface IOAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(Path path, IOAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw ioException(path, e);
        }
    }

    /** The .NET exception for a failed file operation: not found, access denied, or IOException. */
    private static DotNetException ioException(Path path, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            Path missingPath = missing.getFile() == null ? path : Path.of(missing.getFile());
            Path parent = missingPath.getParent();
            return parent != null && !Files.isDirectory(parent) ? directoryNotFound(missingPath)
                    : fileNotFound(missingPath);
        } else if (e instanceof AccessDeniedException) {
            return unauthorized(path);
        } else if (e instanceof FileAlreadyExistsException) {
            return new DotNetException("System.IO.IOException", "The file '" + path + "' already exists.");
        }
        return new DotNetException("System.IO.IOException", e.getMessage());
    }

    private static DotNetException fileNotFound(Path path) {
        return new DotNetException("System.IO.FileNotFoundException", "Could not find file '" + path + "'.");
    }

    private static DotNetException directoryNotFound(Path path) {
        return DirectoryListing.directoryNotFound(path);
    }

    private static DotNetException unauthorized(Path path) {
        return new DotNetException("System.UnauthorizedAccessException", "Access to the path '" + path
                + "' is denied.");
    }
}
