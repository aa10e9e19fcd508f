package org.jposh.grammar.ast;

/**
 * A type name as written in a type literal, attribute, cast or base-class list: a plain name, a generic
 * instantiation or an array. Like PowerShell's ITypeName it is not an Ast node; types are resolved later.
 */
public sealed interface ITypeName permits TypeName, GenericTypeName, ArrayTypeName {
    Extent extent();

    /** The name as PowerShell spells it, with generic arguments, array ranks and assembly: {@code List[int]}. */
    String fullName();

    /** The name without the assembly qualification. */
    String name();
}
