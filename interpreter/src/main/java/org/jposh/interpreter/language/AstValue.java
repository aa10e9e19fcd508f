package org.jposh.interpreter.language;

import java.lang.reflect.RecordComponent;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.Ast;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.CommandAst;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.FunctionDefinitionAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * A node of a parsed script as scripts see it ({@code System.Management.Automation.Language.CommandAst}...): the
 * grammar's node and the tree it belongs to, which knows every node's parent. The grammar's nodes are records
 * without parent links, so each parsed tree gets one {@link Tree}; it hands out one value per node, so the same
 * node reached twice ({@code $a.Parent} and a FindAll result) is the same object. A tuple pwsh groups children in
 * (an if's clauses, a hashtable's pairs) is a value too, without a parent.
 */
public final class AstValue implements DotNetTyped {
    private final Object node;
    private final Tree tree;

    private AstValue(Object node, Tree tree) {
        this.node = node;
        this.tree = tree;
    }

    /** The value of {@code node} in a tree of its own, {@code node} being its root. */
    public static AstValue root(Ast node) {
        return new Tree(node).value(node);
    }

    /**
     * ScriptBlock.Ast: the ScriptBlockAst a script block was compiled from (for a function's, its
     * FunctionDefinitionAst), in the tree of its whole script, so that its Parent is what holds it. The script is parsed again
     * for each call: this is for tools, and a cache would keep every script's tree alive. Null for code that has no
     * script block of its own (a class property's initial value).
     */
    public static AstValue ofScriptBlock(Extent extent) {
        Ast[] match = new Ast[1];
        ScriptBlockAst root;
        try {
            root = ScriptParser.parse(extent.source());
        } catch (ParseException e) {
            return null;
        }
        // A script block and the script holding only it share their extent: the innermost is the one compiled.
        AstSearcher.walk(root, null, true, (node, parent) -> {
            if (node instanceof ScriptBlockAst block && block.extent().startOffset() == extent.startOffset()
                    && block.extent().endOffset() == extent.endOffset()) {
                // A function's script block is its definition's, as pwsh's Ast has it: the text starts at `function`.
                match[0] = parent instanceof FunctionDefinitionAst function && function.body() == block ? function : block;
            }
            return true;
        });
        return match[0] == null ? null : new Tree(root).value(match[0]);
    }

    /**
     * The command a line being typed has at the cursor (the innermost one starting before it), in the tree of the
     * whole line, for an argument completer's {@code $commandAst}; null when the line does not parse or has none
     * there.
     */
    public static AstValue commandAt(String input, int cursor) {
        ScriptBlockAst root;
        try {
            root = ScriptParser.parse(new ScriptSource(null, input));
        } catch (ParseException e) {
            return null;
        }
        CommandAst found = null;
        for (CommandAst command : AstSearcher.findAll(root, CommandAst.class)) {
            if (command.extent().startOffset() <= cursor
                    && (found == null || command.extent().startOffset() >= found.extent().startOffset())) {
                found = command;
            }
        }
        return found == null ? null : new Tree(root).value(found);
    }

    /** The grammar's node or tuple. */
    public Object node() {
        return node;
    }

    /** The node holding this one, or null at the root. */
    public AstValue parent() {
        Ast parent = tree.parents.get(node);
        return parent == null ? null : tree.value(parent);
    }

    Tree tree() {
        return tree;
    }

    @Override
    public DotNetType dotNetType() {
        return AstTypes.typeOf(node.getClass());
    }

    /** Ast.ToString(): the text the node was parsed from; a tuple's is its items', as Tuple.ToString(). */
    @Override
    public String toString() {
        if (node instanceof Ast ast) {
            return ast.extent().text();
        }
        StringJoiner items = new StringJoiner(", ", "(", ")");
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Object item = AstSearcher.value(component, node);
            items.add(item instanceof Ast ast ? ast.extent().text() : item == null ? "" : item.toString());
        }
        return items.toString();
    }

    /** A parsed tree: every node's parent, and the values handed out so far. */
    static final class Tree {
        private final Map<Object, Ast> parents = new IdentityHashMap<>();
        private final Map<Object, AstValue> values = new IdentityHashMap<>();

        Tree(Ast root) {
            AstSearcher.walk(root, null, true, (node, parent) -> {
                if (parent != null) {
                    parents.put(node, parent);
                }
                return true;
            });
        }

        synchronized AstValue value(Object node) {
            return values.computeIfAbsent(node, n -> new AstValue(n, this));
        }
    }
}
