package org.jposh.grammar.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints an AST as an indented tree, one node per line: its kind (the class name without "Ast"), what
 * distinguishes it (operator, value, name, flags) and its extent as {@code [line:column-line:column]}. A child
 * with a particular role is prefixed by it ({@code condition:}, {@code body:}). Tests compare these dumps.
 */
public final class AstDumper implements AstVisitor<Void> {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private String role;

    private AstDumper() {
    }

    /** The dump of {@code ast}, lines separated by '\n'. */
    public static String dump(Ast ast) {
        AstDumper dumper = new AstDumper();
        ast.accept(dumper);
        return dumper.out.toString();
    }

    // ---- output ----

    private void line(Ast ast, String text) {
        line(ast.extent(), text);
    }

    private void line(Extent extent, String text) {
        out.append("  ".repeat(depth));
        if (role != null) {
            out.append(role).append(": ");
            role = null;
        }
        out.append(text).append(' ').append(position(extent)).append('\n');
    }

    private static String position(Extent e) {
        return "[" + e.startLine() + ":" + e.startColumn() + "-" + e.endLine() + ":" + e.endColumn() + "]";
    }

    private void child(String childRole, Ast ast) {
        if (ast == null) {
            return;
        }
        depth++;
        role = childRole;
        ast.accept(this);
        depth--;
    }

    private void children(String childRole, List<? extends Ast> asts) {
        if (asts == null) {
            return;
        }
        for (Ast ast : asts) {
            child(childRole, ast);
        }
    }

