package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;

/**
 * System.Management.Automation.CallStackFrame: one frame of {@link CallStack}, as Get-PSCallStack writes it and
 * an error's ScriptStackTrace prints it ({@code at f, /path/script.ps1: line 3}). Command, Arguments and Location
 * are the properties pwsh's types.ps1xml adds and its table shows.
 *
 * <p>A function called with positional arguments alone runs without an InvocationInfo (the interpreter's fast
 * path); its Arguments are its parameters' values, which is what pwsh's bound parameters hold for such a call.
 */
public final class CallStackFrame implements DotNetTyped {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "CallStackFrame",
            CallStackFrame.class, CallStackFrame::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final CallStack.Code code;
    private final Extent position;
    /** The frame's own scope, or null for a dot-sourced frame, which runs in its caller's. */
    private final SessionStateScope scope;

    CallStackFrame(CallStack.Code code, Extent position, SessionStateScope scope) {
        this.code = code;
        this.position = position != null ? position : code.extent();
        this.scope = scope;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    public String functionName() {
        return code.functionName();
    }

    /** The file of the frame's position, or null. */
    public String scriptName() {
        return position == null ? null : position.file();
    }

    public int scriptLineNumber() {
        return position == null ? 0 : position.startLine();
    }

    /** {@code script.ps1: line 3}, or {@code <No file>}. */
    public String scriptLocation() {
        String file = scriptName();
        return file == null || file.isEmpty() ? "<No file>"
                : Path.of(file).getFileName() + ": line " + scriptLineNumber();
    }

    /** The frame's $MyInvocation, or null when it has none. */
    private ScriptInvocation invocation() {
        return scope != null && scope.slots()[ScopeLayout.MY_INVOCATION] instanceof ScriptInvocation invocation
                ? invocation : null;
    }

    /** The command's name, else the name it was invoked by, else the function name (pwsh's Command). */
    private String command() {
        ScriptInvocation invocation = invocation();
        if (invocation == null) {
            return functionName();
        }
        if (invocation.command() == null) {
            return invocation.invocationName();
        }
        String name = LanguagePrimitives.toStringValue(MemberAccess.getMember(invocation.command(), "Name"));
        return name.isEmpty() ? functionName() : name;
    }

    /** {@code {name=value, unbound}}, as pwsh's Arguments script property writes the bound and unbound arguments. */
    private String arguments() {
        StringBuilder b = new StringBuilder("{");
        ScriptInvocation invocation = invocation();
        if (invocation != null) {
            if (PSObject.base(invocation.boundParameters()) instanceof Map<?, ?> bound) {
                bound.forEach((name, value) -> appendArgument(b, String.valueOf(name), value));
            }
            Iterable<?> unbound = LanguagePrimitives.getEnumerable(invocation.unboundArguments());
            for (Object value : unbound == null ? List.of() : unbound) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(LanguagePrimitives.isTrue(value) ? LanguagePrimitives.toStringValue(value) : "$null");
            }
        } else if (scope != null) {
            for (String name : code.parameterNames()) {
                Object value = scope.get(name);
                appendArgument(b, name, value);
            }
        }
        return b.append('}').toString();
    }

    private static void appendArgument(StringBuilder b, String name, Object value) {
        if (b.length() > 1) {
            b.append(", ");
        }
        b.append(name).append('=');
        if (LanguagePrimitives.isTrue(value)) {
            b.append(LanguagePrimitives.toStringValue(value));
        }
    }

    /** The variables of the frame's scope, by name (GetFrameVariables). */
    private GenericDictionary frameVariables() {
        GenericDictionary variables = new GenericDictionary(
                CoreTypes.DICTIONARY.makeGenericType(STRING, CoreTypes.PS_VARIABLE), true);
        if (scope != null) {
            scope.localVariables().forEach(variables::put);
        }
        return variables;
    }

    /** {@code at f, /path/script.ps1: line 3}, pwsh's StackTraceFormat. */
    @Override
    public String toString() {
        String file = scriptName();
        return "at " + functionName() + ", " + (file == null ? "<No file>" : file) + ": line " + scriptLineNumber();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        // types.ps1xml's members first, then the .NET properties in their declared order, as pwsh lists them
        b.property("Command", OBJECT, f -> ((CallStackFrame) f).command());
        b.property("Location", OBJECT, f -> ((CallStackFrame) f).scriptLocation());
        b.property("Arguments", OBJECT, f -> ((CallStackFrame) f).arguments());
        b.property("ScriptName", STRING, f -> ((CallStackFrame) f).scriptName());
        b.property("ScriptLineNumber", INT32, f -> ((CallStackFrame) f).scriptLineNumber());
        b.property("InvocationInfo", ScriptInvocation.TYPE, f -> ((CallStackFrame) f).invocation());
        b.property("Position", OBJECT, f -> ((CallStackFrame) f).position);
        b.property("FunctionName", STRING, f -> ((CallStackFrame) f).functionName());
        b.method("GetScriptLocation", STRING, (f, a) -> ((CallStackFrame) f).scriptLocation());
        b.method("GetFrameVariables", OBJECT, (f, a) -> ((CallStackFrame) f).frameVariables());
        b.method("ToString", STRING, (f, a) -> f.toString());
    }
}
