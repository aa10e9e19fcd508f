package org.jposh.grammar;

import static org.jposh.grammar.PowerShellParser.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jposh.grammar.ast.*;

/**
 * Builds our AST from ANTLR's parse tree, so that no ANTLR type leaves this module. Node extents are those pwsh
 * gives; the checks pwsh's parser makes while building its tree (a pipeline must end before another statement
 * starts, an expression may only start a pipeline, a redirection may only be given once...) are made here, in
 * source order, and reported with pwsh's error ids and messages.
 */
final class AstBuilder {
    private final ScriptSource source;

    /**
     * What encloses the statement being built, innermost first, for pwsh's ControlLeavingFinally check: loop
     * labels ("" for an unlabeled loop or switch), FLOW_FINALLY for a finally block, FLOW_BOUNDARY for a script
     * block or trap body (flow out of those does not leave the finally around them).
     */
    private final ArrayDeque<Object> flowScopes = new ArrayDeque<>();
    private static final Object FLOW_BOUNDARY = new Object();
    private static final Object FLOW_FINALLY = new Object();

    AstBuilder(ScriptSource source) {
        this.source = source;
    }

    // ---- scripts and script blocks ----

    ScriptBlockAst script(ScriptContext ctx, ScriptRequirements requirements) {
        List<UsingStatementAst> usings = new ArrayList<>();
        for (UsingStatementContext u : ctx.usingStatement()) {
            usings.add(usingStatement(extent(u), u.usingBody()));
        }
        Extent all = source.extent(0, source.text().length());
        return scriptBlock(ctx.scriptBlockBody(), all, usings, false, requirements, all.startOffset());
    }

    /**
     * A script block body as pwsh's ScriptBlockRule builds it. {@code emptyAt} is where an empty body's extent
     * goes: just inside the '{', or the start of the script.
     */
    private ScriptBlockAst scriptBlock(ScriptBlockBodyContext ctx, Extent extent, List<UsingStatementAst> usings,
                                       boolean isFilter, ScriptRequirements requirements, int emptyAt) {
        flowScopes.push(FLOW_BOUNDARY);
        try {
            return scriptBlockBody(ctx, extent, usings, isFilter, requirements, emptyAt);
        } finally {
            flowScopes.pop();
        }
    }

    private ScriptBlockAst scriptBlockBody(ScriptBlockBodyContext ctx, Extent extent, List<UsingStatementAst> usings,
                                           boolean isFilter, ScriptRequirements requirements, int emptyAt) {
        ParamBlockAst paramBlock = ctx.paramBlock() == null ? null : paramBlock(ctx.paramBlock());
        List<NamedBlockContext> named = ctx.namedBlock();
        if (named.isEmpty()) {
            List<StatementAst> statements = new ArrayList<>();
            List<TrapStatementAst> traps = new ArrayList<>();
            statementList(ctx.statementList(), statements, traps);
            Extent blockExtent = statementListExtent(paramBlock == null ? null : paramBlock.extent(), statements,
                    traps, emptyAt);
            NamedBlockAst body = new NamedBlockAst(blockExtent, isFilter ? TokenKind.PROCESS : TokenKind.END, true,
                    statements, traps);
            return new ScriptBlockAst(extent, usings, paramBlock, null, isFilter ? body : null,
                    isFilter ? null : body, null, null, requirements);
        }
        NamedBlockAst[] blocks = new NamedBlockAst[TokenKind.values().length];
        for (NamedBlockContext b : named) {
            TokenKind kind = switch (b.blockName.getType()) {
                case BEGIN -> TokenKind.BEGIN;
                case PROCESS -> TokenKind.PROCESS;
                case END -> TokenKind.END;
                case CLEAN -> TokenKind.CLEAN;
                default -> TokenKind.DYNAMICPARAM;
            };
            StatementBlockAst body = statementBlock(b.statementBlock());
            Extent blockExtent = extent(b);
            if (blocks[kind.ordinal()] != null) {
                throw Errors.error(blockExtent, "DuplicateScriptCommandClause", kind.text());
            }
            blocks[kind.ordinal()] = new NamedBlockAst(blockExtent, kind, false, body.statements(), body.traps());
        }
        return new ScriptBlockAst(extent, usings, paramBlock, blocks[TokenKind.BEGIN.ordinal()],
                blocks[TokenKind.PROCESS.ordinal()], blocks[TokenKind.END.ordinal()],
                blocks[TokenKind.CLEAN.ordinal()], blocks[TokenKind.DYNAMICPARAM.ordinal()], requirements);
    }

    private Extent statementListExtent(Extent start, List<StatementAst> statements, List<TrapStatementAst> traps,
                                       int emptyAt) {
        Extent first = start;
        Extent last = start;
        for (Ast ast : allInOrder(statements, traps)) {
            if (first == null) {
                first = ast.extent();
            }
            last = ast.extent();
        }
        return first == null ? source.extent(emptyAt, emptyAt) : first.to(last);
    }

    private static List<Ast> allInOrder(List<StatementAst> statements, List<TrapStatementAst> traps) {
        List<Ast> all = new ArrayList<>(statements);
        all.addAll(traps);
        all.sort((a, b) -> Integer.compare(a.extent().startOffset(), b.extent().startOffset()));
        return all;
    }

    private ScriptBlockAst scriptBlockInBraces(Token lCurly, ScriptBlockBodyContext body, Token rCurly,
                                               boolean isFilter) {
        return scriptBlock(body, extent(lCurly, rCurly), List.of(), isFilter, null, lCurly.getStopIndex() + 1);
    }

    private ParamBlockAst paramBlock(ParamBlockContext ctx) {
        List<AttributeAst> attributes = new ArrayList<>();
        for (ParamAttributeContext a : ctx.paramAttribute()) {
            AttributeBaseAst attribute = statementAttribute(extent(a), a.typeSpec(), a.attributeArguments());
            if (attribute instanceof AttributeAst at) {
                attributes.add(at);
            } else {
                throw Errors.error(attribute.extent(), "TypeNotAllowedBeforeParam", attribute.typeName().fullName());
            }
        }
        return new ParamBlockAst(extent(ctx.PARAM().getSymbol(), ctx.RPAREN().getSymbol()), attributes,
                parameters(ctx.parameterList()));
    }

    private List<ParameterAst> parameters(ParameterListContext ctx) {
        List<ParameterAst> parameters = new ArrayList<>();
        if (ctx == null) {
            return parameters;
        }
        Set<String> names = new HashSet<>();
        for (ParameterContext p : ctx.parameter()) {
            ParameterAst parameter = parameter(p);
            if (!names.add(parameter.name().variablePath().userPath().toLowerCase(Locale.ROOT))) {
                throw Errors.error(parameter.name().extent(), "DuplicateFormalParameter",
                        parameter.name().variablePath().userPath());
            }
            parameters.add(parameter);
        }
        return parameters;
    }

    private ParameterAst parameter(ParameterContext ctx) {
        List<AttributeBaseAst> attributes = new ArrayList<>();
        for (AttributeOrTypeLiteralContext a : ctx.attributeOrTypeLiteral()) {
            AttributeBaseAst attribute = attributeOrTypeLiteral(a);
            if (attribute instanceof TypeConstraintAst && isOrdered(attribute.typeName())) {
                throw Errors.error(attribute.extent(), "OrderedAttributeOnlyOnHashLiteralNode",
                        attribute.typeName().fullName());
            }
            attributes.add(attribute);
        }
        PsToken variable = (PsToken) (ctx.VARIABLE() != null ? ctx.VARIABLE() : ctx.SPLATTED_VARIABLE()).getSymbol();
        VariableExpressionAst name = new VariableExpressionAst(extent(variable), variable.variablePath, false);
        ExpressionAst defaultValue = ctx.expressionNoComma() == null ? null : expression(ctx.expressionNoComma());
        Extent start = attributes.isEmpty() ? name.extent() : attributes.getFirst().extent();
        return new ParameterAst(start.to(defaultValue == null ? name.extent() : defaultValue.extent()), name,
                attributes, defaultValue);
    }

    // ---- statement lists ----

