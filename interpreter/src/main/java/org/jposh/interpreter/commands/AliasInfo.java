package org.jposh.interpreter.commands;

import java.util.EnumSet;
import java.util.Set;
import org.jposh.interpreter.runtime.ScopedItemOptions;

/**
 * An alias: another name for a command (PowerShell's AliasInfo). Its definition is a command name,
 * looked up when the alias is used, so an alias may name a command that does not exist yet.
 */
public final class AliasInfo implements CommandInfo {
    private final String name;
    private final String definition;
    private final Set<ScopedItemOptions> options;
    private final String description;

    public AliasInfo(String name, String definition, Set<ScopedItemOptions> options, String description) {
        this.name = name;
        this.definition = definition;
        EnumSet<ScopedItemOptions> copy = EnumSet.noneOf(ScopedItemOptions.class);
        for (ScopedItemOptions option : options) {
            if (option != ScopedItemOptions.None && option != ScopedItemOptions.Unspecified) {
                copy.add(option);
            }
        }
        this.options = copy;
        this.description = description == null ? "" : description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CommandTypes commandType() {
        return CommandTypes.Alias;
    }

    @Override
    public String definition() {
        return definition;
    }

    /** What Get-Alias shows in the Name column: {@code gci -> Get-ChildItem}. */
    public String displayName() {
        return name + " -> " + definition;
    }

    /** The options, {@code None} when there are none. */
    public Set<ScopedItemOptions> options() {
        return options.isEmpty() ? EnumSet.of(ScopedItemOptions.None) : EnumSet.copyOf(options);
    }

    public boolean isReadOnly() {
        return options.contains(ScopedItemOptions.ReadOnly);
    }

    public boolean isConstant() {
        return options.contains(ScopedItemOptions.Constant);
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name;
    }

    public String description() {
        return description;
    }
}
