package org.jposh.interpreter.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jposh.interpreter.runtime.DirectoryListing;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ProcessEnvironment;

/**
 * The file operations of .NET's System.IO on Unix, with its exceptions and messages, shared by the static
 * classes (File.Copy, Directory.Delete...) and the objects (FileInfo.CopyTo, DirectoryInfo.Delete...).
 * Paths are full paths; {@link #path} makes one of an argument as .NET does.
 */
public final class FileOperations {
    private static final String TEMP_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private FileOperations() {
    }

    /**
     * A path argument resolved against the process's current directory (not the session's location, as in
     * pwsh), with .NET's errors for null and "".
     */
    public static Path path(Object path, String paramName) {
        if (path == null) {
            throw DotNetException.argumentNull(paramName);
        }
        if (((String) path).isEmpty()) {
            throw DotNetException.argument("The value cannot be an empty string.", paramName);
        }
        return ProcessEnvironment.resolve((String) path);
    }

    /** File.Copy: the source must be a file; an existing destination is replaced only with overwrite. */
    public static void copyFile(Path from, Path to, boolean overwrite) {
        requireFile(from);
        requireFreeDestination(to, overwrite);
        io(to, () -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    /** File.Move and FileInfo.MoveTo, as {@link #copyFile} but renaming. */
    public static void moveFile(Path from, Path to, boolean overwrite) {
        requireFile(from);
        requireFreeDestination(to, overwrite);
        io(to, () -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    /**
     * File.Replace: the destination goes to the backup (when one is named, replacing it) and the source takes
     * its place; both must exist.
     */
    public static void replaceFile(Path source, Path destination, Path backup) {
        requireFile(source);
        requireFile(destination);
        if (backup != null) {
            io(backup, () -> Files.move(destination, backup, StandardCopyOption.REPLACE_EXISTING));
        }
        io(destination, () -> Files.move(source, destination, StandardCopyOption.REPLACE_EXISTING));
    }

    /** File.Delete: a missing file is not an error, a missing directory on the way is. */
    public static void deleteFile(Path file) {
        if (Files.isDirectory(file)) {
            throw unauthorized(file);
        }
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw directoryNotFound(file);
        }
        io(file, () -> Files.deleteIfExists(file));
    }

    /** Directory.CreateDirectory: the directory and its missing parents; an existing one is fine, a file is not. */
    public static void createDirectory(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw alreadyExists(directory);
        }
        io(directory, () -> Files.createDirectories(directory));
    }

    /** Directory.Delete: an empty directory, or with {@code recursive} everything under it. */
    public static void deleteDirectory(Path directory, boolean recursive) {
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
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw ioException(directory, e);
        }
    }

    /** Directory.Move and DirectoryInfo.MoveTo: the destination must not exist. */
    public static void moveDirectory(Path from, Path to) {
        if (from.equals(to)) {
            throw new DotNetException("System.IO.IOException", "Source and destination path must be different.");
        }
        if (!Files.exists(from)) {
            throw directoryNotFound(from);
        }
        if (Files.exists(to)) {
            throw new DotNetException("System.IO.IOException", "Cannot create '" + to
                    + "' because a file or directory with the same name already exists.");
        }
        io(to, () -> Files.move(from, to));
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Files.isDirectory(file) ? unauthorized(file) : fileNotFound(file);
        }
    }

    private static void requireFreeDestination(Path to, boolean overwrite) {
        if (Files.isDirectory(to)) {
            throw overwrite ? unauthorized(to) : alreadyExists(to);
        }
        if (!overwrite && Files.exists(to)) {
            throw alreadyExists(to);
        }
    }

    /** .NET's Path.GetTempPath on Unix for a value of $TMPDIR: that directory, else /tmp, with a trailing slash. */
    public static String tempPath(String tmpdir) {
        String dir = tmpdir == null || tmpdir.isEmpty() ? "/tmp" : tmpdir;
        return dir.endsWith("/") ? dir : dir + "/";
    }

    /**
     * Path.GetTempFileName: an empty file under a new name in {@code directory}, created at once so that no other
     * process gets the same one, as .NET does.
     *
     * @throws DotNetException .NET's IOException when the directory cannot take it
     */
    public static Path createTempFile(String directory) {
        Path dir = Path.of(directory);
        // mkstemps' template, which .NET's errors name
        Path template = dir.resolve("tmpXXXXXX.tmp");
        while (true) {
            StringBuilder name = new StringBuilder("tmp");
            for (int i = 0; i < 6; i++) {
                name.append(TEMP_NAME_CHARS.charAt(ThreadLocalRandom.current().nextInt(TEMP_NAME_CHARS.length())));
            }
            try {
                return Files.createFile(dir.resolve(name.append(".tmp").toString()), OWNER_ONLY);
            } catch (FileAlreadyExistsException e) {
                // another file has the name: draw again, as mkstemps does
            } catch (IOException e) {
                throw ioException(template, e instanceof NoSuchFileException ? new NoSuchFileException(template.toString()) : e);
            }
        }
    }

    /** An action on the file system whose IOException becomes .NET's exception for {@code path}. */
    public interface IOAction<T> {
        T run() throws IOException;
    }

    public static <T> T io(Path path, IOAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw ioException(path, e);
        }
    }

    /** The .NET exception for a failed file operation: not found, access denied, or IOException. */
    public static DotNetException ioException(Path path, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            Path missingPath = missing.getFile() == null ? path : Path.of(missing.getFile());
            Path parent = missingPath.getParent();
            return parent != null && !Files.isDirectory(parent) ? directoryNotFound(missingPath)
                    : fileNotFound(missingPath);
        } else if (e instanceof AccessDeniedException) {
            return unauthorized(path);
        } else if (e instanceof FileAlreadyExistsException) {
            return alreadyExists(path);
        }
        return new DotNetException("System.IO.IOException", e.getMessage());
    }

    public static DotNetException fileNotFound(Path path) {
        return new DotNetException("System.IO.FileNotFoundException", "Could not find file '" + path + "'.");
    }

    public static DotNetException directoryNotFound(Path path) {
        return DirectoryListing.directoryNotFound(path);
    }

    public static DotNetException unauthorized(Path path) {
        return new DotNetException("System.UnauthorizedAccessException", "Access to the path '" + path
                + "' is denied.");
    }

    private static DotNetException alreadyExists(Path path) {
        return new DotNetException("System.IO.IOException", "The file '" + path + "' already exists.");
    }
}
