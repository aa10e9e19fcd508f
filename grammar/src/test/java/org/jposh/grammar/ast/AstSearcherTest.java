package org.jposh.grammar.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ScriptParser;
import org.junit.jupiter.api.Test;

class AstSearcherTest {
    private static ScriptBlockAst parse(String script) {
        return ScriptParser.parse(new ScriptSource(null, script));
    }

    private static List<String> commands(Ast root, boolean nested) {
        List<String> names = new ArrayList<>();
        AstSearcher.walk(root, null, nested, (node, parent) -> {
            if (node instanceof CommandAst command) {
                names.add(command.extent().text());
            }
            return true;
        });
        return names;
    }

    @Test
    void withoutNestedScriptBlocksTheWalkStopsAtFunctionsTrapsAndScriptBlocks() {
        ScriptBlockAst script = parse("a; function f { b }; trap { c }; $x = { d }; if ($y) { e }");
        // As pwsh's visitor, a block's traps come before its statements.
        assertEquals(List.of("c", "a", "b", "d", "e"), commands(script, true));
        assertEquals(List.of("a", "e"), commands(script, false));
    }

    @Test
    void aDynamicParamBlockComesRightAfterTheParamBlock() {
        ScriptBlockAst script = parse("param($p = (a)) begin { b } end { c } dynamicparam { d }");
        assertEquals(List.of("a", "d", "b", "c"), commands(script, true));
    }

    @Test
    void aParametersAttributesComeBeforeItsName() {
        List<String> kinds = new ArrayList<>();
        AstSearcher.walk(parse("param([Alias('x')] $p)"), null, true, (node, parent) -> {
            if (parent instanceof ParameterAst) {
                kinds.add(node.getClass().getSimpleName());
            }
            return true;
        });
        assertEquals(List.of("AttributeAst", "VariableExpressionAst"), kinds);
    }

    @Test
    void theItemsOfAnIfClauseHaveTheIfStatementAsParent() {
        ScriptBlockAst script = parse("if ($a) { 1 }");
        IfStatementAst statement = AstSearcher.findAll(script, IfStatementAst.class).getFirst();
        List<Ast> parentsOfClauseItems = new ArrayList<>();
        AstSearcher.walk(script, null, true, (node, parent) -> {
            if (node == statement.clauses().getFirst().condition() || node == statement.clauses().getFirst().body()) {
                parentsOfClauseItems.add(parent);
            }
            return true;
        });
        assertEquals(2, parentsOfClauseItems.size());
        parentsOfClauseItems.forEach(parent -> assertSame(statement, parent));
    }

    @Test
    void aVisitorReturningFalseStopsTheWalk() {
        List<Ast> seen = new ArrayList<>();
        AstSearcher.walk(parse("a; b; c"), null, true, (node, parent) -> {
            seen.add(node);
            return !(node instanceof CommandAst);
        });
        assertEquals("a", seen.getLast().extent().text());
    }
}