    /** The statements of a list, traps apart (they apply to the whole block, wherever written). */
    private void statementList(StatementListContext ctx, List<StatementAst> statements, List<TrapStatementAst> traps) {
        for (StatementContext s : ctx.statement()) {
            StatementAst statement = statement(s);
            if (statement instanceof TrapStatementAst trap) {
                traps.add(trap);
            } else {
                statements.add(statement);
            }
        }
    }

    private StatementBlockAst statementBlock(StatementBlockContext ctx) {
        List<StatementAst> statements = new ArrayList<>();
        List<TrapStatementAst> traps = new ArrayList<>();
        statementList(ctx.statementList(), statements, traps);
        return new StatementBlockAst(extent(ctx), statements, traps);
    }

    /** The statements of {@code $( )} or {@code @( )}: pwsh gives the block the extent of the statements. */
    private StatementBlockAst innerStatementBlock(Token open, StatementListContext list) {
        List<StatementAst> statements = new ArrayList<>();
        List<TrapStatementAst> traps = new ArrayList<>();
        statementList(list, statements, traps);
        return new StatementBlockAst(statementListExtent(null, statements, traps, open.getStopIndex() + 1),
                statements, traps);
    }

    // ---- statements ----

    StatementAst statement(StatementContext ctx) {
        if (ctx.pipelineChain() != null) {
            return pipelineChain(ctx.pipelineChain());
        }
        if (ctx.ifStatement() != null) {
            return ifStatement(ctx.ifStatement());
        }
        if (ctx.labeledStatement() != null) {
            Token label = ctx.LABEL() == null ? null : ctx.LABEL().getSymbol();
            return labeledStatement(ctx.labeledStatement(), label);
        }
        if (ctx.functionDefinition() != null) {
            return functionDefinition(ctx.functionDefinition());
        }
        if (ctx.flowControlStatement() != null) {
            return flowControl(ctx.flowControlStatement());
        }
        if (ctx.trapStatement() != null) {
            TrapStatementContext t = ctx.trapStatement();
            TypeConstraintAst type = t.typeLiteral() == null ? null : typeLiteral(t.typeLiteral());
            flowScopes.push(FLOW_BOUNDARY);
            try {
                return new TrapStatementAst(extent(t), type, statementBlock(t.statementBlock()));
            } finally {
                flowScopes.pop();
            }
        }
        if (ctx.tryStatement() != null) {
            return tryStatement(ctx.tryStatement());
        }
        if (ctx.dataStatement() != null) {
            return dataStatement(ctx.dataStatement());
        }
        if (ctx.typeDefinition() != null) {
            return typeDefinition(ctx.typeDefinition());
        }
        if (ctx.MISPLACED_USING() != null) {
            UsingStatementAst using = usingStatement(extent(ctx), ctx.usingBody());
            throw Errors.error(using.extent(), "UsingMustBeAtStartOfScript");
        }
        if (ctx.BLOCK_KEYWORD() != null) {
            // parallel and sequence blocks: pwsh's semantic check rejects them outside workflows.
            Token keyword = ctx.BLOCK_KEYWORD().getSymbol();
            throw Errors.error(extent(keyword), "UnexpectedKeyword", keyword.getText());
        }
        Token reserved = ctx.RESERVED_KEYWORD().getSymbol();
        throw Errors.error(extent(reserved), "ReservedKeywordNotAllowed",
                reserved.getText().toLowerCase(Locale.ROOT));
    }

    private IfStatementAst ifStatement(IfStatementContext ctx) {
        List<IfStatementAst.Clause> clauses = new ArrayList<>();
        clauses.add(new IfStatementAst.Clause(pipelineChain(ctx.pipelineChain()), statementBlock(ctx.statementBlock())));
        for (ElseIfClauseContext e : ctx.elseIfClause()) {
            clauses.add(new IfStatementAst.Clause(pipelineChain(e.pipelineChain()), statementBlock(e.statementBlock())));
        }
        StatementBlockAst elseClause = ctx.elseClause() == null ? null : statementBlock(ctx.elseClause().statementBlock());
        return new IfStatementAst(extent(ctx), clauses, elseClause);
    }

    private StatementAst labeledStatement(LabeledStatementContext ctx, Token labelToken) {
        String label = labelToken == null ? null : ((PsToken) labelToken).value;
        flowScopes.push(label == null ? "" : label);
        try {
            return loopOrSwitch(ctx, labelToken, label);
        } finally {
            flowScopes.pop();
        }
    }

    private StatementAst loopOrSwitch(LabeledStatementContext ctx, Token labelToken, String label) {
        Token first = labelToken == null ? ctx.getStart() : labelToken;
        Extent extent = extent(first, ctx.getStop());
        if (ctx.switchStatement() != null) {
            return switchStatement(ctx.switchStatement(), label, extent);
        }
        if (ctx.foreachStatement() != null) {
            return foreachStatement(ctx.foreachStatement(), label, extent);
        }
        if (ctx.forStatement() != null) {
            ForStatementContext f = ctx.forStatement();
            return new ForStatementAst(extent, label, optionalChain(f.initializer), optionalChain(f.condition),
                    optionalChain(f.iterator), statementBlock(f.statementBlock()));
        }
        if (ctx.whileStatement() != null) {
            WhileStatementContext w = ctx.whileStatement();
            return new WhileStatementAst(extent, label, pipelineChain(w.pipelineChain()),
                    statementBlock(w.statementBlock()));
        }
        DoStatementContext d = ctx.doStatement();
        StatementBlockAst body = statementBlock(d.statementBlock());
        PipelineBaseAst condition = pipelineChain(d.pipelineChain());
        return d.kind.getType() == UNTIL ? new DoUntilStatementAst(extent, label, condition, body)
                : new DoWhileStatementAst(extent, label, condition, body);
    }

    private PipelineBaseAst optionalChain(PipelineChainContext ctx) {
        return ctx == null ? null : pipelineChain(ctx);
    }

    private SwitchStatementAst switchStatement(SwitchStatementContext ctx, String label, Extent extent) {
        Set<SwitchFlags> flags = EnumSet.noneOf(SwitchFlags.class);
        PipelineBaseAst condition = null;
        Extent lastHead = extent(ctx.SWITCH().getSymbol());
        for (SwitchParameterContext p : ctx.switchParameter()) {
            PsToken token = (PsToken) p.getStart();
            lastHead = extent(p);
            if (p.SWITCH_FILE_PARAMETER() != null) {
                flags.add(SwitchFlags.FILE);
                ExpressionAst file = commandValue(p.commandValue());
                condition = new PipelineAst(file.extent(), List.of(new CommandExpressionAst(file.extent(), file,
                        List.of())), false);
                continue;
            }
            String name = token.value.toLowerCase(Locale.ROOT);
            if ("regex".startsWith(name)) {
                flags.add(SwitchFlags.REGEX);
                flags.remove(SwitchFlags.WILDCARD);
            } else if ("wildcard".startsWith(name)) {
                flags.add(SwitchFlags.WILDCARD);
                flags.remove(SwitchFlags.REGEX);
            } else if ("exact".startsWith(name)) {
                flags.remove(SwitchFlags.REGEX);
                flags.remove(SwitchFlags.WILDCARD);
            } else if ("casesensitive".startsWith(name)) {
                flags.add(SwitchFlags.CASE_SENSITIVE);
            } else if ("parallel".startsWith(name)) {
                flags.add(SwitchFlags.PARALLEL);
            } else {
                throw Errors.error(extent(token), "InvalidSwitchFlag", token.value);
            }
        }
        if (ctx.LPAREN() != null) {
            if (flags.contains(SwitchFlags.FILE)) {
                throw Errors.error(extent(ctx.LPAREN().getSymbol()), "PipelineValueRequired");
            }
            condition = pipelineChain(ctx.pipelineChain());
        } else if (condition == null) {
            throw Errors.incomplete(lastHead.after(), lastHead.endOffset(), "PipelineValueRequired");
        }
        List<SwitchStatementAst.Clause> clauses = new ArrayList<>();
        StatementBlockAst defaultClause = null;
        for (SwitchClauseContext c : ctx.switchClause()) {
            StatementBlockAst body = statementBlock(c.statementBlock());
            if (c.DEFAULT() != null) {
                if (defaultClause != null) {
                    throw Errors.error(extent(c.DEFAULT().getSymbol()), "MultipleSwitchDefaultClauses");
                }
                defaultClause = body;
            } else {
                clauses.add(new SwitchStatementAst.Clause(commandValue(c.commandValue()), body));
            }
        }
        if (flags.contains(SwitchFlags.PARALLEL)) {
            // pwsh's semantic check: the flag only existed for workflows.
            throw Errors.error(extent, "KeywordParameterReservedForFutureUse", "switch", "parallel");
        }
        return new SwitchStatementAst(extent, label, condition, flags, clauses, defaultClause);
    }

