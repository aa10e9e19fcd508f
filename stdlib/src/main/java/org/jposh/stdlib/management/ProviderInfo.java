package org.jposh.stdlib.management;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.ProviderInfo: what items' PSProvider notes and PathInfo.Provider hold.
 * The FileSystem provider, and the providers of the session's tables (see {@link SessionStateProvider}).
 */
public final class ProviderInfo {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "ProviderInfo", ProviderInfo.class, ProviderInfo::defineMembers));

    /** The FileSystem provider. */
    public static final ProviderInfo FILE_SYSTEM = new ProviderInfo("FileSystem", "Microsoft.PowerShell.Core");
    static final ProviderInfo ENVIRONMENT = new ProviderInfo("Environment", "Microsoft.PowerShell.Core");
    static final ProviderInfo VARIABLE = new ProviderInfo("Variable", "Microsoft.PowerShell.Core");
    static final ProviderInfo FUNCTION = new ProviderInfo("Function", "Microsoft.PowerShell.Core");
    static final ProviderInfo ALIAS = new ProviderInfo("Alias", "Microsoft.PowerShell.Core");

    private final String name;
    private final String moduleName;

    private ProviderInfo(String name, String moduleName) {
        this.name = name;
        this.moduleName = moduleName;
    }

    public String name() {
        return name;
    }

    /** {@code Microsoft.PowerShell.Core\FileSystem}: what qualifies PSPaths. */
    public String fullName() {
        return moduleName + "\\" + name;
    }

    @Override
    public String toString() {
        return fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, o -> ((ProviderInfo) o).name)
                .property("ModuleName", CoreTypes.STRING, o -> ((ProviderInfo) o).moduleName)
                .property("Home", CoreTypes.STRING, o -> System.getProperty("user.home"));
    }
}
