package org.jposh.interpreter.parser;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ast.*;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ScriptRootNode;
import org.jposh.interpreter.nodes.StatementListNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.nodes.expression.AddNodeGen;
import org.jposh.interpreter.nodes.expression.BitwiseNodeGen;
import org.jposh.interpreter.nodes.expression.BitwiseNotNodeGen;
import org.jposh.interpreter.nodes.expression.ComparisonNodeGen;
import org.jposh.interpreter.nodes.expression.ConvertNode;
import org.jposh.interpreter.nodes.expression.ContainsNodeGen;
import org.jposh.interpreter.nodes.expression.ExpandableStringNode;
import org.jposh.interpreter.nodes.expression.FormatNodeGen;
import org.jposh.interpreter.nodes.expression.HashLiteralNode;
import org.jposh.interpreter.nodes.expression.IndexNodeGen;
import org.jposh.interpreter.nodes.expression.InvokeMemberNode;
import org.jposh.interpreter.nodes.expression.JoinNodeGen;
import org.jposh.interpreter.nodes.expression.LikeNodeGen;
import org.jposh.interpreter.nodes.expression.LogicalNode;
import org.jposh.interpreter.nodes.expression.MatchNodeGen;
import org.jposh.interpreter.nodes.expression.MemberNode;
import org.jposh.interpreter.nodes.expression.NotNodeGen;
import org.jposh.interpreter.nodes.expression.RangeNodeGen;
import org.jposh.interpreter.nodes.expression.ReplaceNodeGen;
import org.jposh.interpreter.nodes.expression.SplitNodeGen;
import org.jposh.interpreter.nodes.expression.TypeLiteralNode;
import org.jposh.interpreter.nodes.expression.TypeOperatorNodeGen;
import org.jposh.interpreter.nodes.expression.UnaryJoinNodeGen;
import org.jposh.interpreter.nodes.expression.UnarySplitNodeGen;
import org.jposh.interpreter.nodes.expression.ArrayExpressionNode;
import org.jposh.interpreter.nodes.expression.ArrayLiteralNode;
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
import org.jposh.interpreter.nodes.pipeline.RedirectedStatementNode;
import org.jposh.interpreter.nodes.pipeline.RedirectionsNode;
import org.jposh.interpreter.nodes.statements.ExitNode;
import org.jposh.interpreter.nodes.statements.ThrowNode;
import org.jposh.interpreter.nodes.statements.TrapHandlersNode;
import org.jposh.interpreter.nodes.statements.TryNode;
import org.jposh.interpreter.nodes.variables.AssignVariableNode;
import org.jposh.interpreter.nodes.variables.DollarQuestionNode;
import org.jposh.interpreter.nodes.variables.ReadVariableNode;
import org.jposh.interpreter.runtime.BitwiseOperators;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.PoshParseError;

