package org.jposh.stdlib.help;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.ArrayLiteralAst;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.AttributeAst;
import org.jposh.grammar.ast.AttributeBaseAst;
import org.jposh.grammar.ast.ConstantExpressionAst;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.FunctionDefinitionAst;
import org.jposh.grammar.ast.NamedAttributeArgumentAst;
import org.jposh.grammar.ast.ParameterAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.grammar.ast.TypeConstraintAst;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * The "Default value" of a function's parameters in its full help, as pwsh's HelpCommentsParser writes
 * it: a [PSDefaultValue(Help = ...)] text; else a constant default (a number, a string without
 * expansions, $true, $false, $null, an array of those) as its string; else the default expression's text
 * ({@code @('a', 'b')}, {@code (Get-Date)}); without a default, the type's own ("False" for switches and
 * booleans, "0" for numbers, empty for the rest).
 */
final class ParameterDefaults {
    private static final Set<String> NUMERIC_TYPES = Set.of("int", "int32", "system.int32", "long", "int64",
            "system.int64", "double", "system.double", "float", "single", "system.single", "decimal",
            "system.decimal", "byte", "system.byte", "sbyte", "short", "int16", "ushort", "uint16", "uint", "uint32",
            "ulong", "uint64", "bigint", "system.numerics.biginteger");
    private static final Set<String> BOOLEAN_TYPES = Set.of("switch", "bool", "boolean", "system.boolean",
            "system.management.automation.switchparameter");

    private ParameterDefaults() {
    }

    /** The default values of the function whose body is {@code body}, by lower-case parameter name. */
    static Map<String, String> of(Extent body) {
        Map<String, String> defaults = new HashMap<>();
        ScriptBlockAst script = ScriptParser.parse(body.source());
        for (FunctionDefinitionAst function : AstSearcher.findAll(script, FunctionDefinitionAst.class)) {
            ScriptBlockAst functionBody = function.body();
            if (functionBody.extent().startOffset() != body.startOffset()) {
                continue;
            }
            List<ParameterAst> parameters = function.parameters() != null ? function.parameters()
                    : functionBody.paramBlock() == null ? List.of() : functionBody.paramBlock().parameters();
            for (ParameterAst parameter : parameters) {
                defaults.put(parameter.name().variablePath().name().toLowerCase(Locale.ROOT), defaultValue(parameter));
            }
        }
        return defaults;
    }

    private static String defaultValue(ParameterAst parameter) {
        String type = "";
        for (AttributeBaseAst attribute : parameter.attributes()) {
            if (attribute instanceof AttributeAst a && a.typeName().name().equalsIgnoreCase("PSDefaultValue")) {
                for (NamedAttributeArgumentAst argument : a.namedArguments()) {
                    if (argument.argumentName().equalsIgnoreCase("Help")) {
                        return text(argument.argument());
                    }
                }
            } else if (attribute instanceof TypeConstraintAst t) {
                type = t.typeName().fullName().toLowerCase(Locale.ROOT);
            }
        }
        if (parameter.defaultValue() != null) {
            return text(parameter.defaultValue());
        }
        return BOOLEAN_TYPES.contains(type) ? "False" : NUMERIC_TYPES.contains(type) ? "0" : "";
    }

    /** A constant's string, as pwsh's IsConstantValueVisitor and ToString make it; else the expression's text. */
    private static String text(ExpressionAst expression) {
        String constant = constant(expression);
        return constant != null ? constant : expression.extent().text();
    }

    private static String constant(ExpressionAst expression) {
        if (expression instanceof StringConstantExpressionAst s) {
            return s.value();
        }
        if (expression instanceof ConstantExpressionAst c) {
            return LanguagePrimitives.toStringValue(c.value());
        }
        if (expression instanceof VariableExpressionAst v) {
            String name = v.variablePath().userPath().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "true" -> "True";
                case "false" -> "False";
                case "null" -> "";
                default -> null;
            };
        }
        if (expression instanceof ArrayLiteralAst array) {
            StringBuilder joined = new StringBuilder();
            for (ExpressionAst element : array.elements()) {
                String value = constant(element);
                if (value == null) {
                    return null;
                }
                joined.append(joined.isEmpty() ? "" : " ").append(value);
            }
            return joined.toString();
        }
        return null;
    }
}
