package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSDriveInfo: a drive of the FileSystem provider. On Unix pwsh has the
 * root drive {@code /} and {@code Temp:}, the temporary directory; both are here.
 */
public final class PSDriveInfo {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "PSDriveInfo", PSDriveInfo.class, PSDriveInfo::defineMembers));

    public static final PSDriveInfo ROOT = new PSDriveInfo("/", Path.of("/"), "root");
    public static final PSDriveInfo TEMP = new PSDriveInfo("Temp",
            Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize(),
            "Drive that maps to the temporary directory path for the current user");

    /** The drives, in Get-PSDrive's order (by name). */
    public static final List<PSDriveInfo> ALL = List.of(ROOT, TEMP);

    private final String name;
    private final Path root;
    private final String description;

    private PSDriveInfo(String name, Path root, String description) {
        this.name = name;
        this.root = root;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    /** A FileSystem drive of a session (New-PSDrive, Pester's TestDrive:). */
    public static PSDriveInfo fileSystem(String name, Path root, String description) {
        return new PSDriveInfo(name, root.toAbsolutePath().normalize(), description == null ? "" : description);
    }

    /** The session's drives: the built-in ones, then those it made, each list by name. */
    public static List<PSDriveInfo> all(SessionState session) {
        List<PSDriveInfo> all = new ArrayList<>(ALL);
        all.addAll(SessionDrives.of(session).drives());
        return all;
    }

    /** The drive of this name (case-insensitive) in the session, or null. */
    public static PSDriveInfo named(SessionState session, String name) {
        for (PSDriveInfo drive : all(session)) {
            if (drive.name.equalsIgnoreCase(name)) {
                return drive;
            }
        }
        return null;
    }

    /** The location within the drive without its root, as Get-PSDrive's CurrentLocation shows it. */
    String currentLocation(SessionState session) {
        Path location = session.location();
        return location.startsWith(root) ? root.relativize(location).toString() : "";
    }

    private Long space(boolean used) {
        try {
            FileStore store = Files.getFileStore(root);
            return used ? store.getTotalSpace() - store.getUnallocatedSpace() : store.getUsableSpace();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, o -> ((PSDriveInfo) o).name)
                .property("Provider", ProviderInfo.TYPE, o -> ProviderInfo.FILE_SYSTEM)
                .property("Root", CoreTypes.STRING, o -> ((PSDriveInfo) o).root.toString())
                .property("Description", CoreTypes.STRING, o -> ((PSDriveInfo) o).description)
                .property("Used", CoreTypes.INT64, o -> ((PSDriveInfo) o).space(true))
                .property("Free", CoreTypes.INT64, o -> ((PSDriveInfo) o).space(false));
    }
}
