package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSDriveInfo: a drive of a provider. The FileSystem provider's are, as
 * pwsh has them on Unix, the root drive {@code /} and {@code Temp:} (the temporary directory), and those
 * a session makes (New-PSDrive); the session's tables have one drive each: Alias:, Env:, Function:,
 * Variable:, whose root is empty.
 */
public final class PSDriveInfo {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "PSDriveInfo", PSDriveInfo.class, PSDriveInfo::defineMembers));

    public static final PSDriveInfo ROOT = new PSDriveInfo("/", ProviderInfo.FILE_SYSTEM, Path.of("/"), "root");
    public static final PSDriveInfo TEMP = new PSDriveInfo("Temp", ProviderInfo.FILE_SYSTEM,
            Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize(),
            "Drive that maps to the temporary directory path for the current user");
    static final PSDriveInfo ALIAS = new PSDriveInfo("Alias", ProviderInfo.ALIAS, null,
            "Drive that contains a view of the aliases stored in a session state");
    static final PSDriveInfo ENV = new PSDriveInfo("Env", ProviderInfo.ENVIRONMENT, null,
            "Drive that contains a view of the environment variables for the process");
    static final PSDriveInfo FUNCTION = new PSDriveInfo("Function", ProviderInfo.FUNCTION, null,
            "Drive that contains a view of the functions stored in a session state");
    static final PSDriveInfo VARIABLE = new PSDriveInfo("Variable", ProviderInfo.VARIABLE, null,
            "Drive that contains a view of those variables stored in a session state");

    /** The built-in drives. */
    private static final List<PSDriveInfo> BUILT_IN = List.of(ROOT, ALIAS, ENV, FUNCTION, TEMP, VARIABLE);

    private final String name;
    private final ProviderInfo provider;
    /** The folder of a FileSystem drive; null for the drives of the session's tables. */
    private final Path root;
    private final String description;

    private PSDriveInfo(String name, ProviderInfo provider, Path root, String description) {
        this.name = name;
        this.provider = provider;
        this.root = root;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** The folder of a FileSystem drive; null for other drives. */
    public Path root() {
        return root;
    }

    ProviderInfo provider() {
        return provider;
    }

    /** A FileSystem drive of a session (New-PSDrive, Pester's TestDrive:). */
    public static PSDriveInfo fileSystem(String name, Path root, String description) {
        return new PSDriveInfo(name, ProviderInfo.FILE_SYSTEM, root.toAbsolutePath().normalize(),
                description == null ? "" : description);
    }

    /** The session's drives, the built-in ones and those it made, by name as Get-PSDrive lists them. */
    public static List<PSDriveInfo> all(SessionState session) {
        List<PSDriveInfo> all = new ArrayList<>(BUILT_IN);
        all.addAll(SessionDrives.of(session).drives());
        all.sort((a, b) -> a.name.compareToIgnoreCase(b.name));
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

    /**
     * The current location without the drive's root, as Get-PSDrive's CurrentLocation shows it. JPosh's
     * location is always a path of the root drive (Set-Location Temp: goes to the folder, and Get-Location
     * shows it as a / path), so that drive has it and the others show none.
     */
    private String currentLocation() {
        return this == ROOT ? ROOT.root.relativize(PoshContext.get(null).sessionState().location()).toString() : "";
    }

    private Long space(boolean used) {
        if (root == null) {
            return null;
        }
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
                .property("Provider", ProviderInfo.TYPE, o -> ((PSDriveInfo) o).provider)
                .property("Root", CoreTypes.STRING, o -> ((PSDriveInfo) o).root == null ? ""
                        : ((PSDriveInfo) o).root.toString())
                .property("CurrentLocation", CoreTypes.STRING, o -> ((PSDriveInfo) o).currentLocation())
                .property("Description", CoreTypes.STRING, o -> ((PSDriveInfo) o).description)
                .property("Used", CoreTypes.INT64, o -> ((PSDriveInfo) o).space(true))
                .property("Free", CoreTypes.INT64, o -> ((PSDriveInfo) o).space(false));
    }
}
