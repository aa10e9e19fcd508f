package org.jposh.stdlib.management;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.file.Path;
import java.util.function.Function;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.io.FileOperations;
import org.jposh.interpreter.runtime.io.FileStream;
import org.jposh.interpreter.runtime.io.StreamReader;
import org.jposh.interpreter.runtime.io.StreamWriter;

/**
 * System.IO.FileInfo: a file (or a link to one), with its Length and the directory that holds it, and
 * .NET's instance methods, which do what File's static methods do ({@link FileOperations}); the methods
 * that create, delete or move the file refresh the object, and MoveTo makes it stand for the new path.
 */
public final class FileInfo extends FileSystemInfo {
    static final DotNetType TYPE = registered(CoreTypes.define("System.IO", "FileInfo", FileInfo.class,
            FileSystemInfo.TYPE, FileInfo::defineMembers));

    FileInfo(Path path) {
        super(path);
    }

    private FileInfo(String originalPath) {
        super(originalPath);
    }

    @Override
    public boolean isDirectory() {
        return false;
    }

    @Override
    public String baseName() {
        String name = name();
        return name.substring(0, name.length() - extension().length());
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new FileInfo((String) a[0]),
                TypeAdapter.param("fileName", CoreTypes.STRING));
        b.property("Length", CoreTypes.INT64, o -> ((FileInfo) o).size())
                .property("DirectoryName", CoreTypes.STRING, o -> parent(o).toString())
                .property("Directory", DirectoryInfo.TYPE, o -> new DirectoryInfo(parent(o)))
                .property("IsReadOnly", CoreTypes.BOOLEAN, o -> ((FileInfo) o).isReadOnly());
        defineOperations(b);
        defineOpen(b);
    }

    private static void defineOperations(TypeAdapter.Builder b) {
        b.method("CopyTo", TYPE, (o, a) -> copyTo(o, a[0], false), param("destFileName", CoreTypes.STRING));
        b.method("CopyTo", TYPE, (o, a) -> copyTo(o, a[0], (Boolean) a[1]), param("destFileName", CoreTypes.STRING),
                param("overwrite", CoreTypes.BOOLEAN));
        b.method("MoveTo", CoreTypes.VOID, (o, a) -> moveTo(o, a[0], false), param("destFileName", CoreTypes.STRING));
        b.method("MoveTo", CoreTypes.VOID, (o, a) -> moveTo(o, a[0], (Boolean) a[1]),
                param("destFileName", CoreTypes.STRING), param("overwrite", CoreTypes.BOOLEAN));
        b.method("Replace", TYPE, (o, a) -> {
            Path destination = FileOperations.path(a[0], "destinationFileName");
            FileOperations.replaceFile(file(o).path(), destination,
                    a[1] == null ? null : FileOperations.path(a[1], "destinationBackupFileName"));
            return new FileInfo(destination);
        }, param("destinationFileName", CoreTypes.STRING), param("destinationBackupFileName", CoreTypes.STRING));
        b.method("Delete", CoreTypes.VOID, (o, a) -> {
            FileOperations.deleteFile(file(o).path());
            file(o).refresh();
            return AutomationNull.VALUE;
        });
    }

    /** Create, Open, OpenRead, OpenWrite, OpenText, CreateText and AppendText: File's, on this file. */
    private static void defineOpen(TypeAdapter.Builder b) {
        b.method("Create", FileStream.TYPE, (o, a) -> refreshing(o, FileStream::create));
        b.method("Open", FileStream.TYPE, (o, a) -> FileStream.open(file(o).path(), value(a[0])),
                param("mode", FileStream.FILE_MODE));
        b.method("Open", FileStream.TYPE, (o, a) -> FileStream.open(file(o).path(), value(a[0]), value(a[1]),
                FileStream.SHARE_NONE), param("mode", FileStream.FILE_MODE), param("access", FileStream.FILE_ACCESS));
        b.method("Open", FileStream.TYPE, (o, a) -> FileStream.open(file(o).path(), value(a[0]), value(a[1]),
                value(a[2])), param("mode", FileStream.FILE_MODE), param("access", FileStream.FILE_ACCESS),
                param("share", FileStream.FILE_SHARE));
        b.method("OpenRead", FileStream.TYPE, (o, a) -> FileStream.openRead(file(o).path()));
        b.method("OpenWrite", FileStream.TYPE, (o, a) -> FileStream.openWrite(file(o).path()));
        b.method("OpenText", StreamReader.TYPE, (o, a) -> StreamReader.open(file(o).path(),
                TextEncoding.CONSOLE_DEFAULT, true));
        b.method("CreateText", StreamWriter.TYPE, (o, a) -> refreshing(o, path -> StreamWriter.open(path, false,
                TextEncoding.CONSOLE_DEFAULT)));
        b.method("AppendText", StreamWriter.TYPE, (o, a) -> refreshing(o, path -> StreamWriter.open(path, true,
                TextEncoding.CONSOLE_DEFAULT)));
    }

    private static FileInfo file(Object o) {
        return (FileInfo) o;
    }

    private static long value(Object enumValue) {
        return ((EnumValue) enumValue).value();
    }

    private static Object refreshing(Object o, Function<Path, Object> open) {
        Object result = open.apply(file(o).path());
        file(o).refresh();
        return result;
    }

    private static FileInfo copyTo(Object o, Object destination, boolean overwrite) {
        Path to = FileOperations.path(destination, "destFileName");
        FileOperations.copyFile(file(o).path(), to, overwrite);
        return new FileInfo(to);
    }

    private static Object moveTo(Object o, Object destination, boolean overwrite) {
        Path to = FileOperations.path(destination, "destFileName");
        FileOperations.moveFile(file(o).path(), to, overwrite);
        file(o).moved(to);
        return AutomationNull.VALUE;
    }

    private static Path parent(Object o) {
        return ((FileInfo) o).path().getParent();
    }
}
