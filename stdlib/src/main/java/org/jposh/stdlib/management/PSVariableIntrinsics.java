package org.jposh.stdlib.management;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSVariableIntrinsics, {@code $ExecutionContext.SessionState.PSVariable}: the
 * variables as the calling code sees them (looked up from its scope outward; set and removed in its scope).
 */
public final class PSVariableIntrinsics implements DotNetTyped {
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "PSVariableIntrinsics", PSVariableIntrinsics.class, PSVariableIntrinsics::defineMembers));

    private final SessionState session;

    PSVariableIntrinsics(SessionState session) {
        this.session = session;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    private SessionStateScope scope() {
        return session.currentScope();
    }

    private Object value(String name, Object defaultValue) {
        Object value = scope().find(name);
        return value == SessionStateScope.UNSET ? defaultValue : value;
    }

    private static String name(Object value) {
        return LanguagePrimitives.toStringValue(value);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.method("Get", CoreTypes.PS_VARIABLE, (v, a) -> ((PSVariableIntrinsics) v).scope().getVariable(name(a[0])),
                param("name", CoreTypes.STRING));
        b.method("GetValue", CoreTypes.OBJECT, (v, a) -> ((PSVariableIntrinsics) v).value(name(a[0]), null),
                param("name", CoreTypes.STRING));
        b.method("GetValue", CoreTypes.OBJECT, (v, a) -> ((PSVariableIntrinsics) v).value(name(a[0]), a[1]),
                param("name", CoreTypes.STRING), param("defaultValue", CoreTypes.OBJECT));
        b.method("Set", CoreTypes.VOID, (v, a) -> {
            ((PSVariableIntrinsics) v).scope().set(name(a[0]), a[1]);
            return AutomationNull.VALUE;
        }, param("name", CoreTypes.STRING), param("value", CoreTypes.OBJECT));
        b.method("Set", CoreTypes.VOID, (v, a) -> {
            ((PSVariableIntrinsics) v).scope().setVariable((PSVariable) PSObject.base(a[0]));
            return AutomationNull.VALUE;
        }, param("variable", CoreTypes.PS_VARIABLE));
        b.method("Remove", CoreTypes.VOID, (v, a) -> {
            Object target = PSObject.base(a[0]);
            ((PSVariableIntrinsics) v).scope().remove(target instanceof PSVariable variable ? variable.getName()
                    : name(target));
            return AutomationNull.VALUE;
        }, param("name", CoreTypes.STRING));
    }
}
