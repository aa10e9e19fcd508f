package org.jposh.stdlib.management;

import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.ProviderInfo: what items' PSProvider notes and PathInfo.Provider hold.
 * The FileSystem provider, and the providers of the session's tables (see {@link SessionStateProvider}).
 */
public final class ProviderInfo {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "ProviderInfo", ProviderInfo.class, ProviderInfo::defineMembers));

    /** System.Management.Automation.Provider.ProviderCapabilities, with .NET's values. */
    static final DotNetType CAPABILITIES = CoreTypes.defineEnum("System.Management.Automation.Provider",
            "ProviderCapabilities", true, "None", "Include", "Exclude", "Filter", "ExpandWildcards", "ShouldProcess",
            "Credentials", "Transactions");
    private static final int FILTER = 4;
    private static final int SHOULD_PROCESS = 16;
    private static final int CREDENTIALS = 32;

    static {
        CoreTypes.register(CAPABILITIES);
    }

    /** The FileSystem provider. */
    public static final ProviderInfo FILE_SYSTEM = new ProviderInfo("FileSystem", FILTER | SHOULD_PROCESS | CREDENTIALS);
    static final ProviderInfo ENVIRONMENT = new ProviderInfo("Environment", SHOULD_PROCESS);
    static final ProviderInfo VARIABLE = new ProviderInfo("Variable", SHOULD_PROCESS);
    static final ProviderInfo FUNCTION = new ProviderInfo("Function", SHOULD_PROCESS);
    static final ProviderInfo ALIAS = new ProviderInfo("Alias", SHOULD_PROCESS);

    /** The providers, in the order pwsh loads them on Unix (Get-PSProvider's). */
    static final List<ProviderInfo> ALL = List.of(ALIAS, ENVIRONMENT, FILE_SYSTEM, FUNCTION, VARIABLE);

    private static final String MODULE_NAME = "Microsoft.PowerShell.Core";

    private final String name;
    private final int capabilities;

    private ProviderInfo(String name, int capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    public String name() {
        return name;
    }

    /** {@code Microsoft.PowerShell.Core\FileSystem}: what qualifies PSPaths. */
    public String fullName() {
        return MODULE_NAME + "\\" + name;
    }

    /** The providers whose name (or module-qualified name) matches the pattern. */
    static List<ProviderInfo> matching(String pattern) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        return ALL.stream().filter(p -> wildcard.isMatch(p.name) || wildcard.isMatch(p.fullName())).toList();
    }

    /** pwsh's error for a provider name that names none. */
    static ProviderException notFound(String name) {
        return new ProviderException("ProviderNotFound", ErrorCategory.ObjectNotFound, "ProviderNotFoundException",
                name, "Cannot find a provider with the name '" + name + "'.");
    }

    /** The provider's drives in the current session. */
    private static Object[] drives(ProviderInfo provider) {
        return PSDriveInfo.all(PoshContext.get(null).sessionState()).stream()
                .filter(d -> d.provider() == provider).toArray();
    }

    @Override
    public String toString() {
        return fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, o -> ((ProviderInfo) o).name)
                .property("ModuleName", CoreTypes.STRING, o -> MODULE_NAME)
                .property("Capabilities", CAPABILITIES, o -> new EnumValue(CAPABILITIES, ((ProviderInfo) o).capabilities))
                .property("Drives", CoreTypes.OBJECT, o -> drives((ProviderInfo) o))
                .property("Home", CoreTypes.STRING, o -> System.getProperty("user.home"));
    }
}
