package org.jposh.interpreter.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The entries of a directory as .NET's Directory.GetFiles and DirectoryInfo.EnumerateFiles and their
 * kin list them: those whose names match the search pattern ({@code *} and {@code ?}, case-sensitive as
 * on Unix; {@code *.*} is {@code *}), files, directories or both, of the directory only or of its whole
 * tree (SearchOption.AllDirectories), sorted by path.
 */
public final class DirectoryListing {
    /** Which entries a listing keeps. */
    public enum Kind {
        FILES, DIRECTORIES, ALL
    }

    private DirectoryListing() {
    }

    /**
     * @throws DotNetException ArgumentNullException for a null pattern, DirectoryNotFoundException when
     *     the directory does not exist
     */
    public static List<Path> list(Path directory, String searchPattern, boolean allDirectories, Kind kind) {
        if (searchPattern == null) {
            throw DotNetException.argumentNull("searchPattern");
        }
        if (!Files.isDirectory(directory)) {
            throw directoryNotFound(directory);
        }
        Pattern pattern = Pattern.compile(globToRegex(searchPattern.equals("*.*") ? "*" : searchPattern));
        try (Stream<Path> entries = allDirectories ? Files.walk(directory) : Files.list(directory)) {
            return entries.filter(entry -> !entry.equals(directory) && kept(entry, kind)
                            && pattern.matcher(entry.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
    }

    private static boolean kept(Path entry, Kind kind) {
        return kind == Kind.ALL || Files.isDirectory(entry) == (kind == Kind.DIRECTORIES);
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                sb.append(".*");
            } else if (c == '?') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    public static DotNetException directoryNotFound(Path path) {
        return new DotNetException("System.IO.DirectoryNotFoundException",
                "Could not find a part of the path '" + path + "'.");
    }
}
