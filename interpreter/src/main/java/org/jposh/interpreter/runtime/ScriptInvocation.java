package org.jposh.interpreter.runtime;

import java.nio.file.Path;
import java.util.function.Function;
import org.jposh.grammar.ast.Extent;

/**
 * {@code $MyInvocation} in a function, script block or script: how it was invoked (pwsh's
 * InvocationInfo). The command is set by discovery when the invocation named one (a function or a
 * script file); a script block run with {@code &} or {@code .} has none. A script the host runs (jposh's
 * script argument, pwsh's {@code -File}) was invoked from no script: it has no extent, and its invocation
 * name is the script's full path.
 */
public final class ScriptInvocation implements DotNetTyped {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "InvocationInfo",
            ScriptInvocation.class, ScriptInvocation::defineMembers);

    /** Where the invocation is written, or null for the host's. */
    private final Extent extent;
    private final String hostInvocationName;
    private final int pipelinePosition;
    private final boolean expectingInput;
    private final Object boundParameters;
    private final Object unboundArguments;
    private Object command;

    public ScriptInvocation(Extent extent, int pipelinePosition, boolean expectingInput, Object boundParameters,
                            Object unboundArguments) {
        this(extent, null, pipelinePosition, expectingInput, boundParameters, unboundArguments);
    }

    /** The host's invocation of a command by {@code name}, from no script. */
    public static ScriptInvocation byHost(String name, Object boundParameters, Object unboundArguments) {
        return new ScriptInvocation(null, name, 1, false, boundParameters, unboundArguments);
    }

    private ScriptInvocation(Extent extent, String hostInvocationName, int pipelinePosition, boolean expectingInput,
                             Object boundParameters, Object unboundArguments) {
        this.extent = extent;
        this.hostInvocationName = hostInvocationName;
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

    /** The CommandInfo the invocation named (MyCommand), or null. */
    public Object command() {
        return command;
    }

    Object boundParameters() {
        return boundParameters;
    }

    Object unboundArguments() {
        return unboundArguments;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("MyCommand", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).command);
        b.property("InvocationName", CoreTypes.STRING, i -> ((ScriptInvocation) i).invocationName());
        b.property("BoundParameters", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).boundParameters);
        b.property("UnboundArguments", CoreTypes.OBJECT, i -> ((ScriptInvocation) i).unboundArguments);
        b.property("ScriptName", CoreTypes.STRING, i -> ((ScriptInvocation) i).file());
        b.property("ScriptLineNumber", CoreTypes.INT32, i -> ((ScriptInvocation) i).extentValue(Extent::startLine, 0));
        b.property("OffsetInLine", CoreTypes.INT32, i -> ((ScriptInvocation) i).extentValue(Extent::startColumn, 0));
        b.property("Line", CoreTypes.STRING, i -> ((ScriptInvocation) i).line());
        b.property("Statement", CoreTypes.STRING, i -> ((ScriptInvocation) i).extentValue(Extent::text, ""));
        b.property("PositionMessage", CoreTypes.STRING,
                i -> ((ScriptInvocation) i).extentValue(Extent::positionMessage, ""));
        b.property("PipelinePosition", CoreTypes.INT32, i -> ((ScriptInvocation) i).pipelinePosition);
        // Code invokes functions and script blocks; only the host's own commands come from the Runspace.
        b.property("CommandOrigin", CoreTypes.COMMAND_ORIGIN, i -> new EnumValue(CoreTypes.COMMAND_ORIGIN,
                ((ScriptInvocation) i).extent == null ? 0 : 1));
        b.property("ExpectingInput", CoreTypes.BOOLEAN, i -> ((ScriptInvocation) i).expectingInput);
        b.property("PSScriptRoot", CoreTypes.STRING, i -> ((ScriptInvocation) i).scriptRoot());
        b.property("PSCommandPath", CoreTypes.STRING, i -> ((ScriptInvocation) i).file());
    }

    private <T> T extentValue(Function<Extent, T> value, T none) {
        return extent == null ? none : value.apply(extent);
    }

    /** The script the invocation is written in, or "". */
    private String file() {
        String file = extent == null ? null : extent.file();
        return file == null ? "" : file;
    }

    /** Where the invocation is written, or null for the host's. */
    public Extent extent() {
        return extent;
    }

    public String invocationName() {
        if (extent == null) {
            return hostInvocationName == null ? "" : hostInvocationName;
        }
        String text = extent.text().strip();
        if (text.startsWith("&") || text.startsWith(".")) {
            return text.substring(0, 1);
        }
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** The source line the invocation starts on, as pwsh's Line (without its line break). */
    private String line() {
        if (extent == null) {
            return "";
        }
        String line = extent.source().line(extent.startLine());
        return line == null ? "" : line;
    }

    private String scriptRoot() {
        String file = file();
        if (file.isEmpty()) {
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
