package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/** System.IO.FileInfo: a file (or a link to one), with its Length and the directory that holds it. */
public final class FileInfo extends FileSystemInfo {
    static final DotNetType TYPE = registered(CoreTypes.define("System.IO", "FileInfo", FileInfo.class,
            FileSystemInfo.TYPE, FileInfo::defineMembers));

    FileInfo(Path path) {
        super(path);
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
        b.constructor((t, a) -> new FileInfo(FileSystemInfo.fullPath((String) a[0])),
                TypeAdapter.param("fileName", CoreTypes.STRING));
        b.property("Length", CoreTypes.INT64, o -> ((FileInfo) o).size())
                .property("DirectoryName", CoreTypes.STRING, o -> parent(o).toString())
                .property("Directory", DirectoryInfo.TYPE, o -> new DirectoryInfo(parent(o)))
                .property("IsReadOnly", CoreTypes.BOOLEAN, o -> ((FileInfo) o).isReadOnly());
    }

    private static Path parent(Object o) {
        return ((FileInfo) o).path().getParent();
    }
}
