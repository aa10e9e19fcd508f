package org.jposh.interpreter.runtime;

import java.util.List;

/**
 * A record of the information stream (Write-Information): any object as its MessageData, with tags
 * and the command it came from. Its string is the message data's.
 */
public final class InformationRecord {
    public static final DotNetType TYPE = define();

    private final Object messageData;
    private final String source;
    private final List<String> tags;

    public InformationRecord(Object messageData, String source, List<String> tags) {
        this.messageData = messageData;
        this.source = source;
        this.tags = List.copyOf(tags);
    }

    public Object messageData() {
        return messageData;
    }

    /** The command that wrote it (Write-Information's, or a script's path). */
    public String source() {
        return source;
    }

    public List<String> tags() {
        return tags;
    }

    @Override
    public String toString() {
        return LanguagePrimitives.toStringValue(messageData);
    }

    private static DotNetType define() {
        DotNetType type = CoreTypes.define("System.Management.Automation", "InformationRecord",
                InformationRecord.class, b -> b
                        .property("MessageData", CoreTypes.OBJECT, r -> ((InformationRecord) r).messageData)
                        .property("Source", CoreTypes.STRING, r -> ((InformationRecord) r).source)
                        .property("Tags", CoreTypes.STRING_ARRAY,
                                r -> ((InformationRecord) r).tags.toArray(String[]::new))
                        .method("ToString", CoreTypes.STRING, (r, a) -> r.toString()));
        CoreTypes.register(type);
        return type;
    }
}
