package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * A provider whose items are a table of the session (pwsh's SessionStateProviderBase): environment
 * variables (Env:), variables (Variable:), functions (Function:) and aliases (Alias:). Each has one
 * drive holding its items by name, flat, with no containers; the item cmdlets reach them through paths
 * such as {@code env:HOME}, {@code Variable:\x} or {@code Microsoft.PowerShell.Core\Alias::gci}.
 */
abstract class SessionStateProvider {
    static final List<SessionStateProvider> ALL = List.of(new EnvironmentProvider(), new VariableProvider(),
            new FunctionProvider(), new AliasProvider());

    /** A path on one of these drives: the provider, and the item name ("" for the drive itself). */
    record Target(SessionStateProvider provider, String name) {
        boolean isDrive() {
            return name.isEmpty();
        }

        /** The path as pwsh writes it in messages: {@code Env:\NAME}. */
        String displayPath() {
            return provider.driveName() + ":\\" + name;
        }
    }

    /** An item of the table: its name and the object the provider writes for it. */
    record Item(String name, Object value) {
    }

    abstract String driveName();

    abstract ProviderInfo info();

    /** The items, sorted by name ignoring case as pwsh sorts them. */
    abstract List<Item> items(SessionState session);

    /** The item of that name, or null. */
    abstract Item item(SessionState session, String name);

    /**
     * Set-Item and New-Item: sets or creates the item from a value (a string, a script block...).
     *
     * @throws ProviderException when the item may not be written (a read-only or constant one)
     */
    abstract void set(SessionState session, String name, Object value);

    /**
     * Remove-Item; false when there was no such item. {@code force} removes read-only items too.
     *
     * @throws ProviderException when the item may not be removed (a constant one, or read-only without force)
     */
    abstract boolean remove(SessionState session, String name, boolean force);

    /** What Get-Content reads from an item, and what Copy-Item sets at the destination. */
    abstract Object content(Item item);

    /**
     * Rename-Item: the item under a new name, the old one removed ({@code force} removes a read-only one).
     *
     * @throws ProviderException when the item may not be removed
     */
    void rename(SessionState session, Item item, String newName, boolean force) {
        Object value = content(item);
        remove(session, item.name(), force);
        set(session, newName, value);
    }

    /**
     * The target of a path on one of these drives ({@code Env:}, {@code env:HOME}, {@code Env:\HOME},
     * {@code Env:/HOME}, {@code Environment::HOME}, {@code Microsoft.PowerShell.Core\Environment::HOME}), or
     * null for any other path.
     */
    static Target parse(String path) {
        if (path == null) {
            return null;
        }
        for (SessionStateProvider provider : ALL) {
            String rest = strip(path, provider.driveName() + ":");
            if (rest == null) {
                rest = strip(path, provider.info().fullName() + "::");
            }
            if (rest == null) {
                rest = strip(path, provider.info().name() + "::");
            }
            if (rest != null) {
                while (rest.startsWith("\\") || rest.startsWith("/")) {
                    rest = rest.substring(1);
                }
                return new Target(provider, rest);
            }
        }
        return null;
    }

    private static String strip(String path, String prefix) {
        return path.regionMatches(true, 0, prefix, 0, prefix.length()) ? path.substring(prefix.length()) : null;
    }

    /**
     * The items a target names: all of them for the drive, those matching a wildcard name (unless
     * {@code literal}), or the one item of that name (none when it does not exist).
     */
    final List<Item> matching(SessionState session, Target target, boolean literal) {
        if (target.isDrive()) {
            return items(session);
        }
        if (!literal && WildcardPattern.containsWildcardCharacters(target.name())) {
            WildcardPattern pattern = new WildcardPattern(target.name(), WildcardPattern.IGNORE_CASE);
            List<Item> result = new ArrayList<>();
            for (Item item : items(session)) {
                if (pattern.isMatch(item.name())) {
                    result.add(item);
                }
            }
            return result;
        }
        Item item = item(session, literal ? target.name() : WildcardPattern.unescape(target.name()));
        return item == null ? List.of() : List.of(item);
    }

    /** The item as the provider writes it, with PSPath, PSParentPath, PSChildName, PSDrive, PSProvider, PSIsContainer. */
    final PSObject itemObject(Item item) {
        PSObject result = new PSObject(item.value());
        result.setNoteProperty("PSPath", info().fullName() + "::" + item.name());
        result.setNoteProperty("PSParentPath", "");
        result.setNoteProperty("PSChildName", item.name());
        result.setNoteProperty("PSDrive", driveName());
        result.setNoteProperty("PSProvider", info());
        result.setNoteProperty("PSIsContainer", false);
        return result;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
