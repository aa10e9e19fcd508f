package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.grammar.ast.Ast;
import org.jposh.grammar.ast.AssignmentStatementAst;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.AttributeAst;
import org.jposh.grammar.ast.AttributedExpressionAst;
import org.jposh.grammar.ast.BinaryExpressionAst;
import org.jposh.grammar.ast.BreakStatementAst;
import org.jposh.grammar.ast.CommandAst;
import org.jposh.grammar.ast.ContinueStatementAst;
import org.jposh.grammar.ast.DataStatementAst;
import org.jposh.grammar.ast.DoUntilStatementAst;
import org.jposh.grammar.ast.DoWhileStatementAst;
import org.jposh.grammar.ast.ExitStatementAst;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.ForEachStatementAst;
import org.jposh.grammar.ast.ForStatementAst;
import org.jposh.grammar.ast.FunctionDefinitionAst;
import org.jposh.grammar.ast.IndexExpressionAst;
import org.jposh.grammar.ast.InvokeMemberExpressionAst;
import org.jposh.grammar.ast.MemberExpressionAst;
import org.jposh.grammar.ast.NamedBlockAst;
import org.jposh.grammar.ast.ParamBlockAst;
import org.jposh.grammar.ast.RedirectionAst;
import org.jposh.grammar.ast.ReturnStatementAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptBlockExpressionAst;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.grammar.ast.SwitchStatementAst;
import org.jposh.grammar.ast.ThrowStatementAst;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.grammar.ast.TrapStatementAst;
import org.jposh.grammar.ast.TryStatementAst;
import org.jposh.grammar.ast.UnaryExpressionAst;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.grammar.ast.WhileStatementAst;

/**
 * pwsh's RestrictedLanguageChecker for the body of a {@code data} section: literals, arrays and hashtables
 * of them, {@code if}, the variables $PSCulture, $PSUICulture, $true, $false and $null, and only the commands
 * ConvertFrom-StringData and those named by -SupportedCommand. The first node (in pwsh's visiting order,
 * parents before children) that breaks a rule is the parse error. The types of casts and type literals
 * need resolving and are checked by the interpreter.
 */
public final class RestrictedLanguageChecker {
    private static final Set<String> ALLOWED_VARIABLES = Set.of("psculture", "psuiculture", "true", "false", "null");

    /** pwsh's TokenFlags.DisallowedInRestrictedMode: operators that loop, build big strings or set $Matches. */
    private static final Set<TokenKind> DISALLOWED_OPERATORS = Set.of(TokenKind.MINUS_MINUS, TokenKind.PLUS_PLUS,
            TokenKind.POSTFIX_MINUS_MINUS, TokenKind.POSTFIX_PLUS_PLUS, TokenKind.DOT_DOT, TokenKind.FORMAT,
            TokenKind.JOIN, TokenKind.IMATCH, TokenKind.INOTMATCH, TokenKind.IREPLACE, TokenKind.ISPLIT,
            TokenKind.CMATCH, TokenKind.CNOTMATCH, TokenKind.CREPLACE, TokenKind.CSPLIT, TokenKind.AS);

    /** The operators pwsh names with their explicit {@code i} prefix in its messages ({@code '-isplit'}). */
    private static final Set<TokenKind> CASE_INSENSITIVE = Set.of(TokenKind.IMATCH, TokenKind.INOTMATCH,
            TokenKind.IREPLACE, TokenKind.ISPLIT);

    private final List<String> allowedCommands;

    private RestrictedLanguageChecker(List<String> allowedCommands) {
        this.allowedCommands = allowedCommands;
    }

    /**
     * Checks a data section's body.
     *
     * @throws ParseException the first rule broken
     */
    static void check(DataStatementAst data) {
        new RestrictedLanguageChecker(allowedCommands(data.commandsAllowed())).visitAll(data);
    }

    /**
     * Checks a data section whose -SupportedCommand names are not all constants, when it runs, against the
     * names its expressions gave (pwsh's CheckDataStatementAstAtRuntime). As in pwsh, ConvertFrom-StringData
     * is then allowed only when named.
     *
     * @throws ParseException the first rule broken
     */
    public static void checkAtRuntime(DataStatementAst data, List<String> allowedCommands) {
        new RestrictedLanguageChecker(List.copyOf(allowedCommands)).visitAll(data);
    }

    /**
     * Checks a script that is to run in restricted language mode (Import-LocalizedData's data files): its statements
     * as a data section's body, with the commands given allowed.
     *
     * @throws ParseException the first rule broken
     */
    public static void checkScript(ScriptBlockAst script, List<String> allowedCommands) {
        if (script.paramBlock() != null) {
            throw Errors.error(script.paramBlock().extent(), "ParameterDeclarationNotSupportedInDataSection");
        }
        RestrictedLanguageChecker checker = new RestrictedLanguageChecker(List.copyOf(allowedCommands));
        for (NamedBlockAst block : new NamedBlockAst[] {script.beginBlock(), script.processBlock(), script.endBlock()}) {
            if (block != null) {
                for (Ast node : AstSearcher.findAll(block, Ast.class)) {
                    if (node != block) {
                        checker.visit(node);
                    }
                }
            }
        }
    }

