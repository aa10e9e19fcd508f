package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The Function provider (Function:): the functions visible from the current scope, as FunctionInfo
 * items. Setting one takes a script block (or its text) and defines the function in the current scope.
 */
final class FunctionProvider extends SessionStateProvider {
    @Override
    String driveName() {
        return "Function";
    }

    @Override
    ProviderInfo info() {
        return ProviderInfo.FUNCTION;
    }

    @Override
    List<Item> items(SessionState session) {
        List<Item> items = new ArrayList<>();
        for (FunctionInfo function : session.currentScope().visibleFunctions().values()) {
            items.add(new Item(function.name(), function));
        }
        items.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return items;
    }

    @Override
    Item item(SessionState session, String name) {
        FunctionInfo function = session.currentScope().getFunction(name);
        return function == null ? null : new Item(function.name(), function);
    }

    @Override
    void set(SessionState session, String name, Object value) {
        Object base = PSObject.base(value);
        ScriptBlock body = base instanceof ScriptBlock block ? block
                : ScriptBlock.create(LanguagePrimitives.toStringValue(base));
        SessionStateScope owner = scopeDefining(session, name);
        (owner != null ? owner : session.currentScope()).setFunction(new FunctionInfo(name, body));
    }

    @Override
    boolean remove(SessionState session, String name, boolean force) {
        SessionStateScope owner = scopeDefining(session, name);
        return owner != null && owner.removeFunction(name);
    }

    /**
     * The scope whose function of that name the current scope sees, or null: Set-Item and Remove-Item act on that
     * function, where it is, as pwsh's SetFunction finds it ({@code Set-Item Function:\prompt} in a module replaces
     * the global prompt).
     */
    private static SessionStateScope scopeDefining(SessionState session, String name) {
        for (SessionStateScope s = session.currentScope(); s != null; s = s.parent()) {
            if (s.localFunctions().stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
                return s;
            }
        }
        return null;
    }

    @Override
    Object content(Item item) {
        return ((FunctionInfo) item.value()).scriptBlock();
    }
}
