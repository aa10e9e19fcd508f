package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.SessionState;

/**
 * The cmdlets a session can call, by case-insensitive name. A session's table sits on top of the
 * built-in one, which is shared by every context of the language and remembers the providers that
 * filled it, so that each new session can let them set it up.
 */
public final class CommandTable {
    private final CommandTable parent;
    private final Map<String, CmdletInfo> cmdlets = new LinkedHashMap<>();
    private final List<CmdletProvider> providers = new ArrayList<>();

    public CommandTable(CommandTable parent) {
        this.parent = parent;
    }

    /** The cmdlets every module on the module path contributes through {@link CmdletProvider}. */
    public static CommandTable builtins() {
        CommandTable table = new CommandTable(null);
        for (CmdletProvider provider : ServiceLoader.load(CmdletProvider.class, CommandTable.class.getClassLoader())) {
            table.providers.add(provider);
            for (Class<? extends PSCmdlet> type : provider.cmdlets()) {
                String module = provider.moduleName(type);
                table.add(new CmdletInfo(type, module, provider.moduleVersion(module)));
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

    /** Every cmdlet of this table and the tables under it, a session's own first. */
    public Collection<CmdletInfo> all() {
        Map<String, CmdletInfo> result = new LinkedHashMap<>();
        for (CommandTable t = this; t != null; t = t.parent) {
            t.cmdlets.forEach(result::putIfAbsent);
        }
        return Collections.unmodifiableCollection(result.values());
    }

    /** Lets the providers of the built-in cmdlets set up a new session (see {@link CmdletProvider#initializeSession}). */
    public void initializeSession(SessionState sessionState) {
        for (CommandTable t = this; t != null; t = t.parent) {
            for (CmdletProvider provider : t.providers) {
                provider.initializeSession(sessionState);
            }
        }
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
