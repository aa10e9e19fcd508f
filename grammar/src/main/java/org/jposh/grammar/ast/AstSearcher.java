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
        for (RecordComponent component : node.getClass().getRecordComponents()) {
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
