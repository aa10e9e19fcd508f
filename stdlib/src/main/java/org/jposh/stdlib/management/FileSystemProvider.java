package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The FileSystem provider's path rules, after pwsh's LocationGlobber and FileSystemProvider on Unix:
 * how a PowerShell path becomes a file-system path (relative to the session's location, {@code ~},
 * the {@code Temp:} drive, provider-qualified paths, {@code \} as a separator), how wildcards expand,
 * in which order children are listed, and the notes (PSPath...) items carry.
 */
public final class FileSystemProvider {
    static final String PROVIDER_PREFIX = ProviderInfo.FILE_SYSTEM.fullName() + "::";

    /** Children as pwsh lists them: directories first, then files, each by name ignoring case. */
    static final Comparator<Path> CHILD_ORDER = Comparator.comparing((Path p) -> !Files.isDirectory(p))
            .thenComparing(p -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(p -> p.getFileName().toString());

    private final SessionState session;

    public FileSystemProvider(SessionState session) {
        this.session = session;
    }

    /**
     * The file-system path a PowerShell path names, without expanding wildcards; wildcard escapes are
     * kept (callers unescape non-literal paths with {@link #unescape}).
     *
     * @throws ProviderException DriveNotFound for a drive other than {@code /} and {@code Temp:}
     */
    public Path resolve(String path) {
        return Path.of(absolute(path)).normalize();
    }

    /** The path as an absolute path string: qualifiers and {@code ~} replaced, separators as {@code /}. */
    private String absolute(String path) {
        String p = path;
        if (p.regionMatches(true, 0, PROVIDER_PREFIX, 0, PROVIDER_PREFIX.length())) {
            p = p.substring(PROVIDER_PREFIX.length());
        } else if (p.regionMatches(true, 0, "FileSystem::", 0, "FileSystem::".length())) {
            p = p.substring("FileSystem::".length());
        }
        p = p.replace('\\', '/');
        if (p.equals("~") || p.startsWith("~/")) {
            return System.getProperty("user.home") + p.substring(1);
        }
        int colon = driveColon(p);
        if (colon > 0) {
            String driveName = p.substring(0, colon);
            PSDriveInfo drive = PSDriveInfo.named(session, driveName);
            if (drive == null || drive.root() == null) {
                throw ProviderException.driveNotFound(driveName);
            }
            String rest = p.substring(colon + 1);
            return drive.root() + (rest.startsWith("/") ? rest : "/" + rest);
        }
        return p.startsWith("/") ? p : session.location() + "/" + p;
    }

    /** The file a path on one of the session's FileSystem drives names ({@code TestDrive:\x.ps1}); null for other paths. */
    public Path resolveOnDrive(String path) {
        int colon = driveColon(path.replace('\\', '/'));
        PSDriveInfo drive = colon > 0 ? PSDriveInfo.named(session, path.substring(0, colon)) : null;
        return drive == null || drive.root() == null || drive.provider() != ProviderInfo.FILE_SYSTEM ? null : resolve(path);
    }

    /** Where the colon after a drive name is ({@code Temp:/x}), or -1 when the path names no drive. */
    private static int driveColon(String path) {
        int colon = path.indexOf(':');
        return colon > 0 && path.lastIndexOf('/', colon) < 0 && path.lastIndexOf('\\', colon) < 0 ? colon : -1;
    }

    /** The provider of the drive a path names when it is not this one ({@code Env:PATH}), else null. */
    public ProviderInfo otherProvider(String path) {
        int colon = driveColon(path);
        PSDriveInfo drive = colon > 0 ? PSDriveInfo.named(session, path.substring(0, colon)) : null;
        return drive != null && drive.provider() != ProviderInfo.FILE_SYSTEM ? drive.provider() : null;
    }

    /**
     * The one file a path names for the cmdlets that read or write a file of their own (Export-Clixml, Import-Clixml;
     * pwsh's PathUtils.ResolveFilePath): wildcards are expanded unless {@code literal} and must match one item; a
     * path that names nothing (yet) is the file it would be.
     *
     * @throws ProviderException ReadWriteFileNotFileSystemProvider for a drive of another provider,
     *         ReadWriteMultipleFilesNotSupported, FileOpenFailure for wildcards that match nothing, DriveNotFound
     */
    public Path resolveFilePath(String path, boolean literal) {
        ProviderInfo other = otherProvider(path);
        if (other != null) {
            throw new ProviderException("ReadWriteFileNotFileSystemProvider", ErrorCategory.InvalidArgument,
                    "PSInvalidOperationException", null, "Cannot open file because the current provider ("
                    + other.fullName() + ") cannot open a file.");
        }
        if (literal || !WildcardPattern.containsWildcardCharacters(path)) {
            return expand(path, literal, false).getFirst();
        }
        List<Path> matches = glob(absolute(path), false);
        if (matches.size() > 1) {
            throw new ProviderException("ReadWriteMultipleFilesNotSupported", ErrorCategory.InvalidArgument,
                    "PSInvalidOperationException", null, "Cannot perform operation because the path resolved to more "
                    + "than one file. This command cannot operate on multiple files.");
        }
        if (matches.isEmpty()) {
            throw new ProviderException("FileOpenFailure", ErrorCategory.OpenError, "FileNotFoundException", path,
                    "Cannot perform operation because the wildcard path " + path + " did not resolve to a file.");
        }
        return matches.getFirst();
    }

    /**
     * The existing items a path names, as Resolve-Path finds them: wildcards expanded unless {@code literal}
     * (hidden items only with {@code force}), a pattern that matches nothing naming none.
     *
     * @throws ProviderException PathNotFound for a path without wildcards that names nothing, DriveNotFound
     */
    public List<Path> resolveExisting(String path, boolean literal, boolean force) {
        List<Path> existing = new ArrayList<>();
        for (Path p : expand(path, literal, force)) {
            if (exists(p)) {
                existing.add(p);
            } else if (literal || !WildcardPattern.containsWildcardCharacters(path)) {
                throw ProviderException.pathNotFound(p.toString());
            }
        }
        return existing;
    }

    /**
     * The paths a program gets for a wildcard argument not written in quotes, as pwsh on Unix expands it
     * (NativeCommandParameterBinder.PossiblyGlobArg, through Get-ChildItem's globbing): the matching items,
     * hidden ones left out, relative to the location unless the pattern starts with {@code ~} or {@code /};
     * none when the pattern matches nothing, is not a valid pattern, names a missing drive or another
     * provider's drive.
     */
    public List<String> expandNativeArgument(String pattern) {
        if (otherProvider(pattern) != null) {
            return List.of();
        }
        List<Path> matches;
        try {
            matches = glob(absolute(pattern), false);
        } catch (ProviderException | PSRuntimeException e) {
            return List.of();
        }
        boolean relative = !(pattern.startsWith("~") || pattern.startsWith("/"));
        Path location = session.location();
        List<String> paths = new ArrayList<>(matches.size());
        for (Path match : matches) {
            paths.add(relative ? location.relativize(match).toString() : match.toString());
        }
        return paths;
    }

    /** The path as given, with wildcards expanded unless {@code literal}: what pwsh's globber returns. */
    List<Path> expand(String path, boolean literal, boolean force) {
        if (literal) {
            return List.of(resolve(path));
        }
        if (!WildcardPattern.containsWildcardCharacters(path)) {
            return List.of(resolve(WildcardPattern.unescape(path)));
        }
        return glob(absolute(path), force);
    }

    /** Expands the wildcards segment by segment; hidden items match only with {@code force}. */
    private static List<Path> glob(String absolutePath, boolean force) {
        List<Path> current = List.of(Path.of("/"));
        for (String segment : absolutePath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            List<Path> next = new ArrayList<>();
            if (segment.equals("..")) {
                for (Path p : current) {
                    next.add(p.getParent() == null ? p : p.getParent());
                }
            } else if (WildcardPattern.containsWildcardCharacters(segment)) {
                WildcardPattern pattern = new WildcardPattern(segment, WildcardPattern.IGNORE_CASE);
                for (Path p : current) {
                    for (Path child : children(p)) {
                        String name = child.getFileName().toString();
                        if (pattern.isMatch(name) && (force || !name.startsWith("."))) {
                            next.add(child);
                        }
                    }
                }
            } else {
                String name = WildcardPattern.unescape(segment);
                for (Path p : current) {
                    Path child = p.resolve(name);
                    if (Files.exists(child, LinkOption.NOFOLLOW_LINKS)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** A directory's entries in {@link #CHILD_ORDER}; empty when it is not a readable directory. */
    public static List<Path> children(Path directory) {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return result;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            entries.forEach(result::add);
        } catch (IOException e) {
            return result;
        }
        result.sort(CHILD_ORDER);
        return result;
    }

    static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    static String psPath(Path path) {
        return PROVIDER_PREFIX + path;
    }

    /** The item as the provider writes it: wrapped with PSPath, PSParentPath, PSChildName, PSDrive, PSProvider, PSIsContainer. */
    public static PSObject itemObject(FileSystemInfo item) {
        PSObject result = new PSObject(item);
        addNotes(result, item.path(), item.name(), item.isDirectory());
        return result;
    }

    /** The notes for a value standing for an item, such as the names Get-ChildItem -Name writes. */
    static void addNotes(PSObject value, Path path, String childName, boolean container) {
        addPathNotes(value, path, childName);
        value.setNoteProperty("PSIsContainer", container);
    }

    /** The notes saying where a value comes from, as Get-Content's lines carry them. */
    static void addPathNotes(PSObject value, Path path, String childName) {
        Path parent = path.getParent();
        value.setNoteProperty("PSPath", psPath(path));
        value.setNoteProperty("PSParentPath", parent == null ? "" : psPath(parent));
        value.setNoteProperty("PSChildName", childName);
        value.setNoteProperty("PSDrive", PSDriveInfo.ROOT);
        value.setNoteProperty("PSProvider", ProviderInfo.FILE_SYSTEM);
    }
}
