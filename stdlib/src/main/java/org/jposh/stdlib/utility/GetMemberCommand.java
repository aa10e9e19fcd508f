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
 * the type itself when the object is one). -View and -Force (hidden members) are not implemented.
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

    private Set<PSMemberTypes> memberTypes;
    private final Set<String> typesShown = new HashSet<>();

    @Override
    protected void beginProcessing() {
        memberTypes = memberType == null ? EnumSet.allOf(PSMemberTypes.class) : parseMemberTypes(memberType);
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
        for (String pattern : name) {
            WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
            List<MemberDefinition> matched = new ArrayList<>();
            for (MemberDefinition d : definitions) {
                if (wildcard.isMatch(d.name()) && memberTypes.contains(d.memberType())) {
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

    private static List<MemberDefinition> instanceMembers(PSObject so, String typeName) {
        List<MemberDefinition> result = new ArrayList<>();
        for (PSMemberInfo member : so.members()) {
            result.add(new MemberDefinition(typeName, member.name(), member.memberType(), member.toString()));
        }
        return result;
    }

    private static List<MemberDefinition> staticMembers(DotNetType type, String typeName) {
        TypeAdapter adapter = type.adapter();
        List<MemberDefinition> result = new ArrayList<>();
        for (PSProperty p : adapter.staticProperties()) {
            result.add(new MemberDefinition(typeName, p.name(), PSMemberTypes.Property, "static " + p));
        }
        for (PSMethod m : adapter.staticMethods()) {
            result.add(new MemberDefinition(typeName, m.name(), PSMemberTypes.Method, m.toString()));
        }
        return result;
    }

    /** The member kinds named (each argument may list several, comma-separated), with pwsh's combined names. */
    private Set<PSMemberTypes> parseMemberTypes(String[] names) {
        Set<PSMemberTypes> result = EnumSet.noneOf(PSMemberTypes.class);
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
        throw throwTerminatingError(errorRecord("Cannot bind parameter 'MemberType'. Cannot convert value \"" + n
                + "\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier "
                + "name " + n + " to a valid enumerator name. Specify one of the following enumerator names and try "
                + "again:\n" + String.join(", ", MEMBER_TYPE_NAMES) + "\"", "CannotConvertArgumentNoMessage",
                ErrorCategory.InvalidArgument, null, "ParameterBindingException"));
    }
}