/**
 * Turns the AST into Truffle nodes, as PowerShell's Compiler turns it into LINQ trees.
 * Each visit returns the node for one AST node; the typed helpers say which kind is expected.
 * Constructs the interpreter cannot run yet are rejected here, before anything runs, with an error
 * worded like a parse error and positioned on the construct ({@link #notSupported}).
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

    private StatementNode statementBlock(StatementBlockAst ast) {
        return (StatementNode) ast.accept(this);
    }

    private ExpressionNode expression(ExpressionAst ast) {
        return at((ExpressionNode) ast.accept(this), ast.extent());
    }

    /**
     * The error for a construct the parser accepts but the interpreter cannot run yet, reported when the
     * script is compiled: {@code what} names the construct, as in "The 'switch' statement".
     */
    private static PoshParseError notSupported(Ast ast, String what) {
        return notSupported(ast.extent(), what);
    }

    private static PoshParseError notSupported(Extent extent, String what) {
        return new PoshParseError(new ParseError(extent, "NotSupported", what + " is not supported by JPosh yet."));
    }

    @Override
    public PoshNode visitScriptBlock(ScriptBlockAst ast) {
        if (!ast.usingStatements().isEmpty()) {
            throw notSupported(ast.usingStatements().getFirst(), "The 'using' statement");
        }
        if (ast.paramBlock() != null) {
            throw notSupported(ast.paramBlock(), "The 'param' block");
        }
        for (NamedBlockAst block : new NamedBlockAst[]{ast.dynamicParamBlock(), ast.beginBlock(),
                ast.processBlock(), ast.cleanBlock()}) {
            if (block != null) {
                throw notSupported(block, "The '" + block.blockKind().text() + "' block");
            }
        }
        return ast.endBlock().accept(this);
    }

    @Override
    public PoshNode visitNamedBlock(NamedBlockAst ast) {
        if (!ast.unnamed()) {
            throw notSupported(ast, "The '" + ast.blockKind().text() + "' block");
        }
        return statementList(ast.statements(), ast.traps(), ast.extent());
    }

    @Override
    public PoshNode visitStatementBlock(StatementBlockAst ast) {
        return statementList(ast.statements(), ast.traps(), ast.extent());
    }

    private StatementNode statementList(List<StatementAst> statements, List<TrapStatementAst> traps, Extent extent) {
        StatementNode[] nodes = new StatementNode[statements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(statements.get(i));
        }
        return at(new StatementListNode(nodes, traps.isEmpty() ? null : trapHandlers(traps)), extent);
    }

    /** A list's traps; each body is a script block of its own, as it runs in a new scope. */
    private TrapHandlersNode trapHandlers(List<TrapStatementAst> traps) {
        String[][] typeNames = new String[traps.size()][];
        CallTarget[] bodies = new CallTarget[traps.size()];
        for (int i = 0; i < bodies.length; i++) {
            TrapStatementAst trap = traps.get(i);
            typeNames[i] = trap.trapType() == null ? new String[0]
                    : new String[]{trap.trapType().typeName().fullName()};
            bodies[i] = new ScriptBlockRootNode(language, (StatementNode) trap.accept(this), source, "trap")
                    .getCallTarget();
        }
        return new TrapHandlersNode(typeNames, bodies);
    }

    @Override
    public PoshNode visitAssignmentStatement(AssignmentStatementAst ast) {
        if (ast.operator() != TokenKind.EQUALS) {
            throw notSupported(ast.errorPosition(), "The '" + ast.operator().text() + "' operator");
        }
        if (!(ast.left() instanceof VariableExpressionAst variable) || variable.splatted()) {
            throw notSupported(ast.left(), "Assignment to this kind of target");
        }
        return new AssignVariableNode(variable.variablePath().name(), statement(ast.right()));
    }

    @Override
    public PoshNode visitExitStatement(ExitStatementAst ast) {
        return new ExitNode(ast.pipeline() == null ? null : statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitPipeline(PipelineAst ast) {
        if (ast.background()) {
            throw notSupported(ast, "Running a pipeline in the background ('&')");
        }
        List<CommandBaseAst> elements = ast.pipelineElements();
        if (elements.size() == 1 && elements.getFirst() instanceof CommandExpressionAst e) {
            return at(e.accept(this), e.extent());
        }
        ExpressionNode input = null;
        int first = 0;
        if (elements.getFirst() instanceof CommandExpressionAst e) {
            if (!e.redirections().isEmpty()) {
                throw notSupported(e.redirections().getFirst(), "Redirecting an expression that starts a pipeline");
            }
            input = expression(e.expression());
            first = 1;
        }
        CommandNode[] commands = new CommandNode[elements.size() - first];
        for (int i = first; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof CommandAst command)) {
                throw new IllegalStateException("the parser only lets an expression start a pipeline");
            }
            commands[i - first] = at((CommandNode) command.accept(this), command.extent());
        }
        return new PipelineNode(input, commands);
    }

    /**
     * The redirections of a command or expression, or null when it has none: the streams merged into
     * the output, and per file redirection its streams, path and whether it appends. Stream numbers are
     * those scripts write (1 output, 2 error ... 6 information); {@code *} is all of them.
     */
    private RedirectionsNode redirections(CommandBaseAst ast) {
        List<RedirectionAst> redirections = ast.redirections();
        if (redirections.isEmpty()) {
            return null;
        }
        List<Integer> merged = new ArrayList<>();
        List<int[]> fileStreams = new ArrayList<>();
        List<ExpressionNode> fileTargets = new ArrayList<>();
        List<Boolean> append = new ArrayList<>();
        for (RedirectionAst redirection : redirections) {
            int from = redirection.fromStream().ordinal();
            if (redirection instanceof FileRedirectionAst file) {
                fileStreams.add(from == 0 ? new int[]{1, 2, 3, 4, 5, 6} : new int[]{from});
                fileTargets.add(expression(file.location()));
                append.add(file.append());
            } else if (from == 0) {
                for (int stream = 2; stream <= 6; stream++) {
                    merged.add(stream);
                }
            } else {
                merged.add(from);
            }
        }
        boolean[] appends = new boolean[append.size()];
        for (int i = 0; i < appends.length; i++) {
            appends[i] = append.get(i);
        }
        return new RedirectionsNode(merged.stream().mapToInt(Integer::intValue).toArray(),
                fileStreams.toArray(int[][]::new), fileTargets.toArray(ExpressionNode[]::new), appends, ast.extent());
    }

    @Override
    public PoshNode visitCommand(CommandAst ast) {
        if (ast.invocationOperator() != TokenKind.UNKNOWN) {
            throw notSupported(ast, "The '" + ast.invocationOperator().text() + "' invocation operator");
        }
        List<CommandElementAst> elements = ast.commandElements();
        if (!(elements.getFirst() instanceof StringConstantExpressionAst name)) {
            throw notSupported(elements.getFirst(), "A command name that is not a bare word");
        }
        CommandArgumentNode[] arguments = new CommandArgumentNode[elements.size() - 1];
        for (int i = 1; i < elements.size(); i++) {
            CommandElementAst element = elements.get(i);
            arguments[i - 1] = element instanceof ExpressionAst e
                    ? at(new CommandArgumentNode(null, expression(e)), e.extent())
                    : at((CommandArgumentNode) element.accept(this), element.extent());
        }
        return new CommandNode(name.value(), arguments, redirections(ast));
    }

    @Override
    public PoshNode visitCommandParameter(CommandParameterAst ast) {
        return new CommandArgumentNode(ast.parameterName(), ast.argument() == null ? null : expression(ast.argument()));
    }

    @Override
    public PoshNode visitCommandExpression(CommandExpressionAst ast) {
        StatementNode statement = new ExpressionStatementNode(expression(ast.expression()));
        RedirectionsNode redirections = redirections(ast);
        return redirections == null ? statement : new RedirectedStatementNode(statement, redirections);
    }

    @Override
    public PoshNode visitConstantExpression(ConstantExpressionAst ast) {
        Object value = ast.value();
        if (!(value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof BigDecimal)) {
            throw notSupported(ast, "A number literal of type '" + numericTypeName(value) + "'");
        }
        return new LiteralNode(value);
    }

    private static String numericTypeName(Object value) {
        if (value instanceof UnsignedValue u) {
            return u.type().text();
        }
        if (value instanceof Byte) {
            return "sbyte";
        }
        return value instanceof Short ? "short" : "bigint";
    }

    @Override
    public PoshNode visitStringConstantExpression(StringConstantExpressionAst ast) {
        return new LiteralNode(ast.value());
    }

    @Override
    public PoshNode visitVariableExpression(VariableExpressionAst ast) {
        if (ast.splatted()) {
            throw notSupported(ast, "Splatting");
        }
        String name = ast.variablePath().userPath();
        if (name.equalsIgnoreCase("null")) {
            return new LiteralNode(null);
        }
        if (name.equalsIgnoreCase("true")) {
            return new LiteralNode(Boolean.TRUE);
        }
        if (name.equalsIgnoreCase("false")) {
            return new LiteralNode(Boolean.FALSE);
        }
        if (name.equals("?")) {
            return new DollarQuestionNode();
        }
        return new ReadVariableNode(ast.variablePath().name());
    }

    @Override
    public PoshNode visitParenExpression(ParenExpressionAst ast) {
        if (!(ast.pipeline() instanceof PipelineAst pipeline)) {
            throw notSupported(ast.pipeline(), ast.pipeline() instanceof AssignmentStatementAst
                    ? "An assignment used as a value" : "The '&&' and '||' operators");
        }
        return new ParenExpressionNode(statement(pipeline));
    }

    @Override
    public PoshNode visitUnaryExpression(UnaryExpressionAst ast) {
        return switch (ast.operator()) {
            case MINUS -> NegateNodeGen.create(expression(ast.child()));
            case PLUS -> UnaryPlusNodeGen.create(expression(ast.child()));
            case NOT, EXCLAIM -> NotNodeGen.create(expression(ast.child()));
            case BNOT -> BitwiseNotNodeGen.create(expression(ast.child()));
            case ISPLIT, CSPLIT -> UnarySplitNodeGen.create(expression(ast.child()));
            case JOIN -> UnaryJoinNodeGen.create(expression(ast.child()));
            default -> throw notSupported(ast, "The '" + ast.operator().text() + "' operator");
        };
    }

    @Override
    public PoshNode visitBinaryExpression(BinaryExpressionAst ast) {
        TokenKind op = ast.operator();
        ExpressionNode l = expression(ast.left());
        ExpressionNode r = expression(ast.right());
        // Of the operators that take case into account, the case-sensitive kinds are those named C... (CEQ, CLIKE).
        boolean ignoreCase = op.name().charAt(0) != 'C';
        return switch (op) {
            case PLUS -> AddNodeGen.create(l, r);
            case MINUS -> SubtractNodeGen.create(l, r);
            case MULTIPLY -> MultiplyNodeGen.create(l, r);
            case DIVIDE -> DivideNodeGen.create(l, r);
            case REM -> RemainderNodeGen.create(l, r);
            case DOT_DOT -> RangeNodeGen.create(l, r);
            case FORMAT -> FormatNodeGen.create(l, r);
            case AND -> new LogicalNode(LogicalNode.Kind.AND, l, r);
            case OR -> new LogicalNode(LogicalNode.Kind.OR, l, r);
            case XOR -> new LogicalNode(LogicalNode.Kind.XOR, l, r);
            case BAND -> BitwiseNodeGen.create(BitwiseOperators.Operator.BAND, l, r);
            case BOR -> BitwiseNodeGen.create(BitwiseOperators.Operator.BOR, l, r);
            case BXOR -> BitwiseNodeGen.create(BitwiseOperators.Operator.BXOR, l, r);
            case SHL -> BitwiseNodeGen.create(BitwiseOperators.Operator.SHL, l, r);
            case SHR -> BitwiseNodeGen.create(BitwiseOperators.Operator.SHR, l, r);
            case IEQ, CEQ -> ComparisonNodeGen.create(ComparisonOperators.Operator.EQ, ignoreCase, l, r);
            case INE, CNE -> ComparisonNodeGen.create(ComparisonOperators.Operator.NE, ignoreCase, l, r);
            case IGT, CGT -> ComparisonNodeGen.create(ComparisonOperators.Operator.GT, ignoreCase, l, r);
            case IGE, CGE -> ComparisonNodeGen.create(ComparisonOperators.Operator.GE, ignoreCase, l, r);
            case ILT, CLT -> ComparisonNodeGen.create(ComparisonOperators.Operator.LT, ignoreCase, l, r);
            case ILE, CLE -> ComparisonNodeGen.create(ComparisonOperators.Operator.LE, ignoreCase, l, r);
            case ICONTAINS, CCONTAINS -> ContainsNodeGen.create(false, false, ignoreCase, l, r);
            case INOTCONTAINS, CNOTCONTAINS -> ContainsNodeGen.create(false, true, ignoreCase, l, r);
            case IIN, CIN -> ContainsNodeGen.create(true, false, ignoreCase, l, r);
            case INOTIN, CNOTIN -> ContainsNodeGen.create(true, true, ignoreCase, l, r);
            case ILIKE, CLIKE -> LikeNodeGen.create(false, ignoreCase, l, r);
            case INOTLIKE, CNOTLIKE -> LikeNodeGen.create(true, ignoreCase, l, r);
            case IMATCH, CMATCH -> MatchNodeGen.create(false, ignoreCase, l, r);
            case INOTMATCH, CNOTMATCH -> MatchNodeGen.create(true, ignoreCase, l, r);
            case IREPLACE, CREPLACE -> ReplaceNodeGen.create(ignoreCase, ast.errorPosition().text(), l, r);
            case ISPLIT, CSPLIT -> SplitNodeGen.create(ignoreCase, l, r);
            case JOIN -> JoinNodeGen.create(l, r);
            case IS, IS_NOT, AS -> TypeOperatorNodeGen.create(op, l, r);
            default -> throw notSupported(ast.errorPosition(), "The '" + op.text() + "' operator");
        };
    }

    @Override
    public PoshNode visitArrayLiteral(ArrayLiteralAst ast) {
        List<ExpressionAst> elements = ast.elements();
        ExpressionNode[] nodes = new ExpressionNode[elements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(elements.get(i));
        }
        return new ArrayLiteralNode(nodes);
    }

    @Override
    public PoshNode visitArrayExpression(ArrayExpressionAst ast) {
        return new ArrayExpressionNode(statementBlock(ast.subExpression()));
    }

    @Override
    public PoshNode visitSubExpression(SubExpressionAst ast) {
        return new ParenExpressionNode(statementBlock(ast.subExpression()));
    }

    @Override
    public PoshNode visitHashtable(HashtableAst ast) {
        return hashLiteral(ast, false);
    }

    private HashLiteralNode hashLiteral(HashtableAst ast, boolean ordered) {
        List<HashtableAst.KeyValuePair> pairs = ast.keyValuePairs();
        ExpressionNode[] keys = new ExpressionNode[pairs.size()];
        StatementNode[] values = new StatementNode[pairs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = expression(pairs.get(i).key());
            values[i] = statement(pairs.get(i).value());
        }
        return at(new HashLiteralNode(keys, values, ordered), ast.extent());
    }

    @Override
    public PoshNode visitTypeExpression(TypeExpressionAst ast) {
        return new TypeLiteralNode(ast.typeName().fullName());
    }

    /** Casts; {@code [ordered]} and {@code [pscustomobject]} on a hash literal keep the keys in order, as in pwsh. */
    @Override
    public PoshNode visitConvertExpression(ConvertExpressionAst ast) {
        String typeName = ast.type().typeName().fullName();
        boolean ordered = typeName.equalsIgnoreCase("ordered");
        boolean customObject = typeName.equalsIgnoreCase("pscustomobject");
        if (ordered && ast.child() instanceof HashtableAst hash) {
            return hashLiteral(hash, true);
        }
        ExpressionNode child = customObject && ast.child() instanceof HashtableAst hash
                ? hashLiteral(hash, true) : expression(ast.child());
        return new ConvertNode(at(new TypeLiteralNode(typeName), ast.type().extent()), child, customObject);
    }

    /**
     * Splits the string's format expression ({@code x is {0}}, literal braces doubled) into the text
     * between the parts once, here, so running the string only concatenates.
     */
    @Override
    public PoshNode visitExpandableStringExpression(ExpandableStringExpressionAst ast) {
        String format = ast.formatExpression();
        List<ExpressionAst> nested = ast.nestedExpressions();
        String[] literals = new String[nested.size() + 1];
        ExpressionNode[] parts = new ExpressionNode[nested.size()];
        StringBuilder text = new StringBuilder();
        int part = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < format.length() && format.charAt(i + 1) == c) {
                text.append(c);
                i++;
            } else if (c == '{') {
                int end = format.indexOf('}', i);
                int index = Integer.parseInt(format, i + 1, end, 10);
                literals[part] = text.toString();
                parts[part++] = expression(nested.get(index));
                text.setLength(0);
                i = end;
            } else {
                text.append(c);
            }
        }
        literals[part] = text.toString();
        return new ExpandableStringNode(literals, parts);
    }

    @Override
    public PoshNode visitIndexExpression(IndexExpressionAst ast) {
        return IndexNodeGen.create(ast.nullConditional(), expression(ast.target()), expression(ast.index()));
    }

    @Override
    public PoshNode visitMemberExpression(MemberExpressionAst ast) {
        return new MemberNode(expression(ast.expression()), expression(ast.member()), ast.isStatic(),
                ast.nullConditional());
    }

    @Override
    public PoshNode visitInvokeMemberExpression(InvokeMemberExpressionAst ast) {
        if (ast.genericTypeArguments() != null) {
            throw notSupported(ast, "A generic method call");
        }
        List<ExpressionAst> args = ast.arguments() == null ? List.of() : ast.arguments();
        ExpressionNode[] arguments = new ExpressionNode[args.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = expression(args.get(i));
        }
        return new InvokeMemberNode(expression(ast.expression()), expression(ast.member()), arguments,
                ast.isStatic(), ast.nullConditional());
    }

    // Everything below parses but does not run yet.

    @Override
    public PoshNode visitParamBlock(ParamBlockAst ast) {
        throw notSupported(ast, "The 'param' block");
    }

    @Override
    public PoshNode visitParameter(ParameterAst ast) {
        throw notSupported(ast, "A parameter declaration");
    }

    @Override
    public PoshNode visitAttribute(AttributeAst ast) {
        throw notSupported(ast, "An attribute");
    }

    @Override
    public PoshNode visitTypeConstraint(TypeConstraintAst ast) {
        throw notSupported(ast, "A type constraint");
    }

    @Override
    public PoshNode visitNamedAttributeArgument(NamedAttributeArgumentAst ast) {
        throw notSupported(ast, "An attribute argument");
    }

    @Override
    public PoshNode visitCatchClause(CatchClauseAst ast) {
        return statementBlock(ast.body());
    }

    @Override
    public PoshNode visitPropertyMember(PropertyMemberAst ast) {
        throw notSupported(ast, "A class property");
    }

    @Override
    public PoshNode visitFunctionMember(FunctionMemberAst ast) {
        throw notSupported(ast, "A class method");
    }

    /** Redirections are compiled with the command or expression they follow ({@link #redirections}). */
    @Override
    public PoshNode visitFileRedirection(FileRedirectionAst ast) {
        throw new IllegalStateException("redirections are compiled by redirections(CommandBaseAst)");
    }

    @Override
    public PoshNode visitMergingRedirection(MergingRedirectionAst ast) {
        throw new IllegalStateException("redirections are compiled by redirections(CommandBaseAst)");
    }

    @Override
    public PoshNode visitPipelineChain(PipelineChainAst ast) {
        throw notSupported(ast, "The '" + ast.operator().text() + "' operator");
    }

    @Override
    public PoshNode visitIfStatement(IfStatementAst ast) {
        throw notSupported(ast, "The 'if' statement");
    }

    @Override
    public PoshNode visitSwitchStatement(SwitchStatementAst ast) {
        throw notSupported(ast, "The 'switch' statement");
    }

    @Override
    public PoshNode visitForEachStatement(ForEachStatementAst ast) {
        throw notSupported(ast, "The 'foreach' statement");
    }

    @Override
    public PoshNode visitForStatement(ForStatementAst ast) {
        throw notSupported(ast, "The 'for' statement");
    }

    @Override
    public PoshNode visitWhileStatement(WhileStatementAst ast) {
        throw notSupported(ast, "The 'while' statement");
    }

    @Override
    public PoshNode visitDoWhileStatement(DoWhileStatementAst ast) {
        throw notSupported(ast, "The 'do' statement");
    }

    @Override
    public PoshNode visitDoUntilStatement(DoUntilStatementAst ast) {
        throw notSupported(ast, "The 'do' statement");
    }

    @Override
    public PoshNode visitTryStatement(TryStatementAst ast) {
        List<CatchClauseAst> clauses = ast.catchClauses();
        String[][] typeNames = new String[clauses.size()][];
        StatementNode[] bodies = new StatementNode[clauses.size()];
        for (int i = 0; i < bodies.length; i++) {
            List<TypeConstraintAst> types = clauses.get(i).catchTypes();
            typeNames[i] = new String[types.size()];
            for (int j = 0; j < types.size(); j++) {
                typeNames[i][j] = types.get(j).typeName().fullName();
            }
            bodies[i] = (StatementNode) clauses.get(i).accept(this);
        }
        return new TryNode(statementBlock(ast.body()), typeNames, bodies,
                ast.finallyBlock() == null ? null : statementBlock(ast.finallyBlock()));
    }

    /** The body of a trap, which runs as a script block of its own (see {@link #trapHandlers}). */
    @Override
    public PoshNode visitTrap(TrapStatementAst ast) {
        return statementBlock(ast.body());
    }

    @Override
    public PoshNode visitBreakStatement(BreakStatementAst ast) {
        throw notSupported(ast, "The 'break' statement");
    }

    @Override
    public PoshNode visitContinueStatement(ContinueStatementAst ast) {
        throw notSupported(ast, "The 'continue' statement");
    }

    @Override
    public PoshNode visitReturnStatement(ReturnStatementAst ast) {
        throw notSupported(ast, "The 'return' statement");
    }

    @Override
    public PoshNode visitThrowStatement(ThrowStatementAst ast) {
        return new ThrowNode(ast.pipeline() == null ? null : statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitFunctionDefinition(FunctionDefinitionAst ast) {
        throw notSupported(ast, ast.isFilter() ? "The 'filter' statement" : "The 'function' statement");
    }

    @Override
    public PoshNode visitDataStatement(DataStatementAst ast) {
        throw notSupported(ast, "The 'data' statement");
    }

    @Override
    public PoshNode visitUsingStatement(UsingStatementAst ast) {
        throw notSupported(ast, "The 'using' statement");
    }

    @Override
    public PoshNode visitTypeDefinition(TypeDefinitionAst ast) {
        throw notSupported(ast, ast.typeAttributes() == TypeAttributes.ENUM
                ? "The 'enum' statement" : "The 'class' statement");
    }

    @Override
    public PoshNode visitTernaryExpression(TernaryExpressionAst ast) {
        throw notSupported(ast, "The ternary operator ('? :')");
    }

    @Override
    public PoshNode visitAttributedExpression(AttributedExpressionAst ast) {
        throw notSupported(ast, "An attributed expression");
    }

    @Override
    public PoshNode visitScriptBlockExpression(ScriptBlockExpressionAst ast) {
        throw notSupported(ast, "A script block");
    }

    @Override
    public PoshNode visitUsingExpression(UsingExpressionAst ast) {
        throw notSupported(ast, "The '$using:' scope");
    }

    private static <T extends PoshNode> T at(T node, Extent extent) {
        node.setExtent(extent);
        return node;
    }
}