    private ForEachStatementAst foreachStatement(ForeachStatementContext ctx, String label, Extent extent) {
        Set<ForEachFlags> flags = EnumSet.noneOf(ForEachFlags.class);
        ExpressionAst throttleLimit = null;
        for (ForeachParameterContext p : ctx.foreachParameter()) {
            PsToken token = (PsToken) p.getStart();
            if (p.THROTTLE_LIMIT_PARAMETER() != null) {
                throttleLimit = commandValue(p.commandValue());
            } else if ("parallel".startsWith(token.value.toLowerCase(Locale.ROOT))) {
                flags.add(ForEachFlags.PARALLEL);
            } else {
                throw Errors.error(extent(token), "InvalidForeachFlag", token.value);
            }
        }
        if (flags.contains(ForEachFlags.PARALLEL)) {
            // pwsh's semantic checks: -parallel and -throttlelimit only existed for workflows.
            throw Errors.error(extent, "KeywordParameterReservedForFutureUse", "foreach", "parallel");
        }
        if (throttleLimit != null) {
            throw Errors.error(extent, "KeywordParameterReservedForFutureUse", "foreach", "throttlelimit");
        }
        PsToken variable = (PsToken) (ctx.VARIABLE() != null ? ctx.VARIABLE() : ctx.SPLATTED_VARIABLE()).getSymbol();
        VariableExpressionAst variableAst = new VariableExpressionAst(extent(variable), variable.variablePath, false);
        return new ForEachStatementAst(extent, label, flags, throttleLimit, variableAst,
                pipelineChain(ctx.pipelineChain()), statementBlock(ctx.statementBlock()));
    }

    private FunctionDefinitionAst functionDefinition(FunctionDefinitionContext ctx) {
        boolean isFilter = ctx.kind.getType() == FILTER;
        boolean isWorkflow = ctx.kind.getType() == WORKFLOW;
        List<ParameterAst> parameters = ctx.LPAREN() == null ? null : parameters(ctx.parameterList());
        ScriptBlockAst body = scriptBlockInBraces(ctx.LCURLY().getSymbol(), ctx.scriptBlockBody(),
                ctx.RCURLY().getSymbol(), isFilter);
        FunctionDefinitionAst function = new FunctionDefinitionAst(extent(ctx), isFilter, isWorkflow,
                ((PsToken) ctx.GENERIC().getSymbol()).value, parameters, body);
        if (function.parameters() != null && body.paramBlock() != null) {
            throw Errors.error(body.paramBlock().extent(), "OnlyOneParameterListAllowed");
        }
        if (isWorkflow) {
            throw Errors.error(function.extent(), "WorkflowNotSupportedInPowerShellCore");
        }
        return function;
    }

    private StatementAst flowControl(FlowControlStatementContext ctx) {
        Extent extent = extent(ctx);
        return switch (ctx.kind.getType()) {
            case RETURN -> {
                ReturnStatementAst statement = new ReturnStatementAst(extent, optionalChain(ctx.pipelineChain()));
                checkFlowOutOfFinally(extent, null);
                yield statement;
            }
            case THROW -> new ThrowStatementAst(extent, optionalChain(ctx.pipelineChain()));
            case EXIT -> new ExitStatementAst(extent, optionalChain(ctx.pipelineChain()));
            case BREAK -> {
                ExpressionAst label = labelExpression(ctx.labelExpression());
                checkFlowOutOfFinally(extent, flowLabel(label));
                yield new BreakStatementAst(extent, label);
            }
            default -> {
                ExpressionAst label = labelExpression(ctx.labelExpression());
                checkFlowOutOfFinally(extent, flowLabel(label));
                yield new ContinueStatementAst(extent, label);
            }
        };
    }

    /** pwsh's GetLabel: "" without a label, null when the label is an expression (unknown until run time). */
    private static String flowLabel(ExpressionAst label) {
        if (label == null) {
            return "";
        }
        return label instanceof StringConstantExpressionAst s ? s.value() : null;
    }

    /**
     * pwsh's CheckForFlowOutOfFinally: return, and break or continue that no enclosing loop inside the finally
     * block takes, may not leave a finally block. {@code label} is null for return or an unknown label.
     */
    private void checkFlowOutOfFinally(Extent extent, String label) {
        for (Object scope : flowScopes) {
            if (scope == FLOW_BOUNDARY) {
                return;
            }
            if (scope == FLOW_FINALLY) {
                throw Errors.error(extent, "ControlLeavingFinally");
            }
            if (label != null && (label.isEmpty() || label.equalsIgnoreCase((String) scope))) {
                return;
            }
        }
    }

    private ExpressionAst labelExpression(LabelExpressionContext ctx) {
        if (ctx == null) {
            return null;
        }
        if (ctx.IDENTIFIER() != null) {
            return bareWord(ctx.IDENTIFIER().getSymbol());
        }
        return unaryNoComma(ctx.unaryExpressionNoComma());
    }

    private TryStatementAst tryStatement(TryStatementContext ctx) {
        StatementBlockAst body = statementBlock(ctx.statementBlock());
        List<CatchClauseAst> catches = new ArrayList<>();
        for (CatchClauseContext c : ctx.catchClause()) {
            List<TypeConstraintAst> types = new ArrayList<>();
            for (TypeLiteralContext t : c.typeLiteral()) {
                types.add(typeLiteral(t));
            }
            catches.add(new CatchClauseAst(extent(c.CATCH().getSymbol(), c.getStop()), types,
                    statementBlock(c.statementBlock())));
        }
        for (int i = 0; i < catches.size() - 1; i++) {
            if (catches.get(i).isCatchAll()) {
                throw Errors.error(catches.get(i + 1).extent().before(), "EmptyCatchNotLast");
            }
        }
        StatementBlockAst finallyBlock = null;
        if (ctx.finallyClause() != null) {
            flowScopes.push(FLOW_FINALLY);
            try {
                finallyBlock = statementBlock(ctx.finallyClause().statementBlock());
            } finally {
                flowScopes.pop();
            }
        }
        if (catches.isEmpty() && finallyBlock == null) {
            throw Errors.incomplete(body.extent().after(), body.extent().endOffset(), "MissingCatchOrFinally");
        }
        return new TryStatementAst(extent(ctx), body, catches, finallyBlock);
    }

    private DataStatementAst dataStatement(DataStatementContext ctx) {
        String variable = ctx.IDENTIFIER() == null ? null : ctx.IDENTIFIER().getText();
        List<ExpressionAst> commands = null;
        if (ctx.PARAMETER() != null) {
            PsToken parameter = (PsToken) ctx.PARAMETER().getSymbol();
            if (!"supportedcommand".startsWith(parameter.value.toLowerCase(Locale.ROOT))) {
                throw Errors.error(extent(parameter), "InvalidParameterForDataSectionStatement", parameter.value);
            }
            commands = new ArrayList<>();
            for (CommandValueContext c : ctx.commandValue()) {
                commands.add(commandValue(c));
            }
        }
        DataStatementAst data = new DataStatementAst(extent(ctx), variable, commands, statementBlock(ctx.statementBlock()));
        RestrictedLanguageChecker.check(data);
        return data;
    }

