package org.jposh.stdlib.management;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.FlagsExpression;

/**
 * System.IO.FileAttributes, the [Flags] enum of a FileSystemInfo's Attributes and of Get-ChildItem's
 * -Attributes expressions. On Unix .NET sets only Directory, ReadOnly (the user may not write the item),
 * Hidden (a name starting with a dot) and ReparsePoint (a symbolic link), and Normal when none of these
 * applies; never Archive or System.
 */
enum FileAttributes implements FlagsExpression.Flags {
    ReadOnly(0x1), Hidden(0x2), System(0x4), Directory(0x10), Archive(0x20), Device(0x40), Normal(0x80),
    Temporary(0x100), SparseFile(0x200), ReparsePoint(0x400), Compressed(0x800), Offline(0x1000),
    NotContentIndexed(0x2000), Encrypted(0x4000), IntegrityStream(0x8000), NoScrubData(0x20000);

    static final DotNetType TYPE = define();

    private final long value;

    FileAttributes(long value) {
        this.value = value;
    }

    long value() {
        return value;
    }

    private static DotNetType define() {
        FileAttributes[] all = values();
        String[] names = new String[all.length];
        long[] values = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].name();
            values[i] = all[i].value;
        }
        return CoreTypes.defineEnum("System.IO", "FileAttributes", true, names, values);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }
}
