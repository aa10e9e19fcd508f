package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ProcessEnvironment;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.FileSystemInfo: a file or directory as the FileSystem provider returns it. Like .NET's, it
 * reads the item's status once, on first use, and keeps it until {@code Refresh()}, so an object
 * still describes the item as it was when listed. Its members are .NET's properties plus the ones
 * pwsh's types.ps1xml adds on Unix: Mode, ModeWithoutHardLink, BaseName, UnixMode, User, Group, Size.
 *
 * <p>.NET's FileAttributes on Unix, which Mode shows: Directory, ReadOnly (the user may not write the
 * item), Hidden (its name starts with a dot), ReparsePoint (a symbolic link); never Archive.
 */
public abstract sealed class FileSystemInfo permits FileInfo, DirectoryInfo {
    static final DotNetType TYPE = registered(CoreTypes.define("System.IO", "FileSystemInfo",
            FileSystemInfo.class, CoreTypes.MARSHAL_BY_REF_OBJECT, FileSystemInfo::defineMembers));
    private static final DateTime NEVER = new DateTime(LocalDateTime.of(1601, 1, 1, 0, 0), DateTime.Kind.Utc);

    private Path path;
    private Status status;
    /** The path a constructor was given ({@code [IO.FileInfo]::new('abc')}), which ToString shows; null for the full path. */
    private String originalPath;

    FileSystemInfo(Path path) {
        this.path = path;
    }

    /** An item made by a constructor, from the path it was given. */
    FileSystemInfo(String originalPath) {
        this(fullPath(originalPath));
        this.originalPath = originalPath;
    }

    static DotNetType registered(DotNetType type) {
        CoreTypes.register(type);
        return type;
    }

    /**
     * Makes the file-system types known by name before their classes load (type literals such as
     * {@code [System.IO.FileInfo]}, and Directory.CreateDirectory's result).
     */
    public static void registerTypesLazily() {
        CoreTypes.registerLazily("System.IO.FileSystemInfo", () -> TYPE);
        CoreTypes.registerLazily("System.IO.FileInfo", () -> FileInfo.TYPE);
        CoreTypes.registerLazily("System.IO.DirectoryInfo", () -> DirectoryInfo.TYPE);
        CoreTypes.registerLazily("System.IO.FileAttributes", () -> FileAttributes.TYPE);
    }

    /** A constructor's path argument as .NET takes it: relative to the process's current directory. */
    static Path fullPath(String path) {
        if (path == null) {
            throw DotNetException.argumentNull("path");
        }
        return ProcessEnvironment.resolve(path);
    }

    /** The item for a path that exists: a DirectoryInfo for directories (and links to them), else a FileInfo. */
    public static FileSystemInfo of(Path path) {
        return Files.isDirectory(path) ? new DirectoryInfo(path) : new FileInfo(path);
    }

    public Path path() {
        return path;
    }

    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public String fullName() {
        return path.toString();
    }

    /** The extension with its dot, or empty: .NET's Path.GetExtension. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot);
    }

    public abstract boolean isDirectory();

    public boolean exists() {
        return status().attributes != null;
    }

    public void refresh() {
        status = null;
    }

    /** After MoveTo: the object stands for the item at its new place, as .NET's does. */
    void moved(Path destination) {
        path = destination;
        refresh();
    }

    public boolean isHidden() {
        return name().startsWith(".");
    }

    public boolean isSymbolicLink() {
        PosixFileAttributes a = status().attributes;
        return a != null && a.isSymbolicLink();
    }

    /** Whether .NET counts the item as a hard link: a file with more than one link. */
    public boolean isHardLink() {
        return !isDirectory() && status().linkCount > 1;
    }

    public boolean isReadOnly() {
        return exists() && !Files.isWritable(path);
    }

