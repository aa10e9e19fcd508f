package org.jposh.stdlib.utility;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.grammar.ast.ArrayExpressionAst;
import org.jposh.grammar.ast.ArrayLiteralAst;
import org.jposh.grammar.ast.Ast;
import org.jposh.grammar.ast.ConstantExpressionAst;
import org.jposh.grammar.ast.ConvertExpressionAst;
import org.jposh.grammar.ast.ExpandableStringExpressionAst;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.HashtableAst;
import org.jposh.grammar.ast.IndexExpressionAst;
import org.jposh.grammar.ast.ParenExpressionAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.ScriptBlockExpressionAst;
import org.jposh.grammar.ast.StatementBlockAst;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.grammar.ast.SubExpressionAst;
import org.jposh.grammar.ast.TernaryExpressionAst;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.grammar.ast.UnaryExpressionAst;
import org.jposh.grammar.ast.UsingExpressionAst;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * pwsh's IsSafeValueVisitor (what {@code Ast.SafeGetValue} accepts): constants, strings (expandable ones whose
 * parts are safe), arrays, hashtables of at most 500 keys, sub-expressions and parentheses of safe statements,
 * index and ternary expressions, the unary operators {@code - + ! -not -bnot}, casts to primitive types, script
 * blocks (as values, never run) and the variables $true, $false, $null and $args. Binary operators, members,
 * type literals, commands and every other variable are not safe; neither is a tree of 5000 visited nodes or more.
 * The limits go with -SkipLimitCheck.
 */
final class SafeValue {
    private static final Set<TokenKind> SAFE_UNARY = Set.of(TokenKind.MINUS, TokenKind.PLUS, TokenKind.EXCLAIM,
            TokenKind.NOT, TokenKind.BNOT);

    /** .NET's primitive types but IntPtr and UIntPtr (pwsh's IsSafePrimitive). */
    private static final Set<String> PRIMITIVES = Set.of("System.Boolean", "System.Byte", "System.SByte",
            "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
            "System.Char", "System.Double", "System.Single");

    private static final Set<String> CONSTANT_VARIABLES = Set.of("true", "false", "null");

    private final long maxVisits;
    private final int maxKeys;
    private long visits;

    private SafeValue(boolean skipLimitCheck) {
        maxVisits = skipLimitCheck ? Long.MAX_VALUE : 5000;
        maxKeys = skipLimitCheck ? Integer.MAX_VALUE : 500;
    }

    static boolean isSafe(Ast ast, boolean skipLimitCheck) {
        SafeValue visitor = new SafeValue(skipLimitCheck);
        return visitor.safe(ast) && visitor.visits < visitor.maxVisits;
    }

    private boolean safe(Ast ast) {
        if (ast instanceof ConstantExpressionAst || ast instanceof StringConstantExpressionAst) {
            visits++;
            return true;
        } else if (ast instanceof ExpandableStringExpressionAst s) {
            return s.nestedExpressions() == null || allSafeCounted(s.nestedExpressions());
        } else if (ast instanceof VariableExpressionAst v) {
            visits++;
            return isSafeVariable(v);
        } else if (ast instanceof HashtableAst h) {
            if (h.keyValuePairs().size() > maxKeys) {
                return false;
            }
            for (HashtableAst.KeyValuePair pair : h.keyValuePairs()) {
                if (!safe(pair.key()) || !safe(pair.value())) {
                    return false;
                }
            }
            return true;
        } else if (ast instanceof ArrayLiteralAst a) {
            return a.elements().stream().allMatch(this::safe);
        } else if (ast instanceof ArrayExpressionAst a) {
            return safe(a.subExpression());
        } else if (ast instanceof SubExpressionAst s) {
            return safe(s.subExpression());
        } else if (ast instanceof StatementBlockAst block) {
            return allSafeCounted(block.statements());
        } else if (ast instanceof PipelineAst p) {
            ExpressionAst pure = p.pureExpression();
            return pure != null && safe(pure);
        } else if (ast instanceof ParenExpressionAst p) {
            return safe(p.pipeline());
        } else if (ast instanceof UnaryExpressionAst u) {
            boolean safe = SAFE_UNARY.contains(u.operator()) && safe(u.child());
            if (safe) {
                visits++;
            }
            return safe;
        } else if (ast instanceof ConvertExpressionAst c) {
            DotNetType type = TypeResolver.tryResolve(c.type().typeName().fullName(), List.of());
            if (type == null || !PRIMITIVES.contains(type.fullName())) {
                return false;
            }
            visits++;
            return safe(c.child());
        } else if (ast instanceof IndexExpressionAst i) {
            return safe(i.index()) && safe(i.target());
        } else if (ast instanceof TernaryExpressionAst t) {
            return safe(t.condition()) && safe(t.ifTrue()) && safe(t.ifFalse());
        } else if (ast instanceof UsingExpressionAst u) {
            visits++;
            return safe(u.subExpression());
        }
        return ast instanceof ScriptBlockExpressionAst;
    }

    /** Each node counts as a visit before it is checked, as pwsh counts statements and a string's parts. */
    private boolean allSafeCounted(List<? extends Ast> nodes) {
        for (Ast node : nodes) {
            visits++;
            if (node == null || !safe(node)) {
                return false;
            }
        }
        return true;
    }

    /** $true, $false and $null (not splatted), or $args: local names only. */
    private static boolean isSafeVariable(VariableExpressionAst v) {
        String drive = v.variablePath().drive();
        if (drive != null && !drive.equalsIgnoreCase("local")) {
            return false;
        }
        String name = v.variablePath().name().toLowerCase(Locale.ROOT);
        return name.equals("args") || !v.splatted() && CONSTANT_VARIABLES.contains(name);
    }
}
