package org.jposh.stdlib.utility;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSMemberTypes;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeData;
import org.jposh.interpreter.runtime.TypeTable;

/**
 * Update-TypeData: adds extended type data to the session ({@link TypeTable}). With -TypeName, one member
 * (-MemberType, -MemberName, -Value, -SecondValue) and the standard members (-DefaultDisplayPropertySet and the
 * others); with -TypeData, TypeData objects; with -AppendPath or -PrependPath, types.ps1xml files, the table
 * being made anew with them (no path reads the files again). A member the type has already is an error unless
 * -Force. Code properties and methods, which name compiled .NET methods, are not supported.
 */
@UsesFileSystem
@Cmdlet(verb = "Update", noun = "TypeData", defaultParameterSetName = UpdateTypeDataCommand.FILE_SET,
        supportsShouldProcess = true)
public final class UpdateTypeDataCommand extends TypeDataCommandBase {
    static final String FILE_SET = "FileSet";
    private static final String DYNAMIC_SET = "DynamicTypeSet";
    private static final String TYPE_DATA_SET = "TypeDataSet";

    @Parameter(parameterSetName = FILE_SET, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "Path"})
    @ValidateNotNull
    private String[] appendPath = new String[0];

    @Parameter(parameterSetName = FILE_SET)
    @ValidateNotNull
    private String[] prependPath = new String[0];

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    @ValidateSet({"NoteProperty", "AliasProperty", "ScriptProperty", "CodeProperty", "ScriptMethod", "CodeMethod"})
    private PSMemberTypes memberType;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String memberName;

    @Parameter(parameterSetName = DYNAMIC_SET)
    private Object value;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    private Object secondValue;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    private Object typeConverter;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    private Object typeAdapter;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String serializationMethod;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    private Object targetTypeForDeserialization;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private Integer serializationDepth;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String defaultDisplayProperty;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNull
    private Boolean inheritPropertySerializationSet;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String stringSerializationSource;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String[] defaultDisplayPropertySet;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String[] defaultKeyPropertySet;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @ValidateNotNullOrEmpty
    private String[] propertySerializationSet;

    @Parameter(parameterSetName = DYNAMIC_SET, mandatory = true, valueFromPipeline = true)
    @TransformArgument(TypeDataCommandBase.ArgumentToTypeName.class)
    @ValidateNotNullOrEmpty
    private String typeName;

    @Parameter(parameterSetName = DYNAMIC_SET)
    @Parameter(parameterSetName = TYPE_DATA_SET)
    private boolean force;

    @Parameter(parameterSetName = TYPE_DATA_SET, mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private TypeData[] typeData;

    @Override
    protected void processRecord() {
        switch (parameterSetName()) {
            case DYNAMIC_SET -> processDynamicType();
            case TYPE_DATA_SET -> processTypeData();
            default -> processTypeFiles();
        }
    }

    private void processTypeData() {
        for (TypeData item : typeData) {
            if (!ensureNotEmpty(item)) {
                continue;
            }
            TypeData type = item.copy();
            if (force) {
                type.setOverride(true);
            }
            update(type);
        }
    }

    private void processDynamicType() {
        if (typeName == null || typeName.isBlank()) {
            throw throwTerminatingError(error("TargetTypeNameEmpty",
                    "The target type name should not be null, empty, or contain only white spaces.", typeName));
        }
        TypeData type = new TypeData(typeName);
        type.setOverride(force);
        addMember(type);
        if (typeConverter != null) {
            type.setTypeConverter(toType(typeConverter));
        }
        if (typeAdapter != null) {
            type.setTypeAdapter(toType(typeAdapter));
        }
        if (serializationMethod != null) {
            type.setSerializationMethod(serializationMethod);
        }
        if (targetTypeForDeserialization != null) {
            type.setTargetTypeForDeserialization(toType(targetTypeForDeserialization));
        }
        if (serializationDepth != null) {
            type.setSerializationDepth(serializationDepth);
        }
        if (defaultDisplayProperty != null) {
            type.setDefaultDisplayProperty(defaultDisplayProperty);
        }
        if (inheritPropertySerializationSet != null) {
            type.setInheritPropertySerializationSet(inheritPropertySerializationSet);
        }
        if (stringSerializationSource != null) {
            type.setStringSerializationSource(stringSerializationSource);
        }
        if (defaultDisplayPropertySet != null) {
            type.setDefaultDisplayPropertySet(Arrays.asList(defaultDisplayPropertySet));
        }
        if (defaultKeyPropertySet != null) {
            type.setDefaultKeyPropertySet(Arrays.asList(defaultKeyPropertySet));
        }
        if (propertySerializationSet != null) {
            type.setPropertySerializationSet(Arrays.asList(propertySerializationSet));
        }
        if (ensureNotEmpty(type)) {
            update(type);
        }
    }

    private void update(TypeData type) {
        if (!shouldProcess("Type to update: " + type.typeName(), "Update TypeData")) {
            return;
        }
        for (String message : TypeTable.current().update(type)) {
            writeError(errorRecord(message, "TypesDynamicUpdateException", ErrorCategory.InvalidOperation, null,
                    "RuntimeException"));
        }
    }

    /** The member -MemberType asks for, checked as pwsh's GetMembers does; none without -MemberType. */
    private void addMember(TypeData type) {
        boolean hasValue = boundParameters().containsKey("Value");
        if (memberType == null) {
            if (memberName != null || hasValue || secondValue != null) {
                throw throwTerminatingError(error("MemberTypeIsMissing", "The MemberName, Value, and SecondValue "
                        + "parameters cannot be specified without the MemberType parameter.", null));
            }
            return;
        }
        requireMemberName();
        if (!hasValue) {
            throw throwTerminatingError(error("ValueShouldBeSpecified", "The Value parameter is required for the type \""
                    + memberType + "\". Please specify the Value parameter.", null));
        }
        TypeData.TypeMemberData member = switch (memberType) {
            case NoteProperty -> {
                rejectSecondValue();
                yield new TypeData.NotePropertyData(memberName, value);
            }
            case AliasProperty -> {
                if (value == null || value instanceof String s && s.isEmpty()) {
                    throw throwTerminatingError(error("ValueShouldBeSpecified", "The Value parameter should not be "
                            + "null or an empty string for a member of type \"" + memberType + "\". Specify a non-null "
                            + "value for the Value parameter when updating this member type.", null));
                }
                yield new TypeData.AliasPropertyData(memberName, LanguagePrimitives.toStringValue(value),
                        secondValue == null ? null : toType(secondValue));
            }
            case ScriptProperty -> {
                if (value == null && secondValue == null) {
                    throw throwTerminatingError(error("ValueAndSecondValueAreNotBothNull", "The Value and SecondValue "
                            + "parameters should not both be null for a member of type \"" + memberType + "\". Specify "
                            + "a non-null value for one of the two parameters.", null));
                }
                yield new TypeData.ScriptPropertyData(memberName, toScriptBlock(value), toScriptBlock(secondValue));
            }
            case ScriptMethod -> {
                rejectSecondValue();
                yield new TypeData.ScriptMethodData(memberName, toScriptBlock(value));
            }
            default -> throw throwTerminatingError(errorRecord("JPosh does not support " + memberType + " members, "
                    + "which name compiled .NET methods.", "NotSupported", ErrorCategory.NotImplemented, null,
                    "PSNotSupportedException"));
        };
        type.members().put(memberName, member);
    }

    private void requireMemberName() {
        if (memberName == null || memberName.isEmpty()) {
            throw throwTerminatingError(error("MemberNameShouldBeSpecified", "The MemberName parameter is required for "
                    + "the type \"" + memberType + "\". Please specify the MemberName parameter.", null));
        }
    }

    private void rejectSecondValue() {
        if (secondValue != null) {
            throw throwTerminatingError(error("SecondValueShouldNotBeSpecified", "The SecondValue parameter is not "
                    + "necessary for a member of type \"" + memberType + "\", and should not be specified. Do not "
                    + "specify the SecondValue parameter when updating this member type.", null));
        }
    }

    /** pwsh's TypeDataEmpty: a type with nothing to add is an error of its own, and is skipped. */
    private boolean ensureNotEmpty(TypeData type) {
        if (type.isEmpty()) {
            writeError(error("TypeDataEmpty", "No member is specified for the update on type \"" + type.typeName()
                    + "\".", null));
            return false;
        }
        return true;
    }

    private static ScriptBlock toScriptBlock(Object v) {
        return v == null ? null : (ScriptBlock) LanguagePrimitives.convertTo(v, CoreTypes.SCRIPT_BLOCK);
    }

    private static DotNetType toType(Object v) {
        return (DotNetType) LanguagePrimitives.convertTo(v, CoreTypes.TYPE);
    }

    // ---- type files ----

    private void processTypeFiles() {
        List<Path> prepend = glob(prependPath, "TypesPrependPathException");
        List<Path> append = glob(appendPath, "TypesAppendPathException");
        if ((prependPath.length > 0 || appendPath.length > 0) && prepend.isEmpty() && append.isEmpty()) {
            return;
        }
        prepend.removeIf(file -> !shouldProcess("FileName: " + file, "Update TypeData"));
        append.removeIf(file -> !shouldProcess("FileName: " + file, "Update TypeData"));
        Collections.reverse(prepend);
        for (String message : TypeTable.current().reload(prepend, append, List.of(), TypesFile::read)) {
            writeError(errorRecord(message, "TypesXmlUpdateException", ErrorCategory.InvalidOperation, null,
                    "RuntimeException"));
        }
    }
}
