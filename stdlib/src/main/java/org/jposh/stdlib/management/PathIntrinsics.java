package org.jposh.stdlib.management;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSReference;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PathIntrinsics, {@code $ExecutionContext.SessionState.Path}: the current location
 * and the path operations of the providers, here the FileSystem provider's. Modules use it to turn their
 * parameters into file paths ({@code GetUnresolvedProviderPathFromPSPath}), as the path cmdlets would.
 */
public final class PathIntrinsics implements DotNetTyped {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "PathIntrinsics", PathIntrinsics.class, PathIntrinsics::defineMembers));

    private final SessionState session;

    PathIntrinsics(SessionState session) {
        this.session = session;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    /** The file-system path a PowerShell path names, whether or not it exists: relative paths from the current location. */
    String unresolvedProviderPath(String path) {
        return new FileSystemProvider(session).resolve(path).toString();
    }

    /** The existing items a path names (wildcards expanded), in a Collection`1 of PathInfo or of their paths. */
    private GenericList resolvedPaths(String path, boolean asPathInfo) {
        GenericList result = new GenericList(CoreTypes.COLLECTION.makeGenericType(asPathInfo ? PathInfo.TYPE
                : CoreTypes.STRING));
        for (Path resolved : new FileSystemProvider(session).resolveExisting(path, false, false)) {
            result.add(asPathInfo ? PathInfo.of(resolved) : resolved.toString());
        }
        return result;
    }

    private static String string(Object value) {
        return value == null ? "" : LanguagePrimitives.toStringValue(value);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("CurrentLocation", PathInfo.TYPE, p -> PathInfo.of(((PathIntrinsics) p).session.location()));
        b.property("CurrentFileSystemLocation", PathInfo.TYPE,
                p -> PathInfo.of(((PathIntrinsics) p).session.location()));
        b.method("GetUnresolvedProviderPathFromPSPath", CoreTypes.STRING,
                (p, a) -> ((PathIntrinsics) p).unresolvedProviderPath(string(a[0])), param("path", CoreTypes.STRING));
        b.method("GetResolvedPSPathFromPSPath", CoreTypes.OBJECT,
                (p, a) -> ((PathIntrinsics) p).resolvedPaths(string(a[0]), true),
                param("path", CoreTypes.STRING));
        b.method("GetResolvedProviderPathFromPSPath", CoreTypes.OBJECT, (p, a) -> {
            GenericList paths = ((PathIntrinsics) p).resolvedPaths(string(a[0]), false);
            if (a[1] instanceof PSReference provider) {
                provider.setValue(ProviderInfo.FILE_SYSTEM);
            }
            return paths;
        }, param("path", CoreTypes.STRING), param("provider", CoreTypes.PS_REFERENCE));
        b.method("Combine", CoreTypes.STRING, (p, a) -> JoinPathCommand.combine(string(a[0]), string(a[1])),
                param("parent", CoreTypes.STRING), param("child", CoreTypes.STRING));
        b.method("ParseParent", CoreTypes.STRING, (p, a) -> SplitPathCommand.parentOf(string(a[0])),
                param("path", CoreTypes.STRING), param("root", CoreTypes.STRING));
        b.method("ParseChildName", CoreTypes.STRING, (p, a) -> SplitPathCommand.childName(string(a[0])),
                param("path", CoreTypes.STRING));
        b.method("IsValid", CoreTypes.BOOLEAN, (p, a) -> string(a[0]).indexOf('\0') < 0,
                param("path", CoreTypes.STRING));
    }
}
