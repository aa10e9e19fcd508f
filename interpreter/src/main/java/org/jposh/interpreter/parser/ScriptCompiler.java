package org.jposh.interpreter.parser;

import com.oracle.truffle.api.source.Source;
import java.util.List;
import org.jposh.grammar.ast.*;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ScriptRootNode;
import org.jposh.interpreter.nodes.StatementListNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.nodes.expression.AddNodeGen;
import org.jposh.interpreter.nodes.expression.DivideNodeGen;
import org.jposh.interpreter.nodes.expression.LiteralNode;
import org.jposh.interpreter.nodes.expression.MultiplyNodeGen;
import org.jposh.interpreter.nodes.expression.NegateNodeGen;
import org.jposh.interpreter.nodes.expression.ParenExpressionNode;
import org.jposh.interpreter.nodes.expression.RemainderNodeGen;
import org.jposh.interpreter.nodes.expression.SubtractNodeGen;
import org.jposh.interpreter.nodes.expression.UnaryPlusNodeGen;
import org.jposh.interpreter.nodes.pipeline.CommandArgumentNode;
import org.jposh.interpreter.nodes.pipeline.CommandNode;
import org.jposh.interpreter.nodes.pipeline.ExpressionStatementNode;
import org.jposh.interpreter.nodes.pipeline.PipelineNode;
import org.jposh.interpreter.nodes.statements.ExitNode;
import org.jposh.interpreter.nodes.variables.AssignVariableNode;
import org.jposh.interpreter.nodes.variables.ReadVariableNode;

/**
 * Turns the AST into Truffle nodes, as PowerShell's Compiler turns it into LINQ trees.
 * Each visit returns the node for one AST node; the typed helpers say which kind is expected.
 */
public final class ScriptCompiler implements AstVisitor<PoshNode> {
    private final PoshLanguage language;
    private final Source source;

    public ScriptCompiler(PoshLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    /** The root the host evaluates: the script's body wrapped in its scope and output handling. */
    public ScriptRootNode compileScript(ScriptBlockAst script) {
        return new ScriptRootNode(language, compileScriptBlock(script).getCallTarget(), source);
    }

    /** The script's code alone, called with the scope and output pipe of {@link ScriptBlockRootNode#arguments}. */
    public ScriptBlockRootNode compileScriptBlock(ScriptBlockAst script) {
        StatementNode body = (StatementNode) script.accept(this);
        return new ScriptBlockRootNode(language, body, source, source.getName());
    }

    private StatementNode statement(StatementAst ast) {
        return at((StatementNode) ast.accept(this), ast.extent());
    }

    private ExpressionNode expression(ExpressionAst ast) {
        return at((ExpressionNode) ast.accept(this), ast.extent());
    }

    @Override
    public PoshNode visitScriptBlock(ScriptBlockAst ast) {
        List<StatementAst> statements = ast.statements();
        StatementNode[] nodes = new StatementNode[statements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(statements.get(i));
        }
        return at(new StatementListNode(nodes), ast.extent());
    }

    @Override
    public PoshNode visitAssignmentStatement(AssignmentStatementAst ast) {
        if (!(ast.left() instanceof VariableExpressionAst variable)) {
            throw new IllegalStateException("the grammar only produces variable assignment targets");
        }
        return new AssignVariableNode(variable.path().name(), statement(ast.right()));
    }

    @Override
    public PoshNode visitExitStatement(ExitStatementAst ast) {
        return new ExitNode(ast.pipeline() == null ? null : statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitPipeline(PipelineAst ast) {
        List<CommandBaseAst> elements = ast.elements();
        if (elements.size() == 1 && elements.getFirst() instanceof CommandExpressionAst e) {
            return new ExpressionStatementNode(expression(e.expression()));
        }
        ExpressionNode input = null;
        int first = 0;
        if (elements.getFirst() instanceof CommandExpressionAst e) {
            input = expression(e.expression());
            first = 1;
        }
        CommandNode[] commands = new CommandNode[elements.size() - first];
        for (int i = first; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof CommandAst command)) {
                throw new IllegalStateException("an expression can only start a pipeline");
            }
            commands[i - first] = at((CommandNode) command.accept(this), command.extent());
        }
        return new PipelineNode(input, commands);
    }

    @Override
    public PoshNode visitCommand(CommandAst ast) {
        List<CommandElementAst> elements = ast.elements();
        String name = ((StringConstantExpressionAst) elements.getFirst()).value();
        CommandArgumentNode[] arguments = new CommandArgumentNode[elements.size() - 1];
        for (int i = 1; i < elements.size(); i++) {
            CommandElementAst element = elements.get(i);
            arguments[i - 1] = element instanceof ExpressionAst e
                    ? at(new CommandArgumentNode(null, expression(e)), e.extent())
                    : at((CommandArgumentNode) element.accept(this), element.extent());
        }
        return new CommandNode(name, arguments);
    }

    @Override
    public PoshNode visitCommandParameter(CommandParameterAst ast) {
        return new CommandArgumentNode(ast.parameterName(), ast.argument() == null ? null : expression(ast.argument()));
    }

    @Override
    public PoshNode visitCommandExpression(CommandExpressionAst ast) {
        return new ExpressionStatementNode(expression(ast.expression()));
    }

    @Override
    public PoshNode visitConstantExpression(ConstantExpressionAst ast) {
        return new LiteralNode(ast.value());
    }

    @Override
    public PoshNode visitStringConstantExpression(StringConstantExpressionAst ast) {
        return new LiteralNode(ast.value());
    }

    @Override
    public PoshNode visitVariableExpression(VariableExpressionAst ast) {
        String name = ast.path().userPath();
        if (name.equalsIgnoreCase("null")) {
            return new LiteralNode(null);
        }
        if (name.equalsIgnoreCase("true")) {
            return new LiteralNode(Boolean.TRUE);
        }
        if (name.equalsIgnoreCase("false")) {
            return new LiteralNode(Boolean.FALSE);
        }
        return new ReadVariableNode(ast.path().name());
    }

    @Override
    public PoshNode visitParenExpression(ParenExpressionAst ast) {
        return new ParenExpressionNode(statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitUnaryExpression(UnaryExpressionAst ast) {
        ExpressionNode operand = expression(ast.child());
        return switch (ast.operator()) {
            case MINUS -> NegateNodeGen.create(operand);
            case PLUS -> UnaryPlusNodeGen.create(operand);
            default -> throw new IllegalStateException("not a unary operator: " + ast.operator());
        };
    }

    @Override
    public PoshNode visitBinaryExpression(BinaryExpressionAst ast) {
        ExpressionNode left = expression(ast.left());
        ExpressionNode right = expression(ast.right());
        return switch (ast.operator()) {
            case PLUS -> AddNodeGen.create(left, right);
            case MINUS -> SubtractNodeGen.create(left, right);
            case MULTIPLY -> MultiplyNodeGen.create(left, right);
            case DIVIDE -> DivideNodeGen.create(left, right);
            case REM -> RemainderNodeGen.create(left, right);
            case EQUALS -> throw new IllegalStateException("= is not a binary operator");
        };
    }

    private static <T extends PoshNode> T at(T node, Extent extent) {
        node.setExtent(extent);
        return node;
    }
}
