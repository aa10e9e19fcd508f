package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jposh.grammar.PowerShellParser.*;
import org.jposh.grammar.ast.*;

/** Builds our AST from ANTLR's parse tree, so that no ANTLR type leaves this module. */
final class AstBuilder extends PowerShellParserBaseVisitor<Ast> {
    private final ScriptSource source;

    AstBuilder(ScriptSource source) {
        this.source = source;
    }

    ScriptBlockAst build(ScriptContext ctx) {
        List<StatementAst> statements = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            statements.add(statement(s));
        }
        Extent all = source.extent(0, source.text().length());
        NamedBlockAst end = new NamedBlockAst(all, TokenKind.END, true, statements, List.of());
        return new ScriptBlockAst(all, List.of(), null, null, null, end, null, null, null);
    }

    private StatementAst statement(StatementContext ctx) {
        return (StatementAst) visit(ctx);
    }

    private ExpressionAst expression(ParserRuleContext ctx) {
        return (ExpressionAst) visit(ctx);
    }

    @Override
    public Ast visitAssignmentStatement(AssignmentStatementContext ctx) {
        return new AssignmentStatementAst(extent(ctx), variable(ctx.VARIABLE().getSymbol()), TokenKind.EQUALS,
                statement(ctx.statement()), extent(ctx.ASSIGN().getSymbol()));
    }

    @Override
    public Ast visitExitStatement(ExitStatementContext ctx) {
        return new ExitStatementAst(extent(ctx), ctx.pipeline() == null ? null : pipeline(ctx.pipeline()));
    }

    @Override
    public Ast visitPipelineStatement(PipelineStatementContext ctx) {
        return pipeline(ctx.pipeline());
    }

    private PipelineAst pipeline(PipelineContext ctx) {
        List<CommandBaseAst> elements = new ArrayList<>();
        for (PipelineElementContext e : ctx.pipelineElement()) {
            elements.add((CommandBaseAst) visit(e));
        }
        return new PipelineAst(extent(ctx), elements, false);
    }

    @Override
    public Ast visitCommandExpression(CommandExpressionContext ctx) {
        return new CommandExpressionAst(extent(ctx), expression(ctx.expression()), List.of());
    }

    @Override
    public Ast visitCommand(CommandContext ctx) {
        List<CommandElementAst> elements = new ArrayList<>();
        Token name = ctx.COMMAND_NAME().getSymbol();
        elements.add(new StringConstantExpressionAst(extent(name), name.getText(), StringConstantType.BARE_WORD));
        List<CommandElementContext> arguments = ctx.commandElement();
        for (int i = 0; i < arguments.size(); i++) {
            CommandElementAst element = (CommandElementAst) visit(arguments.get(i));
            if (element instanceof CommandParameterAst p && p.extent().text().endsWith(":")
                    && i + 1 < arguments.size()) {
                ExpressionAst argument = (ExpressionAst) visit(arguments.get(++i));
                element = new CommandParameterAst(p.extent().to(argument.extent()), p.parameterName(), argument,
                        p.extent());
            }
            elements.add(element);
        }
        return new CommandAst(extent(ctx), elements, TokenKind.UNKNOWN, List.of());
    }

    @Override
    public Ast visitCommandParameter(CommandParameterContext ctx) {
        Token token = ctx.PARAMETER().getSymbol();
        String text = token.getText();
        String name = text.endsWith(":") ? text.substring(1, text.length() - 1) : text.substring(1);
        return new CommandParameterAst(extent(token), name, null, extent(token));
    }

    /** A bare word argument is a number when the whole word is one, otherwise a string. */
    @Override
    public Ast visitGenericArgument(GenericArgumentContext ctx) {
        Token token = ctx.GENERIC_TOKEN().getSymbol();
        Object number = NumberLiteral.parse(token.getText());
        if (number != null) {
            return new ConstantExpressionAst(extent(token), number);
        }
        return new StringConstantExpressionAst(extent(token), token.getText(), StringConstantType.BARE_WORD);
    }

    @Override
    public Ast visitExpressionArgument(ExpressionArgumentContext ctx) {
        return visit(ctx.primaryExpression());
    }

    @Override
    public Ast visitExpression(ExpressionContext ctx) {
        return visit(ctx.additiveExpression());
    }

    @Override
    public Ast visitAdditiveExpression(AdditiveExpressionContext ctx) {
        if (ctx.op == null) {
            return visit(ctx.multiplicativeExpression());
        }
        return binary(ctx, ctx.additiveExpression(), ctx.op, ctx.multiplicativeExpression());
    }

    @Override
    public Ast visitMultiplicativeExpression(MultiplicativeExpressionContext ctx) {
        if (ctx.op == null) {
            return visit(ctx.unaryExpression());
        }
        return binary(ctx, ctx.multiplicativeExpression(), ctx.op, ctx.unaryExpression());
    }

    private BinaryExpressionAst binary(ParserRuleContext ctx, ParserRuleContext left, Token op,
                                       ParserRuleContext right) {
        return new BinaryExpressionAst(extent(ctx), expression(left), operator(op), expression(right), extent(op));
    }

    @Override
    public Ast visitSignExpression(SignExpressionContext ctx) {
        return new UnaryExpressionAst(extent(ctx), operator(ctx.op), expression(ctx.unaryExpression()));
    }

    @Override
    public Ast visitPrimary(PrimaryContext ctx) {
        return visit(ctx.primaryExpression());
    }

    @Override
    public Ast visitNumberLiteral(NumberLiteralContext ctx) {
        return new ConstantExpressionAst(extent(ctx), NumberLiteral.parse(ctx.getText()));
    }

    @Override
    public Ast visitSingleQuotedString(SingleQuotedStringContext ctx) {
        return new StringConstantExpressionAst(extent(ctx), StringText.singleQuoted(ctx.getText()),
                StringConstantType.SINGLE_QUOTED);
    }

    @Override
    public Ast visitDoubleQuotedString(DoubleQuotedStringContext ctx) {
        return new StringConstantExpressionAst(extent(ctx), StringText.doubleQuoted(ctx.getText()),
                StringConstantType.DOUBLE_QUOTED);
    }

    @Override
    public Ast visitVariable(VariableContext ctx) {
        return variable(ctx.VARIABLE().getSymbol());
    }

    @Override
    public Ast visitParenExpression(ParenExpressionContext ctx) {
        return new ParenExpressionAst(extent(ctx), pipeline(ctx.pipeline()));
    }

    private VariableExpressionAst variable(Token token) {
        String text = token.getText().substring(1);
        if (text.startsWith("{")) {
            text = text.substring(1, text.length() - 1);
        }
        return new VariableExpressionAst(extent(token), VariablePath.parse(text), false);
    }

    private static TokenKind operator(Token op) {
        return switch (op.getType()) {
            case PowerShellLexer.PLUS -> TokenKind.PLUS;
            case PowerShellLexer.MINUS -> TokenKind.MINUS;
            case PowerShellLexer.STAR -> TokenKind.MULTIPLY;
            case PowerShellLexer.SLASH -> TokenKind.DIVIDE;
            case PowerShellLexer.PERCENT -> TokenKind.REM;
            default -> throw new IllegalStateException("not an operator: " + op.getText());
        };
    }

    private Extent extent(ParserRuleContext ctx) {
        return source.extent(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }

    private Extent extent(Token token) {
        return source.extent(token.getStartIndex(), token.getStopIndex() + 1);
    }
}
