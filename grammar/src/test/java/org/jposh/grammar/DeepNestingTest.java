package org.jposh.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jposh.grammar.ast.CommandExpressionAst;
import org.jposh.grammar.ast.ParenExpressionAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.junit.jupiter.api.Test;

/** Nesting deeper than the caller's stack allows is parsed again on a thread with a large stack, as pwsh does. */
class DeepNestingTest {
    @Test
    void deeplyNestedParenthesesParse() {
        int depth = 20_000;
        String script = "(".repeat(depth) + "1" + ")".repeat(depth);
        ScriptBlockAst ast = ScriptParser.parse(new ScriptSource(null, script));
        PipelineAst pipeline = (PipelineAst) ast.endBlock().statements().getFirst();
        Object expression = ((CommandExpressionAst) pipeline.pipelineElements().getFirst()).expression();
        int levels = 0;
        while (expression instanceof ParenExpressionAst paren) {
            levels++;
            expression = ((CommandExpressionAst) ((PipelineAst) paren.pipeline()).pipelineElements().getFirst())
                    .expression();
        }
        assertEquals(depth, levels);
    }
}
