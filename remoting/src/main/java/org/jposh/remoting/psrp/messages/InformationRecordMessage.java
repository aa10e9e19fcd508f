package org.jposh.remoting.psrp.messages;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsUnsigned;

/**
 * INFORMATION_RECORD (MS-PSRP 2.2.2.26, protocol 2.3): Write-Information and Write-Host output. Kept
 * whole; the accessors read its fields and {@link #create} builds one in pwsh's shape.
 */
public record InformationRecordMessage(PsObjectData record) implements MessageBody {
    /** The Tags list's type names as pwsh 7.5 (.NET 9) writes them; receivers only read the list. */
    private static final String[] STRING_LIST = {"System.Collections.Generic.List`1[[System.String, System.Private.CoreLib,"
            + " Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]", "System.Object"};

    public InformationRecordMessage {
        Objects.requireNonNull(record, "record");
    }

    public static InformationRecordMessage create(Object messageData, String source, Temporal timeGenerated, List<String> tags,
            String user, String computer, long processId, long nativeThreadId, long managedThreadId) {
        PsCollection tagList = new PsCollection(PsCollection.Kind.LIST);
        tagList.items().addAll(tags);
        return new InformationRecordMessage(Fields.body()
                .addExtended("MessageData", messageData)
                .addExtended("Source", source)
                .addExtended("TimeGenerated", timeGenerated)
                .addExtended("Tags", new PsObjectData(STRING_LIST).setBaseValue(tagList))
                .addExtended("User", user)
                .addExtended("Computer", computer)
                .addExtended("ProcessId", PsUnsigned.ofUInt32(processId))
                .addExtended("NativeThreadId", PsUnsigned.ofUInt32(nativeThreadId))
                .addExtended("ManagedThreadId", PsUnsigned.ofUInt32(managedThreadId)));
    }

    public Object messageData() {
        return record.propertyValue("MessageData");
    }

    public String source() {
        return Fields.unwrap(record.propertyValue("Source")) instanceof String s ? s : null;
    }

    public Temporal timeGenerated() {
        return record.propertyValue("TimeGenerated") instanceof Temporal t ? t : null;
    }

    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        if (record.propertyValue("Tags") instanceof PsObjectData o && o.baseValue() instanceof PsCollection c) {
            for (Object t : c.items()) {
                tags.add(String.valueOf(t));
            }
        }
        return tags;
    }

    public String user() {
        return Fields.unwrap(record.propertyValue("User")) instanceof String s ? s : null;
    }

    public String computer() {
        return Fields.unwrap(record.propertyValue("Computer")) instanceof String s ? s : null;
    }

    @Override
    public MessageType type() {
        return MessageType.INFORMATION_RECORD;
    }

    @Override
    public Object toClixml() {
        return record;
    }

    public static InformationRecordMessage decode(Object body) {
        return new InformationRecordMessage(Fields.object(MessageType.INFORMATION_RECORD, body));
    }
}
