package org.jposh.stdlib.utility;

import java.util.EnumSet;
import java.util.Map;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.ArgumentTransformation;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateArguments;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidationMetadataException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSAliasProperty;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSMemberTypes;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSScriptMethod;
import org.jposh.interpreter.runtime.PSScriptProperty;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * Add-Member: adds a note, alias, script property or script method to the input object (a note
 * property per entry with -NotePropertyMembers), or only a type name with -TypeName; -Force replaces
 * an instance member of the same name, -PassThru writes the object. Code methods and properties,
 * member sets and property sets, and an alias's conversion type (-SecondValue) are not supported.
 *
 * <p>Members go on the PSObject that was piped in: a custom object keeps them, but a plain value
 * such as a string is wrapped anew on the way in, so only -PassThru's output carries the member.
 */
@Cmdlet(verb = "Add", noun = "Member", defaultParameterSetName = AddMemberCommand.TYPE_NAME_SET)
public final class AddMemberCommand extends PSCmdlet {
    static final String TYPE_NAME_SET = "TypeNameSet";
    private static final String MEMBER_SET = "MemberSet";
    private static final String NOTE_SINGLE = "NotePropertySingleMemberSet";
    private static final String NOTE_MULTI = "NotePropertyMultiMemberSet";

    @Parameter(parameterSetName = MEMBER_SET, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = TYPE_NAME_SET, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = NOTE_SINGLE, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = NOTE_MULTI, mandatory = true, valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = MEMBER_SET, mandatory = true, position = 0)
    @Alias("Type")
    private PSMemberTypes memberType;

    @Parameter(parameterSetName = MEMBER_SET, mandatory = true, position = 1)
    private String name;

    @Parameter(parameterSetName = MEMBER_SET, position = 2)
    private Object value;

    @Parameter(parameterSetName = MEMBER_SET, position = 3)
    private Object secondValue;

    @Parameter(parameterSetName = TYPE_NAME_SET, mandatory = true)
    @Parameter(parameterSetName = MEMBER_SET)
    @Parameter(parameterSetName = NOTE_SINGLE)
    @Parameter(parameterSetName = NOTE_MULTI)
    @ValidateNotNullOrEmpty
    private String typeName;

    @Parameter(parameterSetName = MEMBER_SET)
    @Parameter(parameterSetName = NOTE_SINGLE)
    @Parameter(parameterSetName = NOTE_MULTI)
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter(parameterSetName = NOTE_SINGLE, mandatory = true, position = 0)
    @ValidateArguments(NotAMemberTypeName.class)
    @TransformArgument(NumberAsName.class)
    @ValidateNotNullOrEmpty
    private String notePropertyName;

    @Parameter(parameterSetName = NOTE_SINGLE, mandatory = true, position = 1)
    @AllowNull
    private Object notePropertyValue;

    @Parameter(parameterSetName = NOTE_MULTI, mandatory = true, position = 0)
    @ValidateNotNullOrEmpty
    private Map<?, ?> notePropertyMembers;

    private PSObject target;

    @Override
    protected void processRecord() {
        if (typeName != null && typeName.isBlank()) {
            throw throwTerminatingError(error("The TypeName parameter should not be null, empty, or contain only "
                    + "white spaces.", "TypeNameShouldNotBeEmpty", typeName));
        }
        target = PSObject.asPSObject(inputObject);
        String set = parameterSetName();
        if (TYPE_NAME_SET.equals(set)) {
            updateTypeNames();
            writeTarget();
            return;
        }
        if (NOTE_MULTI.equals(set)) {
            addNoteProperties();
            return;
        }
        PSMemberInfo member = NOTE_SINGLE.equals(set) ? new PSNoteProperty(notePropertyName, notePropertyValue)
                : newMember();
        if (addToTarget(member)) {
            if (typeName != null) {
                updateTypeNames();
            }
            writeTarget();
        }
    }

    private void addNoteProperties() {
        boolean added = false;
        for (Map.Entry<?, ?> e : notePropertyMembers.entrySet()) {
            String noteName = LanguagePrimitives.toStringValue(e.getKey());
            if (noteName.isEmpty()) {
                writeError(error("The name for a NoteProperty member should not be null or an empty string.",
                        "NotePropertyNameShouldNotBeNull", noteName));
                continue;
            }
            added |= addToTarget(new PSNoteProperty(noteName, e.getValue()));
        }
        if (added) {
            if (typeName != null) {
                updateTypeNames();
            }
            writeTarget();
        }
    }

    private PSMemberInfo newMember() {
        boolean hasValue = boundParameters().containsKey("Value");
        boolean hasSecondValue = boundParameters().containsKey("SecondValue");
        switch (memberType) {
            case NoteProperty -> {
                requireValue(hasValue);
                rejectSecondValue(hasSecondValue);
                return new PSNoteProperty(name, value);
            }
            case AliasProperty -> {
                requireValue(hasValue);
                requireNonNull(value, "Value1ShouldNotBeNull", "The Value parameter should not be null for a member "
                        + "of type \"" + memberType + "\". Specify a non-null value for the Value parameter when adding "
                        + "members of this type.");
                if (hasSecondValue) {
                    throw throwTerminatingError(errorRecord("An alias property's conversion type (-SecondValue) is "
                            + "not supported by JPosh yet.", "NotSupported", ErrorCategory.NotImplemented, secondValue,
                            "PSNotSupportedException"));
                }
                return new PSAliasProperty(name, LanguagePrimitives.toStringValue(value));
            }
            case ScriptMethod -> {
                rejectSecondValue(hasSecondValue);
                requireValue(hasValue);
                requireNonNull(value, "Value1ShouldNotBeNull", "The Value parameter should not be null for a member "
                        + "of type \"" + memberType + "\". Specify a non-null value for the Value parameter when adding "
                        + "members of this type.");
                return new PSScriptMethod(name, script(value));
            }
            case ScriptProperty -> {
                requireValue(hasValue);
                if (value == null && (secondValue == null || !hasSecondValue)) {
                    throw throwTerminatingError(error("Both Value and SecondValue parameters should not be null for a "
                            + "member of type \"" + memberType + "\". Specify a non-null value for one of the two "
                            + "parameters.", "Value1AndValue2AreNotBothNull", null));
                }
                return new PSScriptProperty(name, value == null ? null : script(value),
                        hasSecondValue && secondValue != null ? script(secondValue) : null);
            }
            default -> throw throwTerminatingError(error("Cannot add a member with type \"" + memberType
                    + "\". Specify a different type for the MemberTypes parameter.", "CannotAddMemberType", null));
        }
    }

