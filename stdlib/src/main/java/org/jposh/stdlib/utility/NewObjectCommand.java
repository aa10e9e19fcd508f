package org.jposh.stdlib.utility;

import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.MethodException;
import org.jposh.interpreter.runtime.MethodInvocationException;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * New-Object -TypeName: a new instance through the type's constructors ({@code [type]::new}), then
 * -Property values set on it; {@code psobject} and {@code pscustomobject} make an empty custom object
 * that -Property fills with note properties. COM objects (-ComObject) do not exist here.
 */
@Cmdlet(verb = "New", noun = "Object", defaultParameterSetName = "Net")
public final class NewObjectCommand extends PSCmdlet {
    @Parameter(parameterSetName = "Net", mandatory = true, position = 0)
    private String typeName;

    @Parameter(parameterSetName = "Net", position = 1)
    @Alias({"Args"})
    private Object[] argumentList;

    @Parameter
    private Map<?, ?> property;

    @Override
    protected void beginProcessing() {
        DotNetType type = TypeResolver.tryResolve(typeName, List.of(), sessionState().types());
        if (type == null) {
            throw throwTerminatingError(errorRecord("Cannot find type [" + typeName + "]: verify that the assembly "
                    + "containing this type is loaded.", "TypeNotFound", ErrorCategory.InvalidType, null,
                    "PSArgumentException"));
        }
        Object result;
        try {
            result = type == CoreTypes.PS_OBJECT || type == CoreTypes.PS_CUSTOM_OBJECT ? PSObject.newCustomObject()
                    : MemberAccess.invokeStaticMethod(type, "new", argumentList == null ? new Object[0] : argumentList);
        } catch (MethodException | MethodInvocationException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "ConstructorInvokedThrowException",
                    ErrorCategory.InvalidOperation, null, e.exceptionTypeName()));
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(PSRuntimeException.fromDotNetException(e), null));
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
        if (property != null) {
            setProperties(result);
        }
        writeObject(result);
    }

    private void setProperties(Object target) {
        for (Map.Entry<?, ?> entry : property.entrySet()) {
            String name = LanguagePrimitives.toStringValue(entry.getKey());
            if (target instanceof PSObject pso && pso.isCustomObject()) {
                pso.setNoteProperty(name, entry.getValue());
            } else if (MemberAccess.hasMember(target, name)) {
                try {
                    MemberAccess.setMember(target, name, entry.getValue());
                } catch (PSRuntimeException e) {
                    throw throwTerminatingError(errorRecord("The value supplied is not valid, or the property is "
                            + "read-only. Change the value, and then try again.", "SetValueException",
                            ErrorCategory.InvalidData, null, "Exception"));
                }
            } else {
                throw throwTerminatingError(errorRecord("The member \"" + name + "\" was not found for the specified "
                        + ".NET object.", "InvalidOperationException", ErrorCategory.InvalidOperation, null,
                        "InvalidOperationException"));
            }
        }
    }
}
