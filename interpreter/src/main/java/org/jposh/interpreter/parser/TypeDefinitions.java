package org.jposh.interpreter.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.AttributeAst;
import org.jposh.grammar.ast.BinaryExpressionAst;
import org.jposh.grammar.ast.ConstantExpressionAst;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.FunctionMemberAst;
import org.jposh.grammar.ast.GenericTypeName;
import org.jposh.grammar.ast.MemberAst;
import org.jposh.grammar.ast.MemberExpressionAst;
import org.jposh.grammar.ast.NamedBlockAst;
import org.jposh.grammar.ast.ParameterAst;
import org.jposh.grammar.ast.ParenExpressionAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.CommandExpressionAst;
import org.jposh.grammar.ast.PropertyMemberAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.StatementAst;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.grammar.ast.TypeAttributes;
import org.jposh.grammar.ast.TypeConstraintAst;
import org.jposh.grammar.ast.TypeDefinitionAst;
import org.jposh.grammar.ast.TypeExpressionAst;
import org.jposh.grammar.ast.UnaryExpressionAst;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.nodes.classes.TypeDefinitionNode;
import org.jposh.interpreter.runtime.Arithmetic;
import org.jposh.interpreter.runtime.BitwiseOperators;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumType;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptClass;
import org.jposh.interpreter.runtime.ScriptMethod;
import org.jposh.interpreter.runtime.ScriptTypes;

/**
 * The {@code class} and {@code enum} statements of one script. pwsh defines a script's types when it
 * parses the script, so that {@code [Point]} resolves anywhere in it, before or after the statement:
 * {@link #declare} makes the types of a script block's statements before any of its code is compiled
 * (enums complete, classes with their base class), and {@link #compile} compiles a class's members
 * where its statement is met. One instance serves a script and every block nested in it.
 */
final class TypeDefinitions {
    private final ScriptTypes types = new ScriptTypes();
    private final Map<TypeDefinitionAst, ScriptClass> classes = new IdentityHashMap<>();
    private final Map<TypeDefinitionAst, DotNetType> enums = new IdentityHashMap<>();

    /** The script's own types (its top-level block's), which a script importing it as a module gets. */
    ScriptTypes types() {
        return types;
    }

    /**
     * Makes the types the statements of {@code block}'s named blocks declare, bases before the classes deriving from
     * them, in the compiler's {@linkplain ScriptCompiler#typeScope type scope}: a nested block that declares any gets
     * a scope of its own first.
     */
    void declare(ScriptCompiler compiler, ScriptBlockAst block, boolean nested) {
        Map<String, TypeDefinitionAst> byName = definitions(block);
        if (nested && !byName.isEmpty()) {
            compiler.enterTypeScope();
        }
        for (TypeDefinitionAst definition : byName.values()) {
            if (definition.typeAttributes() == TypeAttributes.ENUM) {
                declareEnum(compiler, definition, byName, new ArrayList<>());
            }
        }
        for (TypeDefinitionAst definition : byName.values()) {
            if (definition.typeAttributes() != TypeAttributes.ENUM) {
                declareClass(compiler, definition, byName, new ArrayList<>());
            }
        }
    }

    /**
     * The class and enum statements of a block's named blocks by lower-case name, in the script's order (so that of
     * two errors the first is reported); two of one name are MemberAlreadyDefined, as pwsh's symbol resolver finds.
     */
    static Map<String, TypeDefinitionAst> definitions(ScriptBlockAst block) {
        Map<String, TypeDefinitionAst> byName = new LinkedHashMap<>();
        for (NamedBlockAst named : new NamedBlockAst[] {block.beginBlock(), block.processBlock(), block.endBlock(),
                block.cleanBlock()}) {
            if (named == null) {
                continue;
            }
            for (StatementAst statement : named.statements()) {
                if (statement instanceof TypeDefinitionAst definition) {
                    addDefinition(byName, definition);
                } else if (DECLARES_TYPE.matcher(statement.extent().text()).find()) {
                    for (TypeDefinitionAst definition : nestedDefinitions(statement)) {
                        addDefinition(byName, definition);
                    }
                }
            }
        }
        return byName;
    }

    private static void addDefinition(Map<String, TypeDefinitionAst> byName, TypeDefinitionAst definition) {
        if (byName.putIfAbsent(definition.name().toLowerCase(Locale.ROOT), definition) != null) {
            throw error(definition.extent(), "MemberAlreadyDefined", "The member '" + definition.name()
                    + "' is already defined.");
        }
    }

