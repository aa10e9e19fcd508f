package org.jposh.interpreter.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ast.*;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.BindableScriptBlock;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.ConfirmImpact;
import org.jposh.interpreter.commands.ParameterAttribute;
import org.jposh.interpreter.commands.ParameterAttributes;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.CredentialTransformation;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A script block's parameters ({@code param(...)} or {@code function f($a, $b)}) turned into the
 * command metadata the binder uses, as pwsh builds a function's CommandMetadata from its attributes:
 * [CmdletBinding()] and [Parameter()] make it an advanced function; [Alias()], [Validate*()] and
 * [Allow*()] become the binder's aliases and validations; a type constraint becomes the parameter's
 * type. Attribute arguments must be constants, as in pwsh.
 */
final class ParameterDeclarations {

    /** The command's metadata; null when it is wrong, see {@link #metadataError}. */
    final CommandMetadata metadata;
    /** What is wrong with the metadata (too many parameter sets...), which pwsh reports when the command runs; or null. */
    final PSRuntimeException metadataError;
    final boolean cmdletBinding;
    /** Whether the parameters are plain: no attributes but types, no switches (see PositionalSignature). */
    final boolean simple;
    final Map<String, DotNetType> types = new HashMap<>();
    /** Each parameter's declared type (null when none), in declaration order. */
    final DotNetType[] declaredTypes;

    /** The types a cast to keeps an attribute argument constant ({@code [double]0}), as pwsh's safe primitives. */
    private static final Set<DotNetType> SAFE_CONSTANT_TYPES = Set.of(CoreTypes.STRING, CoreTypes.CHAR,
            CoreTypes.BOOLEAN, CoreTypes.BYTE, CoreTypes.SBYTE, CoreTypes.INT16, CoreTypes.UINT16, CoreTypes.INT32,
            CoreTypes.UINT32, CoreTypes.INT64, CoreTypes.UINT64, CoreTypes.SINGLE, CoreTypes.DOUBLE,
            CoreTypes.DECIMAL);

    private final ScriptCompiler compiler;

    /** @param extent where errors in the declarations as a whole are reported: the param block or function */
    ParameterDeclarations(ScriptCompiler compiler, String commandName, Extent extent, List<AttributeAst> blockAttributes,
                          List<ParameterAst> parameters) {
        this.compiler = compiler;
        AttributeAst cmdletBindingAttribute = null;
        for (AttributeAst attribute : blockAttributes) {
            if (isNamed(attribute, "CmdletBinding")) {
                cmdletBindingAttribute = attribute;
            }
        }
        boolean advanced = cmdletBindingAttribute != null;
        for (ParameterAst parameter : parameters) {
            for (AttributeBaseAst attribute : attributes(parameter)) {
                advanced |= attribute instanceof AttributeAst a && isNamed(a, "Parameter");
            }
        }
        this.cmdletBinding = advanced;
        boolean plain = !advanced;
        for (ParameterAst parameter : parameters) {
            for (AttributeBaseAst attribute : attributes(parameter)) {
                plain &= attribute instanceof TypeConstraintAst constraint
                        && !constraint.typeName().fullName().equalsIgnoreCase("switch");
            }
        }
        CommandMetadata.Builder builder = CommandMetadata.builder(commandName).commonParameters(advanced)
                .automaticPositions(true);
        if (cmdletBindingAttribute != null) {
            for (NamedAttributeArgumentAst argument : named(cmdletBindingAttribute)) {
                Object value = constant(argument.argument());
                switch (argument.argumentName().toLowerCase(Locale.ROOT)) {
                    case "defaultparametersetname" -> builder.defaultParameterSetName(LanguagePrimitives.toStringValue(value));
                    case "supportsshouldprocess" -> builder.supportsShouldProcess(LanguagePrimitives.isTrue(value));
                    case "positionalbinding" -> builder.automaticPositions(LanguagePrimitives.isTrue(value));
                    case "confirmimpact" -> builder.confirmImpact(confirmImpact(argument, value));
                    default -> { }
                }
            }
        }
        declaredTypes = new DotNetType[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            builder.parameter(parameter(parameters.get(i), i));
            // a [bool] argument is checked before it converts, which the general binder does
            plain &= declaredTypes[i] == null || !ParameterAttributes.isBooleanType(declaredTypes[i])
                    && declaredTypes[i] != CoreTypes.SWITCH_PARAMETER;
        }
        this.simple = plain;
        CommandMetadata built = null;
        PSRuntimeException error = null;
        try {
            built = builder.build();
        } catch (PSRuntimeException e) {
            error = e;
        }
        this.metadata = built;
        this.metadataError = error;
    }

