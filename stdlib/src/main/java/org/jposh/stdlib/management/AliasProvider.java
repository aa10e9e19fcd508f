package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.SessionState;

/** The Alias provider (Alias:): the session's aliases, as AliasInfo items; setting one takes the command name. */
final class AliasProvider extends SessionStateProvider {
    @Override
    String driveName() {
        return "Alias";
    }

    @Override
    ProviderInfo info() {
        return ProviderInfo.ALIAS;
    }

    @Override
    List<Item> items(SessionState session) {
        List<Item> items = new ArrayList<>();
        for (AliasInfo alias : session.aliases().all()) {
            items.add(new Item(alias.name(), alias));
        }
        return items;
    }

    @Override
    Item item(SessionState session, String name) {
        AliasInfo alias = session.aliases().get(name);
        return alias == null ? null : new Item(alias.name(), alias);
    }

    @Override
    void set(SessionState session, String name, Object value) {
        AliasInfo existing = session.aliases().get(name);
        if (existing != null && (existing.isReadOnly() || existing.isConstant())) {
            throw new ProviderException("AliasNotWritable", ErrorCategory.WriteError,
                    "SessionStateUnauthorizedAccessException", name, "Alias is not writeable because alias " + name
                    + " is read-only or constant and cannot be written to.");
        }
        session.aliases().set(new AliasInfo(name, LanguagePrimitives.toStringValue(value),
                EnumSet.noneOf(ScopedItemOptions.class), ""));
    }

    @Override
    boolean remove(SessionState session, String name, boolean force) {
        AliasInfo existing = session.aliases().get(name);
        if (existing != null && (existing.isConstant() || existing.isReadOnly() && !force)) {
            throw new ProviderException("AliasNotRemovable", ErrorCategory.WriteError,
                    "SessionStateUnauthorizedAccessException", name, "Alias was not removed because alias "
                    + existing.name() + " is constant or read-only.");
        }
        return session.aliases().remove(name);
    }

    @Override
    Object content(Item item) {
        return ((AliasInfo) item.value()).definition();
    }
}