    private void visitAll(DataStatementAst data) {
        for (Ast node : AstSearcher.findAll(data.body(), Ast.class)) {
            visit(node);
        }
    }

    /** ConvertFrom-StringData and the -SupportedCommand names; null (anything) when a name is not a constant. */
    private static List<String> allowedCommands(List<ExpressionAst> supported) {
        List<String> names = new ArrayList<>();
        names.add("ConvertFrom-StringData");
        if (supported != null) {
            for (ExpressionAst command : supported) {
                if (!(command instanceof StringConstantExpressionAst name)) {
                    return null;
                }
                names.add(name.value());
            }
        }
        return names;
    }

    private void visit(Ast node) {
        String errorId = statementError(node);
        if (errorId != null) {
            throw Errors.error(node.extent(), errorId);
        }
        if (node instanceof BinaryExpressionAst binary && DISALLOWED_OPERATORS.contains(binary.operator())) {
            throw Errors.error(binary.errorPosition(), "OperatorNotSupportedInDataSection", text(binary.operator()));
        }
        if (node instanceof UnaryExpressionAst unary && DISALLOWED_OPERATORS.contains(unary.operator())) {
            throw Errors.error(unary.extent(), "OperatorNotSupportedInDataSection", text(unary.operator()));
        }
        if (node instanceof VariableExpressionAst variable
                && !ALLOWED_VARIABLES.contains(variable.variablePath().userPath().toLowerCase(Locale.ROOT))) {
            throw Errors.error(variable.extent(), "VariableReferenceNotSupportedInDataSection",
                    ParserStrings.format("DefaultAllowedVariablesInDataSection"));
        }
        if (node instanceof CommandAst command) {
            checkCommand(command);
        }
    }

    /** The error id of a node that is never allowed, or null. */
    private static String statementError(Ast node) {
        if (node instanceof ScriptBlockAst || node instanceof ScriptBlockExpressionAst) {
            return "ScriptBlockNotSupportedInDataSection";
        } else if (node instanceof ParamBlockAst) {
            return "ParameterDeclarationNotSupportedInDataSection";
        } else if (node instanceof FunctionDefinitionAst) {
            return "FunctionDeclarationNotSupportedInDataSection";
        } else if (node instanceof AttributeAst || node instanceof AttributedExpressionAst) {
            return "AttributeNotSupportedInDataSection";
        } else if (node instanceof TrapStatementAst) {
            return "TrapStatementNotSupportedInDataSection";
        } else if (node instanceof SwitchStatementAst) {
            return "SwitchStatementNotSupportedInDataSection";
        } else if (node instanceof DataStatementAst) {
            return "DataSectionStatementNotSupportedInDataSection";
        } else if (node instanceof ForEachStatementAst) {
            return "ForeachStatementNotSupportedInDataSection";
        } else if (node instanceof DoWhileStatementAst || node instanceof DoUntilStatementAst) {
            return "DoWhileStatementNotSupportedInDataSection";
        } else if (node instanceof ForStatementAst || node instanceof WhileStatementAst) {
            return "ForWhileStatementNotSupportedInDataSection";
        } else if (node instanceof TryStatementAst) {
            return "TryStatementNotSupportedInDataSection";
        } else if (node instanceof BreakStatementAst || node instanceof ContinueStatementAst
                || node instanceof ReturnStatementAst || node instanceof ExitStatementAst
                || node instanceof ThrowStatementAst) {
            return "FlowControlStatementNotSupportedInDataSection";
        } else if (node instanceof AssignmentStatementAst) {
            return "AssignmentStatementNotSupportedInDataSection";
        } else if (node instanceof RedirectionAst) {
            return "RedirectionNotSupportedInDataSection";
        } else if (node instanceof InvokeMemberExpressionAst) {
            return "MethodCallNotSupportedInDataSection";
        } else if (node instanceof MemberExpressionAst) {
            return "PropertyReferenceNotSupportedInDataSection";
        } else if (node instanceof IndexExpressionAst) {
            return "ArrayReferenceNotSupportedInDataSection";
        }
        return null;
    }

    /** Commands: never dot-sourced; by name, and that name allowed (any name when a supported command is not a constant). */
    private void checkCommand(CommandAst command) {
        if (command.invocationOperator() == TokenKind.DOT) {
            throw Errors.error(command.extent(), "DotSourcingNotSupportedInDataSection");
        }
        if (allowedCommands == null) {
            return;
        }
        String name = command.commandElements().getFirst() instanceof StringConstantExpressionAst s ? s.value() : null;
        if (name == null) {
            throw command.invocationOperator() == TokenKind.AMPERSAND
                    ? Errors.error(command.extent(), "OperatorNotSupportedInDataSection", "&")
                    : Errors.error(command.extent(), "CmdletNotInAllowedListForDataSection", command.extent().text());
        }
        for (String allowed : allowedCommands) {
            if (allowed.equalsIgnoreCase(name)) {
                return;
            }
        }
        throw Errors.error(command.extent(), "CmdletNotInAllowedListForDataSection", name);
    }

    private static String text(TokenKind operator) {
        return CASE_INSENSITIVE.contains(operator) ? "-i" + operator.text().substring(1) : operator.text();
    }
}
