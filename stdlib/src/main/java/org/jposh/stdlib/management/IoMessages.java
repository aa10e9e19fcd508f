package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The messages of the .NET exceptions pwsh would show for Java's I/O exceptions. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String of(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            return "Could not find a part of the path '" + path + "'.";
        } else if (e instanceof AccessDeniedException) {
            return "Access to the path '" + path + "' is denied.";
        } else if (e instanceof FileAlreadyExistsException) {
            return "The file '" + path + "' already exists.";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty : '" + path + "'";
        }
        return e.getMessage();
    }
}