    /** pwsh prompts for a missing -Value; JPosh has no prompt here and reports it instead. */
    private void requireValue(boolean hasValue) {
        if (!hasValue) {
            throw throwTerminatingError(error("The Value parameter is required for a member of type \"" + memberType
                    + "\". Specify the Value parameter when adding members of this type.", "Value1Prompt", null));
        }
    }

    private void rejectSecondValue(boolean hasSecondValue) {
        if (hasSecondValue) {
            throw throwTerminatingError(error("The SecondValue parameter is not necessary for a member of type \""
                    + memberType + "\", and should not be specified. Do not specify the SecondValue parameter when "
                    + "you add members of this type.", "Value2ShouldNotBeSpecified", null));
        }
    }

    private void requireNonNull(Object v, String errorId, String message) {
        if (v == null) {
            throw throwTerminatingError(error(message, errorId, null));
        }
    }

    private ScriptCallable script(Object v) {
        if (PSObject.base(v) instanceof ScriptCallable script) {
            return script;
        }
        throw throwTerminatingError(errorRecord("Cannot convert the \"" + LanguagePrimitives.toStringValue(v)
                + "\" value of type \"" + DotNetType.of(PSObject.base(v)).fullName()
                + "\" to type \"System.Management.Automation.ScriptBlock\".", "ConvertToFinalInvalidCastException",
                ErrorCategory.InvalidArgument, null, "PSInvalidCastException"));
    }

    /** Adds the member; with -Force first removes an instance member of that name. False after an error. */
    private boolean addToTarget(PSMemberInfo member) {
        PSMemberInfo previous = existingMember(member.name());
        if (previous != null) {
            if (!force) {
                writeError(error("Cannot add a member with the name \"" + member.name() + "\" because a member with "
                        + "that name already exists. To overwrite the member anyway, add the Force parameter to your "
                        + "command.", "MemberAlreadyExists", target));
                return false;
            }
            if (target.instanceMember(member.name()) == null) {
                writeError(error("Cannot force the member with name \"" + member.name() + "\" and type \""
                        + previous.memberType() + "\" to be added. A member with that name and type already exists, "
                        + "and the existing member is not an instance extension.", "CannotRemoveTypeDataMember",
                        target));
                return false;
            }
            target.removeMember(member.name());
        }
        target.addMember(member);
        return true;
    }

    private PSMemberInfo existingMember(String memberName) {
        PSMemberInfo member = target.instanceMember(memberName);
        if (member == null) {
            member = target.property(memberName);
        }
        return member != null ? member : target.method(memberName);
    }

    /** The type name goes first; a name that resolves to a type is written in full. */
    private void updateTypeNames() {
        DotNetType type = TypeResolver.tryResolve(typeName, java.util.List.of());
        target.typeNames().addFirst(type != null ? type.fullName() : typeName);
    }

    private void writeTarget() {
        if (passThru) {
            writeObject(target);
        }
    }

    private ErrorRecord error(String message, String errorId, Object targetObject) {
        return errorRecord(message, errorId, ErrorCategory.InvalidOperation, targetObject,
                "InvalidOperationException");
    }

    /**
     * pwsh's ValidateNotePropertyNameAttribute: a member type's name is not taken as a note property's name, so
     * that {@code Add-Member NoteProperty Name Value} binds its first argument to -MemberType. The failure is
     * swallowable: a positional pass without coercion only skips the parameter.
     */
    public static final class NotAMemberTypeName implements ParameterValidation.Custom {
        private static final EnumSet<PSMemberTypes> REFUSED = EnumSet.of(PSMemberTypes.AliasProperty,
                PSMemberTypes.CodeMethod, PSMemberTypes.CodeProperty, PSMemberTypes.MemberSet,
                PSMemberTypes.NoteProperty, PSMemberTypes.PropertySet, PSMemberTypes.ScriptMethod,
                PSMemberTypes.ScriptProperty);

        @Override
        public void validate(Object argument) {
            if (!(argument instanceof String name)) {
                return;
            }
            for (PSMemberTypes type : REFUSED) {
                if (type.name().equalsIgnoreCase(name.strip())) {
                    throw new ValidationMetadataException("The parameter NotePropertyName cannot take values that "
                            + "could be converted to the type System.Management.Automation.PSMemberTypes. To define "
                            + "the name of a member with those values, use Add-Member, and specify the member type.",
                            true);
                }
            }
        }
    }

    /** pwsh's NotePropertyTransformationAttribute: a number given as the name is its text. */
    public static final class NumberAsName implements ArgumentTransformation {
        @Override
        public Object transform(BindingServices services, Object inputData) {
            Object value = PSObject.base(inputData);
            return value instanceof Number ? LanguagePrimitives.toStringValue(value) : inputData;
        }
    }
}
