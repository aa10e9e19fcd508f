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
        session.currentScope().setFunction(new FunctionInfo(name, body));
    }

    @Override
    boolean remove(SessionState session, String name, boolean force) {
        for (SessionStateScope s = session.currentScope(); s != null; s = s.parent()) {
            if (s.localFunctions().stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
                return s.removeFunction(name);
            }
        }
        return false;
    }

    @Override
    Object content(Item item) {
        return ((FunctionInfo) item.value()).scriptBlock();
    }
}
