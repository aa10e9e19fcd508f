package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PathInfo: what Get-Location, Resolve-Path, Push-Location -PassThru
 * return. On the FileSystem provider's root drive the PowerShell path and the provider path are the
 * same string.
 */
public final class PathInfo {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "PathInfo", PathInfo.class, PathInfo::defineMembers));

    private final Path providerPath;

    PathInfo(Path providerPath) {
        this.providerPath = providerPath;
    }

    /** The PathInfo of a file-system location ($PWD, Get-Location). */
    public static PathInfo of(Path providerPath) {
        return new PathInfo(providerPath);
    }

    public Path providerPath() {
        return providerPath;
    }

    @Override
    public String toString() {
        return providerPath.toString();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Drive", PSDriveInfo.TYPE, o -> PSDriveInfo.ROOT)
                .property("Provider", ProviderInfo.TYPE, o -> ProviderInfo.FILE_SYSTEM)
                .property("ProviderPath", CoreTypes.STRING, o -> o.toString())
                .property("Path", CoreTypes.STRING, o -> o.toString());
    }
}
