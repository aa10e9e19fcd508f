package org.jposh.interpreter.parser;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ast.*;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.ModuleFinder;
import org.jposh.interpreter.commands.ModuleSpecification;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.StopParsingArgument;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ScriptRootNode;
import org.jposh.interpreter.nodes.StatementListNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.nodes.classes.MethodBodyNode;
import org.jposh.interpreter.nodes.classes.MethodReturnNode;
import org.jposh.interpreter.nodes.classes.ValuesNode;
import org.jposh.interpreter.nodes.controlflow.BreakNode;
import org.jposh.interpreter.nodes.controlflow.CommandConditionNode;
import org.jposh.interpreter.nodes.controlflow.ConditionNode;
import org.jposh.interpreter.nodes.controlflow.ConditionNodeGen;
import org.jposh.interpreter.nodes.controlflow.ContinueNode;
import org.jposh.interpreter.nodes.controlflow.CursorNode;
import org.jposh.interpreter.nodes.controlflow.DoLoopNode;
import org.jposh.interpreter.nodes.controlflow.EnumerateNodeGen;
import org.jposh.interpreter.nodes.controlflow.EnumerateRangeNodeGen;
import org.jposh.interpreter.nodes.controlflow.EnumeratorVariableNode;
import org.jposh.interpreter.nodes.controlflow.FileLinesNode;
import org.jposh.interpreter.nodes.controlflow.ForEachNode;
import org.jposh.interpreter.nodes.controlflow.IfNode;
import org.jposh.interpreter.nodes.controlflow.NullCoalesceNode;
import org.jposh.interpreter.nodes.controlflow.PipelineChainNode;
import org.jposh.interpreter.nodes.controlflow.ReturnNode;
import org.jposh.interpreter.nodes.controlflow.SwitchNode;
import org.jposh.interpreter.nodes.controlflow.SwitchScriptBlockTestNode;
import org.jposh.interpreter.nodes.controlflow.SwitchTestNode;
import org.jposh.interpreter.nodes.controlflow.SwitchValueTestNode;
import org.jposh.interpreter.nodes.controlflow.TernaryNode;
import org.jposh.interpreter.nodes.controlflow.WhileNode;
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
import org.jposh.interpreter.nodes.pipeline.BackgroundPipelineNode;
import org.jposh.interpreter.nodes.pipeline.CommandArgumentNode;
import org.jposh.interpreter.nodes.pipeline.CommandNode;
import org.jposh.interpreter.nodes.pipeline.MethodSyntaxArgumentNode;
import org.jposh.interpreter.nodes.pipeline.ExpressionStatementNode;
import org.jposh.interpreter.nodes.pipeline.PipelineNode;
import org.jposh.interpreter.nodes.pipeline.SteppablePipelineNode;
import org.jposh.interpreter.nodes.pipeline.RedirectedStatementNode;
import org.jposh.interpreter.nodes.pipeline.RedirectionsNode;
import org.jposh.interpreter.nodes.pipeline.RangeEnumerationNode;
import org.jposh.interpreter.nodes.statements.DataSectionCheckNode;
import org.jposh.interpreter.nodes.statements.ExitNode;
import org.jposh.interpreter.nodes.functions.FunctionDefinitionNode;
import org.jposh.interpreter.nodes.functions.ParameterDefaultsNode;
import org.jposh.interpreter.nodes.functions.ScriptBlockExpressionNode;
import org.jposh.interpreter.nodes.statements.ThrowNode;
import org.jposh.interpreter.nodes.statements.TrapHandlersNode;
import org.jposh.interpreter.nodes.statements.TryNode;
import org.jposh.interpreter.nodes.statements.UsingModuleNode;
import org.jposh.interpreter.nodes.variables.AssignmentNode;
import org.jposh.interpreter.nodes.variables.AssignmentTargetNode;
import org.jposh.interpreter.nodes.variables.CompoundAssignmentNode;
import org.jposh.interpreter.nodes.variables.ConstantTargetNode;
import org.jposh.interpreter.nodes.variables.DollarQuestionNode;
import org.jposh.interpreter.nodes.variables.IncrementNode;
import org.jposh.interpreter.nodes.variables.IndexTargetNode;
import org.jposh.interpreter.nodes.variables.InvokeMemberTargetNode;
import org.jposh.interpreter.nodes.variables.MemberTargetNode;
import org.jposh.interpreter.nodes.variables.StaticMemberTargetNode;
import org.jposh.interpreter.nodes.variables.MultipleTargetNode;
import org.jposh.interpreter.nodes.variables.ReadScopedVariableNode;
import org.jposh.interpreter.nodes.variables.ReadVariableNode;
import org.jposh.interpreter.nodes.variables.ScopeQualifier;
import org.jposh.interpreter.nodes.variables.UsingExpressionNode;
import org.jposh.interpreter.nodes.variables.VariableReferenceNode;
import org.jposh.interpreter.nodes.variables.WriteScopedVariableNode;
import org.jposh.interpreter.nodes.variables.WriteAttributedVariableNode;
import org.jposh.interpreter.nodes.variables.ConvertingTargetNode;
import org.jposh.interpreter.nodes.variables.WriteVariableNode;
import org.jposh.interpreter.runtime.Arithmetic;
import org.jposh.interpreter.runtime.BitwiseOperators;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.PositionalSignature;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.ScriptClass;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.interpreter.runtime.UsingExpressions;
import org.jposh.interpreter.runtime.VariableAttributes;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Turns the AST into Truffle nodes, as PowerShell's Compiler turns it into LINQ trees.
 * Each visit returns the node for one AST node; the typed helpers say which kind is expected.
 * Constructs the interpreter cannot run yet are rejected here, before anything runs, with an error
 * worded like a parse error and positioned on the construct ({@link #notSupported}).
 */
public final class ScriptCompiler implements AstVisitor<PoshNode> {
    private final PoshLanguage language;
    private final Source source;
    /** The variables of the script block being compiled; each nested block gets a compiler of its own. */
    private final ScopeLayout layout = new ScopeLayout();
    /** The namespaces of the script's {@code using namespace} statements, which type literals also search. */
    private List<String> usingNamespaces = List.of();
    /** The module files of the script's {@code using module} statements, until its first named block imports them. */
    private String[] usingModuleFiles;
    /** The classes and enums of the script, shared by the compilers of its nested blocks. */
    private TypeDefinitions typeDefinitions = new TypeDefinitions();
    /** The types the code being compiled sees: its block's, then the enclosing blocks', then the script's. */
    private ScriptTypes typeScope = typeDefinitions.types();
    /** Whether this compiles a block nested in the script (a function, a script block, a method). */
    private boolean nestedBlock;
    /** Whether this compiles the body of a class's method, where only {@code return} outputs; null otherwise. */
    private MethodKind method;
    /** Whether the code being compiled is inside an expandable string, which strict mode 1 treats leniently. */
    private boolean inExpandableString;
    /**
     * Whether a {@code return} compiled now marks the block returned instead of throwing: true in a named
     * block's statements and in the bodies of its {@code if} statements, recursively; false anywhere else (loops,
     * switch, try, traps, sub-expressions, pipelines), whose nodes do not stop for a block marked returned.
     */
    private boolean returnsMarkBlock;
    /** How many returns that mark the block were compiled so far: a statement that added one may return. */
    private int markedReturns;

    /** What {@code return} may do in the method being compiled. */
    private enum MethodKind { VOID, RETURNS_VALUE }

    /**
     * The compiled code of a class's method or constructor.
     *
     * @param baseArguments writes the values of a constructor's {@code : base(...)} arguments, run in the
     *                      constructor's scope; null when it has none
     */
    record MethodCode(CompiledScriptBlock body, CallTarget baseArguments) {
    }

    public ScriptCompiler(PoshLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    /** The root the host evaluates: the script run as a command, with its scope and output handling. */
    public ScriptRootNode compileScript(ScriptBlockAst script) {
        return new ScriptRootNode(language, compileScriptBlock(script), source);
    }

    /** The script's code alone, for callers that run it themselves as a script block. */
    public CompiledScriptBlock compileScriptBlock(ScriptBlockAst script) {
        return compileBody(script, null, null, source.getName());
    }

    /**
     * The checks pwsh's parser makes once it has read the syntax, which Parser.ParseInput reports with the syntax
     * errors: the script's using statements find their modules, and its types have distinct names.
     *
     * @throws PoshParseError the first error found
     */
    public void checkSymbols(ScriptBlockAst script) {
        if (!script.usingStatements().isEmpty()) {
            useStatements(script.usingStatements());
        }
        TypeDefinitions.definitions(script);
    }

    /** The classes and enums of the script compiled, which a script importing it as a module resolves. */
    public ScriptTypes declaredTypes() {
        return typeDefinitions.types();
    }

    /** The types the code being compiled sees, where its block's own class and enum statements declare theirs. */
    ScriptTypes typeScope() {
        return typeScope;
    }

    /** Gives the block being compiled a type scope of its own, inside the enclosing one. */
    void enterTypeScope() {
        typeScope = new ScriptTypes(typeScope);
    }

    /** A script block or function body inside the code being compiled, with its own scope layout. */
    CompiledScriptBlock compileNested(ScriptBlockAst ast, FunctionDefinitionAst function, String name) {
        return nested().compileBody(ast, function, function == null ? null
                : function.parameters(), name);
    }

    private ScriptCompiler nested() {
        ScriptCompiler nested = new ScriptCompiler(language, source);
        nested.usingNamespaces = usingNamespaces;
        nested.typeDefinitions = typeDefinitions;
        nested.typeScope = typeScope;
        nested.nestedBlock = true;
        nested.inExpandableString = inExpandableString;
        return nested;
    }

    /**
     * A class's method or constructor: a script block whose parameters are the method's, whose statements
     * output nothing, and whose {@code return} gives the result. A constructor's {@code : base(...)}
     * arguments are compiled into the same scope layout, to run before the body with the parameters set.
     */
    MethodCode compileMethod(FunctionMemberAst ast, boolean isVoid) {
        ScriptCompiler nested = nested();
        nested.method = isVoid ? MethodKind.VOID : MethodKind.RETURNS_VALUE;
        CallTarget baseArguments = null;
        if (ast.baseCtorArguments() != null) {
            ExpressionNode[] values = new ExpressionNode[ast.baseCtorArguments().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = nested.expression(ast.baseCtorArguments().get(i));
            }
            baseArguments = nested.helper(new ValuesNode(values), ast.name());
        }
        List<ParameterAst> parameters = ast.parameters() == null ? List.of() : ast.parameters();
        return new MethodCode(nested.compileBody(ast.body(), ast, parameters, ast.name()), baseArguments);
    }

    /**
     * The code of {@code $block.GetSteppablePipeline()}: the block's one pipeline of commands, which, run
     * in the caller's scope, writes the SteppablePipeline of those commands and their argument values.
     *
     * @throws DotNetException InvalidOperationException, with pwsh's message, for any other block
     */
    public CompiledScriptBlock compileSteppablePipeline(ScriptBlockAst script) {
        if (script.beginBlock() != null || script.processBlock() != null || script.cleanBlock() != null) {
            throw notSteppable("The script block cannot be converted because it contains more than one clause. "
                    + "Expressions or control structures are not permitted. Verify that the script block contains "
                    + "exactly one pipeline or command.");
        }
        List<StatementAst> statements = script.endBlock() == null ? List.of() : script.endBlock().statements();
        String onePipeline = "Only a script block that contains exactly one pipeline or command can be converted. "
                + "Expressions or control structures are not permitted. Verify that the script block contains exactly "
                + "one pipeline or command.";
        String empty = "An empty script block cannot be converted. Verify that the script block contains exactly one "
                + "pipeline or command.";
        if (statements.isEmpty()) {
            throw notSteppable(empty);
        } else if (statements.size() > 1) {
            throw notSteppable(onePipeline);
        } else if (script.endBlock().traps() != null && !script.endBlock().traps().isEmpty()) {
            throw notSteppable("A script block that contains a top-level trap statement cannot be converted.");
        } else if (!(statements.getFirst() instanceof PipelineAst pipeline)) {
            throw notSteppable(onePipeline);
        } else if (!(pipeline.pipelineElements().getFirst() instanceof CommandAst)) {
            throw notSteppable(empty);
        } else {
            CommandNode[] commands = new CommandNode[pipeline.pipelineElements().size()];
            for (int i = 0; i < commands.length; i++) {
                CommandBaseAst command = pipeline.pipelineElements().get(i);
                commands[i] = at((CommandNode) command.accept(this), command.extent());
            }
            CallTarget end = helper(at(new SteppablePipelineNode(commands), pipeline.extent()), "GetSteppablePipeline");
            layout.freeze();
            ParameterDeclarations none = new ParameterDeclarations(this, "", script.extent(), List.of(), List.of());
            return new CompiledScriptBlock(script.extent(), layout, none.metadata, Map.of(), false, null, null, null,
                    end, null, null, null, null, null, null);
        }
    }

    private static DotNetException notSteppable(String message) {
        return new DotNetException("System.Management.Automation.PSInvalidOperationException", message);
    }

    /** The initial value of a class's property, computed in a scope of its own each time an instance is made. */
    CompiledScriptBlock compileInitializer(PropertyMemberAst property) {
        ScriptCompiler nested = nested();
        ExpressionAst value = property.initialValue();
        ExpressionNode initialValue = nested.expression(value);
        if (property.propertyType() != null) {
            // converted here, so that a value of the wrong type is an error of the initializer
            initialValue = new ConvertNode(at(new TypeLiteralNode(property.propertyType().typeName().fullName(),
                    usingNamespaces, typeScope), property.propertyType().extent()), initialValue, false);
        }
        // a statement of its own, so that its error is raised where the property is declared
        StatementNode statement = at(new ValuesNode(initialValue), property.extent());
        CallTarget end = nested.helper(at(new StatementListNode(new StatementNode[] {statement}, new boolean[1],
                new boolean[1], null), property.extent()), property.name());
        nested.layout.freeze();
        return new CompiledScriptBlock(value.extent(), nested.layout, null, Map.of(), false, null, null, null, end,
                null, null, null, null, null, null);
    }

    /** The script class a type stands for, declared in this script or earlier in the session; null for other types. */
    ScriptClass scriptClass(DotNetType type) {
        ScriptClass declared = typeScope.scriptClass(type);
        return declared != null ? declared : sessionTypes().scriptClass(type);
    }

    /** The types scripts of the session have declared so far (the line typed before, a script dot-sourced earlier). */
    private static ScriptTypes sessionTypes() {
        return PoshContext.get(null).sessionState().types();
    }

    /**
     * Compiles the parameters and each named block of a script block. Parameters are declared in the
     * layout first; the layout is frozen once every block is compiled.
     *
     * @param functionParameters the parameters of {@code function f($a)}, or null to use the param block
     */
    private CompiledScriptBlock compileBody(ScriptBlockAst ast, Ast owner, List<ParameterAst> functionParameters,
                                            String name) {
        if (!ast.usingStatements().isEmpty()) {
            useStatements(ast.usingStatements());
        }
        typeDefinitions.declare(this, ast, nestedBlock);
        ParamBlockAst paramBlock = ast.paramBlock();
        List<ParameterAst> parameters = functionParameters != null ? functionParameters
                : paramBlock == null ? List.of() : paramBlock.parameters();
        for (ParameterAst parameter : parameters) {
            layout.declare(parameter.name().variablePath().name());
        }
        ParameterDeclarations declarations = new ParameterDeclarations(this, name == null ? "" : name,
                paramBlock != null ? paramBlock.extent() : (owner != null ? owner : ast).extent(),
                paramBlock == null ? List.of() : paramBlock.attributes(), parameters);
        PositionalSignature parameterSlots = parameters.isEmpty() ? null
                : positionalSignature(parameters, declarations.declaredTypes);
        CallTarget defaults = parameters.isEmpty() || declarations.metadata == null ? null
                : helper(parameterDefaults(parameters, parameterSlots, declarations.metadata), name);
        String frameName = owner == null ? "<ScriptBlock>" : name;
        List<String> parameterNames = parameters.stream().map(p -> p.name().variablePath().name()).toList();
        CallTarget begin = namedBlock(ast.beginBlock(), frameName, "<Begin>", parameterNames);
        CallTarget process = namedBlock(ast.processBlock(), frameName, "<Process>", parameterNames);
        CallTarget end = namedBlock(ast.endBlock(), frameName, "<End>", parameterNames);
        CallTarget clean = namedBlock(ast.cleanBlock(), frameName, "<Clean>", parameterNames);
        CallTarget dynamicParam = namedBlock(ast.dynamicParamBlock(), frameName, "<DynamicParam>", parameterNames);
        layout.freeze();
        boolean positionalOnly = declarations.simple && begin == null && process == null && clean == null
                && dynamicParam == null && end != null && !usesInvocationVariables(ast.extent().text());
        return new CompiledScriptBlock(ast.extent(), layout, declarations.metadata, declarations.types,
                declarations.cmdletBinding, defaults, begin, process, end, clean, dynamicParam, parameterSlots,
                positionalOnly ? parameterSlots : null, ast.scriptRequirements(), declarations.metadataError);
    }

    /**
     * Whether a body may read $PSBoundParameters or $MyInvocation, which the positional fast path does not set:
     * Write-Error reads the caller's $MyInvocation too.
     */
    private static boolean usesInvocationVariables(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("psboundparameters") || lower.contains("myinvocation") || lower.contains("write-error");
    }

    private PositionalSignature positionalSignature(List<ParameterAst> parameters, DotNetType[] types) {
        String[] names = new String[parameters.size()];
        int[] slots = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = parameters.get(i).name().variablePath().name();
            slots[i] = layout.indexOf(names[i]);
            if (types[i] != null) {
                layout.setParameterType(slots[i], types[i]);
            }
        }
        return new PositionalSignature(names, slots, types);
    }

    private StatementNode parameterDefaults(List<ParameterAst> parameters, PositionalSignature slots,
                                           CommandMetadata metadata) {
        ExpressionNode[] defaults = new ExpressionNode[parameters.size()];
        @SuppressWarnings("unchecked")
        List<ParameterValidation>[] validations = new List[parameters.size()];
        for (int i = 0; i < defaults.length; i++) {
            ParameterAst parameter = parameters.get(i);
            defaults[i] = parameter.defaultValue() == null ? null : expression(parameter.defaultValue());
            ParameterMetadata declared = metadata.findParameter(slots.names()[i]);
            validations[i] = declared == null ? List.of() : declared.validations();
        }
        return new ParameterDefaultsNode(layout, slots, defaults, validations);
    }

    /**
     * A named block, a frame of the call stack when it runs: its function name takes the block's {@code suffix}
     * when the block is named in the text, as pwsh's does ({@code f<Begin>}).
     */
    private CallTarget namedBlock(NamedBlockAst block, String name, String suffix, List<String> parameterNames) {
        if (block == null) {
            return null;
        }
        StatementNode body = (StatementNode) block.accept(this);
        if (usingModuleFiles != null) {
            body = new UsingModuleNode(usingModuleFiles, body);
            usingModuleFiles = null;
        }
        return ScriptBlockRootNode.frame(language, body, source,
                block.extent(), block.unnamed() ? name : name + suffix, parameterNames).getCallTarget();
    }

    /** Code run on behalf of a frame, which is no frame itself (a parameter's default value). */
    private CallTarget helper(StatementNode body, String name) {
        return ScriptBlockRootNode.helper(language, body, source, name == null ? "<ScriptBlock>" : name)
                .getCallTarget();
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
    static PoshParseError notSupported(Ast ast, String what) {
        return notSupported(ast.extent(), what);
    }

    static PoshParseError notSupported(Extent extent, String what) {
        return new PoshParseError(new ParseError(extent, "NotSupported", what + " is not supported by JPosh yet."));
    }

    @Override
    public PoshNode visitScriptBlock(ScriptBlockAst ast) {
        throw new IllegalStateException("a script block is compiled by compileNested, not visited");
    }

    @Override
    public PoshNode visitNamedBlock(NamedBlockAst ast) {
        boolean outer = returnsMarkBlock;
        returnsMarkBlock = true;
        try {
            StatementNode statements = statementList(ast.statements(), ast.traps(), ast.extent());
            return method == null ? statements : at(new MethodBodyNode(statements), ast.extent());
        } finally {
            returnsMarkBlock = outer;
        }
    }

    @Override
    public PoshNode visitStatementBlock(StatementBlockAst ast) {
        return statementList(ast.statements(), ast.traps(), ast.extent());
    }

    private StatementNode statementList(List<StatementAst> statements, List<TrapStatementAst> traps, Extent extent) {
        StatementNode[] nodes = new StatementNode[statements.size()];
        boolean[] succeedsAfter = new boolean[nodes.length];
        boolean[] mayReturn = new boolean[nodes.length];
        boolean outer = returnsMarkBlock;
        try {
            for (int i = 0; i < nodes.length; i++) {
                StatementAst statement = statements.get(i);
                returnsMarkBlock = outer
                        && (statement instanceof IfStatementAst || statement instanceof ReturnStatementAst);
                int returnsBefore = markedReturns;
                nodes[i] = statement(statement);
                succeedsAfter[i] = setsSuccess(statement);
                mayReturn[i] = markedReturns > returnsBefore;
            }
            returnsMarkBlock = false;
            return at(new StatementListNode(nodes, succeedsAfter, mayReturn, traps.isEmpty() ? null : trapHandlers(traps)),
                    extent);
        } finally {
            returnsMarkBlock = outer;
        }
    }

    /**
     * Whether $? is to become true after the statement, as pwsh's compiler decides
     * (ShouldSetExecutionStatusToSuccess): after an expression, or an assignment of one, that nothing
     * else would set it for. A pipeline of commands sets $? itself, and so do the statements inside
     * {@code $( )}, {@code @( )} and compound statements.
     */
    private static boolean setsSuccess(StatementAst ast) {
        StatementAst statement = ast;
        while (statement instanceof AssignmentStatementAst assignment) {
            statement = assignment.right();
        }
        return statement instanceof PipelineAst pipeline && pipeline.pipelineElements().size() == 1
                && pipeline.pipelineElements().getFirst() instanceof CommandExpressionAst e
                && setsSuccess(e.expression());
    }

    private static boolean setsSuccess(ExpressionAst ast) {
        if (ast instanceof ParenExpressionAst paren) {
            return setsSuccess(paren.pipeline());
        }
        if (ast instanceof SubExpressionAst subExpression) {
            return subExpression.subExpression().statements().isEmpty();
        }
        if (ast instanceof ArrayExpressionAst array) {
            List<StatementAst> statements = array.subExpression().statements();
            return statements.isEmpty() || statements.size() == 1 && array.subExpression().traps().isEmpty()
                    && setsSuccess(statements.getFirst());
        }
        return true;
    }

    /** A list's traps; each body is a script block of its own, as it runs in a new scope. */
    private TrapHandlersNode trapHandlers(List<TrapStatementAst> traps) {
        String[][] typeNames = new String[traps.size()][];
        CallTarget[] bodies = new CallTarget[traps.size()];
        for (int i = 0; i < bodies.length; i++) {
            TrapStatementAst trap = traps.get(i);
            typeNames[i] = trap.trapType() == null ? new String[0]
                    : new String[]{trap.trapType().typeName().fullName()};
            bodies[i] = ScriptBlockRootNode.trapBody(language, (StatementNode) trap.accept(this), source)
                    .getCallTarget();
        }
        return new TrapHandlersNode(typeNames, bodies, usingNamespaces, typeScope);
    }

    @Override
    public PoshNode visitAssignmentStatement(AssignmentStatementAst ast) {
        if (ast.operator() == TokenKind.EQUALS) {
            ExpressionAst pure = ast.right() instanceof PipelineBaseAst pipeline ? pureExpression(pipeline) : null;
            if (pure != null) {
                ExpressionNode value = expression(pure);
                return new AssignmentNode(target(ast.left()), value);
            }
            StatementNode value = statement(ast.right());
            return new AssignmentNode(target(ast.left()), value);
        }
        BinaryOperator<Object> operator = switch (ast.operator()) {
            case PLUS_EQUALS -> Arithmetic::add;
            case MINUS_EQUALS -> Arithmetic::subtract;
            case MULTIPLY_EQUALS -> Arithmetic::multiply;
            case DIVIDE_EQUALS -> Arithmetic::divide;
            case REMAINDER_EQUALS -> Arithmetic::remainder;
            case QUESTION_QUESTION_EQUALS -> null;
            default -> throw notSupported(ast.errorPosition(), "The '" + ast.operator().text() + "' operator");
        };
        if (operator != null && ast.left() instanceof VariableExpressionAst variable && !variable.splatted()) {
            // $x += 1 is $x = $x + 1, so that the arithmetic node specializes on the variable's type, and a lone
            // expression on the right is its operand as it is (a long stays unboxed between the two nodes).
            ExpressionNode current = expression(variable);
            ExpressionNode operand = ast.right() instanceof PipelineBaseAst pipeline ? pipelineValue(pipeline)
                    : at(new ParenExpressionNode(statement(ast.right())), ast.right().extent());
            ExpressionNode result = switch (ast.operator()) {
                case PLUS_EQUALS -> AddNodeGen.create(current, operand);
                case MINUS_EQUALS -> SubtractNodeGen.create(current, operand);
                case MULTIPLY_EQUALS -> MultiplyNodeGen.create(current, operand);
                case DIVIDE_EQUALS -> DivideNodeGen.create(current, operand);
                default -> RemainderNodeGen.create(current, operand);
            };
            return new AssignmentNode(target(variable), at(result, ast.extent()));
        }
        StatementNode value = statement(ast.right());
        return new CompoundAssignmentNode(target(ast.left()), operator, value);
    }

    /** The left side of an assignment as a target node. */
    private AssignmentTargetNode target(ExpressionAst ast) {
        return at(targetNode(ast), ast.extent());
    }

    // instanceof tests rather than a pattern switch, which would spin a class at run time (README, "The runtime")
    private AssignmentTargetNode targetNode(ExpressionAst ast) {
        if (ast instanceof VariableExpressionAst variable && !variable.splatted()) {
            return variableTarget(variable);
        } else if (ast instanceof ConvertExpressionAst || ast instanceof AttributedExpressionAst) {
            return attributedTarget(ast);
        } else if (ast instanceof IndexExpressionAst index) {
            return new IndexTargetNode(expression(index.target()), expression(index.index()));
        } else if (ast instanceof InvokeMemberExpressionAst invoke && !invoke.isStatic() && !invoke.nullConditional()
                && invoke.genericTypeArguments() == null) {
            return new InvokeMemberTargetNode(expression(invoke.expression()), expression(invoke.member()),
                    invokeArguments(invoke));
        } else if (ast instanceof MemberExpressionAst member) {
            return member.isStatic()
                    ? new StaticMemberTargetNode(expression(member.expression()), expression(member.member()))
                    : new MemberTargetNode(expression(member.expression()), expression(member.member()));
        } else if (ast instanceof ArrayLiteralAst list) {
            AssignmentTargetNode[] targets = new AssignmentTargetNode[list.elements().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(list.elements().get(i));
            }
            return new MultipleTargetNode(targets);
        } else if (ast instanceof ParenExpressionAst paren && paren.pipeline() instanceof PipelineAst p
                && p.pipelineElements().size() == 1
                && p.pipelineElements().getFirst() instanceof CommandExpressionAst e) {
            return target(e.expression());
        }
        throw new PoshParseError(new ParseError(ast.extent(), "InvalidLeftHandSide",
                "The assignment expression is not valid. The input to an assignment operator must be an object "
                        + "that is able to accept assignments, such as a variable or a property."));
    }

    private AssignmentTargetNode variableTarget(VariableExpressionAst variable) {
        VariablePath path = variable.variablePath();
        ScopeQualifier qualifier = ScopeQualifier.of(path.drive());
        if ((qualifier != null || path.drive() == null)
                && (path.name().equalsIgnoreCase("true") || path.name().equalsIgnoreCase("false"))) {
            return new ConstantTargetNode(path.name(), expression(variable));
        }
        if (qualifier == null || qualifier == ScopeQualifier.LOCAL) {
            String name = qualifier == null ? path.userPath() : path.name();
            if (path.drive() != null && qualifier == null) {
                name = path.name();
            }
            layout.declare(name);
            return new WriteVariableNode(name, layout);
        }
        return new WriteScopedVariableNode(qualifier, path.name(), path.userPath());
    }

    /** The type a type constraint names, with the script's {@code using namespace} statements; TypeNotFound otherwise. */
    /** The type a name stands for where the script is, or null. */
    DotNetType tryResolveType(String typeName) {
        return TypeResolver.tryResolve(typeName, usingNamespaces, typeScope, sessionTypes());
    }

    DotNetType resolveType(TypeConstraintAst constraint) {
        try {
            return TypeResolver.resolve(constraint.typeName().fullName(), usingNamespaces, typeScope,
                    sessionTypes());
        } catch (PSRuntimeException e) {
            throw new PoshParseError(new ParseError(constraint.extent(), "TypeNotFound", e.getMessage()));
        }
    }

    /**
     * {@code [ValidateRange(1,5)][int]$x = ...}: the attributes and type constraints before the target, which
     * pwsh applies innermost first. A variable keeps them all, so later assignments convert and validate
     * too; another target ({@code [int]$a[0] = ...}) only converts the value by the types.
     */
    private AssignmentTargetNode attributedTarget(ExpressionAst ast) {
        List<Object> attributes = new ArrayList<>();
        List<DotNetType> types = new ArrayList<>();
        ParameterDeclarations declarations = null;
        ExpressionAst child = ast;
        while (child instanceof ConvertExpressionAst || child instanceof AttributedExpressionAst) {
            if (child instanceof ConvertExpressionAst convert) {
                DotNetType type = resolveType(convert.type());
                attributes.addFirst(type);
                types.addFirst(type);
                child = convert.child();
            } else {
                AttributedExpressionAst attributed = (AttributedExpressionAst) child;
                if (declarations == null) {
                    declarations = new ParameterDeclarations(this, "", attributed.extent(), List.of(), List.of());
                }
                ParameterValidation validation = declarations.validation(attributed.attribute());
                if (validation != null) {
                    attributes.addFirst(validation);
                }
                child = attributed.child();
            }
        }
        if (!(child instanceof VariableExpressionAst variable) || variable.splatted()) {
            return new ConvertingTargetNode(target(child), types.toArray(DotNetType[]::new));
        }
        VariablePath path = variable.variablePath();
        ScopeQualifier qualifier = ScopeQualifier.of(path.drive());
        if (qualifier == null || qualifier == ScopeQualifier.LOCAL) {
            layout.declare(path.name());
        }
        return new WriteAttributedVariableNode(qualifier, path.name(), new VariableAttributes(attributes.toArray()),
                expression(variable));
    }

    @Override
    public PoshNode visitExitStatement(ExitStatementAst ast) {
        return new ExitNode(ast.pipeline() == null ? null : statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitPipeline(PipelineAst ast) {
        if (ast.background()) {
            return background(ast);
        }
        List<CommandBaseAst> elements = ast.pipelineElements();
        if (elements.size() == 1 && elements.getFirst() instanceof CommandExpressionAst e) {
            if (e.expression() instanceof UnaryExpressionAst unary && isIncrement(unary.operator())
                    && e.redirections().isEmpty()) {
                return at(new ExpressionStatementNode(expression(unary), true), e.extent());
            }
            return at(e.accept(this), e.extent());
        }
        ExpressionNode input = null;
        int first = 0;
        if (elements.getFirst() instanceof CommandExpressionAst e) {
            // A range feeding a pipeline is enumerated lazily, as pwsh does: 1..1e9 | Select -First 3. A redirected
            // expression ($x.Method() 2>&1 | ...) feeds what it writes under its redirections.
            if (!e.redirections().isEmpty()) {
                input = at(new ArrayExpressionNode((StatementNode) e.accept(this)), e.extent());
            } else if (e.expression() instanceof BinaryExpressionAst range && range.operator() == TokenKind.DOT_DOT) {
                input = at(new RangeEnumerationNode(expression(range.left()), expression(range.right())),
                        range.extent());
            } else {
                input = expression(e.expression());
            }
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

    /** {@code ++} and {@code --}, which output nothing when they make up a whole statement. */
    private static boolean isIncrement(TokenKind operator) {
        return operator == TokenKind.PLUS_PLUS || operator == TokenKind.MINUS_MINUS
                || operator == TokenKind.POSTFIX_PLUS_PLUS || operator == TokenKind.POSTFIX_MINUS_MINUS;
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
        List<CommandElementAst> elements = ast.commandElements();
        List<CommandArgumentNode> arguments = new ArrayList<>(elements.size() - 1);
        for (int i = 1; i < elements.size(); i++) {
            CommandElementAst element = elements.get(i);
            if (isStopParsing(element)) {
                // The parser gives the rest of the line after --% as one bare word, taken verbatim.
                if (i + 1 < elements.size() && elements.get(i + 1) instanceof StringConstantExpressionAst rest) {
                    arguments.add(at(new CommandArgumentNode(null, new LiteralNode(
                            new StopParsingArgument(rest.value()))), rest.extent()));
                }
                break;
            }
            arguments.add(at(element instanceof VariableExpressionAst v && v.splatted()
                    ? CommandArgumentNode.splatted(splattedVariable(v))
                    : element instanceof ArrayLiteralAst list ? CommandArgumentNode.arrayLiteral(null, expression(list))
                    : element instanceof ExpressionAst e ? new CommandArgumentNode(null, isMethodSyntax(elements)
                            ? at(new MethodSyntaxArgumentNode(expression(e)), e.extent()) : expression(e))
                    : (CommandArgumentNode) element.accept(this), element.extent()));
        }
        CommandElementAst name = elements.getFirst();
        CommandArgumentNode[] argumentNodes = arguments.toArray(CommandArgumentNode[]::new);
        if (ast.invocationOperator() == TokenKind.UNKNOWN && name instanceof StringConstantExpressionAst bareWord) {
            return new CommandNode(bareWord.value(), argumentNodes, redirections(ast));
        }
        return new CommandNode(expression((ExpressionAst) name), ast.invocationOperator() == TokenKind.DOT,
                argumentNodes, redirections(ast));
    }

    /** {@code f(1, 2)}: one parenthesized list right after the command name, which strict mode forbids. */
    private static boolean isMethodSyntax(List<CommandElementAst> elements) {
        return elements.size() == 2 && elements.get(1) instanceof ParenExpressionAst paren
                && pureExpression(paren.pipeline()) instanceof ArrayLiteralAst
                && elements.get(0).extent().endOffset() == paren.extent().startOffset();
    }

    /** The {@code --%} token: an unquoted {@code --%} argument. */
    private static boolean isStopParsing(CommandElementAst element) {
        return element instanceof StringConstantExpressionAst s && s.value().equals("--%")
                && s.stringConstantType() == StringConstantType.BARE_WORD;
    }

    /** {@code @name} read as the variable {@code $name}. */
    private ExpressionNode splattedVariable(VariableExpressionAst ast) {
        VariablePath path = ast.variablePath();
        return at(ScopeQualifier.of(path.drive()) == null
                ? new ReadVariableNode(path.drive() == null ? path.userPath() : path.name(), layout, inExpandableString)
                : new ReadScopedVariableNode(ScopeQualifier.of(path.drive()), path.name(), path.userPath(),
                        inExpandableString), ast.extent());
    }

    @Override
    public PoshNode visitCommandParameter(CommandParameterAst ast) {
        if (ast.argument() instanceof ArrayLiteralAst list) {
            return CommandArgumentNode.arrayLiteral(ast.parameterName(), expression(list));
        }
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
        return new LiteralNode(LanguagePrimitives.literalNumber(ast.value()));
    }

    @Override
    public PoshNode visitStringConstantExpression(StringConstantExpressionAst ast) {
        return new LiteralNode(ast.value());
    }

    @Override
    public PoshNode visitVariableExpression(VariableExpressionAst ast) {
        if (ast.splatted()) {
            throw notSupported(ast, "Splatting outside a command's arguments");
        }
        VariablePath path = ast.variablePath();
        String name = path.userPath();
        if (name.equalsIgnoreCase("null")) {
            return new LiteralNode(null);
        }
        if (name.equalsIgnoreCase("true")) {
            return new LiteralNode(Boolean.TRUE);
        }
        if (name.equalsIgnoreCase("false")) {
            return new LiteralNode(Boolean.FALSE);
        }
        ScopeQualifier qualifier = ScopeQualifier.of(path.drive());
        boolean scoped = qualifier != null && qualifier != ScopeQualifier.ENV && qualifier != ScopeQualifier.FUNCTION;
        if (name.equals("?") || scoped && path.name().equals("?")) {
            // one status for the session, whatever scope names it ($global:? as posh-git reads it)
            return new DollarQuestionNode();
        }
        String scriptFile = path.drive() == null ? ast.extent().file() : null;
        if (scriptFile != null && (name.equalsIgnoreCase("PSScriptRoot") || name.equalsIgnoreCase("PSCommandPath"))) {
            // The file the code is written in, also inside its functions wherever they are called from.
            Path file = Path.of(scriptFile).toAbsolutePath();
            return new LiteralNode(name.equalsIgnoreCase("PSCommandPath") || file.getParent() == null
                    ? file.toString() : file.getParent().toString());
        }
        if (qualifier == null) {
            return new ReadVariableNode(path.drive() == null ? name : path.name(), layout, inExpandableString);
        }
        return new ReadScopedVariableNode(qualifier, path.name(), path.userPath(), inExpandableString);
    }

    @Override
    public PoshNode visitParenExpression(ParenExpressionAst ast) {
        return pipelineValue(ast.pipeline());
    }

    /**
     * The value of a pipeline, as {@code ( )}, conditions and {@code switch -file} see it: a lone expression's
     * value as it is, an assignment's the value assigned, otherwise the output collected (nothing is $null,
     * one object is itself, more an array).
     */
    private ExpressionNode pipelineValue(PipelineBaseAst ast) {
        ExpressionAst pure = pureExpression(ast);
        return pure != null ? expression(pure) : at(new ParenExpressionNode(statement(ast)), ast.extent());
    }

    /** The expression a pipeline consists of, when it is nothing more (no commands, no redirection), or null. */
    private static ExpressionAst pureExpression(PipelineBaseAst ast) {
        if (ast instanceof PipelineAst p && !p.background() && p.pipelineElements().size() == 1
                && p.pipelineElements().getFirst() instanceof CommandExpressionAst e && e.redirections().isEmpty()) {
            return e.expression();
        }
        return null;
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
            case PLUS_PLUS -> new IncrementNode(target(ast.child()), 1, false);
            case MINUS_MINUS -> new IncrementNode(target(ast.child()), -1, false);
            case POSTFIX_PLUS_PLUS -> new IncrementNode(target(ast.child()), 1, true);
            case POSTFIX_MINUS_MINUS -> new IncrementNode(target(ast.child()), -1, true);
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
            case QUESTION_QUESTION -> new NullCoalesceNode(l, r);
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
        if (ast.subExpression().statements().isEmpty() && ast.subExpression().traps().isEmpty()) {
            // pwsh's compiler: an empty $() is $null, not nothing ($() | f passes f one $null), as PowerShell 2 had it
            return new LiteralNode(null);
        }
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
        return at(new TypeLiteralNode(ast.typeName().fullName(), usingNamespaces, typeScope),
                ast.extent());
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
        if (ast.child() instanceof VariableExpressionAst variable && isVariableReference(typeName, variable)) {
            return at(new VariableReferenceNode(variable.variablePath().name()), ast.extent());
        }
        ExpressionNode child = customObject && ast.child() instanceof HashtableAst hash
                ? hashLiteral(hash, true) : expression(ast.child());
        return new ConvertNode(at(new TypeLiteralNode(typeName, usingNamespaces, typeScope),
                ast.type().extent()), child, customObject);
    }

    /**
     * The script's {@code using} statements. {@code using namespace System.Text}: type literals compiled after it
     * also try the name in that namespace ({@code [StringBuilder]}). {@code using module}: the module is found
     * now and the classes and enums of its script resolve in this script ({@link #useModule}); its first named
     * block imports it when it runs. {@code using assembly}: see {@link #useAssembly}. pwsh has no other kinds.
     */
    private void useStatements(List<UsingStatementAst> statements) {
        List<String> namespaces = new ArrayList<>(usingNamespaces);
        List<String> moduleFiles = new ArrayList<>();
        for (UsingStatementAst using : statements) {
            UsingStatementKind kind = using.usingStatementKind();
            if (using.alias() != null || kind == UsingStatementKind.TYPE || kind == UsingStatementKind.COMMAND) {
                throw parseError(using.extent(), "UsingStatementNotSupported",
                        "This syntax of the 'using' statement is not supported.");
            } else if (kind == UsingStatementKind.NAMESPACE) {
                namespaces.add(using.name().value());
            } else if (kind == UsingStatementKind.MODULE) {
                moduleFiles.add(useModule(using));
            } else {
                useAssembly(using);
            }
        }
        usingNamespaces = List.copyOf(namespaces);
        if (!moduleFiles.isEmpty()) {
            usingModuleFiles = moduleFiles.toArray(String[]::new);
        }
    }

    /**
     * Finds the module of a {@code using module} statement as pwsh's parser does (a relative path is relative to
     * the script's folder; a name is looked up in $env:PSModulePath; a specification picks the version) and
     * makes the classes and enums its script declares resolvable here. The types come from the compilation of
     * that script the import will run, so the module's objects are of the same types as this script's literals.
     *
     * @return the module's file, which the script imports when it runs
     */
    private String useModule(UsingStatementAst using) {
        String shown = using.moduleSpecification() != null ? using.moduleSpecification().extent().text()
                : using.name().value();
        ModuleSpecification specification;
        try {
            specification = using.moduleSpecification() != null ? ModuleSpecification.of(using.moduleSpecification())
                    : ModuleSpecification.named(relativeToScript(shown));
        } catch (ModuleSpecification.NotConstantException e) {
            throw parseError(using.extent(), "RequiresArgumentMustBeConstant", "Argument must be constant.");
        } catch (IllegalArgumentException | PSRuntimeException e) {
            throw moduleInvalid(using, e.getMessage());
        }
        if (WildcardPattern.containsWildcardCharacters(specification.name())) {
            throw parseError(using.extent(), "WildCardModuleNameError",
                    "Wildcard characters are not supported for module names.");
        }
        PoshContext context = PoshContext.get(null);
        ModuleFinder finder = context.sessionState().moduleFinder();
        ModuleFinder.FoundModule found;
        try {
            found = finder == null ? null : finder.find(context.sessionState(), specification);
        } catch (IllegalArgumentException | PSRuntimeException e) {
            throw moduleInvalid(using, e.getMessage());
        }
        if (found == null) {
            throw parseError(using.extent(), "ModuleNotFoundDuringParse", "Could not find the module '" + shown + "'.");
        }
        if (found.rootScript() != null) {
            typeDefinitions.types().importFrom(moduleTypes(context, found.rootScript(), using), found.name());
        }
        return found.file().toString();
    }

    /** The script modules this thread is compiling for {@code using module} statements, to stop at a cycle. */
    private static final ThreadLocal<Set<Path>> MODULES_COMPILING = ThreadLocal.withInitial(java.util.HashSet::new);

    private ScriptTypes moduleTypes(PoshContext context, Path script, UsingStatementAst using) {
        Set<Path> compiling = MODULES_COMPILING.get();
        if (!compiling.add(script)) {
            throw parseError(using.extent(), "CyclicUsingModule", "The module '" + script + "' cannot be imported "
                    + "with 'using module' while it is being compiled: its modules import each other.");
        }
        try {
            return language.scriptFileTypes(context, script);
        } finally {
            compiling.remove(script);
        }
    }

    private static PoshParseError moduleInvalid(UsingStatementAst using, String reason) {
        return parseError(using.extent(), "RequiresModuleInvalid", "The argument for the Module parameter is not valid. "
                + reason);
    }

    /** A relative path ({@code ./lib/M.psm1}, {@code ../M}) in the script's folder; a name or absolute path as it is. */
    private String relativeToScript(String name) {
        boolean isPath = name.contains("/") || name.contains("\\");
        String file = source.getPath();
        if (!isPath || file == null || Path.of(name).isAbsolute()) {
            return name;
        }
        return SessionState.resolveFileSystemPath(Path.of(file).getParent(), name).toString();
    }

    /**
     * {@code using assembly}: pwsh 7 loads only assembly files, a relative path being relative to the script's
     * folder (or the current location for code that is no file); a name such as System.Xml, or a file that does
     * not exist, is ErrorLoadingAssembly, and a URI other than a file's is CannotLoadAssemblyWithUriSchema. JPosh
     * runs on the JVM and cannot load .NET assembly files, so an existing file is a NotSupported error.
     */
    private void useAssembly(UsingStatementAst using) {
        StringConstantExpressionAst name = using.name();
        java.util.regex.Matcher scheme = URI_SCHEME.matcher(name.value());
        if (scheme.lookingAt() && !scheme.group(1).equalsIgnoreCase("file")) {
            throw parseError(name.extent(), "CannotLoadAssemblyWithUriSchema",
                    "Cannot use assembly with uri schema '" + scheme.group(1).toLowerCase(Locale.ROOT) + "'.");
        }
        String script = source.getPath();
        Path folder = script != null ? Path.of(script).getParent() : PoshContext.get(null).sessionState().location();
        Path file = SessionState.resolveFileSystemPath(folder, name.value());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw parseError(name.extent(), "ErrorLoadingAssembly", "Cannot load assembly '" + name.value() + "'.");
        }
        throw new PoshParseError(new ParseError(using.extent(), "NotSupported", "Cannot load assembly '" + name.value()
                + "': loading .NET assembly files is not supported by JPosh, which runs on the JVM."));
    }

    /** The scheme of an absolute URI as .NET reads one ({@code http://...}); one letter is a Windows drive. */
    private static final Pattern URI_SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]+):");

    private static PoshParseError parseError(Extent extent, String errorId, String message) {
        return new PoshParseError(new ParseError(extent, errorId, message));
    }

    /** {@code [ref]$x} refers to the variable itself, unless it is a constant ($null, $true, $false). */
    private static boolean isVariableReference(String typeName, VariableExpressionAst variable) {
        String name = variable.variablePath().userPath();
        return !variable.splatted() && variable.variablePath().drive() == null
                && !name.equalsIgnoreCase("null") && !name.equalsIgnoreCase("true") && !name.equalsIgnoreCase("false")
                && TypeResolver.tryResolve(typeName, List.of()) == CoreTypes.PS_REFERENCE;
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
        boolean outer = inExpandableString;
        inExpandableString = true;
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
        inExpandableString = outer;
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
        return new InvokeMemberNode(expression(ast.expression()), expression(ast.member()), invokeArguments(ast),
                genericArguments(ast), ast.isStatic() ? null : methodTargetType(ast.expression()), ast.isStatic(),
                ast.nullConditional());
    }

    /** The type arguments of a generic method call ({@code [array]::Empty[int]()}), or null. */
    private TypeLiteralNode[] genericArguments(InvokeMemberExpressionAst ast) {
        if (ast.genericTypeArguments() == null) {
            return null;
        }
        return ast.genericTypeArguments().stream().map(type -> new TypeLiteralNode(type.fullName(), usingNamespaces,
                typeScope)).toArray(TypeLiteralNode[]::new);
    }

    /** The type of a cast on a method call's target, through parentheses ({@code ([Base]$this).Hi()}), or null. */
    private TypeLiteralNode methodTargetType(ExpressionAst target) {
        ExpressionAst expression = target;
        while (expression instanceof ParenExpressionAst paren && paren.pipeline() instanceof PipelineAst p
                && p.pipelineElements().size() == 1 && p.pipelineElements().getFirst() instanceof CommandExpressionAst e
                && e.redirections().isEmpty()) {
            expression = e.expression();
        }
        if (!(expression instanceof ConvertExpressionAst convert)) {
            return null;
        }
        return at(new TypeLiteralNode(convert.type().typeName().fullName(), usingNamespaces, typeScope),
                convert.type().extent());
    }

    private ExpressionNode[] invokeArguments(InvokeMemberExpressionAst ast) {
        List<ExpressionAst> args = ast.arguments() == null ? List.of() : ast.arguments();
        ExpressionNode[] arguments = new ExpressionNode[args.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = expression(args.get(i));
        }
        return arguments;
    }


    // Control flow.

    /** {@code pipeline &}: the pipeline's text and its variables, for a background job to run. */
    private BackgroundPipelineNode background(Ast ast) {
        int offset = ast.extent().startOffset();
        List<VariableExpressionAst> variables = AstSearcher.findAll(ast, VariableExpressionAst.class);
        int[] starts = new int[variables.size()];
        int[] ends = new int[variables.size()];
        String[] names = new String[variables.size()];
        for (int i = 0; i < names.length; i++) {
            VariableExpressionAst variable = variables.get(i);
            starts[i] = variable.extent().startOffset() - offset;
            ends[i] = variable.extent().endOffset() - offset;
            names[i] = variable.variablePath().userPath();
        }
        return new BackgroundPipelineNode(ast.extent().text(), starts, ends, names);
    }

    /** {@code a && b || c}, which nests to the left, run as one list of pipelines. */
    @Override
    public PoshNode visitPipelineChain(PipelineChainAst ast) {
        if (ast.background()) {
            return background(ast);
        }
        List<StatementNode> pipelines = new ArrayList<>();
        List<Boolean> afterAndAnd = new ArrayList<>();
        chainElements(ast, pipelines, afterAndAnd);
        boolean[] runWhenSucceeded = new boolean[afterAndAnd.size()];
        for (int i = 0; i < runWhenSucceeded.length; i++) {
            runWhenSucceeded[i] = afterAndAnd.get(i);
        }
        return new PipelineChainNode(pipelines.toArray(StatementNode[]::new), runWhenSucceeded);
    }

    private void chainElements(ChainableAst ast, List<StatementNode> pipelines, List<Boolean> afterAndAnd) {
        if (ast instanceof PipelineChainAst chain) {
            chainElements(chain.lhsPipelineChain(), pipelines, afterAndAnd);
            afterAndAnd.add(chain.operator() == TokenKind.AND_AND);
            pipelines.add(statement(chain.rhsPipeline()));
        } else {
            pipelines.add(statement(ast));
        }
    }

    @Override
    public PoshNode visitTernaryExpression(TernaryExpressionAst ast) {
        return new TernaryNode(at(ConditionNodeGen.create(expression(ast.condition())), ast.condition().extent()),
                expression(ast.ifTrue()), expression(ast.ifFalse()));
    }

    /** The condition of if, while, do and for. */
    private ConditionNode condition(PipelineBaseAst ast) {
        ExpressionNode value = pipelineValue(ast);
        if (pureExpression(ast) == null) {
            value = at(new CommandConditionNode(value), ast.extent());
        }
        return at(ConditionNodeGen.create(value), ast.extent());
    }

    @Override
    public PoshNode visitIfStatement(IfStatementAst ast) {
        boolean bodiesMarkBlock = returnsMarkBlock;
        List<IfStatementAst.Clause> clauses = ast.clauses();
        ConditionNode[] conditions = new ConditionNode[clauses.size()];
        StatementNode[] bodies = new StatementNode[clauses.size()];
        try {
            for (int i = 0; i < conditions.length; i++) {
                returnsMarkBlock = false;
                conditions[i] = condition(clauses.get(i).condition());
                returnsMarkBlock = bodiesMarkBlock;
                bodies[i] = statementBlock(clauses.get(i).body());
            }
            return new IfNode(conditions, bodies, ast.elseClause() == null ? null : statementBlock(ast.elseClause()));
        } finally {
            returnsMarkBlock = bodiesMarkBlock;
        }
    }

    @Override
    public PoshNode visitWhileStatement(WhileStatementAst ast) {
        return new WhileNode(ast.label(), null, condition(ast.condition()), statementBlock(ast.body()), null);
    }

    @Override
    public PoshNode visitForStatement(ForStatementAst ast) {
        return new WhileNode(ast.label(), ast.initializer() == null ? null : statement(ast.initializer()),
                ast.condition() == null ? null : condition(ast.condition()), statementBlock(ast.body()),
                ast.iterator() == null ? null : statement(ast.iterator()));
    }

    @Override
    public PoshNode visitDoWhileStatement(DoWhileStatementAst ast) {
        return new DoLoopNode(ast.label(), statementBlock(ast.body()), condition(ast.condition()), false);
    }

    @Override
    public PoshNode visitDoUntilStatement(DoUntilStatementAst ast) {
        return new DoLoopNode(ast.label(), statementBlock(ast.body()), condition(ast.condition()), true);
    }

    @Override
    public PoshNode visitForEachStatement(ForEachStatementAst ast) {
        if (!ast.flags().isEmpty() || ast.throttleLimit() != null) {
            throw notSupported(ast, "The 'foreach -parallel' statement");
        }
        return new ForEachNode(ast.label(), target(ast.variable()),
                exposeEnumerator(elements(ast.condition(), false), ast.body(), "foreach"), statementBlock(ast.body()));
    }

    /** The loop's elements, exposed as {@code $foreach}/{@code $switch} when the body's text mentions it. */
    private static CursorNode exposeEnumerator(CursorNode elements, Ast body, String name) {
        Pattern use = Pattern.compile("\\$\\{?" + name + "\\b", Pattern.CASE_INSENSITIVE);
        return use.matcher(body.extent().text()).find() ? new EnumeratorVariableNode(elements, name) : elements;
    }

    /**
     * What foreach and switch go through: a lone expression's value (a range lazily), otherwise the
     * pipeline's output, all of it, so that no output is no element.
     */
    private CursorNode elements(PipelineBaseAst ast, boolean nullIsElement) {
        if (ast instanceof AssignmentStatementAst) {
            // foreach ($i in $a = 1, 2): the assignment's value, as pwsh's CaptureStatementResults gives it
            return at(EnumerateNodeGen.create(nullIsElement, at(new ParenExpressionNode(statement(ast)),
                    ast.extent())), ast.extent());
        }
        ExpressionAst pure = pureExpression(ast);
        if (pure instanceof BinaryExpressionAst range && range.operator() == TokenKind.DOT_DOT) {
            return at(EnumerateRangeNodeGen.create(expression(range.left()), expression(range.right())),
                    ast.extent());
        }
        ExpressionNode value = pure != null ? expression(pure)
                : at(new ArrayExpressionNode(statement(ast)), ast.extent());
        return at(EnumerateNodeGen.create(nullIsElement, value), ast.extent());
    }

    @Override
    public PoshNode visitSwitchStatement(SwitchStatementAst ast) {
        Set<SwitchFlags> flags = ast.flags();
        CursorNode elements = flags.contains(SwitchFlags.FILE)
                ? at(new FileLinesNode(pipelineValue(ast.condition())), ast.condition().extent())
                : elements(ast.condition(), true);
        List<SwitchStatementAst.Clause> clauses = ast.clauses();
        SwitchTestNode[] tests = new SwitchTestNode[clauses.size()];
        StatementNode[] bodies = new StatementNode[clauses.size()];
        for (int i = 0; i < tests.length; i++) {
            ExpressionAst test = clauses.get(i).condition();
            tests[i] = at(test instanceof ScriptBlockExpressionAst block
                    ? new SwitchScriptBlockTestNode(expression(block))
                    : new SwitchValueTestNode(expression(test), flags.contains(SwitchFlags.REGEX),
                            flags.contains(SwitchFlags.WILDCARD), flags.contains(SwitchFlags.CASE_SENSITIVE)),
                    test.extent());
            bodies[i] = statementBlock(clauses.get(i).body());
        }
        // pwsh reads switch -file's lines without an enumerator: $switch keeps the value it had
        return new SwitchNode(ast.label(), flags.contains(SwitchFlags.FILE) ? elements
                : exposeEnumerator(elements, ast, "switch"), tests, bodies,
                ast.defaultClause() == null ? null : statementBlock(ast.defaultClause()));
    }

    @Override
    public PoshNode visitBreakStatement(BreakStatementAst ast) {
        return new BreakNode(labelText(ast.label()), computedLabel(ast.label()));
    }

    @Override
    public PoshNode visitContinueStatement(ContinueStatementAst ast) {
        return new ContinueNode(labelText(ast.label()), computedLabel(ast.label()));
    }

    /** A break or continue label written as a word ({@code break outer}), or "". */
    private static String labelText(ExpressionAst label) {
        return label instanceof StringConstantExpressionAst word ? word.value() : "";
    }

    /** A break or continue label computed when the statement runs ({@code break $name}), or null. */
    private ExpressionNode computedLabel(ExpressionAst label) {
        return label == null || label instanceof StringConstantExpressionAst ? null : expression(label);
    }

    @Override
    public PoshNode visitReturnStatement(ReturnStatementAst ast) {
        if (method != null) {
            if (method == MethodKind.VOID && ast.pipeline() != null) {
                throw TypeDefinitions.error(ast.extent(), "VoidMethodHasReturn",
                        "Invalid return statement within void method.");
            }
            return new MethodReturnNode(ast.pipeline() == null ? null : returnedPipeline(ast, this::pipelineValue),
                    markedReturn());
        }
        return new ReturnNode(ast.pipeline() == null ? null : returnedPipeline(ast, this::statement), markedReturn());
    }

    /** The pipeline of a return, in which a nested return (in {@code $( )}) throws. */
    private <T> T returnedPipeline(ReturnStatementAst ast, Function<PipelineBaseAst, T> compile) {
        boolean marks = returnsMarkBlock;
        returnsMarkBlock = false;
        try {
            return compile.apply(ast.pipeline());
        } finally {
            returnsMarkBlock = marks;
        }
    }

    /** Whether the return being compiled marks the block returned (see {@link #returnsMarkBlock}); counts it if so. */
    private boolean markedReturn() {
        if (returnsMarkBlock) {
            markedReturns++;
        }
        return returnsMarkBlock;
    }

    // Everything below parses but does not run yet.

    @Override
    public PoshNode visitParamBlock(ParamBlockAst ast) {
        throw new IllegalStateException("compiled by ParameterDeclarations, not visited");
    }

    @Override
    public PoshNode visitParameter(ParameterAst ast) {
        throw new IllegalStateException("compiled by ParameterDeclarations, not visited");
    }

    @Override
    public PoshNode visitAttribute(AttributeAst ast) {
        throw new IllegalStateException("compiled by ParameterDeclarations, not visited");
    }

    @Override
    public PoshNode visitTypeConstraint(TypeConstraintAst ast) {
        throw new IllegalStateException("compiled by ParameterDeclarations, not visited");
    }

    @Override
    public PoshNode visitNamedAttributeArgument(NamedAttributeArgumentAst ast) {
        throw new IllegalStateException("compiled by ParameterDeclarations, not visited");
    }

    @Override
    public PoshNode visitCatchClause(CatchClauseAst ast) {
        return statementBlock(ast.body());
    }

    @Override
    public PoshNode visitPropertyMember(PropertyMemberAst ast) {
        throw new IllegalStateException("compiled by TypeDefinitions, not visited");
    }

    @Override
    public PoshNode visitFunctionMember(FunctionMemberAst ast) {
        throw new IllegalStateException("compiled by TypeDefinitions, not visited");
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
                ast.finallyBlock() == null ? null : statementBlock(ast.finallyBlock()), usingNamespaces,
                typeScope);
    }

    /** The body of a trap, which runs as a script block of its own (see {@link #trapHandlers}). */
    @Override
    public PoshNode visitTrap(TrapStatementAst ast) {
        return statementBlock(ast.body());
    }


    @Override
    public PoshNode visitThrowStatement(ThrowStatementAst ast) {
        return new ThrowNode(ast.pipeline() == null ? null : statement(ast.pipeline()));
    }

    @Override
    public PoshNode visitFunctionDefinition(FunctionDefinitionAst ast) {
        if (ast.isWorkflow()) {
            throw notSupported(ast, "The 'workflow' statement");
        }
        String name = ast.name();
        int colon = name.indexOf(':');
        ScopeQualifier qualifier = colon > 0 ? ScopeQualifier.of(name.substring(0, colon)) : null;
        if (qualifier == ScopeQualifier.ENV || qualifier == ScopeQualifier.FUNCTION) {
            qualifier = null;
        }
        if (qualifier != null) {
            name = name.substring(colon + 1);
        }
        return new FunctionDefinitionNode(qualifier, name, compileNested(ast.body(), ast, name), ast.isFilter());
    }

    @Override
    public PoshNode visitDataStatement(DataStatementAst ast) {
        DataSectionTypes.check(ast, this::tryResolveType);
        StatementNode body = statementBlock(ast.body());
        List<ExpressionAst> supported = ast.commandsAllowed();
        if (supported != null && supported.stream().anyMatch(name -> !(name instanceof StringConstantExpressionAst))) {
            body = at(new DataSectionCheckNode(ast, supported.stream().map(this::expression)
                    .toArray(ExpressionNode[]::new), body), ast.extent());
        }
        if (ast.variable() == null) {
            return body;
        }
        // data name {...} assigns the section's output to the local variable, as $name = ... would
        layout.declare(ast.variable());
        return new AssignmentNode(new WriteVariableNode(ast.variable(), layout), body);
    }

    @Override
    public PoshNode visitUsingStatement(UsingStatementAst ast) {
        throw notSupported(ast, "The 'using' statement");
    }

    @Override
    public PoshNode visitTypeDefinition(TypeDefinitionAst ast) {
        return typeDefinitions.compile(this, ast);
    }


    @Override
    public PoshNode visitAttributedExpression(AttributedExpressionAst ast) {
        // as a value, [ValidateNotNull()]$x is $x: the attributes only matter to an assignment
        return ast.child().accept(this);
    }

    @Override
    public PoshNode visitScriptBlockExpression(ScriptBlockExpressionAst ast) {
        return new ScriptBlockExpressionNode(compileNested(ast.scriptBlock(), null, null));
    }

    @Override
    public PoshNode visitUsingExpression(UsingExpressionAst ast) {
        return at(new UsingExpressionNode(UsingExpressions.key(ast)), ast.extent());
    }

    private static <T extends PoshNode> T at(T node, Extent extent) {
        node.setExtent(extent);
        return node;
    }
}