    /** The ConfirmImpact named; another value is the conversion error pwsh reports for the attribute. */
    private static ConfirmImpact confirmImpact(NamedAttributeArgumentAst argument, Object value) {
        try {
            return ConfirmImpact.from(LanguagePrimitives.convertTo(value, ConfirmImpact.TYPE), ConfirmImpact.Medium);
        } catch (PSRuntimeException e) {
            throw new PoshParseError(new ParseError(argument.extent(), e.errorId(), e.getMessage()));
        }
    }

    private ParameterMetadata.Builder parameter(ParameterAst ast, int index) {
        String name = ast.name().variablePath().name();
        DotNetType type = null;
        boolean isSwitch = false;
        for (AttributeBaseAst attribute : attributes(ast)) {
            if (attribute instanceof TypeConstraintAst constraint) {
                String typeName = constraint.typeName().fullName();
                isSwitch = typeName.equalsIgnoreCase("switch")
                        || typeName.equalsIgnoreCase("System.Management.Automation.SwitchParameter");
                type = isSwitch ? CoreTypes.SWITCH_PARAMETER : compiler.resolveType(constraint);
            }
        }
        ParameterMetadata.Builder builder = ParameterMetadata.builder(name, isSwitch ? boolean.class
                : ParameterAttributes.binderClass(type));
        // pwsh applies the attributes nearest the variable first, and [Credential()] is written after the
        // type ([PSCredential][Credential()]$c): a user name becomes a credential before the conversion.
        for (AttributeBaseAst attribute : attributes(ast)) {
            if (attribute instanceof AttributeAst a && attributeName(a).equals("credential")) {
                builder.transformation(new CredentialTransformation());
            }
        }
        if (type != null) {
            if (!isSwitch) {
                ParameterAttributes.convertToDeclaredType(builder, type, cmdletBinding);
            }
            builder.typeName(type.fullName());
            types.put(name.toLowerCase(Locale.ROOT), type);
            declaredTypes[index] = type;
        }
        boolean hasParameterAttribute = false;
        for (AttributeBaseAst attribute : attributes(ast)) {
            if (attribute instanceof AttributeAst a) {
                hasParameterAttribute |= applyAttribute(builder, a);
            }
        }
        if (!hasParameterAttribute) {
            builder.attribute(ParameterAttribute.DEFAULT);
        }
        return builder;
    }

    /** Applies one attribute; true when it was a [Parameter()]. Its arguments must be constants or script blocks. */
    private boolean applyAttribute(ParameterMetadata.Builder builder, AttributeAst attribute) {
        AttributeArguments a = arguments(attribute);
        return ParameterAttributes.apply(builder, a.name(), a.positional(), a.named());
    }

    /** The validation a [Validate*()] attribute makes, or null for another attribute; also for class properties. */
    ParameterValidation validation(AttributeAst attribute) {
        AttributeArguments a = arguments(attribute);
        return ParameterAttributes.validation(a.name(), a.positional(), a.named());
    }

    /** An attribute's lower-case name and argument values, named arguments by lower-case name. */
    private record AttributeArguments(String name, List<Object> positional, Map<String, Object> named) {
    }

