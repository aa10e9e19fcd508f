package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * System.Reflection.Assembly as far as JPosh has assemblies: the names of the shared framework's and pwsh's own,
 * whose types it provides (not grouped by assembly), can be loaded, as scripts do before using them
 * ({@code [Reflection.Assembly]::LoadWithPartialName('System.Drawing')}, {@code Add-Type -AssemblyName}); others,
 * and the Windows desktop ones .NET on Linux lacks, cannot. Every type's {@code Assembly} is System.Private.CoreLib
 * (as its AssemblyQualifiedName says), whose GetType finds any type JPosh has by its full name.
 */
public record Assembly(String name) implements DotNetTyped {
    /** The shared framework's and pwsh's own assemblies, by simple name. */
    private static final Pattern LOADABLE = Pattern.compile("system(\\..*)?|mscorlib|netstandard|windowsbase"
            + "|microsoft\\.(csharp|visualbasic(\\..*)?|win32\\..*|powershell\\..*|management\\.infrastructure(\\..*)?)"
            + "|newtonsoft\\.json");
    /** The Windows desktop assemblies among them, which .NET on Linux does not have. */
    private static final Pattern WINDOWS_DESKTOP = Pattern.compile("system\\.windows\\.(forms|controls|input"
            + "|presentation).*|system\\.(xaml|printing|design|drawing\\.design)|presentation.*|uiautomation.*"
            + "|reachframework|windowsformsintegration");
    static final DotNetType TYPE = CoreTypes.define("System.Reflection", "Assembly", Assembly.class,
            Assembly::defineMembers);
    /** The assembly of every type ({@code [object].Assembly}). */
    static final Assembly CORE_LIBRARY = new Assembly("System.Private.CoreLib");

    static {
        CoreTypes.register(TYPE);
    }

    /** Whether an assembly name ({@code System.Drawing}, or a full name with a version) is one JPosh has. */
    public static boolean isLoadable(String assemblyName) {
        String simpleName = simpleName(assemblyName).toLowerCase(Locale.ROOT);
        return LOADABLE.matcher(simpleName).matches() && !WINDOWS_DESKTOP.matcher(simpleName).matches();
    }

    private static String simpleName(String assemblyName) {
        return assemblyName.split(",", 2)[0].strip();
    }

    /** Assembly.LoadWithPartialName: the assembly, or null when there is none of that name. */
    private static Assembly loadWithPartialName(String assemblyName) {
        return isLoadable(assemblyName) ? new Assembly(simpleName(assemblyName)) : null;
    }

    /** Assembly.Load: the assembly, or .NET's FileNotFoundException. */
    private static Assembly load(String assemblyName) {
        if (!isLoadable(assemblyName)) {
            throw new DotNetException("System.IO.FileNotFoundException", "Could not load file or assembly '"
                    + assemblyName + "'. The system cannot find the file specified.");
        }
        return new Assembly(simpleName(assemblyName));
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return name;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.staticMethod("LoadWithPartialName", b.type(),
                (t, a) -> loadWithPartialName(LanguagePrimitives.toStringValue(a[0])),
                param("partialName", CoreTypes.STRING));
        b.staticMethod("Load", b.type(), (t, a) -> load(LanguagePrimitives.toStringValue(a[0])),
                param("assemblyString", CoreTypes.STRING));
        b.property("FullName", CoreTypes.STRING, a -> ((Assembly) a).name);
        b.method("GetType", CoreTypes.RUNTIME_TYPE, (a, args) -> getType(LanguagePrimitives.toStringValue(args[0]), false),
                param("name", CoreTypes.STRING));
        b.method("GetType", CoreTypes.RUNTIME_TYPE, (a, args) -> getType(LanguagePrimitives.toStringValue(args[0]),
                LanguagePrimitives.isTrue(args[1])), param("name", CoreTypes.STRING),
                param("throwOnError", CoreTypes.BOOLEAN));
    }

    /** Assembly.GetType: the type of that full name ({@code System.Action`1}), else null or .NET's TypeLoadException. */
    private static DotNetType getType(String name, boolean throwOnError) {
        DotNetType type = TypeResolver.tryResolve(name, List.of());
        if (type == null && throwOnError) {
            throw new DotNetException("System.TypeLoadException", "Could not load type '" + name
                    + "' from assembly 'System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, "
                    + "PublicKeyToken=7cec85d7bea7798e'.");
        }
        return type;
    }
}
