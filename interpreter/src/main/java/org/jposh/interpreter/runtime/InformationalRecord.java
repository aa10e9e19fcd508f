package org.jposh.interpreter.runtime;

/**
 * A warning, verbose or debug message (pwsh's WarningRecord, VerboseRecord, DebugRecord). Merged
 * into the output ({@code 3>&1}) it reaches the host as its stream ({@code WARNING: text}), and files
 * and strings as its message.
 */
public final class InformationalRecord implements DotNetTyped {
    /** The three streams of plain messages. */
    public enum Kind {
        WARNING("WarningRecord"),
        VERBOSE("VerboseRecord"),
        DEBUG("DebugRecord");

        private final DotNetType type;

        Kind(String typeName) {
            this.type = CoreTypes.define("System.Management.Automation", typeName, InformationalRecord.class,
                    b -> b.property("Message", CoreTypes.STRING, r -> ((InformationalRecord) r).message())
                            .method("ToString", CoreTypes.STRING, (r, a) -> ((InformationalRecord) r).message()));
            CoreTypes.register(type);
        }
    }

    private final Kind kind;
    private final String message;

    public InformationalRecord(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public DotNetType dotNetType() {
        return kind.type;
    }

    @Override
    public String toString() {
        return message;
    }
}
