package org.jposh.interpreter.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Types that scripts declare with {@code class} and {@code enum}, by case-insensitive name. The
 * compiler keeps one per script, so that {@code [MyClass]} resolves anywhere in the script that
 * declares it (pwsh resolves them when it parses), and one for each nested block that declares types of its own; the session keeps one that a type joins when its
 * declaration runs, so that later commands ({@code New-Object}, the next line typed) find it too.
 * Neither is global: two runspaces, or two scripts of the test suite, may declare a {@code Person} each.
 * A script's table also holds the types of the modules its {@code using module} statements import.
 */
public final class ScriptTypes {
    /** The table of the enclosing script block, whose types this one's hide by name; null for a script's own. */
    private final ScriptTypes parent;
    private final Map<String, DotNetType> types = new ConcurrentHashMap<>();
    private final Map<DotNetType, ScriptClass> classes = new ConcurrentHashMap<>();
    /** The types {@link #importFrom} added, which are not the script's own, so that a module does not export them. */
    private final Set<DotNetType> imported = ConcurrentHashMap.newKeySet();

    public ScriptTypes() {
        this(null);
    }

    /**
     * The types of a script block nested in a script that declares its own (pwsh scopes a type to the block that
     * declares it: two blocks of a file may each have a class C, and each block's code sees its own).
     */
    public ScriptTypes(ScriptTypes parent) {
        this.parent = parent;
    }

    /** The type declared under this name, here or in an enclosing block, or null. */
    public DotNetType lookup(String name) {
        DotNetType type = types.get(name.toLowerCase(Locale.ROOT));
        return type == null && parent != null ? parent.lookup(name) : type;
    }

    /** The class a type stands for, when this table (or an enclosing one) holds it; null for enums and other types. */
    public ScriptClass scriptClass(DotNetType type) {
        ScriptClass scriptClass = classes.get(type);
        return scriptClass == null && parent != null ? parent.scriptClass(type) : scriptClass;
    }

    /**
     * Adds a type, replacing one of the same name (a script run again declares its classes again).
     *
     * @param scriptClass the class the type stands for, or null for an enum
     */
    public void add(DotNetType type, ScriptClass scriptClass) {
        types.put(type.name().toLowerCase(Locale.ROOT), type);
        if (scriptClass != null) {
            classes.put(type, scriptClass);
        }
    }

    /**
     * Adds the types a module's script declares itself ({@code using module}): not those it imported from
     * other modules, as pwsh exports only a module's own types. Each is also known by its module-qualified
     * name ({@code [Foo.Foo]}), which stays the module's when a type of the script or of another module takes the
     * short name.
     */
    public void importFrom(ScriptTypes module, String moduleName) {
        for (DotNetType type : module.types.values()) {
            if (!module.imported.contains(type) && !imported.contains(type)) {
                add(type, module.classes.get(type));
                types.put((moduleName + "." + type.name()).toLowerCase(Locale.ROOT), type);
                imported.add(type);
            }
        }
    }
}
