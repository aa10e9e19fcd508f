package org.jposh.interpreter.runtime;

import java.nio.file.Path;
import org.jposh.grammar.ast.Extent;

/**
 * {@code $MyInvocation} in a function, script block or script: how it was invoked (pwsh's
 * InvocationInfo). The command is set by discovery when the invocation named one (a function or a
 * script file); a script block run with {@code &} or {@code .} has none.
 */
public final class ScriptInvocation implements DotNetTyped {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "InvocationInfo",
            ScriptInvocation.class, ScriptInvocation::defineMembers);

    private final Extent extent;
    private final int pipelinePosition;
    private final boolean expectingInput;
    private final Object boundParameters;
    private final Object unboundArguments;
    private Object command;

    public ScriptInvocation(Extent extent, int pipelinePosition, boolean expectingInput, Object boundParameters,
                            Object unboundArguments) {
        this.extent = extent;
        this.pipelinePosition = pipelinePosition;
        this.expectingInput = expectingInput;
        this.boundParameters = boundParameters;
        this.unboundArguments = unboundArguments;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    /** The CommandInfo the invocation named (MyCommand). */
    public boolean expectingInput() {
        return expectingInput;
    }

    public void setCommand(Object command) {
        this.command = command;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("MyCommand", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).command);
        b.property("InvocationName", CoreTypes.STRING, i -> ((ScriptInvocation) i).invocationName());
        b.property("BoundParameters", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).boundParameters);
        b.property("UnboundArguments", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).unboundArguments);
        b.property("ScriptName", CoreTypes.STRING, i -> {
            String file = ((ScriptInvocation) i).extent.file();
            return file == null ? "" : file;
        });
        b.property("ScriptLineNumber", CoreTypes.INT32, i -> ((ScriptInvocation) i).extent.startLine());
        b.property("OffsetInLine", CoreTypes.INT32, i -> ((ScriptInvocation) i).extent.startColumn());
        b.property("Line", CoreTypes.STRING, i -> ((ScriptInvocation) i).line());
        b.property("Statement", CoreTypes.STRING, i -> ((ScriptInvocation) i).extent.text());
        b.property("PositionMessage", CoreTypes.STRING, i -> ((ScriptInvocation) i).extent.positionMessage());
        b.property("PipelinePosition", CoreTypes.INT32, i -> ((ScriptInvocation) i).pipelinePosition);
        // Code invokes functions and script blocks; only the host's own commands come from the Runspace.
        b.property("CommandOrigin", CoreTypes.COMMAND_ORIGIN, i -> new EnumValue(CoreTypes.COMMAND_ORIGIN, 1));
        b.property("ExpectingInput", CoreTypes.BOOLEAN, i -> ((ScriptInvocation) i).expectingInput);
        b.property("PSScriptRoot", CoreTypes.STRING, i -> ((ScriptInvocation) i).scriptRoot());
        b.property("PSCommandPath", CoreTypes.STRING, i -> {
            String file = ((ScriptInvocation) i).extent.file();
            return file == null ? "" : file;
        });
    }

    private String invocationName() {
        String text = extent.text().strip();
        if (text.startsWith("&") || text.startsWith(".")) {
            return text.substring(0, 1);
        }
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** The source line the invocation starts on, as pwsh's Line (without its line break). */
    private String line() {
        String line = extent.source().line(extent.startLine());
        return line == null ? "" : line;
    }

    private String scriptRoot() {
        String file = extent.file();
        if (file == null) {
            return "";
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.InvocationInfo";
    }
}