    private AttributeArguments arguments(AttributeAst attribute) {
        String name = attributeName(attribute);
        List<Object> args = new ArrayList<>();
        for (ExpressionAst argument : positional(attribute)) {
            args.add(argument instanceof ScriptBlockExpressionAst block ? scriptArgument(block) : constant(argument));
        }
        if (name.equals("validatescript") && (args.isEmpty() || !(args.getFirst() instanceof BindableScriptBlock))) {
            throw error(attribute, "ValidateScript needs a script block.");
        }
        Map<String, Object> named = new HashMap<>();
        for (NamedAttributeArgumentAst argument : named(attribute)) {
            named.put(argument.argumentName().toLowerCase(Locale.ROOT), constant(argument.argument()));
        }
        return new AttributeArguments(name, args, named);
    }

    /** [ValidateScript({ ... })]: the block runs in the session that binds the parameter. */
    private BindableScriptBlock scriptArgument(ScriptBlockExpressionAst block) {
        CompiledScriptBlock code = compiler.compileNested(block.scriptBlock(), null, "ValidateScript");
        return new BindableScriptBlock() {
            @Override
            public List<Object> invokeWithDollarUnder(Object dollarUnder) {
                return block().invokeWithDollarUnder(dollarUnder);
            }

            @Override
            public List<Object> invokeWithArgument(Object argument) {
                return block().invokeWithArgument(argument);
            }

            private ScriptBlock block() {
                return new ScriptBlock(code, PoshContext.get(null).sessionState());
            }

            @Override
            public String toString() {
                return code.text();
            }
        };
    }

    private Object constant(ExpressionAst ast) {
        if (ast instanceof ConstantExpressionAst c) {
            return LanguagePrimitives.literalNumber(c.value());
        } else if (ast instanceof StringConstantExpressionAst s) {
            return s.value();
        } else if (ast instanceof VariableExpressionAst v && !v.splatted()) {
            String name = v.variablePath().userPath();
            if (name.equalsIgnoreCase("true")) {
                return true;
            } else if (name.equalsIgnoreCase("false")) {
                return false;
            } else if (name.equalsIgnoreCase("null")) {
                return null;
            }
        } else if (ast instanceof ArrayLiteralAst array) {
            List<Object> values = new ArrayList<>();
            for (ExpressionAst element : array.elements()) {
                values.add(constant(element));
            }
            return values.toArray();
        } else if (ast instanceof UnaryExpressionAst unary && unary.operator() == TokenKind.MINUS
                && constant(unary.child()) instanceof Number n) {
            return LanguagePrimitives.toNumber(n) instanceof Integer i ? -i : -n.doubleValue();
        } else if (ast instanceof ParenExpressionAst paren && paren.pipeline() instanceof PipelineAst p
                && p.pipelineElements().size() == 1 && p.pipelineElements().getFirst() instanceof CommandExpressionAst e) {
            return constant(e.expression());
        } else if (ast instanceof ConvertExpressionAst convert) {
            DotNetType type = compiler.tryResolveType(convert.type().typeName().fullName());
            if (type != null && SAFE_CONSTANT_TYPES.contains(type)) {
                return LanguagePrimitives.convertTo(constant(convert.child()), type);
            }
        }
        throw error(ast, "Attribute argument must be a constant or a script block.");
    }

    private static PoshParseError error(Ast ast, String message) {
        return new PoshParseError(new ParseError(ast.extent(), "ParameterAttributeArgumentNeedsToBeConstant", message));
    }





    private static boolean isNamed(AttributeAst attribute, String name) {
        return attributeName(attribute).equals(name.toLowerCase(Locale.ROOT));
    }

    /** The attribute's name in lower case, without "Attribute" or a namespace. */
    private static String attributeName(AttributeAst attribute) {
        String name = attribute.typeName().fullName().toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('.') + 1);
        return name.endsWith("attribute") ? name.substring(0, name.length() - "attribute".length()) : name;
    }

    private static List<AttributeBaseAst> attributes(ParameterAst parameter) {
        return parameter.attributes() == null ? List.of() : parameter.attributes();
    }

    private static List<NamedAttributeArgumentAst> named(AttributeAst attribute) {
        return attribute.namedArguments() == null ? List.of() : attribute.namedArguments();
    }

    private static List<ExpressionAst> positional(AttributeAst attribute) {
        return attribute.positionalArguments() == null ? List.of() : attribute.positionalArguments();
    }
}
