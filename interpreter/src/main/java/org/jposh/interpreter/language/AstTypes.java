package org.jposh.interpreter.language;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.SCRIPT_BLOCK;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ScriptTokens;
import org.jposh.grammar.ast.Ast;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.CommandAst;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ITypeName;
import org.jposh.grammar.ast.ForEachFlags;
import org.jposh.grammar.ast.PowerShellNames;
import org.jposh.grammar.ast.ScriptPosition;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.grammar.ast.SwitchFlags;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.grammar.ast.TypeAttributes;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * The types of System.Management.Automation.Language as scripts see them, made from the grammar's classes: each
 * AST record or interface is the pwsh type of its simple name, with pwsh's class hierarchy, and has a property per
 * record component, named as pwsh names it ({@code endBlock} is EndBlock; {@link #PROPERTY_NAMES} lists where pwsh
 * differs). The other records of the grammar's API (VariablePath, the type names, ParseError, Token) and its enums
 * are made the same way. Property reads go through reflection: these objects are for tools, not hot paths.
 */
public final class AstTypes {
    public static final String NAMESPACE = "System.Management.Automation.Language";
    private static final String AST_PACKAGE = "org.jposh.grammar.ast.";

    /** Where pwsh's class hierarchy differs from the grammar's interfaces: the base class pwsh gives these. */
    private static final Map<String, String> BASES = Map.of(
            "StringConstantExpressionAst", "ConstantExpressionAst",
            "ConvertExpressionAst", "AttributedExpressionAst",
            "InvokeMemberExpressionAst", "MemberExpressionAst",
            "CommandBaseAst", "StatementAst");

    /** Record components whose pwsh property is not named after them. */
    private static final Map<String, String> PROPERTY_NAMES = Map.of(
            "MemberExpressionAst.isStatic", "Static",
            "InvokeMemberExpressionAst.isStatic", "Static",
            "SwitchStatementAst.defaultClause", "Default",
            "TryStatementAst.finallyBlock", "Finally",
            "UnaryExpressionAst.operator", "TokenKind",
            "ScriptRequirements.elevationRequired", "IsElevationRequired",
            "VariablePath.drive", "DriveName");

    /** The grammar's enums that are pwsh's [Flags] enums (None, then a bit per value). */
    private static final Set<Class<?>> FLAGS = Set.of(ForEachFlags.class, SwitchFlags.class, TypeAttributes.class);

    /** pwsh's TokenKind: the kinds tokens have, and the operator kinds the AST holds. */
    private static final String TOKEN_KINDS = "Unknown=0 Variable=1 SplattedVariable=2 Parameter=3 Number=4 Label=5 "
            + "Identifier=6 Generic=7 NewLine=8 LineContinuation=9 Comment=10 EndOfInput=11 StringLiteral=12 "
            + "StringExpandable=13 HereStringLiteral=14 HereStringExpandable=15 LParen=16 RParen=17 LCurly=18 "
            + "RCurly=19 LBracket=20 RBracket=21 AtParen=22 AtCurly=23 DollarParen=24 Semi=25 AndAnd=26 OrOr=27 "
            + "Ampersand=28 Pipe=29 Comma=30 MinusMinus=31 PlusPlus=32 DotDot=33 ColonColon=34 Dot=35 Exclaim=36 "
            + "Multiply=37 Divide=38 Rem=39 Plus=40 Minus=41 Equals=42 PlusEquals=43 MinusEquals=44 "
            + "MultiplyEquals=45 DivideEquals=46 RemainderEquals=47 Redirection=48 RedirectInStd=49 Format=50 "
            + "Not=51 Bnot=52 And=53 Or=54 Xor=55 Band=56 Bor=57 Bxor=58 Join=59 Ieq=60 Ine=61 Ige=62 Igt=63 "
            + "Ilt=64 Ile=65 Ilike=66 Inotlike=67 Imatch=68 Inotmatch=69 Ireplace=70 Icontains=71 Inotcontains=72 "
            + "Iin=73 Inotin=74 Isplit=75 Ceq=76 Cne=77 Cge=78 Cgt=79 Clt=80 Cle=81 Clike=82 Cnotlike=83 Cmatch=84 "
            + "Cnotmatch=85 Creplace=86 Ccontains=87 Cnotcontains=88 Cin=89 Cnotin=90 Csplit=91 Is=92 IsNot=93 "
            + "As=94 PostfixPlusPlus=95 PostfixMinusMinus=96 Shl=97 Shr=98 Colon=99 QuestionMark=100 "
            + "QuestionQuestionEquals=101 QuestionQuestion=102 QuestionDot=103 QuestionLBracket=104 Begin=119 "
            + "Break=120 Catch=121 Class=122 Continue=123 Data=124 Define=125 Do=126 Dynamicparam=127 Else=128 "
            + "ElseIf=129 End=130 Exit=131 Filter=132 Finally=133 For=134 Foreach=135 From=136 Function=137 If=138 "
            + "In=139 Param=140 Process=141 Return=142 Switch=143 Throw=144 Trap=145 Try=146 Until=147 Using=148 "
            + "Var=149 While=150 Workflow=151 Parallel=152 Sequence=153 InlineScript=154 Configuration=155 "
            + "DynamicKeyword=156 Public=157 Private=158 Static=159 Interface=160 Enum=161 Namespace=162 Module=163 "
            + "Type=164 Assembly=165 Command=166 Hidden=167 Base=168 Default=169 Clean=170";

    private static final ClassValue<DotNetType> TYPES = new ClassValue<>() {
        @Override
        protected DotNetType computeValue(Class<?> type) {
            return define(type);
        }
    };

    static {
        // The records scripts get as they are register their types before any of them reaches a script.
        typeOf(Extent.class);
        typeOf(ScriptPosition.class);
        typeOf(ParseError.class);
        typeOf(ScriptTokens.Token.class);
    }

    /** The types scripts may name, by lower-case simple name; filled on the first type literal that needs it. */
    private static volatile Map<String, DotNetType> byName;

    private AstTypes() {
    }

    /** The pwsh type of a grammar class (an AST node, a record of the parser's API, an enum). */
    public static DotNetType typeOf(Class<?> type) {
        return TYPES.get(type);
    }

    /** The type a name of System.Management.Automation.Language stands for, or null. */
    public static DotNetType forName(String fullName) {
        if (fullName.length() <= NAMESPACE.length() + 1
                || !fullName.regionMatches(true, 0, NAMESPACE + ".", 0, NAMESPACE.length() + 1)) {
            return null;
        }
        return names().get(fullName.substring(NAMESPACE.length() + 1).toLowerCase(Locale.ROOT));
    }

    private static Map<String, DotNetType> names() {
        Map<String, DotNetType> result = byName;
        if (result == null) {
            result = new HashMap<>();
            addHierarchy(Ast.class, result);
            for (Class<?> type : new Class<?>[] {Extent.class, ScriptPosition.class, ParseError.class,
                ScriptTokens.Token.class,
                TokenKind.class, org.jposh.grammar.ast.VariablePath.class, org.jposh.grammar.ast.TypeName.class,
                org.jposh.grammar.ast.ArrayTypeName.class, org.jposh.grammar.ast.GenericTypeName.class,
                org.jposh.grammar.ast.StringConstantType.class, org.jposh.grammar.ast.RedirectionStream.class,
                ForEachFlags.class, SwitchFlags.class, TypeAttributes.class,
                org.jposh.grammar.ast.UsingStatementKind.class}) {
                DotNetType t = typeOf(type);
                result.put(t.name().toLowerCase(Locale.ROOT), t);
            }
            result.put("parser", LanguageParser.TYPE);
            byName = result;
        }
        return result;
    }

    private static void addHierarchy(Class<?> type, Map<String, DotNetType> names) {
        names.put(type.getSimpleName().toLowerCase(Locale.ROOT), typeOf(type));
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                addHierarchy(sub, names);
            }
        }
    }

    private static DotNetType define(Class<?> type) {
        if (type == TokenKind.class) {
            return tokenKind();
        }
        if (type.isEnum()) {
            return enumType(type);
        }
        DotNetType result;
        if (type == Extent.class) {
            result = CoreTypes.define(NAMESPACE, "InternalScriptExtent", type, AstTypes::defineExtent);
        } else if (type == ScriptPosition.class) {
            result = CoreTypes.define(NAMESPACE, "InternalScriptPosition", type, AstTypes::definePosition);
        } else if (type == ScriptTokens.Token.class) {
            result = CoreTypes.define(NAMESPACE, "Token", type, AstTypes::defineToken);
        } else if (isChildRecordClass(type)) {
            // pwsh's tuples of children (an if's clauses); each is an AstValue, which carries its type
            return CoreTypes.define("System", "Tuple`2", null, b -> defineComponents(b, type, true));
        } else if (Ast.class.isAssignableFrom(type)) {
            // nodes are AstValues, which carry their type: no Java class stands for these
            return CoreTypes.define(NAMESPACE, type.getSimpleName(), null, baseOf(type), b -> {
                if (type == Ast.class) {
                    defineAst(b);
                } else if (type == CommandAst.class) {
                    b.method("GetCommandName", STRING, (t, a) -> commandName((CommandAst) node(t)));
                }
                defineComponents(b, type, false);
            });
        } else {
            result = CoreTypes.define(NAMESPACE, type.getSimpleName(), type, b -> {
                if (ITypeName.class.isAssignableFrom(type)) {
                    b.property("FullName", STRING, t -> ((ITypeName) t).fullName());
                }
                defineComponents(b, type, false);
            });
        }
        CoreTypes.register(result);
        return result;
    }

    private static boolean isChildRecordClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return type.isRecord() && enclosing != null && Ast.class.isAssignableFrom(enclosing);
    }

    private static DotNetType baseOf(Class<?> type) {
        String base = BASES.get(type.getSimpleName());
        if (base != null) {
            try {
                return typeOf(Class.forName(AST_PACKAGE + base));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (Ast.class.isAssignableFrom(implemented)) {
                return typeOf(implemented);
            }
        }
        return OBJECT;
    }

    /** A property per record component (not the extent, which every Ast has); a tuple's are Item1 and Item2. */
    private static void defineComponents(TypeAdapter.Builder b, Class<?> type, boolean tuple) {
        if (!type.isRecord()) {
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getName().equals("extent") && Ast.class.isAssignableFrom(type)) {
                continue;
            }
            String name = tuple ? "Item" + (i + 1) : PROPERTY_NAMES.getOrDefault(
                    type.getSimpleName() + "." + component.getName(), PowerShellNames.property(component.getName()));
            b.property(name, propertyType(component.getType()),
                    t -> toScript(AstSearcher.value(component, node(t)), tree(t)));
        }
    }

    /** The type Get-Member shows for a property: the node type or simple value it holds, else object. */
    private static DotNetType propertyType(Class<?> type) {
        if (Ast.class.isAssignableFrom(type)) {
            return typeOf(type);
        }
        return type == String.class || type == boolean.class || type == int.class
                ? DotNetType.forJavaClass(type) : OBJECT;
    }

    private static void defineAst(TypeAdapter.Builder b) {
        b.property("Extent", typeOf(Extent.class), t -> ((Ast) node(t)).extent());
        b.property("Parent", typeOf(Ast.class), t -> ((AstValue) t).parent());
        b.method("Find", OBJECT, (t, a) -> {
            List<AstValue> found = find((AstValue) t, (ScriptBlock) a[0], LanguagePrimitives.isTrue(a[1]), true);
            return found.isEmpty() ? null : found.getFirst();
        }, param("predicate", SCRIPT_BLOCK), param("searchNestedScriptBlocks", BOOLEAN));
        b.method("FindAll", OBJECT, (t, a) -> find((AstValue) t, (ScriptBlock) a[0],
                LanguagePrimitives.isTrue(a[1]), false).toArray(),
                param("predicate", SCRIPT_BLOCK), param("searchNestedScriptBlocks", BOOLEAN));
    }

    /** Ast.FindAll, or Ast.Find when {@code first}: the nodes under {@code root} (itself too) the predicate takes. */
    private static List<AstValue> find(AstValue root, ScriptBlock predicate, boolean nested, boolean first) {
        if (predicate == null) {
            throw DotNetException.argumentNull("predicate");
        }
        List<AstValue> found = new ArrayList<>();
        AstValue.Tree tree = root.tree();
        AstSearcher.walk((Ast) root.node(), null, nested, (node, parent) -> {
            AstValue value = tree.value(node);
            if (isTrue(predicate.invokeWithArgument(value))) {
                found.add(value);
                return !first;
            }
            return true;
        });
        return found;
    }

    private static boolean isTrue(List<Object> output) {
        return LanguagePrimitives.isTrue(output.size() == 1 ? output.getFirst() : output.toArray());
    }

    private static String commandName(CommandAst command) {
        return command.commandElements().getFirst() instanceof StringConstantExpressionAst name ? name.value() : null;
    }

    private static void defineExtent(TypeAdapter.Builder b) {
        b.property("File", STRING, t -> ((Extent) t).file());
        b.property("StartScriptPosition", typeOf(ScriptPosition.class), t -> ((Extent) t).startPosition());
        b.property("EndScriptPosition", typeOf(ScriptPosition.class), t -> ((Extent) t).endPosition());
        b.property("StartLineNumber", INT32, t -> ((Extent) t).startLine());
        b.property("StartColumnNumber", INT32, t -> ((Extent) t).startColumn());
        b.property("EndLineNumber", INT32, t -> ((Extent) t).endLine());
        b.property("EndColumnNumber", INT32, t -> ((Extent) t).endColumn());
        b.property("Text", STRING, t -> ((Extent) t).text());
        b.property("StartOffset", INT32, t -> ((Extent) t).startOffset());
        b.property("EndOffset", INT32, t -> ((Extent) t).endOffset());
    }

    private static void definePosition(TypeAdapter.Builder b) {
        b.property("File", STRING, t -> ((ScriptPosition) t).file());
        b.property("LineNumber", INT32, t -> ((ScriptPosition) t).lineNumber());
        b.property("ColumnNumber", INT32, t -> ((ScriptPosition) t).columnNumber());
        b.property("Line", STRING, t -> ((ScriptPosition) t).line());
        b.property("Offset", INT32, t -> ((ScriptPosition) t).offset());
        b.method("GetFullScript", STRING, (t, a) -> ((ScriptPosition) t).source().text());
    }

    private static void defineToken(TypeAdapter.Builder b) {
        b.property("Text", STRING, t -> ((ScriptTokens.Token) t).text());
        b.property("Kind", typeOf(TokenKind.class), t -> tokenKind(((ScriptTokens.Token) t).kind()));
        b.property("HasError", BOOLEAN, t -> false);
        b.property("Extent", typeOf(Extent.class), t -> ((ScriptTokens.Token) t).extent());
    }

    private static Object node(Object target) {
        return target instanceof AstValue value ? value.node() : target;
    }

    private static AstValue.Tree tree(Object target) {
        return target instanceof AstValue value ? value.tree() : null;
    }

    /** A component's value as scripts get it: nodes as AstValues of the tree, lists as arrays, enums as pwsh's. */
    private static Object toScript(Object value, AstValue.Tree tree) {
        if (value instanceof Ast || AstSearcher.isChildRecord(value)) {
            return tree != null ? tree.value(value) : value instanceof Ast ast ? AstValue.root(ast) : null;
        } else if (value instanceof List<?> list) {
            Object[] result = new Object[list.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = toScript(list.get(i), tree);
            }
            return result;
        } else if (value instanceof Collection<?> flags) {
            return flags(flags);
        } else if (value instanceof TokenKind kind) {
            return tokenKind(PowerShellNames.of(kind));
        } else if (value instanceof Enum<?> constant) {
            DotNetType type = typeOf(constant.getDeclaringClass());
            return new EnumValue(type, type.enumType().valueOf(PowerShellNames.of(constant)));
        }
        return LanguagePrimitives.literalNumber(value);
    }

    /** A set of the grammar's flags as pwsh's [Flags] enum value. */
    private static Object flags(Collection<?> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        DotNetType type = typeOf(((Enum<?>) flags.iterator().next()).getDeclaringClass());
        long bits = 0;
        for (Object flag : flags) {
            bits |= type.enumType().valueOf(PowerShellNames.of((Enum<?>) flag));
        }
        return new EnumValue(type, bits);
    }

    static EnumValue tokenKind(String name) {
        DotNetType type = typeOf(TokenKind.class);
        return new EnumValue(type, type.enumType().valueOf(name));
    }

    private static DotNetType tokenKind() {
        String[] entries = TOKEN_KINDS.split(" ");
        String[] names = new String[entries.length];
        long[] values = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            int equals = entries[i].indexOf('=');
            names[i] = entries[i].substring(0, equals);
            values[i] = Long.parseLong(entries[i].substring(equals + 1));
        }
        return CoreTypes.defineEnum(NAMESPACE, "TokenKind", false, names, values);
    }

    /** One of the grammar's enums, named as pwsh names it; a flags enum gets None and a bit per constant. */
    private static DotNetType enumType(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        boolean flags = FLAGS.contains(type);
        int offset = flags ? 1 : 0;
        String[] names = new String[constants.length + offset];
        long[] values = new long[names.length];
        if (flags) {
            names[0] = "None";
        }
        for (int i = 0; i < constants.length; i++) {
            names[i + offset] = PowerShellNames.of((Enum<?>) constants[i]);
            values[i + offset] = flags ? 1L << i : i;
        }
        return CoreTypes.defineEnum(NAMESPACE, type.getSimpleName(), flags, names, values);
    }
}
