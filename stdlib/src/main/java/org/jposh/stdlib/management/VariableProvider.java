package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The Variable provider (Variable:): the variables visible from the current scope, as PSVariable items.
 * New ones are set in the current scope; removing one removes the one the scope sees.
 */
final class VariableProvider extends SessionStateProvider {
    @Override
    String driveName() {
        return "Variable";
    }

    @Override
    ProviderInfo info() {
        return ProviderInfo.VARIABLE;
    }

    @Override
    List<Item> items(SessionState session) {
        SessionStateScope scope = session.currentScope();
        List<Item> items = new ArrayList<>();
        for (String name : scope.visibleNames()) {
            PSVariable variable = scope.getVariable(name);
            if (variable != null) {
                items.add(new Item(variable.getName(), variable));
            }
        }
        items.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return items;
    }

    @Override
    Item item(SessionState session, String name) {
        PSVariable variable = session.currentScope().getVariable(name);
        return variable == null ? null : new Item(variable.getName(), variable);
    }

    @Override
    void set(SessionState session, String name, Object value) {
        PSVariable variable = session.currentScope().getVariable(name);
        if (variable != null) {
            variable.setValue(value);
        } else {
            session.currentScope().set(name, value);
        }
    }

    @Override
    boolean remove(SessionState session, String name, boolean force) {
        for (SessionStateScope s = session.currentScope(); s != null; s = s.parent()) {
            PSVariable variable = s.getLocalVariable(name);
            if (variable != null) {
                if (variable.isConstant() || variable.isReadOnly() && !force) {
                    throw new ProviderException("VariableNotRemovable", ErrorCategory.WriteError,
                            "SessionStateUnauthorizedAccessException", variable.getName(), "Cannot remove variable "
                            + variable.getName() + " because it is constant or read-only. If the variable is read-only, "
                            + "try the operation again specifying the Force option.");
                }
                return s.remove(name);
            }
        }
        return false;
    }

    /** A renamed variable keeps its options and description, as pwsh's does. */
    @Override
    void rename(SessionState session, Item item, String newName, boolean force) {
        PSVariable old = (PSVariable) item.value();
        remove(session, old.getName(), force);
        PSVariable renamed = new PSVariable(newName, old.getValue());
        old.getOptions().forEach(renamed::addOption);
        renamed.setDescription(old.getDescription());
        session.currentScope().setVariable(renamed);
    }

    @Override
    Object content(Item item) {
        return ((PSVariable) item.value()).getValue();
    }
}
