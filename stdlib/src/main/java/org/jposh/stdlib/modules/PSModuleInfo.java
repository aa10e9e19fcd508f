package org.jposh.stdlib.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.ModuleSessionState;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.Version;

/**
 * System.Management.Automation.PSModuleInfo: a module found or loaded, with its name, version, type
 * (Script for a .psm1, a dynamic module or a manifest whose root module is a .psm1; Binary or Cim for a manifest
 * whose root module is an assembly or a .cdxml; Manifest for a manifest without one), file, and the functions and variables
 * it exports. A loaded module keeps the scope its script ran in, which its functions run under.
 */
public final class PSModuleInfo implements ModuleSessionState {
    static final DotNetType MODULE_TYPE = CoreTypes.defineEnum("System.Management.Automation", "ModuleType", false,
            "Binary", "Script", "Manifest", "Workflow", "Cim");
    static final int BINARY = 0;
    static final int SCRIPT = 1;
    static final int MANIFEST = 2;
    static final int CIM = 4;

    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSModuleInfo",
            PSModuleInfo.class, PSModuleInfo::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final String name;
    private final Path path;
    private int moduleType;
    private Version version = new Version(0, 0, -1, -1);
    private String description = "";
    private UUID guid = new UUID(0, 0);
    private SessionStateScope scope;
    /** The exported functions as the session sees them: by their names there, -Prefix applied. */
    private final Map<String, FunctionInfo> exportedFunctions = new LinkedHashMap<>();
    private final Map<String, PSVariable> exportedVariables = new LinkedHashMap<>();
    /** What runs when the module is removed ($ExecutionContext.SessionState.Module.OnRemove = { ... }); null for nothing. */
    private ScriptBlock onRemove;
    /** The manifest's TypesToProcess, as loaded: Remove-Module takes their type data away again. */
    private final List<Path> exportedTypeFiles = new ArrayList<>();

    /** @param path the .psm1 or .psd1 file; null for a dynamic module (New-Module) */
    PSModuleInfo(String name, Path path, int moduleType) {
        this.name = name;
        this.path = path;
        this.moduleType = moduleType;
    }

    /** A manifest's module takes the type of its root module. */
    void setModuleType(int moduleType) {
        this.moduleType = moduleType;
    }

    String name() {
        return name;
    }

    /**
     * The scope of the loaded module of this name, which its functions run under (for Pester's
     * InModuleScope and Mock -ModuleName); null when no module of that name is loaded.
     */
    public static SessionStateScope loadedModuleScope(SessionState sessionState, String name) {
        PSModuleInfo module = ModuleTable.of(sessionState).find(name);
        return module == null ? null : module.moduleScope();
    }

    Version version() {
        return version;
    }

    void setVersion(Version version) {
        this.version = version;
    }

    void setDescription(String description) {
        this.description = description;
    }

    void setGuid(UUID guid) {
        this.guid = guid;
    }

    @Override
    public SessionStateScope moduleScope() {
        return scope;
    }

    void setScope(SessionStateScope scope) {
        this.scope = scope;
    }

    /** The module whose code runs in the scope (its module scope, or one under it); null outside modules. */
    public static PSModuleInfo of(SessionState session, SessionStateScope scope) {
        return ModuleTable.of(session).moduleOf(scope);
    }

    ScriptBlock onRemove() {
        return onRemove;
    }

    Map<String, FunctionInfo> exportedFunctions() {
        return exportedFunctions;
    }

    Map<String, PSVariable> exportedVariables() {
        return exportedVariables;
    }

    @Override
    public String toString() {
        return name;
    }

    public List<Path> exportedTypeFiles() {
        return exportedTypeFiles;
    }

    private OrderedDictionary functionsDictionary() {
        OrderedDictionary result = new OrderedDictionary();
        exportedFunctions.forEach(result::put);
        return result;
    }

    private OrderedDictionary variablesDictionary() {
        OrderedDictionary result = new OrderedDictionary();
        exportedVariables.forEach(result::put);
        return result;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, m -> ((PSModuleInfo) m).name);
        b.property("Path", CoreTypes.STRING, m -> ((PSModuleInfo) m).path == null ? "" : ((PSModuleInfo) m).path.toString());
        b.property("ModuleBase", CoreTypes.STRING, m -> ((PSModuleInfo) m).path == null ? ""
                : ((PSModuleInfo) m).path.getParent().toString());
        b.property("ModuleType", MODULE_TYPE, m -> new EnumValue(MODULE_TYPE, ((PSModuleInfo) m).moduleType));
        b.property("Version", Version.TYPE, m -> ((PSModuleInfo) m).version);
        b.property("Description", CoreTypes.STRING, m -> ((PSModuleInfo) m).description);
        b.property("Guid", CoreTypes.GUID, m -> ((PSModuleInfo) m).guid);
        b.property("ExportedCommands", CoreTypes.ORDERED_DICTIONARY, m -> ((PSModuleInfo) m).functionsDictionary());
        b.property("ExportedFunctions", CoreTypes.ORDERED_DICTIONARY, m -> ((PSModuleInfo) m).functionsDictionary());
        b.property("ExportedVariables", CoreTypes.ORDERED_DICTIONARY, m -> ((PSModuleInfo) m).variablesDictionary());
        b.property("ExportedAliases", CoreTypes.ORDERED_DICTIONARY, m -> new OrderedDictionary());
        b.property("ExportedCmdlets", CoreTypes.ORDERED_DICTIONARY, m -> new OrderedDictionary());
        b.method("NewBoundScriptBlock", CoreTypes.SCRIPT_BLOCK,
                (m, a) -> ((ScriptBlock) a[0]).boundTo(((PSModuleInfo) m).scope),
                TypeAdapter.param("scriptBlockToBind", CoreTypes.SCRIPT_BLOCK));
        b.property("ExportedTypeFiles", CoreTypes.COLLECTION.makeGenericType(CoreTypes.STRING),
                m -> ((PSModuleInfo) m).exportedTypeFiles.stream().map(Path::toString).toList());
        b.property("OnRemove", CoreTypes.SCRIPT_BLOCK, m -> ((PSModuleInfo) m).onRemove,
                (m, value) -> ((PSModuleInfo) m).onRemove = (ScriptBlock) LanguagePrimitives.convertTo(value,
                        CoreTypes.SCRIPT_BLOCK));
    }
}
