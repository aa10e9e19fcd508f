package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSMemberTypes;
import org.jposh.interpreter.runtime.PSMethod;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-Member: writes the members of each input object whose type (first type name) it has not shown
 * yet, sorted by member type and name, as MemberDefinition objects (shown as pwsh shows them: a table
 * per type under its "TypeName:" line). -Static lists the static members of the object's type (or of
 * the type itself when the object is one). -View chooses among the extended members (the object's own:
 * note, script and alias properties, script methods), the adapted and the base members (the same here:
 * JPosh has no custom adapters), as pwsh does, including its quirk that a view without extended
 * members flips the extended kinds of -MemberType rather than removing them. -Force adds the hidden
 * members every object has (pstypenames, psadapted, psbase, psextended, psobject) and the property
 * accessors ({@code get_Length}, {@code set_Capacity}; with -Static {@code get_Now}), which pwsh leaves
 * out otherwise.
 */
@Cmdlet(verb = "Get", noun = "Member")
public final class GetMemberCommand extends PSCmdlet {
    /** The PSMemberTypes names -MemberType accepts, in pwsh's order (for the error message). */
    private static final List<String> MEMBER_TYPE_NAMES = List.of("AliasProperty", "CodeProperty", "Property",
            "NoteProperty", "ScriptProperty", "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod",
            "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "InferredProperty", "All");

    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(position = 0)
    @ValidateNotNullOrEmpty
    private String[] name = {"*"};

    @Parameter
    @Alias("Type")
    private String[] memberType;

    @Parameter
    private boolean static_;

    @Parameter
    private String[] view;

    @Parameter
    private boolean force;

    /** The PSMemberViewTypes names -View accepts, in pwsh's order (for the error message). */
    private static final List<String> VIEW_NAMES = List.of("Extended", "Adapted", "Base", "All");
    /** The member kinds only the extended view has (pwsh's mask for a view without it). */
    private static final Set<PSMemberTypes> EXTENDED_KINDS = EnumSet.of(PSMemberTypes.AliasProperty,
            PSMemberTypes.CodeMethod, PSMemberTypes.CodeProperty, PSMemberTypes.MemberSet, PSMemberTypes.NoteProperty,
            PSMemberTypes.PropertySet, PSMemberTypes.ScriptMethod, PSMemberTypes.ScriptProperty);
    /** The member kinds only the adapted and base views have. */
    private static final Set<PSMemberTypes> ADAPTED_KINDS = EnumSet.of(PSMemberTypes.Property,
            PSMemberTypes.ParameterizedProperty, PSMemberTypes.Method);
    /** The type name of the member sets, whose members pwsh always treats as extended. */
    private static final String MEMBER_SET_TYPE = "System.Management.Automation.PSMemberSet";
    /** PSObject's own members, as pwsh 7.4 lists them in the psobject member set. */
    private static final List<String> PSOBJECT_MEMBERS = List.of("BaseObject", "Members", "Properties", "Methods",
            "ImmediateBaseObject", "TypeNames", "get_BaseObject", "get_Members", "get_Properties", "get_Methods",
            "get_ImmediateBaseObject", "get_TypeNames", "ToString", "Copy", "CompareTo", "Equals", "GetHashCode",
            "GetObjectData", "GetType", "GetMetaObject");
    private static final String PSTYPENAMES_DEFINITION = "System.Collections.ObjectModel.Collection`1[[System.String, "
            + "System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]] "
            + "pstypenames{get=PSTypeNames;}";

    private EnumSet<PSMemberTypes> memberTypes;
    private boolean extendedView;
    private boolean adaptedView;
    private boolean baseView;
    private final Set<String> typesShown = new HashSet<>();

    @Override
    protected void beginProcessing() {
        memberTypes = memberType == null ? EnumSet.allOf(PSMemberTypes.class) : parseMemberTypes(memberType);
        Set<String> views = view == null ? Set.of("extended", "adapted") : parseViews(view);
        extendedView = views.contains("extended");
        adaptedView = views.contains("adapted") || views.contains("base");
        baseView = views.contains("base");
    }

    @Override
    protected void processRecord() {
        if (inputObject == null || inputObject == AutomationNull.VALUE) {
            return;
        }
        PSObject so = PSObject.asPSObject(inputObject);
        DotNetType staticType = null;
        String typeName;
        if (static_) {
            staticType = so.baseObject() instanceof DotNetType t ? t : DotNetType.of(so.baseObject());
            typeName = staticType.fullName();
        } else {
            typeName = so.typeNames().isEmpty() ? "<null>" : so.typeNames().getFirst();
        }
        if (!typesShown.add(typeName)) {
            return;
        }
        List<MemberDefinition> definitions = staticType != null ? staticMembers(staticType, typeName)
                : instanceMembers(so, typeName);
        Set<PSMemberTypes> searched = searchedKinds(typeName);
        for (String pattern : name) {
            WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
            List<MemberDefinition> matched = new ArrayList<>();
            for (MemberDefinition d : definitions) {
                if (wildcard.isMatch(d.name()) && searched.contains(d.memberType())) {
                    matched.add(d);
                }
            }
            matched.sort(Comparator.comparing((MemberDefinition d) -> d.memberType().name(),
                    String.CASE_INSENSITIVE_ORDER).thenComparing(MemberDefinition::name, String.CASE_INSENSITIVE_ORDER));
            for (MemberDefinition d : matched) {
                writeObject(d);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (typesShown.isEmpty()) {
            writeError(errorRecord("You must specify an object for the Get-Member cmdlet.", "NoObjectInGetMember",
                    ErrorCategory.CloseError, null, "InvalidOperationException"));
        }
    }

    /**
     * The kinds searched, as pwsh computes them: a view without the extended members flips the extended
     * kinds of -MemberType, and one without the adapted and base members flips theirs (so asking for
     * other kinds brings them back, which finds the object's own members in any view, as in pwsh).
     */
    private Set<PSMemberTypes> searchedKinds(String typeName) {
        Set<PSMemberTypes> searched = EnumSet.copyOf(memberTypes);
        if (!extendedView && !MEMBER_SET_TYPE.equalsIgnoreCase(typeName)) {
            flip(searched, EXTENDED_KINDS);
        }
        if (!adaptedView) {
            flip(searched, ADAPTED_KINDS);
        }
        return searched;
    }

    private static void flip(Set<PSMemberTypes> kinds, Set<PSMemberTypes> mask) {
        for (PSMemberTypes kind : mask) {
            if (!kinds.remove(kind)) {
                kinds.add(kind);
            }
        }
    }

    /**
     * The object's own members (and with -Force the hidden ones every object has), then, in the adapted
     * or base view, its type's members that none of its own hides.
     */
    private List<MemberDefinition> instanceMembers(PSObject so, String typeName) {
        List<MemberDefinition> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (PSMemberInfo member : so.instanceMembers()) {
            names.add(member.name().toLowerCase(Locale.ROOT));
            result.add(new MemberDefinition(typeName, member.name(), member.memberType(), member.toString()));
        }
        List<PSMemberInfo> adapted = new ArrayList<>();
        for (PSMemberInfo member : so.members()) {
            if (!names.contains(member.name().toLowerCase(Locale.ROOT))) {
                adapted.add(member);
            }
        }
        if (force) {
            result.add(new MemberDefinition(typeName, "pstypenames", PSMemberTypes.CodeProperty,
                    PSTYPENAMES_DEFINITION));
            String adaptedSet = memberNames(adapted);
            result.add(memberSet(typeName, "psadapted", adaptedSet));
            result.add(memberSet(typeName, "psbase", adaptedSet));
            result.add(memberSet(typeName, "psextended", memberNames(so.instanceMembers())));
            result.add(memberSet(typeName, "psobject", String.join(", ", PSOBJECT_MEMBERS)));
        }
        if (adaptedView) {
            Set<String> contentProperties = baseView ? Set.of() : contentPropertyNames(so);
            for (PSMemberInfo member : adapted) {
                if (!contentProperties.isEmpty() && member instanceof PSProperty
                        && !contentProperties.contains(member.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (force || !(member instanceof PSMethod method && method.isSpecial())) {
                    result.add(new MemberDefinition(typeName, member.name(), member.memberType(), member.toString()));
                }
            }
            if (force && !so.isCustomObject()) {
                for (PSProperty hidden : DotNetType.of(so.baseObject()).adapter().hiddenProperties()) {
                    result.add(new MemberDefinition(typeName, hidden.name(), hidden.memberType(), hidden.toString()));
                }
            }
        }
        return result;
    }

    /**
     * The names of the properties an adapter makes of the object's content (an XML node's attributes and children):
     * when there are any, the adapted view shows them instead of the type's properties, which only the base view
     * shows, as in pwsh.
     */
    private static Set<String> contentPropertyNames(PSObject so) {
        Set<String> names = new HashSet<>();
        for (PSProperty p : so.adaptedProperties()) {
            names.add(p.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** A member set's definition, as PSMemberSet.ToString writes it: its name and its members' names. */
    private static MemberDefinition memberSet(String typeName, String name, String members) {
        return new MemberDefinition(typeName, name, PSMemberTypes.MemberSet, name + " {" + members + "}");
    }

    private static String memberNames(Iterable<PSMemberInfo> members) {
        StringBuilder names = new StringBuilder();
        for (PSMemberInfo member : members) {
            names.append(names.isEmpty() ? "" : ", ").append(member.name());
        }
        return names.toString();
    }

    private List<MemberDefinition> staticMembers(DotNetType type, String typeName) {
        TypeAdapter adapter = type.adapter();
        List<MemberDefinition> result = new ArrayList<>();
        for (PSProperty p : adapter.staticProperties()) {
            result.add(new MemberDefinition(typeName, p.name(), PSMemberTypes.Property, "static " + p));
        }
        for (PSMethod m : adapter.staticMethods()) {
            if (force || !m.isSpecial()) {
                    result.add(new MemberDefinition(typeName, m.name(), PSMemberTypes.Method, m.toString()));
            }
        }
        return result;
    }

    /** The member kinds named (each argument may list several, comma-separated), with pwsh's combined names. */
    private EnumSet<PSMemberTypes> parseMemberTypes(String[] names) {
        EnumSet<PSMemberTypes> result = EnumSet.noneOf(PSMemberTypes.class);
        for (String argument : names) {
            for (String part : argument.split(",")) {
                String n = part.strip();
                switch (n.toLowerCase(Locale.ROOT)) {
                    case "all" -> result.addAll(EnumSet.allOf(PSMemberTypes.class));
                    case "properties" -> result.addAll(EnumSet.range(PSMemberTypes.AliasProperty,
                            PSMemberTypes.ScriptProperty));
                    case "methods" -> result.addAll(EnumSet.range(PSMemberTypes.Method, PSMemberTypes.ScriptMethod));
                    default -> addMemberType(n, result);
                }
            }
        }
        return result;
    }

    private void addMemberType(String n, Set<PSMemberTypes> result) {
        for (PSMemberTypes t : PSMemberTypes.values()) {
            if (t.name().equalsIgnoreCase(n)) {
                result.add(t);
                return;
            }
        }
        throw conversionError("MemberType", "PSMemberTypes", n, MEMBER_TYPE_NAMES);
    }

    /** The views named (lower-cased; each argument may list several, comma-separated); All is all three. */
    private Set<String> parseViews(String[] names) {
        Set<String> result = new HashSet<>();
        for (String argument : names) {
            for (String part : argument.split(",")) {
                String n = part.strip().toLowerCase(Locale.ROOT);
                if (n.equals("all")) {
                    result.addAll(List.of("extended", "adapted", "base"));
                } else if (VIEW_NAMES.stream().anyMatch(v -> v.equalsIgnoreCase(n))) {
                    result.add(n);
                } else {
                    throw conversionError("View", "PSMemberViewTypes", part.strip(), VIEW_NAMES);
                }
            }
        }
        return result;
    }

    /** pwsh's error for an enum parameter's argument that names no value of the enum. */
    private RuntimeException conversionError(String parameter, String enumName, String value, List<String> names) {
        throw throwTerminatingError(errorRecord("Cannot bind parameter '" + parameter + "'. Cannot convert value \""
                + value + "\" to type \"System.Management.Automation." + enumName + "\". Error: \"Unable to match the "
                + "identifier name " + value + " to a valid enumerator name. Specify one of the following enumerator "
                + "names and try again:\n" + String.join(", ", names) + "\"", "CannotConvertArgumentNoMessage",
                ErrorCategory.InvalidArgument, null, "ParameterBindingException"));
    }
}