    private UsingStatementAst usingStatement(Extent extent, UsingBodyContext ctx) {
        UsingStatementKind kind = switch (ctx.kind.getType()) {
            case NAMESPACE -> UsingStatementKind.NAMESPACE;
            case MODULE -> UsingStatementKind.MODULE;
            case ASSEMBLY -> UsingStatementKind.ASSEMBLY;
            case TYPE -> UsingStatementKind.TYPE;
            default -> UsingStatementKind.COMMAND;
        };
        ExpressionAst item = commandArgument(ctx.commandArgument(0));
        HashtableAst module = kind == UsingStatementKind.MODULE && item instanceof HashtableAst h ? h : null;
        if (module == null && !(item instanceof StringConstantExpressionAst)) {
            throw Errors.error(item.extent(), "InvalidValueForUsingItemName", item.extent().text());
        }
        StringConstantExpressionAst alias = null;
        if (ctx.EQUALS() != null) {
            ExpressionAst aliasValue = commandArgument(ctx.commandArgument(1));
            if (kind == UsingStatementKind.MODULE && aliasValue instanceof HashtableAst h) {
                module = h;
            } else if (aliasValue instanceof StringConstantExpressionAst s) {
                alias = s;
            } else {
                throw Errors.error(aliasValue.extent(), "InvalidValueForUsingItemName", aliasValue.extent().text());
            }
        }
        // As in pwsh, "using namespace A = B" has the name A and the alias B (the name A stands for).
        StringConstantExpressionAst name = item instanceof StringConstantExpressionAst s ? s : null;
        return new UsingStatementAst(extent, kind, name, alias, module);
    }

    // ---- classes and enums ----

    private TypeDefinitionAst typeDefinition(TypeDefinitionContext ctx) {
        List<AttributeAst> attributes = new ArrayList<>();
        for (StatementAttributeContext a : ctx.statementAttribute()) {
            AttributeBaseAst attribute = statementAttribute(extent(a), a.typeSpec(), a.attributeArguments());
            if (!(attribute instanceof AttributeAst at)) {
                throw Errors.error(attribute.extent(), "TypeNotAllowedBeforeStatement", attribute.typeName().fullName());
            }
            attributes.add(at);
        }
        Extent extent = extent(ctx);
        if (ctx.classDefinition() != null) {
            ClassDefinitionContext c = ctx.classDefinition();
            String name = c.IDENTIFIER().getText();
            List<TypeConstraintAst> bases = new ArrayList<>();
            for (TypeSpecContext t : c.typeSpec()) {
                ITypeName type = typeSpec(t);
                bases.add(new TypeConstraintAst(type.extent(), type));
            }
            List<MemberAst> members = new ArrayList<>();
            for (ClassMemberContext m : c.classMember()) {
                members.add(classMember(m, name));
            }
            return new TypeDefinitionAst(extent, name, attributes, members, TypeAttributes.CLASS, bases);
        }
        EnumDefinitionContext e = ctx.enumDefinition();
        List<TypeConstraintAst> underlying = new ArrayList<>();
        if (e.typeSpec() != null) {
            ITypeName type = typeSpec(e.typeSpec());
            underlying.add(new TypeConstraintAst(type.extent(), type));
        }
        List<MemberAst> members = new ArrayList<>();
        for (EnumMemberContext m : e.enumMember()) {
            ExpressionAst value = m.expression() == null ? null : expression(m.expression());
            members.add(new PropertyMemberAst(withSemicolon(m, extent(m)), m.IDENTIFIER().getText(), null, List.of(),
                    true, false, value));
        }
        return new TypeDefinitionAst(extent, e.IDENTIFIER().getText(), attributes, members, TypeAttributes.ENUM,
                underlying);
    }