    /**
     * .NET's FileAttributes on Unix: Directory (a link to a directory too), ReparsePoint, ReadOnly, Hidden,
     * or Normal when none; 0 when the item is gone.
     */
    public long attributes() {
        if (!exists()) {
            return 0;
        }
        long result = (isDirectory() ? FileAttributes.Directory.value() : 0)
                | (isSymbolicLink() ? FileAttributes.ReparsePoint.value() : 0)
                | (isReadOnly() ? FileAttributes.ReadOnly.value() : 0)
                | (isHidden() ? FileAttributes.Hidden.value() : 0);
        return result == 0 ? FileAttributes.Normal.value() : result;
    }

    /** The Mode column: d/l, a, r, h, s as pwsh's FileSystemProvider.Mode writes them. */
    public String mode(boolean withHardLinks) {
        boolean link = isSymbolicLink() || (withHardLinks && isHardLink());
        return new String(new char[] {link ? 'l' : isDirectory() ? 'd' : '-', '-', isReadOnly() ? 'r' : '-',
            isHidden() ? 'h' : '-', '-'});
    }

    /** The UnixMode column: the type and permission letters of {@code ls -l}, or null when the item is gone. */
    public String unixMode() {
        PosixFileAttributes a = status().attributes;
        if (a == null) {
            return null;
        }
        int mode = status().mode;
        char type = a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : a.isRegularFile() ? '-'
                : switch (mode & 0xF000) {
                    case 0xC000 -> 's';
                    case 0x1000 -> 'p';
                    case 0x2000 -> 'c';
                    case 0x6000 -> 'b';
                    default -> '-';
                };
        return new String(new char[] {type,
            bit(mode, 0400, 'r'), bit(mode, 0200, 'w'), special(mode, 04000, 0100, 's'),
            bit(mode, 040, 'r'), bit(mode, 020, 'w'), special(mode, 02000, 010, 's'),
            bit(mode, 04, 'r'), bit(mode, 02, 'w'), special(mode, 01000, 01, 't')});
    }

    private static char bit(int mode, int mask, char set) {
        return (mode & mask) != 0 ? set : '-';
    }

    /** setuid, setgid and sticky: lower case over an execute bit, upper case without one. */
    private static char special(int mode, int specialMask, int executeMask, char letter) {
        if ((mode & specialMask) == 0) {
            return bit(mode, executeMask, 'x');
        }
        return (mode & executeMask) != 0 ? letter : Character.toUpperCase(letter);
    }

    public String user() {
        PosixFileAttributes a = status().attributes;
        return a == null ? null : a.owner().getName();
    }

    public String group() {
        PosixFileAttributes a = status().attributes;
        return a == null ? null : a.group().getName();
    }

    /** The size from the item's status (a directory's too, as UnixStat.Size). */
    public long size() {
        PosixFileAttributes a = status().attributes;
        return a == null ? 0 : a.size();
    }

    public String linkTarget() {
        if (!isSymbolicLink()) {
            return null;
        }
        try {
            return Files.readSymbolicLink(path).toString();
        } catch (IOException e) {
            return null;
        }
    }

    public DateTime creationTime() {
        return time(a -> a.creationTime());
    }

    public DateTime lastWriteTime() {
        return time(a -> a.lastModifiedTime());
    }

    public DateTime lastAccessTime() {
        return time(a -> a.lastAccessTime());
    }

    private DateTime time(Function<PosixFileAttributes, FileTime> which) {
        PosixFileAttributes a = status().attributes;
        if (a == null) {
            return NEVER.toLocalTime();
        }
        LocalDateTime local = LocalDateTime.ofInstant(which.apply(a).toInstant(), ZoneId.systemDefault());
        return new DateTime(local, DateTime.Kind.Local);
    }

    /** The *Utc setters take a time of unspecified kind as UTC, the others as local time. */
    private static DateTime asUtc(DateTime time) {
        return time.kind() == DateTime.Kind.Local ? time.toUniversalTime()
                : new DateTime(time.value(), DateTime.Kind.Utc);
    }