    /** Whether a statement's text may hold a class or enum statement, which is rare enough to look first. */
    private static final Pattern DECLARES_TYPE = Pattern.compile("\\b(class|enum)\\s", Pattern.CASE_INSENSITIVE);

    /**
     * The types declared inside a statement of the block ({@code if ($x) { class C {} }}), which belong to
     * the block as its own statements do, as pwsh's symbol resolver scopes them; not those of nested script
     * blocks and functions, which declare their own, nor a class nested in another's method.
     */
    private static List<TypeDefinitionAst> nestedDefinitions(StatementAst statement) {
        List<TypeDefinitionAst> found = new ArrayList<>();
        AstSearcher.walk(statement, null, false, (node, parent) -> {
            if (node instanceof TypeDefinitionAst definition && found.stream().noneMatch(outer ->
                    outer.extent().startOffset() <= definition.extent().startOffset()
                            && definition.extent().endOffset() <= outer.extent().endOffset())) {
                found.add(definition);
            }
            return true;
        });
        return found;
    }

    private ScriptClass declareClass(ScriptCompiler compiler, TypeDefinitionAst ast, Map<String, TypeDefinitionAst> byName,
                                     List<TypeDefinitionAst> deriving) {
        ScriptClass declared = classes.get(ast);
        if (declared != null) {
            return declared;
        }
        if (deriving.contains(ast)) {
            throw error(ast.extent(), "CyclicBaseClass", "The class '" + ast.name()
                    + "' cannot derive from itself, directly or through its base classes.");
        }
        ScriptClass base = null;
        DotNetType dotNetBase = null;
        List<TypeConstraintAst> interfaceAsts = new ArrayList<>();
        for (int i = 0; i < ast.baseTypes().size(); i++) {
            TypeConstraintAst baseType = ast.baseTypes().get(i);
            TypeDefinitionAst baseAst = byName.get(baseType.typeName().fullName().toLowerCase(Locale.ROOT));
            ScriptClass scriptBase = null;
            DotNetType resolved = null;
            if (isGenericInterface(compiler, baseType)) {
                // resolved once the class exists: its type arguments may name it (IEquatable[C])
                interfaceAsts.add(baseType);
                continue;
            } else if (baseAst != null && baseAst.typeAttributes() != TypeAttributes.ENUM) {
                deriving.add(ast);
                scriptBase = declareClass(compiler, baseAst, byName, deriving);
            } else {
                resolved = compiler.resolveType(baseType);
                scriptBase = compiler.scriptClass(resolved);
            }
            if (resolved != null && resolved.isInterface()) {
                interfaceAsts.add(baseType);
            } else if (i > 0) {
                throw error(baseType.extent(), "InterfaceNameExpected", "'" + (scriptBase != null
                        ? scriptBase.type() : resolved).name() + "': Interface name expected.");
            } else if (scriptBase != null) {
                base = scriptBase;
            } else {
                dotNetBase = derivableBase(baseType, resolved);
            }
        }
        ScriptClass scriptClass = new ScriptClass(ast.name(), base, dotNetBase);
        classes.put(ast, scriptClass);
        compiler.typeScope().add(scriptClass.type(), scriptClass);
        List<DotNetType> interfaces = new ArrayList<>();
        for (TypeConstraintAst interfaceAst : interfaceAsts) {
            interfaces.add(compiler.resolveType(interfaceAst));
        }
        scriptClass.setInterfaces(interfaces);
        return scriptClass;
    }

    /** Whether a base type is a generic interface ({@code System.IEquatable[C]}), judged by its definition alone. */
    private static boolean isGenericInterface(ScriptCompiler compiler, TypeConstraintAst ast) {
        if (!(ast.typeName() instanceof GenericTypeName generic)) {
            return false;
        }
        DotNetType definition = compiler.tryResolveType(generic.typeName().fullName() + "`"
                + generic.genericArguments().size());
        return definition != null && definition.isInterface();
    }

    /**
     * A .NET type a class may derive from: the exceptions and the collections JPosh models as classes
     * of its own, whose instances become the script object's base object.
     */
    private static DotNetType derivableBase(TypeConstraintAst ast, DotNetType type) {
        if (type.isValueType() || type == CoreTypes.STRING) {
            throw error(ast.extent(), "SealedBaseClass", "Cannot inherit from sealed class '" + type.name() + "'.");
        }
        DotNetType definition = type.genericDefinition() != null ? type.genericDefinition() : type;
        if (ExceptionTypes.isException(type) || type == CoreTypes.ARRAY_LIST || type == CoreTypes.HASHTABLE
                || definition == CoreTypes.LIST || definition == CoreTypes.DICTIONARY) {
            return type;
        }
        throw ScriptCompiler.notSupported(ast.extent(), type.isJavaType() ? "Deriving a class from a Java class"
                : "Deriving a class from the .NET type " + type.fullName());
    }

