package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.CommandTableVersion;
import org.jposh.interpreter.runtime.ScopedItemOptions;

/**
 * A session's aliases, by case-insensitive name. pwsh keeps aliases per scope, as functions are kept;
 * JPosh keeps one table per session (every alias behaves as if it were AllScope), so an alias a
 * function defines outlives the function. A new session starts with pwsh 7's built-in aliases as
 * built for Unix, which leaves out those that would hide common programs (ls, cp, cat, sort...).
 */
public final class AliasTable {
    /** Name, definition and options (R read-only, A all-scope) of pwsh's built-in aliases on Unix. */
    private static final String[] BUILT_IN = {
            "foreach", "ForEach-Object", "RA",
            "%", "ForEach-Object", "RA",
            "where", "Where-Object", "RA",
            "?", "Where-Object", "RA",
            "clc", "Clear-Content", "R",
            "cli", "Clear-Item", "R",
            "clp", "Clear-ItemProperty", "R",
            "clv", "Clear-Variable", "R",
            "cpi", "Copy-Item", "R",
            "cvpa", "Convert-Path", "R",
            "dbp", "Disable-PSBreakpoint", "R",
            "ebp", "Enable-PSBreakpoint", "R",
            "epal", "Export-Alias", "R",
            "epcsv", "Export-Csv", "R",
            "fl", "Format-List", "R",
            "ft", "Format-Table", "R",
            "fw", "Format-Wide", "R",
            "gal", "Get-Alias", "R",
            "gbp", "Get-PSBreakpoint", "R",
            "gc", "Get-Content", "R",
            "gci", "Get-ChildItem", "R",
            "gcm", "Get-Command", "R",
            "gdr", "Get-PSDrive", "R",
            "gcs", "Get-PSCallStack", "R",
            "ghy", "Get-History", "R",
            "gi", "Get-Item", "R",
            "gl", "Get-Location", "R",
            "gm", "Get-Member", "R",
            "gmo", "Get-Module", "R",
            "gp", "Get-ItemProperty", "R",
            "gpv", "Get-ItemPropertyValue", "R",
            "gps", "Get-Process", "R",
            "group", "Group-Object", "R",
            "gu", "Get-Unique", "R",
            "gv", "Get-Variable", "R",
            "iex", "Invoke-Expression", "R",
            "ihy", "Invoke-History", "R",
            "ii", "Invoke-Item", "R",
            "ipmo", "Import-Module", "R",
            "ipal", "Import-Alias", "R",
            "ipcsv", "Import-Csv", "R",
            "measure", "Measure-Object", "R",
            "mi", "Move-Item", "R",
            "mp", "Move-ItemProperty", "R",
            "nal", "New-Alias", "R",
            "ndr", "New-PSDrive", "R",
            "ni", "New-Item", "R",
            "nv", "New-Variable", "R",
            "nmo", "New-Module", "R",
            "oh", "Out-Host", "R",
            "rbp", "Remove-PSBreakpoint", "R",
            "rdr", "Remove-PSDrive", "R",
            "ri", "Remove-Item", "R",
            "rni", "Rename-Item", "R",
            "rnp", "Rename-ItemProperty", "R",
            "rp", "Remove-ItemProperty", "R",
            "rmo", "Remove-Module", "R",
            "rv", "Remove-Variable", "R",
            "gerr", "Get-Error", "R",
            "rvpa", "Resolve-Path", "R",
            "sal", "Set-Alias", "R",
            "sbp", "Set-PSBreakpoint", "R",
            "select", "Select-Object", "RA",
            "si", "Set-Item", "R",
            "sl", "Set-Location", "R",
            "sp", "Set-ItemProperty", "R",
            "saps", "Start-Process", "R",
            "spps", "Stop-Process", "R",
            "sv", "Set-Variable", "R",
            "irm", "Invoke-RestMethod", "R",
            "iwr", "Invoke-WebRequest", "R",
            "cd", "Set-Location", "A",
            "dir", "Get-ChildItem", "A",
            "echo", "Write-Output", "A",
            "fc", "Format-Custom", "R",
            "pwd", "Get-Location", "",
            "type", "Get-Content", "",
            "h", "Get-History", "",
            "history", "Get-History", "",
            "md", "mkdir", "A",
            "popd", "Pop-Location", "A",
            "pushd", "Push-Location", "A",
            "r", "Invoke-History", "",
            "cls", "Clear-Host", "",
            "chdir", "Set-Location", "",
            "copy", "Copy-Item", "A",
            "del", "Remove-Item", "A",
            "erase", "Remove-Item", "",
            "move", "Move-Item", "A",
            "rd", "Remove-Item", "",
            "ren", "Rename-Item", "",
            "set", "Set-Variable", "",
            "icm", "Invoke-Command", "",
            "clhy", "Clear-History", "R",
            "gjb", "Get-Job", "",
            "rcjb", "Receive-Job", "",
            "rjb", "Remove-Job", "",
            "sajb", "Start-Job", "",
            "spjb", "Stop-Job", "",
            "wjb", "Wait-Job", "",
            "nsn", "New-PSSession", "",
            "gsn", "Get-PSSession", "",
            "rsn", "Remove-PSSession", "",
            "etsn", "Enter-PSSession", "",
            "rcsn", "Receive-PSSession", "R",
            "exsn", "Exit-PSSession", "",
            "sls", "Select-String", "",
            "fhx", "Format-Hex", "",
    };

    private static final Map<String, AliasInfo> BUILT_IN_TABLE = builtIns();

    private final HashMap<String, AliasInfo> aliases;
    private final CommandTableVersion version;

    private AliasTable(Map<String, AliasInfo> aliases, CommandTableVersion version) {
        this.aliases = new HashMap<>(aliases);
        this.version = version;
    }

    /**
     * A table holding the built-in aliases; its changes count as changes of the session's commands
     * ({@code version}), which call sites that keep the command a name found check.
     */
    public static AliasTable withBuiltIns(CommandTableVersion version) {
        return new AliasTable(BUILT_IN_TABLE, version);
    }

    private static Map<String, AliasInfo> builtIns() {
        Map<String, AliasInfo> table = new HashMap<>();
        for (int i = 0; i < BUILT_IN.length; i += 3) {
            EnumSet<ScopedItemOptions> options = EnumSet.noneOf(ScopedItemOptions.class);
            if (BUILT_IN[i + 2].indexOf('R') >= 0) {
                options.add(ScopedItemOptions.ReadOnly);
            }
            if (BUILT_IN[i + 2].indexOf('A') >= 0) {
                options.add(ScopedItemOptions.AllScope);
            }
            table.put(key(BUILT_IN[i]), new AliasInfo(BUILT_IN[i], BUILT_IN[i + 1], options, ""));
        }
        return table;
    }

    /** The alias of that name, or null. */
    public AliasInfo get(String name) {
        return aliases.get(key(name));
    }

    /** Adds the alias, replacing one of the same name; the callers check read-only and constant aliases. */
    public void set(AliasInfo alias) {
        aliases.put(key(alias.name()), alias);
        version.changed(false);
    }

    public boolean remove(String name) {
        version.changed(false);
        return aliases.remove(key(name)) != null;
    }

    /** All aliases, sorted by name as Get-Alias lists them. */
    public List<AliasInfo> all() {
        List<AliasInfo> all = new ArrayList<>(aliases.values());
        all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return all;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