    private void typeName(String childRole, ITypeName type) {
        depth++;
        role = childRole;
        line(type.extent(), "TypeName " + type.fullName());
        depth--;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A number as written, with its .NET type. */
    static String number(Object value) {
        String type;
        if (value instanceof Integer) {
            type = "int";
        } else if (value instanceof Long) {
            type = "long";
        } else if (value instanceof Double) {
            type = "double";
        } else if (value instanceof BigDecimal) {
            type = "decimal";
        } else if (value instanceof BigInteger) {
            type = "bigint";
        } else if (value instanceof Byte) {
            type = "sbyte";
        } else if (value instanceof Short) {
            type = "short";
        } else if (value instanceof UnsignedValue u) {
            type = u.type().text();
        } else if (value instanceof Boolean) {
            type = "bool";
        } else {
            type = value == null ? "null" : value.getClass().getSimpleName();
        }
        return value + " (" + type + ")";
    }

    // ---- script blocks ----

    @Override
    public Void visitScriptBlock(ScriptBlockAst ast) {
        line(ast, "ScriptBlock" + (ast.scriptRequirements() == null ? "" : " " + requirements(ast.scriptRequirements())));
        children("using", ast.usingStatements());
        child(null, ast.paramBlock());
        child(null, ast.dynamicParamBlock());
        child(null, ast.beginBlock());
        child(null, ast.processBlock());
        child(null, ast.endBlock());
        child(null, ast.cleanBlock());
        return null;
    }

    private static String requirements(ScriptRequirements r) {
        StringBuilder sb = new StringBuilder("requires");
        if (r.requiredPSVersion() != null) {
            sb.append(" version=").append(r.requiredPSVersion());
        }
        if (r.requiredApplicationId() != null) {
            sb.append(" shellid=").append(r.requiredApplicationId());
        }
        if (!r.requiredPSEditions().isEmpty()) {
            sb.append(" editions=").append(r.requiredPSEditions());
        }
        for (ExpressionAst module : r.requiredModules()) {
            sb.append(" module=").append(module.extent().text());
        }
        if (!r.requiredAssemblies().isEmpty()) {
            sb.append(" assemblies=").append(r.requiredAssemblies());
        }
        if (r.elevationRequired()) {
            sb.append(" elevated");
        }
        return sb.toString();
    }

    @Override
    public Void visitParamBlock(ParamBlockAst ast) {
        line(ast, "ParamBlock");
        children(null, ast.attributes());
        children(null, ast.parameters());
        return null;
    }

    @Override
    public Void visitNamedBlock(NamedBlockAst ast) {
        line(ast, "NamedBlock " + ast.blockKind().text() + (ast.unnamed() ? " (unnamed)" : ""));
        children(null, ast.statements());
        children("trap", ast.traps());
        return null;
    }

    @Override
    public Void visitStatementBlock(StatementBlockAst ast) {
        line(ast, "StatementBlock");
        children(null, ast.statements());
        children("trap", ast.traps());
        return null;
    }

    @Override
    public Void visitParameter(ParameterAst ast) {
        line(ast, "Parameter");
        children(null, ast.attributes());
        child("name", ast.name());
        child("default", ast.defaultValue());
        return null;
    }

    @Override
    public Void visitAttribute(AttributeAst ast) {
        line(ast, "Attribute " + ast.typeName().fullName());
        children("positional", ast.positionalArguments());
        children(null, ast.namedArguments());
        return null;
    }

    @Override
    public Void visitTypeConstraint(TypeConstraintAst ast) {
        line(ast, "TypeConstraint " + ast.typeName().fullName());
        return null;
    }

    @Override
    public Void visitNamedAttributeArgument(NamedAttributeArgumentAst ast) {
        line(ast, "NamedAttributeArgument " + ast.argumentName() + (ast.expressionOmitted() ? " (omitted)" : ""));
        if (!ast.expressionOmitted()) {
            child(null, ast.argument());
        }
        return null;
    }

    @Override
    public Void visitCatchClause(CatchClauseAst ast) {
        line(ast, "CatchClause" + (ast.isCatchAll() ? " (all)" : ""));
        children("type", ast.catchTypes());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitPropertyMember(PropertyMemberAst ast) {
        line(ast, "PropertyMember " + ast.name() + modifiers(ast.isStatic(), ast.isHidden()));
        children(null, ast.attributes());
        child("type", ast.propertyType());
        child("value", ast.initialValue());
        return null;
    }

    private static String modifiers(boolean isStatic, boolean isHidden) {
        return (isStatic ? " static" : "") + (isHidden ? " hidden" : "");
    }

    @Override
    public Void visitFunctionMember(FunctionMemberAst ast) {
        line(ast, "FunctionMember " + ast.name() + modifiers(ast.isStatic(), ast.isHidden())
                + (ast.isConstructor() ? " constructor" : ""));
        children(null, ast.attributes());
        child("returns", ast.returnType());
        children(null, ast.parameters());
        children("base", ast.baseCtorArguments());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitFileRedirection(FileRedirectionAst ast) {
        line(ast, "FileRedirection " + ast.fromStream() + (ast.append() ? " append" : ""));
        child(null, ast.location());
        return null;
    }

    @Override
    public Void visitMergingRedirection(MergingRedirectionAst ast) {
        line(ast, "MergingRedirection " + ast.fromStream() + " -> " + ast.toStream());
        return null;
    }

    // ---- statements ----

    @Override
    public Void visitPipeline(PipelineAst ast) {
        line(ast, "Pipeline" + (ast.background() ? " background" : ""));
        children(null, ast.pipelineElements());
        return null;
    }

    @Override
    public Void visitPipelineChain(PipelineChainAst ast) {
        line(ast, "PipelineChain " + ast.operator().text() + (ast.background() ? " background" : ""));
        child(null, ast.lhsPipelineChain());
        child(null, ast.rhsPipeline());
        return null;
    }

    @Override
    public Void visitAssignmentStatement(AssignmentStatementAst ast) {
        line(ast, "Assignment " + ast.operator().text());
        child("left", ast.left());
        child("right", ast.right());
        return null;
    }

    @Override
    public Void visitIfStatement(IfStatementAst ast) {
        line(ast, "If");
        for (IfStatementAst.Clause clause : ast.clauses()) {
            child("condition", clause.condition());
            child("then", clause.body());
        }
        child("else", ast.elseClause());
        return null;
    }

    private static String label(String label) {
        return label == null ? "" : " :" + label;
    }

    @Override
    public Void visitSwitchStatement(SwitchStatementAst ast) {
        line(ast, "Switch" + label(ast.label()) + (ast.flags().isEmpty() ? "" : " " + ast.flags()));
        child("condition", ast.condition());
        for (SwitchStatementAst.Clause clause : ast.clauses()) {
            child("clause", clause.condition());
            child("then", clause.body());
        }
        child("default", ast.defaultClause());
        return null;
    }

    @Override
    public Void visitForEachStatement(ForEachStatementAst ast) {
        line(ast, "ForEach" + label(ast.label()) + (ast.flags().isEmpty() ? "" : " " + ast.flags()));
        child("throttle", ast.throttleLimit());
        child("variable", ast.variable());
        child("in", ast.condition());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitForStatement(ForStatementAst ast) {
        line(ast, "For" + label(ast.label()));
        child("init", ast.initializer());
        child("condition", ast.condition());
        child("iterator", ast.iterator());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitWhileStatement(WhileStatementAst ast) {
        line(ast, "While" + label(ast.label()));
        child("condition", ast.condition());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitDoWhileStatement(DoWhileStatementAst ast) {
        line(ast, "DoWhile" + label(ast.label()));
        child("body", ast.body());
        child("condition", ast.condition());
        return null;
    }

    @Override
    public Void visitDoUntilStatement(DoUntilStatementAst ast) {
        line(ast, "DoUntil" + label(ast.label()));
        child("body", ast.body());
        child("condition", ast.condition());
        return null;
    }

    @Override
    public Void visitTryStatement(TryStatementAst ast) {
        line(ast, "Try");
        child("body", ast.body());
        children(null, ast.catchClauses());
        child("finally", ast.finallyBlock());
        return null;
    }

    @Override
    public Void visitTrap(TrapStatementAst ast) {
        line(ast, "Trap");
        child("type", ast.trapType());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitBreakStatement(BreakStatementAst ast) {
        line(ast, "Break");
        child("label", ast.label());
        return null;
    }

    @Override
    public Void visitContinueStatement(ContinueStatementAst ast) {
        line(ast, "Continue");
        child("label", ast.label());
        return null;
    }

    @Override
    public Void visitReturnStatement(ReturnStatementAst ast) {
        line(ast, "Return");
        child(null, ast.pipeline());
        return null;
    }

    @Override
    public Void visitExitStatement(ExitStatementAst ast) {
        line(ast, "Exit");
        child(null, ast.pipeline());
        return null;
    }

    @Override
    public Void visitThrowStatement(ThrowStatementAst ast) {
        line(ast, "Throw");
        child(null, ast.pipeline());
        return null;
    }

    @Override
    public Void visitFunctionDefinition(FunctionDefinitionAst ast) {
        line(ast, (ast.isFilter() ? "Filter " : "Function ") + ast.name());
        children(null, ast.parameters());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitDataStatement(DataStatementAst ast) {
        line(ast, "Data" + (ast.variable() == null ? "" : " " + ast.variable()));
        children("allowed", ast.commandsAllowed());
        child("body", ast.body());
        return null;
    }

    @Override
    public Void visitUsingStatement(UsingStatementAst ast) {
        line(ast, "Using " + ast.usingStatementKind());
        child("name", ast.name());
        child("alias", ast.alias());
        child("module", ast.moduleSpecification());
        return null;
    }

    @Override
    public Void visitTypeDefinition(TypeDefinitionAst ast) {
        line(ast, "TypeDefinition " + ast.typeAttributes() + " " + ast.name());
        children(null, ast.attributes());
        children("base", ast.baseTypes());
        children(null, ast.members());
        return null;
    }

    // ---- pipeline elements ----

    @Override
    public Void visitCommand(CommandAst ast) {
        line(ast, "Command" + (ast.invocationOperator() == TokenKind.UNKNOWN ? "" : " " + ast.invocationOperator().text()));
        children(null, ast.commandElements());
        children(null, ast.redirections());
        return null;
    }

    @Override
    public Void visitCommandExpression(CommandExpressionAst ast) {
        line(ast, "CommandExpression");
        child(null, ast.expression());
        children(null, ast.redirections());
        return null;
    }

    @Override
    public Void visitCommandParameter(CommandParameterAst ast) {
        line(ast, "CommandParameter -" + ast.parameterName());
        child("argument", ast.argument());
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitTernaryExpression(TernaryExpressionAst ast) {
        line(ast, "Ternary");
        child("condition", ast.condition());
        child("true", ast.ifTrue());
        child("false", ast.ifFalse());
        return null;
    }

    @Override
    public Void visitBinaryExpression(BinaryExpressionAst ast) {
        line(ast, "Binary " + ast.operator().text());
        child(null, ast.left());
        child(null, ast.right());
        return null;
    }

    @Override
    public Void visitUnaryExpression(UnaryExpressionAst ast) {
        boolean postfix = ast.operator() == TokenKind.POSTFIX_PLUS_PLUS || ast.operator() == TokenKind.POSTFIX_MINUS_MINUS;
        line(ast, "Unary " + ast.operator().text() + (postfix ? " (postfix)" : ""));
        child(null, ast.child());
        return null;
    }

    @Override
    public Void visitAttributedExpression(AttributedExpressionAst ast) {
        line(ast, "AttributedExpression");
        child(null, ast.attribute());
        child(null, ast.child());
        return null;
    }

    @Override
    public Void visitConvertExpression(ConvertExpressionAst ast) {
        line(ast, "Convert [" + ast.type().typeName().fullName() + "]");
        child(null, ast.child());
        return null;
    }

    @Override
    public Void visitMemberExpression(MemberExpressionAst ast) {
        line(ast, "Member" + accessKind(ast.isStatic(), ast.nullConditional()));
        child(null, ast.expression());
        child("member", ast.member());
        return null;
    }

    private static String accessKind(boolean isStatic, boolean nullConditional) {
        return isStatic ? " ::" : nullConditional ? " ?." : " .";
    }

    @Override
    public Void visitInvokeMemberExpression(InvokeMemberExpressionAst ast) {
        line(ast, "InvokeMember" + accessKind(ast.isStatic(), ast.nullConditional()));
        child(null, ast.expression());
        child("member", ast.member());
        if (ast.genericTypeArguments() != null) {
            for (ITypeName type : ast.genericTypeArguments()) {
                typeName("generic", type);
            }
        }
        children("argument", ast.arguments());
        return null;
    }

    @Override
    public Void visitTypeExpression(TypeExpressionAst ast) {
        line(ast, "Type [" + ast.typeName().fullName() + "]");
        return null;
    }

    @Override
    public Void visitVariableExpression(VariableExpressionAst ast) {
        line(ast, "Variable " + (ast.splatted() ? "@" : "$") + ast.variablePath().userPath());
        return null;
    }

    @Override
    public Void visitConstantExpression(ConstantExpressionAst ast) {
        line(ast, "Constant " + number(ast.value()));
        return null;
    }

    @Override
    public Void visitStringConstantExpression(StringConstantExpressionAst ast) {
        line(ast, "StringConstant " + quote(ast.value()) + " " + ast.stringConstantType());
        return null;
    }

    @Override
    public Void visitExpandableStringExpression(ExpandableStringExpressionAst ast) {
        line(ast, "ExpandableString " + quote(ast.value()) + " " + ast.stringConstantType() + " format "
                + quote(ast.formatExpression()));
        children(null, ast.nestedExpressions());
        return null;
    }

    @Override
    public Void visitScriptBlockExpression(ScriptBlockExpressionAst ast) {
        line(ast, "ScriptBlockExpression");
        child(null, ast.scriptBlock());
        return null;
    }

    @Override
    public Void visitArrayLiteral(ArrayLiteralAst ast) {
        line(ast, "ArrayLiteral");
        children(null, ast.elements());
        return null;
    }

    @Override
    public Void visitHashtable(HashtableAst ast) {
        line(ast, "Hashtable");
        for (HashtableAst.KeyValuePair pair : ast.keyValuePairs()) {
            child("key", pair.key());
            child("value", pair.value());
        }
        return null;
    }

    @Override
    public Void visitArrayExpression(ArrayExpressionAst ast) {
        line(ast, "ArrayExpression");
        child(null, ast.subExpression());
        return null;
    }

    @Override
    public Void visitParenExpression(ParenExpressionAst ast) {
        line(ast, "Paren");
        child(null, ast.pipeline());
        return null;
    }

    @Override
    public Void visitSubExpression(SubExpressionAst ast) {
        line(ast, "SubExpression");
        child(null, ast.subExpression());
        return null;
    }

    @Override
    public Void visitUsingExpression(UsingExpressionAst ast) {
        line(ast, "Using");
        child(null, ast.subExpression());
        return null;
    }

    @Override
    public Void visitIndexExpression(IndexExpressionAst ast) {
        line(ast, "Index" + (ast.nullConditional() ? " ?[]" : ""));
        child(null, ast.target());
        child("index", ast.index());
        return null;
    }
}