    private static final Set<DotNetType> ENUM_UNDERLYING_TYPES = Set.of(CoreTypes.BYTE, CoreTypes.SBYTE,
            CoreTypes.INT16, CoreTypes.UINT16, CoreTypes.INT32, CoreTypes.UINT32, CoreTypes.INT64, CoreTypes.UINT64);

    /**
     * An enum's values, converted to the underlying type as pwsh converts them: implicit ones count on from
     * the previous value, the first from 0. Values are kept as the underlying type's bits in a long. The enums
     * of the same block that its initializers name ({@code e0 = [E2]::e0 + 2}) are declared first, wherever
     * their statements are.
     */
    private void declareEnum(ScriptCompiler compiler, TypeDefinitionAst ast, Map<String, TypeDefinitionAst> byName,
                             List<TypeDefinitionAst> declaring) {
        if (enums.containsKey(ast)) {
            return;
        }
        if (declaring.contains(ast)) {
            // pwsh reports each enum of the cycle, the first in the script first
            TypeDefinitionAst first = declaring.stream().min(Comparator.comparingInt(e -> e.extent().startOffset()))
                    .orElseThrow();
            throw error(first.extent(), "CycleInEnumInitializers",
                    "Cannot define enum because of a cycle in the initialization expressions.");
        }
        declaring.add(ast);
        for (TypeDefinitionAst dependency : enumDependencies(ast, byName)) {
            declareEnum(compiler, dependency, byName, declaring);
        }
        declaring.removeLast();
        DotNetType underlying = CoreTypes.INT32;
        if (!ast.baseTypes().isEmpty()) {
            TypeConstraintAst constraint = ast.baseTypes().getFirst();
            underlying = compiler.resolveType(constraint);
            if (!ENUM_UNDERLYING_TYPES.contains(underlying)) {
                throw error(constraint.extent(), "InvalidUnderlyingType", "'" + constraint.typeName().fullName()
                        + "' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, "
                        + "sbyte, short, ushort, int, uint, long or ulong)");
            }
        }
        List<String> names = new ArrayList<>();
        long[] values = new long[ast.members().size()];
        long next = 0;
        boolean nextTooBig = false;
        for (MemberAst member : ast.members()) {
            PropertyMemberAst property = (PropertyMemberAst) member;
            ExpressionAst initialValue = property.initialValue();
            long value = next;
            if (initialValue != null) {
                value = enumeratorValue(compiler, initialValue, underlying);
            } else if (nextTooBig) {
                // pwsh points at the member whose implicit value would pass the type's maximum
                throw error(property.extent(), "EnumeratorValueOutOfBounds", "Enumerator value is either too large "
                        + "or too small for " + underlying.powerShellName() + ".");
            }
            for (String name : names) {
                if (name.equalsIgnoreCase(property.name())) {
                    throw error(property.extent(), "MemberAlreadyDefined", "The member '" + property.name()
                            + "' is already defined.");
                }
            }
            values[names.size()] = value;
            names.add(property.name());
            nextTooBig = isMaxValue(value, underlying);
            next = value + 1;
        }
        DotNetType type = CoreTypes.defineScriptEnum(ast.name(), new EnumType(isFlags(ast.attributes()),
                names.toArray(String[]::new), values, underlying));
        enums.put(ast, type);
        compiler.typeScope().add(type, null);
    }

    /** An enumerator's constant converted to the underlying type (its bits, for ulong); a number that does not fit is out of bounds. */
    private static long enumeratorValue(ScriptCompiler compiler, ExpressionAst initialValue, DotNetType underlying) {
        Object constant = constantValue(compiler, initialValue);
        try {
            return EnumType.bits((Number) LanguagePrimitives.convertTo(constant, underlying));
        } catch (PSInvalidCastException e) {
            if (constant instanceof Number) {
                throw error(initialValue.extent(), "EnumeratorValueOutOfBounds", "Enumerator value is either too large "
                        + "or too small for " + underlying.powerShellName() + ".");
            }
            throw error(initialValue.extent(), "CannotConvertValue", "Cannot convert the value to type \""
                    + underlying.powerShellName() + "\".");
        }
    }

