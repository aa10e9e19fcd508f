package org.jposh.stdlib.management;

import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.io.FileOperations;
import java.util.function.IntFunction;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DirectoryListing;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.MethodOverload;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.DirectoryInfo: a directory, with its Parent ($null for the root) and Root, and the entries it
 * holds: GetFiles/GetDirectories/GetFileSystemInfos give arrays, the Enumerate* methods enumerables (the
 * entries listed when called), each with no argument, a search pattern, or a pattern and a SearchOption
 * (see DirectoryListing). Create, CreateSubdirectory, Delete and MoveTo do what Directory's static methods
 * do ({@link FileOperations}) and refresh the object; after MoveTo it stands for the new path.
 */
public final class DirectoryInfo extends FileSystemInfo {
    static final DotNetType TYPE = registered(CoreTypes.define("System.IO", "DirectoryInfo", DirectoryInfo.class,
            FileSystemInfo.TYPE, DirectoryInfo::defineMembers));

    DirectoryInfo(Path path) {
        super(path);
    }

    private DirectoryInfo(String originalPath) {
        super(originalPath);
    }

    @Override
    public boolean isDirectory() {
        return true;
    }

    @Override
    public String baseName() {
        return name();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new DirectoryInfo((String) a[0]),
                TypeAdapter.param("path", CoreTypes.STRING));
        b.property("Parent", TYPE, o -> {
            Path parent = ((DirectoryInfo) o).path().getParent();
            return parent == null ? null : new DirectoryInfo(parent);
        }).property("Root", TYPE, o -> new DirectoryInfo(((DirectoryInfo) o).path().getRoot()));
        defineOperations(b);
        defineListing(b, "Files", DirectoryListing.Kind.FILES, FileInfo.TYPE, FileInfo[]::new);
        defineListing(b, "Directories", DirectoryListing.Kind.DIRECTORIES, TYPE, DirectoryInfo[]::new);
        defineListing(b, "FileSystemInfos", DirectoryListing.Kind.ALL, FileSystemInfo.TYPE, FileSystemInfo[]::new);
    }

    private static void defineOperations(TypeAdapter.Builder b) {
        b.method("Create", CoreTypes.VOID, (o, a) -> {
            FileOperations.createDirectory(directory(o).path());
            directory(o).refresh();
            return AutomationNull.VALUE;
        });
        b.method("CreateSubdirectory", TYPE, (o, a) -> createSubdirectory(directory(o), a[0]),
                TypeAdapter.param("path", CoreTypes.STRING));
        b.method("Delete", CoreTypes.VOID, (o, a) -> delete(o, false));
        b.method("Delete", CoreTypes.VOID, (o, a) -> delete(o, (Boolean) a[0]),
                TypeAdapter.param("recursive", CoreTypes.BOOLEAN));
        b.method("MoveTo", CoreTypes.VOID, (o, a) -> {
            Path destination = FileOperations.path(a[0], "destDirName");
            FileOperations.moveDirectory(directory(o).path(), destination);
            directory(o).moved(destination);
            return AutomationNull.VALUE;
        }, TypeAdapter.param("destDirName", CoreTypes.STRING));
    }

    private static DirectoryInfo directory(Object o) {
        return (DirectoryInfo) o;
    }

    private static Object delete(Object o, boolean recursive) {
        FileOperations.deleteDirectory(directory(o).path(), recursive);
        directory(o).refresh();
        return AutomationNull.VALUE;
    }

    /** CreateSubdirectory: a path under this directory (relative to it), created with its missing parents. */
    private static DirectoryInfo createSubdirectory(DirectoryInfo parent, Object name) {
        if (name == null) {
            throw DotNetException.argumentNull("path");
        }
        Path full = parent.path().resolve((String) name).normalize();
        if (!full.startsWith(parent.path()) || full.equals(parent.path())) {
            throw DotNetException.argument("The directory specified, '" + name + "', is not a subdirectory of '"
                    + parent.path() + "'.", "path");
        }
        FileOperations.createDirectory(full);
        return new DirectoryInfo(full);
    }

    /** Get{what} and Enumerate{what}, with their three overloads each. */
    private static void defineListing(TypeAdapter.Builder b, String what, DirectoryListing.Kind kind,
                                      DotNetType elementType, IntFunction<FileSystemInfo[]> newArray) {
        DotNetType enumerable = CoreTypes.IENUMERABLE_T.makeGenericType(elementType);
        MethodOverload.Parameter pattern = TypeAdapter.param("searchPattern", CoreTypes.STRING);
        MethodOverload.Parameter option = TypeAdapter.param("searchOption", CoreTypes.SEARCH_OPTION);
        b.method("Get" + what, elementType.arrayType(), (o, a) -> list(o, "*", false, kind).toArray(newArray))
                .method("Get" + what, elementType.arrayType(),
                        (o, a) -> list(o, (String) a[0], false, kind).toArray(newArray), pattern)
                .method("Get" + what, elementType.arrayType(),
                        (o, a) -> list(o, (String) a[0], allDirectories(a[1]), kind).toArray(newArray), pattern, option)
                .method("Enumerate" + what, enumerable, (o, a) -> enumerable(list(o, "*", false, kind)))
                .method("Enumerate" + what, enumerable,
                        (o, a) -> enumerable(list(o, (String) a[0], false, kind)), pattern)
                .method("Enumerate" + what, enumerable,
                        (o, a) -> enumerable(list(o, (String) a[0], allDirectories(a[1]), kind)), pattern, option);
    }

    private static List<FileSystemInfo> list(Object directory, String searchPattern, boolean allDirectories,
                                             DirectoryListing.Kind kind) {
        return DirectoryListing.list(((DirectoryInfo) directory).path(), searchPattern, allDirectories, kind)
                .stream().map(FileSystemInfo::of).toList();
    }

    private static boolean allDirectories(Object searchOption) {
        return ((EnumValue) searchOption).value() == 1;
    }

    /** An IEnumerable rather than an array or list, as .NET's Enumerate* methods return. */
    private static Iterable<FileSystemInfo> enumerable(List<FileSystemInfo> entries) {
        return entries::iterator;
    }
}
