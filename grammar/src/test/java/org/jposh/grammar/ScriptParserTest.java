package org.jposh.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jposh.grammar.ast.*;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private static ScriptBlockAst parse(String text) {
        return ScriptParser.parse(new ScriptSource(null, text));
    }

    private static ExpressionAst onlyExpression(String text) {
        PipelineAst pipeline = (PipelineAst) parse(text).endBlock().statements().getFirst();
        return ((CommandExpressionAst) pipeline.pipelineElements().getFirst()).expression();
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        BinaryExpressionAst sum = assertInstanceOf(BinaryExpressionAst.class, onlyExpression("1 + 2 * 3"));
        assertEquals(TokenKind.PLUS, sum.operator());
        BinaryExpressionAst product = assertInstanceOf(BinaryExpressionAst.class, sum.right());
        assertEquals(TokenKind.MULTIPLY, product.operator());
    }

    @Test
    void operatorsAreLeftAssociative() {
        BinaryExpressionAst outer = assertInstanceOf(BinaryExpressionAst.class, onlyExpression("10 - 4 - 3"));
        assertInstanceOf(BinaryExpressionAst.class, outer.left());
        assertEquals(3, ((ConstantExpressionAst) outer.right()).value());
    }

    @Test
    void numbersAreTypedAsPowerShellTypesThem() {
        assertEquals(42, ((ConstantExpressionAst) onlyExpression("42")).value());
        assertEquals(4294967296L, ((ConstantExpressionAst) onlyExpression("4294967296")).value());
        assertEquals(1.5, ((ConstantExpressionAst) onlyExpression("1.5")).value());
        assertEquals(-1, ((ConstantExpressionAst) onlyExpression("0xFFFFFFFF")).value());
    }

    @Test
    void barewordAtStatementStartIsACommandWithArguments() {
        PipelineAst pipeline = (PipelineAst) parse("Write-Output a.txt 5 -Name:x $v 'q'").endBlock().statements().getFirst();
        CommandAst command = assertInstanceOf(CommandAst.class, pipeline.pipelineElements().getFirst());
        List<CommandElementAst> e = command.commandElements();
        assertEquals("Write-Output", ((StringConstantExpressionAst) e.get(0)).value());
        assertEquals("a.txt", ((StringConstantExpressionAst) e.get(1)).value());
        assertEquals(5, ((ConstantExpressionAst) e.get(2)).value());
        CommandParameterAst name = (CommandParameterAst) e.get(3);
        assertEquals("Name", name.parameterName());
        assertEquals("x", ((StringConstantExpressionAst) name.argument()).value());
        assertEquals("v", ((VariableExpressionAst) e.get(4)).variablePath().name());
        assertEquals("q", ((StringConstantExpressionAst) e.get(5)).value());
    }

    @Test
    void negativeNumberArgumentIsNotAParameter() {
        CommandAst command = (CommandAst) ((PipelineAst) parse("Write-Output -5 -x").endBlock().statements().getFirst())
                .pipelineElements().getFirst();
        assertEquals(-5, ((ConstantExpressionAst) command.commandElements().get(1)).value());
        assertEquals("x", ((CommandParameterAst) command.commandElements().get(2)).parameterName());
    }

    @Test
    void commandArgumentsAreNotArithmetic() {
        CommandAst command = (CommandAst) ((PipelineAst) parse("Write-Output 1+2").endBlock().statements().getFirst())
                .pipelineElements().getFirst();
        assertEquals("1+2", ((StringConstantExpressionAst) command.commandElements().get(1)).value());
    }

    @Test
    void pipelinesAndStatementSeparators() {
        ScriptBlockAst script = parse("1 | Write-Output; $x = 2\n\nWrite-Output $x | Write-Output\n");
        assertEquals(3, script.endBlock().statements().size());
        assertEquals(2, ((PipelineAst) script.endBlock().statements().get(0)).pipelineElements().size());
        AssignmentStatementAst assignment = assertInstanceOf(AssignmentStatementAst.class, script.endBlock().statements().get(1));
        assertEquals("x", ((VariableExpressionAst) assignment.left()).variablePath().name());
    }

    @Test
    void assignmentRightSideCanBeACommand() {
        AssignmentStatementAst a = (AssignmentStatementAst) parse("$x = Write-Output 5").endBlock().statements().getFirst();
        assertInstanceOf(CommandAst.class, ((PipelineAst) a.right()).pipelineElements().getFirst());
    }

    @Test
    void stringEscapes() {
        assertEquals("it's", ((StringConstantExpressionAst) onlyExpression("'it''s'")).value());
        assertEquals("a\tb\"c", ((StringConstantExpressionAst) onlyExpression("\"a`tb`\"c\"")).value());
    }

    @Test
    void scopedVariables() {
        VariablePath path = ((VariableExpressionAst) onlyExpression("$global:x")).variablePath();
        assertEquals("global", path.drive());
        assertEquals("x", path.name());
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() {
        assertEquals(2, parse("\uFEFF1\r\n2\r\n").endBlock().statements().size());
    }

    @Test
    void missingOperandIsReportedAfterTheOperator() {
        ParseError error = assertThrows(ParseException.class, () -> parse("1 +")).error();
        assertEquals("ExpectedValueExpression", error.errorId());
        assertEquals("You must provide a value expression following the '+' operator.", error.message());
        assertEquals(4, error.extent().startColumn());
    }

    @Test
    void unterminatedString() {
        ParseError error = assertThrows(ParseException.class, () -> parse("Write-Output \"abc")).error();
        assertEquals("TerminatorExpectedAtEndOfString", error.errorId());
        assertEquals("The string is missing the terminator: \".", error.message());
    }

    @Test
    void missingClosingParenthesis() {
        ParseError error = assertThrows(ParseException.class, () -> parse("(1 + 2")).error();
        assertEquals("MissingEndParenthesisInExpression", error.errorId());
        assertEquals("Missing closing ')' in expression.", error.message());
    }

    @Test
    void unexpectedToken() {
        ParseError error = assertThrows(ParseException.class, () -> parse("1 2")).error();
        assertEquals("UnexpectedToken", error.errorId());
        assertEquals("Unexpected token '2' in expression or statement.", error.message());
        assertEquals(3, error.extent().startColumn());
    }
}
