package org.jposh.stdlib.core;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.ScriptCallable;

/**
 * Where-Object: passes on the input objects for which the -FilterScript block is true, or, in the
 * simplified forms, for which {@code $_.Property -op Value} is: each operator is a switch in a
 * parameter set of its own, so the chosen set names the operator. {@code Where-Object Name} alone
 * tests the property's truth ({@code $true -eq $_.Name}), {@code -Not Name} its falsehood. The
 * comparisons are the language's operators.
 */
@Cmdlet(verb = "Where", noun = "Object", defaultParameterSetName = "EqualSet")
public final class WhereObjectCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(parameterSetName = "ScriptBlockSet", position = 0, mandatory = true)
    private ScriptCallable filterScript;

    @Parameter(parameterSetName = "EqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "NotEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveNotEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "GreaterThanSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveGreaterThanSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "LessThanSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveLessThanSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "GreaterOrEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveGreaterOrEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "LessOrEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveLessOrEqualSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "LikeSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveLikeSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "NotLikeSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveNotLikeSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "MatchSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveMatchSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "NotMatchSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveNotMatchSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "ContainsSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveContainsSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "NotContainsSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveNotContainsSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "InSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveInSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "NotInSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "CaseSensitiveNotInSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "IsSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "IsNotSet", position = 0, mandatory = true)
    @Parameter(parameterSetName = "Not", position = 0, mandatory = true)
    @ValidateNotNullOrEmpty
    private String property;

    @Parameter(parameterSetName = "EqualSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveEqualSet", position = 1)
    @Parameter(parameterSetName = "NotEqualSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveNotEqualSet", position = 1)
    @Parameter(parameterSetName = "GreaterThanSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveGreaterThanSet", position = 1)
    @Parameter(parameterSetName = "LessThanSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveLessThanSet", position = 1)
    @Parameter(parameterSetName = "GreaterOrEqualSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveGreaterOrEqualSet", position = 1)
    @Parameter(parameterSetName = "LessOrEqualSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveLessOrEqualSet", position = 1)
    @Parameter(parameterSetName = "LikeSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveLikeSet", position = 1)
    @Parameter(parameterSetName = "NotLikeSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveNotLikeSet", position = 1)
    @Parameter(parameterSetName = "MatchSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveMatchSet", position = 1)
    @Parameter(parameterSetName = "NotMatchSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveNotMatchSet", position = 1)
    @Parameter(parameterSetName = "ContainsSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveContainsSet", position = 1)
    @Parameter(parameterSetName = "NotContainsSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveNotContainsSet", position = 1)
    @Parameter(parameterSetName = "InSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveInSet", position = 1)
    @Parameter(parameterSetName = "NotInSet", position = 1)
    @Parameter(parameterSetName = "CaseSensitiveNotInSet", position = 1)
    @Parameter(parameterSetName = "IsSet", position = 1)
    @Parameter(parameterSetName = "IsNotSet", position = 1)
    private Object value;

    // The operator switches are named as pwsh names them (-EQ, -CEQ, -Like, -CLike...): a parameter's
    // name is its field's with the first letter capitalized.

    @Parameter(parameterSetName = "EqualSet")
    @Alias("IEQ")
    private boolean EQ;

    @Parameter(parameterSetName = "CaseSensitiveEqualSet", mandatory = true)
    private boolean CEQ;

    @Parameter(parameterSetName = "NotEqualSet", mandatory = true)
    @Alias("INE")
    private boolean NE;

    @Parameter(parameterSetName = "CaseSensitiveNotEqualSet", mandatory = true)
    private boolean CNE;

    @Parameter(parameterSetName = "GreaterThanSet", mandatory = true)
    @Alias("IGT")
    private boolean GT;

    @Parameter(parameterSetName = "CaseSensitiveGreaterThanSet", mandatory = true)
    private boolean CGT;

    @Parameter(parameterSetName = "LessThanSet", mandatory = true)
    @Alias("ILT")
    private boolean LT;

    @Parameter(parameterSetName = "CaseSensitiveLessThanSet", mandatory = true)
    private boolean CLT;

    @Parameter(parameterSetName = "GreaterOrEqualSet", mandatory = true)
    @Alias("IGE")
    private boolean GE;

    @Parameter(parameterSetName = "CaseSensitiveGreaterOrEqualSet", mandatory = true)
    private boolean CGE;

    @Parameter(parameterSetName = "LessOrEqualSet", mandatory = true)
    @Alias("ILE")
    private boolean LE;

    @Parameter(parameterSetName = "CaseSensitiveLessOrEqualSet", mandatory = true)
    private boolean CLE;

    @Parameter(parameterSetName = "LikeSet", mandatory = true)
    @Alias("ILike")
    private boolean like;

    @Parameter(parameterSetName = "CaseSensitiveLikeSet", mandatory = true)
    private boolean cLike;

    @Parameter(parameterSetName = "NotLikeSet", mandatory = true)
    @Alias("INotLike")
    private boolean notLike;

    @Parameter(parameterSetName = "CaseSensitiveNotLikeSet", mandatory = true)
    private boolean cNotLike;

    @Parameter(parameterSetName = "MatchSet", mandatory = true)
    @Alias("IMatch")
    private boolean match;

    @Parameter(parameterSetName = "CaseSensitiveMatchSet", mandatory = true)
    private boolean cMatch;

    @Parameter(parameterSetName = "NotMatchSet", mandatory = true)
    @Alias("INotMatch")
    private boolean notMatch;

    @Parameter(parameterSetName = "CaseSensitiveNotMatchSet", mandatory = true)
    private boolean cNotMatch;

    @Parameter(parameterSetName = "ContainsSet", mandatory = true)
    @Alias("IContains")
    private boolean contains;

    @Parameter(parameterSetName = "CaseSensitiveContainsSet", mandatory = true)
    private boolean cContains;

    @Parameter(parameterSetName = "NotContainsSet", mandatory = true)
    @Alias("INotContains")
    private boolean notContains;

    @Parameter(parameterSetName = "CaseSensitiveNotContainsSet", mandatory = true)
    private boolean cNotContains;

    @Parameter(parameterSetName = "InSet", mandatory = true)
    @Alias("IIn")
    private boolean in;

    @Parameter(parameterSetName = "CaseSensitiveInSet", mandatory = true)
    private boolean cIn;

    @Parameter(parameterSetName = "NotInSet", mandatory = true)
    @Alias("INotIn")
    private boolean notIn;

    @Parameter(parameterSetName = "CaseSensitiveNotInSet", mandatory = true)
    private boolean cNotIn;

    @Parameter(parameterSetName = "IsSet", mandatory = true)
    private boolean is;

    @Parameter(parameterSetName = "IsNotSet", mandatory = true)
    private boolean isNot;

    @Parameter(parameterSetName = "Not", mandatory = true)
    private boolean not;

    private WhereOperator operator;
    private boolean valueSpecified;
    private boolean truthTest;

    @Override
    protected void beginProcessing() {
        if (filterScript != null) {
            return;
        }
        operator = WhereOperator.forParameterSet(parameterSetName());
        valueSpecified = boundParameters().containsKey("Value");
        truthTest = operator == WhereOperator.NOT
                || operator == WhereOperator.EQ && !boundParameters().containsKey("EQ");
        if (!valueSpecified && !truthTest) {
            throw throwTerminatingError(argumentError("The specified operator requires both the -Property and "
                    + "-Value parameters. Provide values for both parameters, and then try the command again.",
                    "ValueNotSpecifiedForWhereObject", null));
        }
        if (valueSpecified && truthTest) {
            throw throwTerminatingError(argumentError("An operator is required to compare the two specified values. "
                    + "Include a valid operator in the command, and then try the command again. For example, "
                    + "Get-Process | Where-Object -Property Name -eq Idle", "OperatorNotSpecified", null));
        }
        if (operator == WhereOperator.IS || operator == WhereOperator.IS_NOT) {
            value = typeOperand(value);
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == AutomationNull.VALUE) {
            return;
        }
        if (filterScript != null) {
            CollectingPipe result = new CollectingPipe();
            filterScript.invokeDotSourced(inputObject, new Object[0], result);
            if (LanguagePrimitives.isTrue(result.result())) {
                writeObject(inputObject);
            }
            return;
        }
        Object left = propertyValue();
        if (left == AutomationNull.VALUE) {
            return;
        }
        try {
            Object result = truthTest ? operator.apply(true, left) : operator.apply(left, value);
            if (LanguagePrimitives.isTrue(result)) {
                writeObject(inputObject);
            }
        } catch (PSRuntimeException e) {
            writeError(errorRecord("The '" + operator.tokenKind() + "' operator failed: " + e.getMessage() + ".",
                    "OperatorFailed", ErrorCategory.InvalidOperation, inputObject, "InvalidOperationException"));
        }
    }

    /**
     * The property's value: a dictionary's key first, then the member of that name (wildcards allowed);
     * null when there is none. AutomationNull after reporting a name that matches several members.
     */
    private Object propertyValue() {
        Object base = PSObject.base(inputObject);
        if (base == null) {
            return null;
        }
        if (base instanceof java.util.Map<?, ?> map && map.containsKey(property)) {
            return map.get(property);
        }
        List<PSMemberInfo> members = MemberMatch.find(PSObject.asPSObject(inputObject), property);
        if (members.size() > 1) {
            writeError(argumentError("Input name \"" + property + "\" is ambiguous. It can be resolved to multiple "
                    + "matched members. Possible matches include:" + MemberMatch.names(members) + ".",
                    "AmbiguousPropertyName", inputObject));
            return AutomationNull.VALUE;
        }
        if (members.size() == 1 && members.getFirst() instanceof PSPropertyInfo p) {
            try {
                PSObject so = PSObject.asPSObject(inputObject);
                return p.getValue(p instanceof PSProperty ? so.baseObject() : so);
            } catch (PSRuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** -Is and -IsNot take a type or its name, also written as {@code [int]}. */
    private Object typeOperand(Object operand) {
        if (!(PSObject.base(operand) instanceof String name)) {
            return operand;
        }
        String typeName = name.length() > 2 && name.startsWith("[") && name.endsWith("]")
                ? name.substring(1, name.length() - 1) : name;
        try {
            // Where-Object converts the value to a type as a cast does (pwsh's LanguagePrimitives.ConvertTo<Type>).
            LanguagePrimitives.convertTo(typeName, CoreTypes.TYPE);
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), null,
                    "PSInvalidCastException"));
        }
        return typeName;
    }

    private ErrorRecord argumentError(String message, String errorId, Object target) {
        return errorRecord(message, errorId, ErrorCategory.InvalidArgument, target, "PSArgumentException");
    }
}
