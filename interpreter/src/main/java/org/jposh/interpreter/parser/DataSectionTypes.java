package org.jposh.interpreter.parser;

import java.util.Set;
import java.util.function.Function;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ast.Ast;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.DataStatementAst;
import org.jposh.grammar.ast.ITypeName;
import org.jposh.grammar.ast.TypeConstraintAst;
import org.jposh.grammar.ast.TypeExpressionAst;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PoshParseError;

/**
 * The part of pwsh's restricted-language check of a {@code data} section that needs types resolved (the
 * grammar checks the rest): casts and type literals may only name types whose TypeCode is not Object,
 * that is the primitive types, decimal, DateTime, string, DBNull and enums, or arrays of them.
 */
final class DataSectionTypes {
    private static final Set<String> SIMPLE_TYPES = Set.of("System.Boolean", "System.Char", "System.SByte",
            "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64",
            "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.DateTime", "System.String",
            "System.DBNull");

    private DataSectionTypes() {
    }

    /**
     * @param resolve the type a name stands for where the section is, or null
     * @throws PoshParseError TypeNotAllowedInDataSection for the first other type
     */
    static void check(DataStatementAst data, Function<String, DotNetType> resolve) {
        for (Ast node : AstSearcher.findAll(data.body(), Ast.class)) {
            ITypeName name = node instanceof TypeConstraintAst c ? c.typeName()
                    : node instanceof TypeExpressionAst e ? e.typeName() : null;
            if (name != null && !isAllowed(resolve.apply(name.fullName()))) {
                throw new PoshParseError(new ParseError(node.extent(), "TypeNotAllowedInDataSection",
                        "The type " + name.fullName() + " is not allowed in restricted language mode or a Data section."));
            }
        }
    }

    private static boolean isAllowed(DotNetType type) {
        DotNetType element = type != null && type.isArray() ? type.elementType() : type;
        return element != null && (element.enumType() != null || SIMPLE_TYPES.contains(element.fullName()));
    }
}