    private MemberAst classMember(ClassMemberContext ctx, String className) {
        List<AttributeAst> attributes = new ArrayList<>();
        TypeConstraintAst type = null;
        for (AttributeOrTypeLiteralContext a : ctx.attributeOrTypeLiteral()) {
            AttributeBaseAst attribute = attributeOrTypeLiteral(a);
            if (attribute instanceof AttributeAst at) {
                attributes.add(at);
            } else if (type == null) {
                type = (TypeConstraintAst) attribute;
            } else {
                throw Errors.error(attribute.extent(), "TooManyTypes");
            }
        }
        boolean isStatic = false;
        boolean isHidden = false;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t) {
                Token token = t.getSymbol();
                boolean seen = token.getType() == STATIC ? isStatic : token.getType() == HIDDEN && isHidden;
                if (seen) {
                    throw Errors.error(extent(token), "DuplicateQualifier", token.getText());
                }
                isStatic |= token.getType() == STATIC;
                isHidden |= token.getType() == HIDDEN;
            }
        }
        Extent extent = extent(ctx);
        if (ctx.classProperty() != null) {
            ClassPropertyContext p = ctx.classProperty();
            PsToken variable = (PsToken) p.VARIABLE().getSymbol();
            ExpressionAst value = p.expression() == null ? null : expression(p.expression());
            return new PropertyMemberAst(withSemicolon(ctx, extent), variable.variablePath.userPath(), type,
                    attributes, isStatic, isHidden, value);
        }
        ClassMethodContext m = ctx.classMethod();
        String name = m.IDENTIFIER().getText();
        List<ParameterAst> parameters = parameters(m.parameterList());
        List<ExpressionAst> baseArguments = null;
        if (m.baseConstructorCall() != null) {
            baseArguments = new ArrayList<>();
            for (ExpressionNoCommaContext a : m.baseConstructorCall().expressionNoComma()) {
                baseArguments.add(expression(a));
            }
        }
        ScriptBlockAst body = scriptBlockInBraces(m.LCURLY().getSymbol(), m.scriptBlockBody(),
                m.RCURLY().getSymbol(), false);
        // pwsh's semantic checks on methods.
        if (body.paramBlock() != null) {
            throw Errors.error(body.paramBlock().extent(), "ParamBlockNotAllowedInMethod");
        }
        NamedBlockAst named = firstNonNull(body.dynamicParamBlock(), body.beginBlock(), body.processBlock(),
                body.endBlock() != null && !body.endBlock().unnamed() ? body.endBlock() : null, body.cleanBlock());
        if (named != null) {
            throw Errors.error(named.extent(), "NamedBlockNotAllowedInMethod");
        }
        checkMethodLabels(body);
        boolean isConstructor = name.equalsIgnoreCase(className);
        if (isConstructor && type != null) {
            throw Errors.error(type.extent(), "ConstructorCantHaveReturnType");
        }
        return new FunctionMemberAst(extent, name, type, attributes, isStatic, isHidden, parameters, body,
                isConstructor, baseArguments);
    }

    /**
     * pwsh's semantic check on a method: a {@code break} or {@code continue} label names a loop or switch of the method
     * around it (a method cannot leave through its caller's loops, as a function can).
     */
    private static void checkMethodLabels(ScriptBlockAst body) {
        List<LabeledStatementAst> labeled = new ArrayList<>();
        List<Ast> jumps = new ArrayList<>();
        AstSearcher.walk(body, null, false, (node, parent) -> {
            if (node instanceof LabeledStatementAst statement && statement.label() != null) {
                labeled.add(statement);
            } else if (node instanceof BreakStatementAst || node instanceof ContinueStatementAst) {
                jumps.add(node);
            }
            return true;
        });
        for (Ast jump : jumps) {
            ExpressionAst label = jump instanceof BreakStatementAst b ? b.label() : ((ContinueStatementAst) jump).label();
            if (label instanceof StringConstantExpressionAst name && labeled.stream().noneMatch(l ->
                    l.label().equalsIgnoreCase(name.value()) && l.extent().startOffset() <= jump.extent().startOffset()
                            && jump.extent().endOffset() <= l.extent().endOffset())) {
                throw Errors.error(label.extent(), "LabelNotFound", name.value());
            }
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    // ---- assignment targets (pwsh's SemanticChecks.CheckAssignmentTarget) ----

    /**
     * Checks that {@code target} can be assigned to: a variable, member, index, cast or attributed variable, or a
     * list or parenthesized one of those. {@code simple} is the '=' operator (a list is only allowed there).
     */
    private static void checkAssignmentTarget(ExpressionAst target, boolean simple,
                                              Function<Ast, ParseException> error) {
        Ast errorAst = null;
        if (target instanceof ArrayLiteralAst list) {
            if (!simple) {
                errorAst = list;
            } else {
                for (ExpressionAst element : list.elements()) {
                    checkAssignmentTarget(element, true, error);
                }
            }
        } else if (target instanceof ParenExpressionAst paren) {
            ExpressionAst pure = pureExpression(paren.pipeline());
            if (pure == null) {
                errorAst = paren.pipeline();
            } else {
                checkAssignmentTarget(pure, simple, error);
            }
        } else if (target instanceof MemberExpressionAst member) {
            errorAst = member.nullConditional() ? member : null;
        } else if (target instanceof InvokeMemberExpressionAst invoke) {
            errorAst = invoke.nullConditional() ? invoke : null;
        } else if (target instanceof IndexExpressionAst index) {
            errorAst = index.nullConditional() ? index : null;
        } else if (target instanceof ConvertExpressionAst || target instanceof AttributedExpressionAst) {
            checkVoidConstraint(target);
        } else if (!(target instanceof VariableExpressionAst)) {
            errorAst = target;
        }
        if (errorAst != null) {
            throw error.apply(errorAst);
        }
    }

    private static void checkVoidConstraint(ExpressionAst target) {
        ExpressionAst expression = target;
        while (true) {
            if (expression instanceof ConvertExpressionAst convert) {
                String name = convert.type().typeName().fullName();
                if (name.equalsIgnoreCase("void") || name.equalsIgnoreCase("System.Void")) {
                    throw Errors.error(convert.type().extent(), "VoidTypeConstraintNotAllowed");
                }
                expression = convert.child();
            } else if (expression instanceof AttributedExpressionAst attributed) {
                expression = attributed.child();
            } else {
                return;
            }
        }
    }

    /** pwsh's PipelineBaseAst.GetPureExpression: the expression of a one-element pipeline without redirections. */
    private static ExpressionAst pureExpression(PipelineBaseAst pipeline) {
        if (pipeline instanceof PipelineAst p && p.pipelineElements().size() == 1
                && p.pipelineElements().getFirst() instanceof CommandExpressionAst c
                && (c.redirections() == null || c.redirections().isEmpty())) {
            return c.expression();
        }
        return null;
    }

    private static boolean isOrdered(ITypeName type) {
        return type.fullName().equalsIgnoreCase("ordered");
    }

    // ---- pipelines ----

    PipelineBaseAst pipelineChain(PipelineChainContext ctx) {
        List<CommandBaseAst> first = new ArrayList<>();
        if (ctx.command() != null) {
            first.add(command(ctx.command()));
        } else {
            ExpressionAst expression = expression(ctx.expression());
            if (ctx.assignmentOperator() != null) {
                Token op = ctx.assignmentOperator().getStart();
                StatementAst right = statement(ctx.statement());
                TokenKind operator = assignmentOperator(op);
                checkAssignmentTarget(expression, operator == TokenKind.EQUALS,
                        target -> Errors.error(target.extent(), "InvalidLeftHandSide"));
                return new AssignmentStatementAst(expression.extent().to(right.extent()), expression,
                        operator, right, extent(op));
            }
            List<RedirectionAst> redirections = redirections(ctx.redirection());
            Extent extent = redirections.isEmpty() ? expression.extent()
                    : expression.extent().to(redirections.getLast().extent());
            first.add(new CommandExpressionAst(extent, expression, redirections));
        }
        for (PipelineElementContext e : ctx.pipelineTail().pipelineElement()) {
            first.add(pipelineElement(e, false));
        }
        ChainTailContext tail = ctx.chainTail();
        boolean background = tail.AMPERSAND() != null;
        PipelineAst pipeline = new PipelineAst(first.getFirst().extent().to(first.getLast().extent()), first,
                background && tail.pipeline().isEmpty());
        ChainableAst chain = pipeline;
        List<PipelineContext> pipelines = tail.pipeline();
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineAst next = pipeline(pipelines.get(i));
            TokenKind operator = tail.chainOperator(i).getStart().getType() == ANDAND ? TokenKind.AND_AND
                    : TokenKind.OR_OR;
            chain = new PipelineChainAst(chain.extent().to(next.extent()), chain, next, operator,
                    background && i == pipelines.size() - 1);
        }
        return chain;
    }

    private PipelineAst pipeline(PipelineContext ctx) {
        List<CommandBaseAst> elements = new ArrayList<>();
        for (PipelineElementContext e : ctx.pipelineElement()) {
            elements.add(pipelineElement(e, elements.isEmpty()));
        }
        return new PipelineAst(elements.getFirst().extent().to(elements.getLast().extent()), elements, false);
    }

    private CommandBaseAst pipelineElement(PipelineElementContext ctx, boolean first) {
        if (ctx.command() != null) {
            return command(ctx.command());
        }
        ExpressionAst expression = expression(ctx.expression());
        if (!first) {
            throw Errors.error(expression.extent(), "ExpressionsMustBeFirstInPipeline");
        }
        List<RedirectionAst> redirections = redirections(ctx.redirection());
        Extent extent = redirections.isEmpty() ? expression.extent()
                : expression.extent().to(redirections.getLast().extent());
        return new CommandExpressionAst(extent, expression, redirections);
    }

    static TokenKind assignmentOperator(Token op) {
        return switch (op.getText()) {
            case "=" -> TokenKind.EQUALS;
            case "+=" -> TokenKind.PLUS_EQUALS;
            case "*=" -> TokenKind.MULTIPLY_EQUALS;
            case "/=" -> TokenKind.DIVIDE_EQUALS;
            case "%=" -> TokenKind.REMAINDER_EQUALS;
            case "??=" -> TokenKind.QUESTION_QUESTION_EQUALS;
            default -> TokenKind.MINUS_EQUALS;
        };
    }

    private CommandAst command(CommandContext ctx) {
        List<CommandElementAst> elements = new ArrayList<>();
        TokenKind invocation = TokenKind.UNKNOWN;
        if (ctx.invocation != null) {
            invocation = ctx.invocation.getType() == AMPERSAND ? TokenKind.AMPERSAND : TokenKind.DOT;
            elements.add(ctx.primaryExpression() != null ? splattable(ctx.primaryExpression())
                    : bareWordArgument((PsToken) ctx.GENERIC().getSymbol()));
        } else {
            PsToken name = (PsToken) ctx.GENERIC().getSymbol();
            elements.add(new StringConstantExpressionAst(extent(name), name.value, StringConstantType.BARE_WORD));
        }
        RedirectionAst[] redirections = new RedirectionAst[RedirectionStream.values().length];
        List<RedirectionAst> redirectionList = new ArrayList<>();
        Extent end = elements.getFirst().extent();
        boolean sawDashDash = false;
        for (CommandElementContext e : ctx.commandElement()) {
            Token first = e.getStart();
            switch (first.getType()) {
                case PARAMETER -> {
                    PsToken parameter = (PsToken) first;
                    elements.add(sawDashDash ? bareWord(parameter)
                            : new CommandParameterAst(extent(parameter), parameter.value, null, extent(parameter)));
                }
                case PARAMETER_COLON -> {
                    PsToken parameter = (PsToken) first;
                    if (sawDashDash) {
                        elements.add(bareWord(parameter));
                        if (e.commandArgument() != null) {
                            elements.add(commandArgument(e.commandArgument()));
                        }
                    } else {
                        ExpressionAst argument = commandArgument(e.commandArgument());
                        elements.add(new CommandParameterAst(extent(parameter).to(argument.extent()), parameter.value,
                                argument, extent(parameter)));
                    }
                }
                case MINUSMINUS -> {
                    elements.add(sawDashDash ? bareWord(first)
                            : new CommandParameterAst(extent(first), "-", null, extent(first)));
                    sawDashDash = true;
                }
                case VERBATIM_ARGUMENT -> elements.add(bareWord(first));
                default -> {
                    if (e.redirection() != null) {
                        RedirectionAst redirection = redirection(e.redirection(), redirections);
                        redirectionList.add(redirection);
                        end = redirection.extent();
                        continue;
                    }
                    elements.add(commandElementArgument(e.commandArgument()));
                }
            }
            end = elements.getLast().extent();
        }
        return new CommandAst(extent(ctx.getStart()).to(end), elements, invocation, redirectionList);
    }

    /** An argument that is a command element itself: there (only) {@code @name} splats. */
    private ExpressionAst commandElementArgument(CommandArgumentContext ctx) {
        List<CommandValueContext> values = ctx.commandValue();
        if (values.size() == 1 && values.getFirst().primaryExpression() != null) {
            return splattable(values.getFirst().primaryExpression());
        }
        return commandArgument(ctx);
    }

    private ExpressionAst splattable(PrimaryExpressionContext ctx) {
        if (ctx.postfixOperator().isEmpty() && ctx.value().SPLATTED_VARIABLE() != null) {
            PsToken token = (PsToken) ctx.value().SPLATTED_VARIABLE().getSymbol();
            return new VariableExpressionAst(extent(token), token.variablePath, true);
        }
        return primary(ctx);
    }

    private ExpressionAst commandArgument(CommandArgumentContext ctx) {
        List<CommandValueContext> values = ctx.commandValue();
        if (values.size() == 1) {
            return commandValue(values.getFirst());
        }
        List<ExpressionAst> elements = new ArrayList<>(values.size());
        for (CommandValueContext v : values) {
            PrimaryExpressionContext p = v.primaryExpression();
            if (p != null && p.postfixOperator().isEmpty() && p.value().SPLATTED_VARIABLE() != null) {
                PsToken token = (PsToken) p.value().SPLATTED_VARIABLE().getSymbol();
                throw Errors.error(extent(token), "SplattingNotPermittedInArgumentList",
                        token.variablePath.userPath());
            }
            elements.add(commandValue(v));
        }
        return new ArrayLiteralAst(elements.getFirst().extent().to(elements.getLast().extent()), elements);
    }

    private ExpressionAst commandValue(CommandValueContext ctx) {
        if (ctx.GENERIC() != null) {
            return bareWordArgument((PsToken) ctx.GENERIC().getSymbol());
        }
        return primary(ctx.primaryExpression());
    }

    /** A bare word argument: expandable when it has {@code $var} or {@code $( )} parts. */
    private ExpressionAst bareWordArgument(PsToken token) {
        if (token.nested != null) {
            return new ExpandableStringExpressionAst(extent(token), token.value, StringConstantType.BARE_WORD,
                    token.nested, token.format);
        }
        return new StringConstantExpressionAst(extent(token), token.value, StringConstantType.BARE_WORD);
    }

    private StringConstantExpressionAst bareWord(Token token) {
        String value = token instanceof PsToken ps && ps.getType() == VERBATIM_ARGUMENT ? ps.value : token.getText();
        return new StringConstantExpressionAst(extent(token), value, StringConstantType.BARE_WORD);
    }

    private List<RedirectionAst> redirections(List<RedirectionContext> contexts) {
        RedirectionAst[] seen = new RedirectionAst[RedirectionStream.values().length];
        List<RedirectionAst> result = new ArrayList<>(contexts.size());
        for (RedirectionContext r : contexts) {
            result.add(redirection(r, seen));
        }
        return result;
    }

    private RedirectionAst redirection(RedirectionContext ctx, RedirectionAst[] seen) {
        PsToken token = (PsToken) ctx.getStart();
        RedirectionAst result;
        switch (token.getType()) {
            case INPUT_REDIRECTION -> throw Errors.error(extent(token), "RedirectionNotSupported", token.getText());
            case MERGING_REDIRECTION -> {
                if (token.toStream != 1 || token.fromStream == token.toStream) {
                    throw Errors.error(extent(token), "RedirectionNotSupported", token.getText());
                }
                result = new MergingRedirectionAst(extent(token), RedirectionStream.of(token.fromStream),
                        RedirectionStream.OUTPUT);
            }
            default -> {
                ExpressionAst location = commandValue(ctx.commandValue());
                result = new FileRedirectionAst(extent(token).to(location.extent()),
                        RedirectionStream.of(token.fromStream), location, token.append);
            }
        }
        int stream = result.fromStream().ordinal();
        if (seen[stream] != null) {
            throw Errors.error(result.extent(), "StreamAlreadyRedirected", streamName(result.fromStream()));
        }
        seen[stream] = result;
        return result;
    }

    private static String streamName(RedirectionStream stream) {
        String id = switch (stream) {
            case ALL -> "AllStream";
            case OUTPUT -> "OutputStream";
            case ERROR -> "ErrorStream";
            case WARNING -> "WarningStream";
            case VERBOSE -> "VerboseStream";
            case DEBUG -> "DebugStream";
            case INFORMATION -> "InformationStream";
        };
        return ParserStrings.format(id);
    }

    // ---- expressions ----

    ExpressionAst expression(ExpressionContext ctx) {
        ExpressionAst condition = binary(ctx.binaryExpression());
        if (ctx.QUESTION() == null) {
            return condition;
        }
        ExpressionAst ifFalse = expression(ctx.expression(1));
        return new TernaryExpressionAst(condition.extent().to(ifFalse.extent()), condition, expression(ctx.expression(0)),
                ifFalse);
    }

    private ExpressionAst expression(ExpressionNoCommaContext ctx) {
        ExpressionAst condition = binary(ctx.binaryExpressionNoComma());
        if (ctx.QUESTION() == null) {
            return condition;
        }
        ExpressionAst ifFalse = expression(ctx.expressionNoComma(1));
        return new TernaryExpressionAst(condition.extent().to(ifFalse.extent()), condition,
                expression(ctx.expressionNoComma(0)), ifFalse);
    }

    private ExpressionAst binary(BinaryExpressionContext ctx) {
        if (ctx.op == null) {
            return arrayLiteral(ctx.arrayLiteral());
        }
        ExpressionAst left = binary(ctx.binaryExpression(0));
        ExpressionAst right = binary(ctx.binaryExpression(1));
        return new BinaryExpressionAst(left.extent().to(right.extent()), left, binaryOperator(ctx.op), right,
                extent(ctx.op));
    }

    private ExpressionAst binary(BinaryExpressionNoCommaContext ctx) {
        if (ctx.op == null) {
            return unaryNoComma(ctx.unaryExpressionNoComma());
        }
        ExpressionAst left = binary(ctx.binaryExpressionNoComma(0));
        ExpressionAst right = binary(ctx.binaryExpressionNoComma(1));
        return new BinaryExpressionAst(left.extent().to(right.extent()), left, binaryOperator(ctx.op), right,
                extent(ctx.op));
    }

    private static TokenKind binaryOperator(Token op) {
        return switch (op.getType()) {
            case DOTDOT -> TokenKind.DOT_DOT;
            case STAR -> TokenKind.MULTIPLY;
            case SLASH -> TokenKind.DIVIDE;
            case PERCENT -> TokenKind.REM;
            case PLUS -> TokenKind.PLUS;
            case MINUS -> TokenKind.MINUS;
            case QUESTION_QUESTION -> TokenKind.QUESTION_QUESTION;
            default -> TokenKind.valueOf(((PsToken) op).value);
        };
    }

    private ExpressionAst arrayLiteral(ArrayLiteralContext ctx) {
        List<UnaryExpressionContext> items = ctx.unaryExpression();
        if (items.size() == 1) {
            return unary(items.getFirst());
        }
        List<ExpressionAst> elements = new ArrayList<>(items.size());
        for (UnaryExpressionContext u : items) {
            elements.add(unary(u));
        }
        return new ArrayLiteralAst(elements.getFirst().extent().to(elements.getLast().extent()), elements);
    }

    private ExpressionAst unary(UnaryExpressionContext ctx) {
        if (ctx.UNARY_COMMA() != null) {
            ExpressionAst child = unary(ctx.unaryExpression());
            return new ArrayLiteralAst(extent(ctx.UNARY_COMMA().getSymbol()).to(child.extent()), List.of(child));
        }
        if (ctx.prefixOperator() != null) {
            return prefix(ctx.prefixOperator(), unary(ctx.unaryExpression()));
        }
        if (ctx.attributeOrTypeLiteral() != null) {
            return typeLiteralExpression(ctx.attributeOrTypeLiteral(), ctx.castTail());
        }
        return postfixIncrement(primary(ctx.primaryExpression()), ctx.postfixIncrement());
    }

    private ExpressionAst unaryNoComma(UnaryExpressionNoCommaContext ctx) {
        if (ctx.prefixOperator() != null) {
            return prefix(ctx.prefixOperator(), unaryNoComma(ctx.unaryExpressionNoComma()));
        }
        if (ctx.attributeOrTypeLiteral() != null) {
            return typeLiteralExpression(ctx.attributeOrTypeLiteral(), ctx.castTail());
        }
        return postfixIncrement(primary(ctx.primaryExpression()), ctx.postfixIncrement());
    }

    private ExpressionAst prefix(PrefixOperatorContext op, ExpressionAst child) {
        Token token = op.getStart();
        TokenKind kind = switch (token.getType()) {
            case EXCLAIM -> TokenKind.EXCLAIM;
            case NOT_OP -> TokenKind.NOT;
            case BNOT_OP -> TokenKind.BNOT;
            case UNARY_PLUS -> TokenKind.PLUS;
            case UNARY_MINUS -> TokenKind.MINUS;
            case PLUSPLUS -> TokenKind.PLUS_PLUS;
            case MINUSMINUS -> TokenKind.MINUS_MINUS;
            default -> TokenKind.valueOf(((PsToken) token).value);
        };
        if (kind == TokenKind.PLUS_PLUS || kind == TokenKind.MINUS_MINUS) {
            checkAssignmentTarget(child, false, target -> Errors.error(target.extent(),
                    "OperatorRequiresVariableOrProperty", kind == TokenKind.PLUS_PLUS ? "++" : "--"));
        }
        return new UnaryExpressionAst(extent(token).to(child.extent()), kind, child);
    }

    /**
     * A type literal or attribute in an expression: {@code [type]} alone, {@code [type]::member...}, the cast
     * {@code [type]operand}, or an attribute on an operand ({@code [ValidateRange(1, 5)]$x}).
     */
    private ExpressionAst typeLiteralExpression(AttributeOrTypeLiteralContext literal, CastTailContext tail) {
        AttributeBaseAst attribute = attributeOrTypeLiteral(literal);
        if (attribute instanceof AttributeAst at) {
            if (tail == null || tail.unaryExpressionNoComma() == null) {
                throw Errors.incomplete(at.extent(), at.extent().endOffset(), "UnexpectedAttribute",
                        at.typeName().fullName());
            }
            ExpressionAst child = unaryNoComma(tail.unaryExpressionNoComma());
            return new AttributedExpressionAst(at.extent().to(child.extent()), at, child);
        }
        TypeConstraintAst constraint = (TypeConstraintAst) attribute;
        if (tail != null && tail.unaryExpressionNoComma() != null) {
            ExpressionAst child = unaryNoComma(tail.unaryExpressionNoComma());
            ConvertExpressionAst convert = new ConvertExpressionAst(constraint.extent().to(child.extent()),
                    constraint, child);
            if (isOrdered(constraint.typeName()) && !(child instanceof HashtableAst)) {
                throw Errors.error(convert.extent(), "OrderedAttributeOnlyOnHashLiteralNode",
                        constraint.typeName().fullName());
            }
            return convert;
        }
        ExpressionAst expression = new TypeExpressionAst(constraint.extent(), constraint.typeName());
        if (tail == null) {
            return expression;
        }
        TypeMemberAccessContext member = tail.typeMemberAccess();
        expression = memberAccess(expression, member.memberAccessOperator(), member.memberName(),
                member.methodInvocation());
        for (PostfixOperatorContext p : tail.postfixOperator()) {
            expression = postfix(expression, p);
        }
        return postfixIncrement(expression, tail.postfixIncrement());
    }

    private ExpressionAst postfixIncrement(ExpressionAst expression, PostfixIncrementContext ctx) {
        if (ctx == null) {
            return expression;
        }
        Token token = ctx.getStart();
        TokenKind kind = token.getType() == POSTFIX_PLUSPLUS ? TokenKind.POSTFIX_PLUS_PLUS
                : TokenKind.POSTFIX_MINUS_MINUS;
        checkAssignmentTarget(expression, false, target -> Errors.error(target.extent(),
                "OperatorRequiresVariableOrProperty", kind == TokenKind.POSTFIX_PLUS_PLUS ? "++" : "--"));
        return new UnaryExpressionAst(expression.extent().to(extent(token)), kind, expression);
    }

    ExpressionAst primary(PrimaryExpressionContext ctx) {
        ValueContext value = ctx.value();
        PsToken first = (PsToken) value.getStart();
        if ((value.VARIABLE() != null || value.SPLATTED_VARIABLE() != null) && isUsingScope(first)) {
            // $using:x.y is "using (x.y)": the member access is part of what is sent.
            ExpressionAst inner = new VariableExpressionAst(extent(first), first.variablePath,
                    first.getType() == SPLATTED_VARIABLE);
            for (PostfixOperatorContext p : ctx.postfixOperator()) {
                inner = postfix(inner, p);
            }
            return new UsingExpressionAst(inner.extent(), inner);
        }
        ExpressionAst expression = value(value);
        for (PostfixOperatorContext p : ctx.postfixOperator()) {
            expression = postfix(expression, p);
        }
        return expression;
    }

    private static boolean isUsingScope(PsToken variable) {
        return "using".equalsIgnoreCase(variable.variablePath.drive());
    }

    private ExpressionAst value(ValueContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode terminal) {
            PsToken token = (PsToken) terminal.getSymbol();
            Extent extent = extent(token);
            return switch (token.getType()) {
                case VARIABLE -> Tokenizer.variableExpression(token.variablePath, extent, false);
                case SPLATTED_VARIABLE -> throw Errors.error(extent, "SplattingNotPermitted",
                        token.variablePath.userPath());
                case NUMBER -> new ConstantExpressionAst(extent, token.number);
                case STRING_LITERAL -> new StringConstantExpressionAst(extent, token.value,
                        StringConstantType.SINGLE_QUOTED);
                case HERE_STRING_LITERAL -> new StringConstantExpressionAst(extent, token.value,
                        StringConstantType.SINGLE_QUOTED_HERE_STRING);
                case STRING_EXPANDABLE -> expandable(token, StringConstantType.DOUBLE_QUOTED);
                default -> expandable(token, StringConstantType.DOUBLE_QUOTED_HERE_STRING);
            };
        }
        if (ctx.parenExpression() != null) {
            ParenExpressionContext p = ctx.parenExpression();
            return new ParenExpressionAst(extent(p), pipelineChain(p.pipelineChain()));
        }
        if (ctx.subExpression() != null) {
            return subExpression(ctx.subExpression());
        }
        if (ctx.arrayExpression() != null) {
            ArrayExpressionContext a = ctx.arrayExpression();
            return new ArrayExpressionAst(extent(a), innerStatementBlock(a.AT_PAREN().getSymbol(), a.statementList()));
        }
        if (ctx.hashLiteral() != null) {
            return hashLiteral(ctx.hashLiteral());
        }
        ScriptBlockExpressionContext s = ctx.scriptBlockExpression();
        ScriptBlockAst block = scriptBlockInBraces(s.LCURLY().getSymbol(), s.scriptBlockBody(), s.RCURLY().getSymbol(),
                false);
        return new ScriptBlockExpressionAst(block.extent(), block);
    }

    SubExpressionAst subExpression(SubExpressionContext ctx) {
        return new SubExpressionAst(extent(ctx), innerStatementBlock(ctx.DOLLAR_PAREN().getSymbol(), ctx.statementList()));
    }

    private ExpressionAst expandable(PsToken token, StringConstantType type) {
        if (token.nested == null) {
            return new StringConstantExpressionAst(extent(token), token.value, type);
        }
        return new ExpandableStringExpressionAst(extent(token), token.value, type, token.nested, token.format);
    }

    private HashtableAst hashLiteral(HashLiteralContext ctx) {
        List<HashtableAst.KeyValuePair> pairs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (HashEntryContext e : ctx.hashEntry()) {
            HashKeyContext k = e.hashKey();
            ExpressionAst key = k.unaryExpressionNoComma() != null ? unaryNoComma(k.unaryExpressionNoComma())
                    : bareWord(k.getStart());
            String constant = constantKey(key);
            if (constant != null && !keys.add(constant.toLowerCase(Locale.ROOT))) {
                throw Errors.error(key.extent(), "DuplicateKeyInHashLiteral", constant);
            }
            pairs.add(new HashtableAst.KeyValuePair(key, statement(e.statement())));
        }
        return new HashtableAst(extent(ctx), pairs);
    }

    /** The text of a key written as a constant, which must not repeat in one literal. */
    private static String constantKey(ExpressionAst key) {
        if (key instanceof StringConstantExpressionAst s) {
            return s.value();
        }
        if (key instanceof ConstantExpressionAst c) {
            return String.valueOf(c.value());
        }
        return null;
    }

    private ExpressionAst postfix(ExpressionAst target, PostfixOperatorContext ctx) {
        if (ctx.memberAccessOperator() != null) {
            return memberAccess(target, ctx.memberAccessOperator(), ctx.memberName(), ctx.methodInvocation());
        }
        ExpressionAst index = expression(ctx.expression());
        return new IndexExpressionAst(target.extent().to(extent(ctx.RBRACKET().getSymbol())), target, index,
                ctx.indexOperator.getType() == QUESTION_LBRACKET);
    }

    private ExpressionAst memberAccess(ExpressionAst target, MemberAccessOperatorContext op, MemberNameContext name,
                                       MethodInvocationContext invocation) {
        boolean isStatic = op.COLONCOLON() != null;
        boolean nullConditional = op.QUESTION_DOT() != null;
        ExpressionAst member = name.IDENTIFIER() != null ? bareWord(name.IDENTIFIER().getSymbol()) : value(name.value());
        if (invocation == null) {
            return new MemberExpressionAst(target.extent().to(member.extent()), target, member, isStatic,
                    nullConditional);
        }
        List<ExpressionAst> arguments = new ArrayList<>();
        List<ITypeName> genericArguments = null;
        if (invocation.INVOKE_LCURLY() != null) {
            ScriptBlockAst block = scriptBlockInBraces(invocation.INVOKE_LCURLY().getSymbol(),
                    invocation.scriptBlockBody(), invocation.RCURLY().getSymbol(), false);
            arguments.add(new ScriptBlockExpressionAst(block.extent(), block));
        } else {
            for (ExpressionNoCommaContext a : invocation.expressionNoComma()) {
                arguments.add(expression(a));
            }
            if (invocation.genericMethodArguments() != null) {
                genericArguments = new ArrayList<>();
                for (TypeSpecContext t : invocation.genericMethodArguments().typeSpec()) {
                    genericArguments.add(typeSpec(t));
                }
            }
        }
        return new InvokeMemberExpressionAst(target.extent().to(extent(invocation.getStop())), target, member,
                arguments, isStatic, nullConditional, genericArguments);
    }

    // ---- types and attributes ----

    private AttributeBaseAst attributeOrTypeLiteral(AttributeOrTypeLiteralContext ctx) {
        ITypeName type = typeSpec(ctx.typeSpec());
        if (ctx.attributeArguments() == null) {
            return new TypeConstraintAst(extent(ctx), type);
        }
        return attribute(extent(ctx), type, ctx.attributeArguments());
    }

    private AttributeBaseAst statementAttribute(Extent extent, TypeSpecContext typeSpec,
                                                AttributeArgumentsContext arguments) {
        ITypeName type = typeSpec(typeSpec);
        if (arguments == null) {
            return new TypeConstraintAst(extent, type);
        }
        return attribute(extent, type, arguments);
    }

    private AttributeAst attribute(Extent extent, ITypeName type, AttributeArgumentsContext arguments) {
        List<ExpressionAst> positional = new ArrayList<>();
        List<NamedAttributeArgumentAst> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (AttributeArgumentContext a : arguments.attributeArgument()) {
            if (a.IDENTIFIER() == null) {
                positional.add(expression(a.expressionNoComma()));
                continue;
            }
            Token name = a.IDENTIFIER().getSymbol();
            if (!names.add(name.getText().toLowerCase(Locale.ROOT))) {
                throw Errors.error(extent(name), "DuplicateNamedArgument", name.getText());
            }
            if (a.expressionNoComma() == null) {
                named.add(new NamedAttributeArgumentAst(extent(name), name.getText(),
                        new ConstantExpressionAst(extent(name), Boolean.TRUE), true));
            } else {
                ExpressionAst value = expression(a.expressionNoComma());
                named.add(new NamedAttributeArgumentAst(extent(name).to(value.extent()), name.getText(), value, false));
            }
        }
        return new AttributeAst(extent, type, positional, named);
    }

    private TypeConstraintAst typeLiteral(TypeLiteralContext ctx) {
        return new TypeConstraintAst(extent(ctx), typeSpec(ctx.typeSpec()));
    }

    ITypeName typeSpec(TypeSpecContext ctx) {
        PsToken name = (PsToken) ctx.TYPE_NAME().getSymbol();
        String assembly = ctx.ASSEMBLY_NAME() == null ? null : ((PsToken) ctx.ASSEMBLY_NAME().getSymbol()).value;
        if (assembly != null && assembly.isBlank()) {
            Extent comma = extent(ctx.COMMA().getSymbol());
            throw Errors.error(comma.after(), "MissingAssemblyNameSpecification");
        }
        Extent nameExtent = assembly == null || ctx.genericArguments() != null || !ctx.arraySpec().isEmpty()
                ? extent(name) : extent(name).to(extent(ctx.ASSEMBLY_NAME().getSymbol()));
        TypeName typeName = new TypeName(nameExtent, name.value, assembly);
        return completeType(typeName, ctx.genericArguments(), ctx.arraySpec());
    }

    private ITypeName completeType(TypeName typeName, GenericArgumentsContext generic, List<ArraySpecContext> arrays) {
        ITypeName type = typeName;
        if (generic != null) {
            List<ITypeName> arguments = new ArrayList<>();
            for (GenericArgumentContext a : generic.genericArgument()) {
                arguments.add(genericArgument(a));
            }
            type = new GenericTypeName(typeName.extent().to(extent(generic.RBRACKET().getSymbol())), typeName,
                    arguments);
        }
        for (ArraySpecContext a : arrays) {
            type = new ArrayTypeName(type.extent().to(extent(a.RBRACKET().getSymbol())), type, a.COMMA().size() + 1);
        }
        return type;
    }

    private ITypeName genericArgument(GenericArgumentContext ctx) {
        if (ctx.typeSpec() != null) {
            return typeSpec(ctx.typeSpec());
        }
        PsToken name = (PsToken) ctx.TYPE_NAME().getSymbol();
        return completeType(new TypeName(extent(name), name.value, null), ctx.genericArguments(), ctx.arraySpec());
    }

    // ---- extents ----

    /** pwsh includes a property's terminating ';' in its extent (not a newline or '}'). */
    private Extent withSemicolon(ParserRuleContext ctx, Extent extent) {
        ParserRuleContext parent = ctx.getParent();
        int index = parent.children.indexOf(ctx);
        if (index + 1 < parent.getChildCount() && parent.getChild(index + 1) instanceof TerminatorContext t) {
            Token semi = t.getStart();
            if (semi.getType() == SEMI && semi.getStopIndex() >= semi.getStartIndex()) {
                return extent.to(extent(semi));
            }
        }
        return extent;
    }

    private Extent extent(ParserRuleContext ctx) {
        return extent(ctx.getStart(), ctx.getStop());
    }

    private Extent extent(Token token) {
        return source.extent(token.getStartIndex(), token.getStopIndex() + 1);
    }

    private Extent extent(Token first, Token last) {
        return source.extent(first.getStartIndex(), Math.max(last.getStopIndex() + 1, first.getStartIndex()));
    }
}
