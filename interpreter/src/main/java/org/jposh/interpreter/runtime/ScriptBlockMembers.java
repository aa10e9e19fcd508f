package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.SCRIPT_BLOCK;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;
import org.jposh.interpreter.commands.CommandInfoTypes;

/** System.Management.Automation.ScriptBlock and PSVariable as scripts use them. */
final class ScriptBlockMembers {
    /** What ScriptBlock.Invoke() returns, as in pwsh: a Collection`1 of PSObjects, even for one object or none. */
    private static final DotNetType INVOKE_RESULT = CoreTypes.COLLECTION.makeGenericType(CoreTypes.PS_OBJECT);

    private ScriptBlockMembers() {
    }

    private static GenericList invokeResult(List<Object> output) {
        GenericList result = new GenericList(INVOKE_RESULT, output.size());
        result.addAll(output);
        return result;
    }

    static void defineScriptBlock(TypeAdapter.Builder b) {
        b.paramsMethod("Invoke", INVOKE_RESULT, (t, a) -> invokeResult(((ScriptBlock) t).invokeAsList((Object[]) a[0])),
                param("args", OBJECT_ARRAY));
        b.paramsMethod("InvokeReturnAsIs", OBJECT, (t, a) -> ((ScriptBlock) t).invoke(null, null, (Object[]) a[0]),
                param("args", OBJECT_ARRAY));
        b.method("GetNewClosure", SCRIPT_BLOCK, (t, a) -> ((ScriptBlock) t).getNewClosure());
        b.paramsMethod("GetPowerShell", OBJECT, (t, a) -> org.jposh.interpreter.PowerShell.forScriptBlock(
                (ScriptBlock) t, (Object[]) a[0]), param("args", OBJECT_ARRAY));
        b.method("GetSteppablePipeline", OBJECT, (t, a) -> ((ScriptBlock) t).getSteppablePipeline());
        // The command origin only decides which commands private to a module are visible, which JPosh does not have.
        b.method("GetSteppablePipeline", OBJECT, (t, a) -> ((ScriptBlock) t).getSteppablePipeline(),
                param("commandOrigin", CoreTypes.COMMAND_ORIGIN));
        b.property("IsFilter", CoreTypes.BOOLEAN, t -> ((ScriptBlock) t).isFilter());
        b.property("Ast", OBJECT, t -> org.jposh.interpreter.language.AstValue.ofScriptBlock(
                ((ScriptBlock) t).code().extent()));
        b.staticMethod("Create", SCRIPT_BLOCK, (t, a) -> create((String) a[0]), param("script", STRING));
    }

    /** ScriptBlock.Create: text that does not parse throws a (Incomplete)ParseException, which the call wraps as any method's. */
    private static ScriptBlock create(String script) {
        try {
            return ScriptBlock.create(script);
        } catch (PoshParseError e) {
            throw new DotNetException(e.exception(e.getMessage()));
        }
    }

    static void definePSVariable(TypeAdapter.Builder b) {
        // In PSVariable's order, which Format-List * shows.
        b.property("Name", STRING, v -> ((PSVariable) v).getName());
        b.property("Description", STRING, v -> ((PSVariable) v).getDescription(),
                (v, value) -> ((PSVariable) v).setDescription(LanguagePrimitives.toStringValue(value)));
        b.property("Value", OBJECT, v -> ((PSVariable) v).getValue(), (v, value) -> ((PSVariable) v).setValue(value));
        // Private visibility hides a variable from the callers of a restricted runspace, which JPosh does not make.
        b.property("Visibility", STRING, v -> "Public");
        b.property("Options", CommandInfoTypes.SCOPED_ITEM_OPTIONS,
                v -> CommandInfoTypes.options(((PSVariable) v).getOptions()));
        b.property("Attributes", OBJECT, v -> ((PSVariable) v).typeConstraint() == null ? new Object[0]
                : List.of(((PSVariable) v).typeConstraint()).toArray());
    }
}
