package org.jposh.grammar.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ast.FindAll: every node under a tree, in source order, nested script blocks included or not. It walks the
 * nodes' record components, so new node kinds need nothing here. Reflection is fine for its users (Invoke-Command
 * looking for {@code $using:} once per call, scripts calling FindAll); compilers use the visitor.
 */
public final class AstSearcher {
    /**
     * A node's components in the order pwsh's visitor goes through them: the record's order, but attributes first,
     * a block's traps before its statements, a class's base types before its members and a script block's
     * dynamicparam block right after its param block.
     */
    private static final ClassValue<List<RecordComponent>> VISIT_ORDER = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            List<RecordComponent> order = new ArrayList<>(List.of(type.getRecordComponents()));
            moveBefore(order, "attributes", order.getFirst().getName(), 0);
            moveBefore(order, "traps", "statements", 0);
            moveBefore(order, "baseTypes", "members", 0);
            moveBefore(order, "dynamicParamBlock", "paramBlock", 1);
            return order;
        }

        private static void moveBefore(List<RecordComponent> order, String moved, String anchor, int after) {
            RecordComponent component = order.stream().filter(c -> c.getName().equals(moved)).findFirst().orElse(null);
            if (component != null) {
                order.remove(component);
                int at = 0;
                while (at < order.size() && !order.get(at).getName().equals(anchor)) {
                    at++;
                }
                order.add(Math.min(at + after, order.size()), component);
            }
        }
    };

    private AstSearcher() {
    }

    /** What a walk does at each node; {@code parent} is null for the root. */
    @FunctionalInterface
    public interface Visitor {
        /** Returns false to stop the walk. */
        boolean visit(Ast node, Ast parent);
    }

    public static <T extends Ast> List<T> findAll(Ast root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root, null, true, (node, parent) -> {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            return true;
        });
        return found;
    }

    /** Ast.Find: the first node of a type under a tree (the root included), in visiting order, or null. */
    public static <T extends Ast> T find(Ast root, Class<T> type, boolean nestedScriptBlocks) {
        List<T> found = new ArrayList<>(1);
        walk(root, null, nestedScriptBlocks, (node, parent) -> {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
                return false;
            }
            return true;
        });
        return found.isEmpty() ? null : found.getFirst();
    }

    /**
     * Visits {@code root} and the nodes under it, parents before children. Without {@code nestedScriptBlocks} the
     * walk visits a function definition, trap or script block expression but not what is inside it, as pwsh's
     * AstSearcher does.
     */
    public static void walk(Ast root, Ast parent, boolean nestedScriptBlocks, Visitor visitor) {
        walk((Object) root, parent, nestedScriptBlocks, visitor);
    }

    private static boolean walk(Object node, Ast parent, boolean nestedScriptBlocks, Visitor visitor) {
        if (node instanceof Collection<?> items) {
            for (Object item : items) {
                if (!walk(item, parent, nestedScriptBlocks, visitor)) {
                    return false;
                }
            }
            return true;
        }
        Ast childParent = parent;
        if (node instanceof Ast ast) {
            if (!visitor.visit(ast, parent)) {
                return false;
            }
            if (!nestedScriptBlocks && opensScriptBlock(ast)) {
                return true;
            }
            childParent = ast;
        } else if (!isChildRecord(node)) {
            return true;
        }
        for (RecordComponent component : VISIT_ORDER.get(node.getClass())) {
            if (!walk(value(component, node), childParent, nestedScriptBlocks, visitor)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensScriptBlock(Ast node) {
        return node instanceof FunctionDefinitionAst || node instanceof TrapStatementAst
                || node instanceof ScriptBlockExpressionAst;
    }

    /**
     * The records nodes group their children in (a hashtable's key-value pairs, an if's clauses): pwsh's tuples,
     * whose items have the node holding the tuple as their parent.
     */
    public static boolean isChildRecord(Object value) {
        Class<?> enclosing = value == null ? null : value.getClass().getEnclosingClass();
        return value instanceof Record && enclosing != null && Ast.class.isAssignableFrom(enclosing);
    }

    /** The value of a node's record component. */
    public static Object value(RecordComponent component, Object node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + node.getClass(), e);
        }
    }
}
