package org.jposh.interpreter.runtime;

/**
 * A warning, verbose or debug message (pwsh's WarningRecord, VerboseRecord, DebugRecord). Merged
 * into the output ({@code 3>&1}) it shows as the host shows it, {@code WARNING: text}.
 */
public final class InformationalRecord implements DotNetTyped {
    /** The three streams of plain messages, with the prefix the host shows before them. */
    public enum Kind {
        WARNING("WarningRecord", "WARNING: "),
        VERBOSE("VerboseRecord", "VERBOSE: "),
        DEBUG("DebugRecord", "DEBUG: ");

        private final DotNetType type;
        private final String prefix;

        Kind(String typeName, String prefix) {
            this.type = CoreTypes.define("System.Management.Automation", typeName, InformationalRecord.class,
                    b -> b.property("Message", CoreTypes.STRING, r -> ((InformationalRecord) r).message())
                            .method("ToString", CoreTypes.STRING, (r, a) -> ((InformationalRecord) r).message()));
            CoreTypes.register(type);
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
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
