package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jposh.interpreter.PoshContext;

/**
 * The commands a session can call, by case-insensitive name. A session's table sits on top of the
 * built-in one, which is shared by every context of the language.
 */
public final class CommandTable {
    private final CommandTable parent;
    private final Map<String, CmdletInfo> cmdlets = new HashMap<>();

    public CommandTable(CommandTable parent) {
        this.parent = parent;
    }

    /** The cmdlets every module on the module path contributes through {@link CmdletProvider}. */
    public static CommandTable builtins() {
        CommandTable table = new CommandTable(null);
        for (CmdletProvider provider : ServiceLoader.load(CmdletProvider.class, CommandTable.class.getClassLoader())) {
            for (Class<? extends PSCmdlet> type : provider.cmdlets()) {
                table.add(new CmdletInfo(type));
            }
        }
        return table;
    }

    public void add(CmdletInfo cmdlet) {
        cmdlets.put(key(cmdlet.name()), cmdlet);
    }

    /** The command of that name, or null. */
    @TruffleBoundary
    public CmdletInfo find(String name) {
        String key = key(name);
        for (CommandTable t = this; t != null; t = t.parent) {
            CmdletInfo found = t.cmdlets.get(key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every command this table and the tables under it hold, each name once (the nearest table's). */
    @TruffleBoundary
    public Collection<CmdletInfo> all() {
        Map<String, CmdletInfo> result = new TreeMap<>();
        for (CommandTable t = this; t != null; t = t.parent) {
            for (Map.Entry<String, CmdletInfo> e : t.cmdlets.entrySet()) {
                result.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return result.values();
    }

    /** A processor for Out-Default, which hosts append to what they run: it always takes pipeline input. */
    @TruffleBoundary
    public CommandProcessorBase outDefault(PoshContext context) {
        return CommandProcessor.create(context, context.sessionState().global(), find("Out-Default"),
                new CommandArgument[0], null, 1, true);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
