package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/** System.IO.DirectoryInfo: a directory, with its Parent ($null for the root) and Root. */
public final class DirectoryInfo extends FileSystemInfo {
    static final DotNetType TYPE = registered(CoreTypes.define("System.IO", "DirectoryInfo", DirectoryInfo.class,
            FileSystemInfo.TYPE, DirectoryInfo::defineMembers));

    DirectoryInfo(Path path) {
        super(path);
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
        b.constructor((t, a) -> new DirectoryInfo(FileSystemInfo.fullPath((String) a[0])),
                TypeAdapter.param("path", CoreTypes.STRING));
        b.property("Parent", TYPE, o -> {
            Path parent = ((DirectoryInfo) o).path().getParent();
            return parent == null ? null : new DirectoryInfo(parent);
        }).property("Root", TYPE, o -> new DirectoryInfo(((DirectoryInfo) o).path().getRoot()));
    }
}
