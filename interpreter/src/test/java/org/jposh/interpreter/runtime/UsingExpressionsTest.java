package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.UsingExpressionAst;
import org.junit.jupiter.api.Test;

/** The keys of $using: expressions must be pwsh's, byte for byte, or a pwsh server finds no value. */
class UsingExpressionsTest {
    private static List<String> keys(String script) {
        return AstSearcher.findAll(ScriptParser.parse(new ScriptSource(null, script)), UsingExpressionAst.class).stream()
                .map(UsingExpressions::key).toList();
    }

    @Test
    void keyIsTheBase64OfTheLowerCasedUtf16TextOfAVariable() {
        assertEquals(List.of("JAB1AHMAaQBuAGcAOgB4AA=="), keys("$Using:X"));
    }

    @Test
    void membersAndIndexesKeepTheirCase() {
        assertEquals(List.of("JAB1AHMAaQBuAGcAOgBoAC4AawA=", "JAB1AHMAaQBuAGcAOgBsAGkAcwB0AFsAMABdAA=="),
                keys("$using:h.k + $using:list[0]"));
    }

    @Test
    void nestedBlocksAndStringsAreSearched() {
        assertEquals(2, keys("1..2 | % { $using:a }; \"$using:b\"").size());
    }
}