    private static boolean isMaxValue(long value, DotNetType underlying) {
        if (underlying == CoreTypes.UINT64) {
            return value == -1L;
        }
        long max = underlying == CoreTypes.BYTE ? 0xFF : underlying == CoreTypes.SBYTE ? Byte.MAX_VALUE
                : underlying == CoreTypes.INT16 ? Short.MAX_VALUE : underlying == CoreTypes.UINT16 ? 0xFFFF
                : underlying == CoreTypes.INT32 ? Integer.MAX_VALUE : underlying == CoreTypes.UINT32 ? 0xFFFF_FFFFL
                : Long.MAX_VALUE;
        return value >= max;
    }

    private static boolean isFlags(List<AttributeAst> attributes) {
        for (AttributeAst attribute : attributes) {
            String name = attribute.typeName().fullName();
            if (name.equalsIgnoreCase("Flags") || name.equalsIgnoreCase("FlagsAttribute")
                    || name.equalsIgnoreCase("System.Flags") || name.equalsIgnoreCase("System.FlagsAttribute")) {
                return true;
            }
        }
        return false;
    }

    /** The other enums of the block whose values an enum's initializers take ({@code [E2]::e0}). */
    private static List<TypeDefinitionAst> enumDependencies(TypeDefinitionAst ast, Map<String, TypeDefinitionAst> byName) {
        List<TypeDefinitionAst> dependencies = new ArrayList<>();
        for (MemberAst member : ast.members()) {
            ExpressionAst initialValue = ((PropertyMemberAst) member).initialValue();
            if (initialValue == null) {
                continue;
            }
            AstSearcher.walk(initialValue, null, false, (node, parent) -> {
                if (node instanceof MemberExpressionAst memberExpression
                        && memberExpression.expression() instanceof TypeExpressionAst typeName) {
                    TypeDefinitionAst named = byName.get(typeName.typeName().fullName().toLowerCase(Locale.ROOT));
                    if (named != null && named != ast && named.typeAttributes() == TypeAttributes.ENUM
                            && !dependencies.contains(named)) {
                        dependencies.add(named);
                    }
                }
                return true;
            });
        }
        return dependencies;
    }

    /** The value of an enumerator's constant expression: numbers, signs, arithmetic and bitwise operators. */
    private static Object constantValue(ScriptCompiler compiler, ExpressionAst ast) {
        if (ast instanceof ConstantExpressionAst constant) {
            return LanguagePrimitives.literalNumber(constant.value());
        } else if (ast instanceof StringConstantExpressionAst string) {
            // a constant, which the underlying type may not take: CannotConvertValue
            return string.value();
        } else if (ast instanceof ParenExpressionAst paren && paren.pipeline() instanceof PipelineAst p
                && p.pipelineElements().size() == 1 && p.pipelineElements().getFirst() instanceof CommandExpressionAst e) {
            return constantValue(compiler, e.expression());
        } else if (ast instanceof MemberExpressionAst member && member.isStatic()
                && member.expression() instanceof TypeExpressionAst typeName
                && member.member() instanceof StringConstantExpressionAst name) {
            // a const or static readonly field, as pwsh's constant values take them: [byte]::MaxValue, [E]::e0
            DotNetType type = compiler.tryResolveType(typeName.typeName().fullName());
            if (type != null && type.adapter().isField(name.value(), true)) {
                return type.adapter().staticProperty(name.value()).getValue(null);
            }
        } else if (ast instanceof UnaryExpressionAst unary) {
            Object operand = constantValue(compiler, unary.child());
            switch (unary.operator()) {
                case MINUS:
                    return Arithmetic.negate(operand);
                case PLUS:
                    return operand;
                case BNOT:
                    return BitwiseOperators.not(operand);
                default:
                    break;
            }
        } else if (ast instanceof BinaryExpressionAst binary) {
            Object l = constantValue(compiler, binary.left());
            Object r = constantValue(compiler, binary.right());
            try {
                switch (binary.operator()) {
                    case PLUS:
                        return Arithmetic.add(l, r);
                    case MINUS:
                        return Arithmetic.subtract(l, r);
                    case MULTIPLY:
                        return Arithmetic.multiply(l, r);
                    case BOR:
                        return BitwiseOperators.binary(BitwiseOperators.Operator.BOR, l, r);
                    case BAND:
                        return BitwiseOperators.binary(BitwiseOperators.Operator.BAND, l, r);
                    case BXOR:
                        return BitwiseOperators.binary(BitwiseOperators.Operator.BXOR, l, r);
                    case SHL:
                        return BitwiseOperators.binary(BitwiseOperators.Operator.SHL, l, r);
                    case SHR:
                        return BitwiseOperators.binary(BitwiseOperators.Operator.SHR, l, r);
                    default:
                        break;
                }
            } catch (DotNetException e) {
                throw error(ast.extent(), "EnumeratorValueMustBeConstant", "Enumerator value must be a constant value.");
            }
        }
        throw error(ast.extent(), "EnumeratorValueMustBeConstant", "Enumerator value must be a constant value.");
    }

