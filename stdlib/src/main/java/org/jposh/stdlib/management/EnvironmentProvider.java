package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.DictionaryEntry;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SessionState;

/** The Environment provider (Env:): the session's environment variables, as DictionaryEntry items. */
final class EnvironmentProvider extends SessionStateProvider {
    @Override
    String driveName() {
        return "Env";
    }

    @Override
    ProviderInfo info() {
        return ProviderInfo.ENVIRONMENT;
    }

    @Override
    List<Item> items(SessionState session) {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, String> variable : session.environment().entrySet()) {
            items.add(item(variable.getKey(), variable.getValue()));
        }
        items.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return items;
    }

    @Override
    Item item(SessionState session, String name) {
        String value = session.getEnvironmentVariable(name);
        return value == null ? null : item(name, value);
    }

    private static Item item(String name, String value) {
        return new Item(name, new DictionaryEntry(name, value));
    }

    @Override
    void set(SessionState session, String name, Object value) {
        session.setEnvironmentVariable(name, value == null ? null : LanguagePrimitives.toStringValue(value));
    }

    @Override
    boolean remove(SessionState session, String name, boolean force) {
        if (session.getEnvironmentVariable(name) == null) {
            return false;
        }
        session.setEnvironmentVariable(name, null);
        return true;
    }

    @Override
    Object content(Item item) {
        return ((DictionaryEntry) item.value()).value();
    }
}
