package org.jposh.stdlib.utility;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Opening the files that the utility cmdlets read and write, with pwsh's errors (PathUtils):
 * relative paths are taken from the current directory.
 */
final class FileAccess {
    private FileAccess() {
    }

    static Path resolve(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    /**
     * Opens a file for writing, creating it; replaced unless {@code append}.
     *
     * @throws CmdletException NoClobber when the file exists and {@code noClobber}; FileOpenFailure otherwise
     */
    static OutputStream openForWrite(Path file, boolean append, boolean noClobber) {
        if (noClobber && !append && Files.exists(file)) {
            throw new CmdletException("NoClobber", ErrorCategory.ResourceExists,
                    "The file '" + file + "' already exists.", "IOException");
        }
        try {
            return append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
        } catch (IOException e) {
            throw openFailure(file, e);
        }
    }

    /** @throws CmdletException FileOpenFailure when the file cannot be read */
    static InputStream openForRead(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw openFailure(file, e);
        }
    }

    static CmdletException openFailure(Path file, IOException e) {
        if (e instanceof NoSuchFileException && Files.isDirectory(file.getParent() == null ? file : file.getParent())) {
            return new CmdletException("FileOpenFailure", ErrorCategory.OpenError,
                    "Could not find file '" + file + "'.", "FileNotFoundException");
        } else if (e instanceof NoSuchFileException) {
            return new CmdletException("FileOpenFailure", ErrorCategory.OpenError,
                    "Could not find a part of the path '" + file + "'.", "DirectoryNotFoundException");
        } else if (e instanceof AccessDeniedException) {
            return new CmdletException("FileOpenFailure", ErrorCategory.OpenError,
                    "Access to the path '" + file + "' is denied.", "UnauthorizedAccessException");
        } else if (e instanceof FileAlreadyExistsException || Files.isDirectory(file)) {
            return new CmdletException("FileOpenFailure", ErrorCategory.OpenError,
                    "Access to the path '" + file + "' is denied.", "UnauthorizedAccessException");
        }
        return new CmdletException("FileOpenFailure", ErrorCategory.OpenError, e.getMessage(), "IOException");
    }

    /** A read or write that failed after the file was open. */
    static CmdletException ioFailure(IOException e) {
        return new CmdletException("System.IO.IOException", ErrorCategory.NotSpecified, e.getMessage(), "IOException");
    }
}
