package org.jposh.grammar.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ast.FindAll: every node of a type under a tree, in source order, nested script blocks included.
 * It walks the nodes' record components, so new node kinds need nothing here. Reflection is fine for
 * its users (Invoke-Command looking for {@code $using:} once per call); compilers use the visitor.
 */
public final class AstSearcher {
    private AstSearcher() {
    }

    public static <T extends Ast> List<T> findAll(Ast root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root, type, found);
        return found;
    }

    private static <T extends Ast> void walk(Object node, Class<T> type, List<T> found) {
        if (node instanceof Collection<?> items) {
            for (Object item : items) {
                walk(item, type, found);
            }
            return;
        }
        if (!(node instanceof Ast) && !isChildRecord(node)) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            walk(value(component, node), type, found);
        }
    }

    /** The records nodes group their children in (a hashtable's key-value pairs, an if's clauses). */
    private static boolean isChildRecord(Object value) {
        Class<?> enclosing = value == null ? null : value.getClass().getEnclosingClass();
        return value instanceof Record && enclosing != null && Ast.class.isAssignableFrom(enclosing);
    }

    private static Object value(RecordComponent component, Object node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + node.getClass(), e);
        }
    }
}