    /** The statement of a type declared before; a class's members are compiled here. */
    TypeDefinitionNode compile(ScriptCompiler compiler, TypeDefinitionAst ast) {
        DotNetType enumType = enums.get(ast);
        if (enumType != null) {
            return new TypeDefinitionNode(enumType, null);
        }
        ScriptClass scriptClass = classes.get(ast);
        if (scriptClass == null) {
            throw ScriptCompiler.notSupported(ast, "A class declared inside a statement");
        }
        for (MemberAst member : ast.members()) {
            if (member instanceof PropertyMemberAst property) {
                compileProperty(compiler, scriptClass, property);
            }
        }
        for (MemberAst member : ast.members()) {
            if (member instanceof FunctionMemberAst function) {
                compileMethod(compiler, scriptClass, function);
            }
        }
        String missing = scriptClass.missingInterfaceMethod();
        if (missing != null) {
            // pwsh reports the TypeLoadException .NET raises when it creates the type
            throw error(ast.extent(), "TypeCreationError", "Error during creation of type \"" + ast.name()
                    + "\". Error message:\nMethod '" + missing + "' in type '" + ast.name() + "' from assembly "
                    + "'PowerShell Class Assembly, Version=1.0.0.1, Culture=neutral, PublicKeyToken=null' does not "
                    + "have an implementation.");
        }
        return new TypeDefinitionNode(scriptClass.type(), scriptClass);
    }

    private static void compileProperty(ScriptCompiler compiler, ScriptClass scriptClass, PropertyMemberAst ast) {
        List<ParameterValidation> validations = new ArrayList<>();
        if (!ast.attributes().isEmpty()) {
            // the validation attributes are those of parameters: ParameterDeclarations makes them
            ParameterDeclarations declarations = new ParameterDeclarations(compiler, ast.name(), ast.extent(),
                    List.of(), List.of());
            for (AttributeAst attribute : ast.attributes()) {
                // other attributes ([DscProperty(Key)], [Parameter()]) are metadata JPosh has no use for
                ParameterValidation validation = declarations.validation(attribute);
                if (validation != null) {
                    validations.add(validation);
                }
            }
        }
        DotNetType type = ast.propertyType() == null ? CoreTypes.OBJECT : compiler.resolveType(ast.propertyType());
        ScriptMethod initializer = ast.initialValue() == null ? null : new ScriptMethod(ast.name(),
                compiler.compileInitializer(ast), new String[0], new DotNetType[0],
                CoreTypes.OBJECT);
        scriptClass.addProperty(ast.name(), type, ast.isStatic(), ast.isHidden(), initializer, validations);
    }

    private static void compileMethod(ScriptCompiler compiler, ScriptClass scriptClass, FunctionMemberAst ast) {
        List<ParameterAst> parameters = ast.parameters() == null ? List.of() : ast.parameters();
        String[] names = new String[parameters.size()];
        DotNetType[] types = new DotNetType[names.length];
        for (int i = 0; i < names.length; i++) {
            ParameterAst parameter = parameters.get(i);
            names[i] = parameter.name().variablePath().name();
            types[i] = CoreTypes.OBJECT;
            // as in pwsh, a method's parameters are all required, so a default value is never used, and
            // attributes other than the type are not checked
            for (var attribute : parameter.attributes()) {
                if (attribute instanceof TypeConstraintAst constraint) {
                    types[i] = compiler.resolveType(constraint);
                }
            }
        }
        DotNetType returnType = ast.isConstructor() || ast.returnType() == null ? CoreTypes.VOID
                : compiler.resolveType(ast.returnType());
        ScriptCompiler.MethodCode code = compiler.compileMethod(ast, returnType == CoreTypes.VOID);
        ScriptMethod method = new ScriptMethod(ast.name(), code.body(), names, types, returnType);
        if (ast.isConstructor() && ast.isStatic()) {
            scriptClass.setStaticConstructor(method);
        } else if (ast.isConstructor()) {
            scriptClass.addConstructor(method, code.baseArguments());
        } else {
            scriptClass.addMethod(method, ast.isStatic());
        }
    }

    static PoshParseError error(Extent extent, String errorId, String message) {
        return new PoshParseError(new ParseError(extent, errorId, message));
    }
}