    /** Sets one of the item's times ({@code attribute} as Files.setAttribute names it) to a UTC time. */
    private void setTime(String attribute, DateTime utc) {
        try {
            Files.setAttribute(path, attribute, FileTime.from(utc.value().toInstant(ZoneOffset.UTC)));
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", IoMessages.of(e, path));
        }
        refresh();
    }

    private Status status() {
        if (status == null) {
            status = Status.read(path);
        }
        return status;
    }

    /** What lstat tells about the item; null attributes when it does not exist. */
    private record Status(PosixFileAttributes attributes, int mode, int linkCount) {
        static Status read(Path path) {
            try {
                PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                Map<String, Object> unix = Files.readAttributes(path, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
                return new Status(attributes, (Integer) unix.get("mode"), (Integer) unix.get("nlink"));
            } catch (IOException | UnsupportedOperationException e) {
                return new Status(null, 0, 0);
            }
        }
    }

    /** .NET's FileSystemInfo.ToString: the path the object was made with (the full path for the items cmdlets list). */
    @Override
    public String toString() {
        return originalPath != null ? originalPath : fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Mode", CoreTypes.STRING, o -> item(o).mode(true))
                .property("ModeWithoutHardLink", CoreTypes.STRING, o -> item(o).mode(false))
                .property("BaseName", CoreTypes.STRING, o -> item(o).baseName())
                .property("Target", CoreTypes.STRING, o -> item(o).linkTarget())
                .property("LinkType", CoreTypes.STRING, o -> item(o).isSymbolicLink() ? "SymbolicLink"
                        : item(o).isHardLink() ? "HardLink" : null)
                .property("Attributes", FileAttributes.TYPE,
                        o -> new EnumValue(FileAttributes.TYPE, item(o).attributes()))
                .property("Name", CoreTypes.STRING, o -> item(o).name())
                .property("FullName", CoreTypes.STRING, o -> item(o).fullName())
                .property("Extension", CoreTypes.STRING, o -> item(o).extension())
                .property("Exists", CoreTypes.BOOLEAN, o -> item(o).exists())
                .property("CreationTime", CoreTypes.DATE_TIME, o -> item(o).creationTime())
                .property("CreationTimeUtc", CoreTypes.DATE_TIME, o -> item(o).creationTime().toUniversalTime())
                .property("LastAccessTime", CoreTypes.DATE_TIME, o -> item(o).lastAccessTime(),
                        (o, v) -> item(o).setTime("lastAccessTime", ((DateTime) v).toUniversalTime()))
                .property("LastAccessTimeUtc", CoreTypes.DATE_TIME,
                        o -> item(o).lastAccessTime().toUniversalTime(),
                        (o, v) -> item(o).setTime("lastAccessTime", asUtc((DateTime) v)))
                .property("LastWriteTime", CoreTypes.DATE_TIME, o -> item(o).lastWriteTime(),
                        (o, v) -> item(o).setTime("lastModifiedTime", ((DateTime) v).toUniversalTime()))
                .property("LastWriteTimeUtc", CoreTypes.DATE_TIME, o -> item(o).lastWriteTime().toUniversalTime(),
                        (o, v) -> item(o).setTime("lastModifiedTime", asUtc((DateTime) v)))
                .property("LinkTarget", CoreTypes.STRING, o -> item(o).linkTarget())
                .property("UnixMode", CoreTypes.STRING, o -> item(o).unixMode())
                .property("User", CoreTypes.STRING, o -> item(o).user())
                .property("Group", CoreTypes.STRING, o -> item(o).group())
                .property("Size", CoreTypes.INT64, o -> item(o).size())
                .method("Refresh", CoreTypes.VOID, (o, args) -> {
                    item(o).refresh();
                    return null;
                });
    }

    /** The BaseName pwsh's types.ps1xml gives: a file's name without its extension, a directory's whole name. */
    public abstract String baseName();

    private static FileSystemInfo item(Object o) {
        return (FileSystemInfo) o;
    }
}
