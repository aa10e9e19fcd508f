package org.jposh.stdlib.management;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/** Microsoft.PowerShell.Commands.FileHashInfo, what Get-FileHash writes: the algorithm, the hash in hex, the file. */
public record FileHashInfo(String algorithm, String hash, String path) implements DotNetTyped {
    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "FileHashInfo", FileHashInfo.class,
            b -> b.property("Algorithm", CoreTypes.STRING, h -> ((FileHashInfo) h).algorithm)
                    .property("Hash", CoreTypes.STRING, h -> ((FileHashInfo) h).hash)
                    .property("Path", CoreTypes.STRING, h -> ((FileHashInfo) h).path));

    static {
        CoreTypes.register(TYPE);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    /** As .NET's Object.ToString: the type's full name. */
    @Override
    public String toString() {
        return TYPE.fullName();
    }
}
