package org.jposh.remoting.bridge;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.SByte;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.UInt16;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;
import org.jposh.interpreter.runtime.Version;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsProperty;
import org.jposh.remoting.psrp.clixml.PsScriptBlock;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.clixml.PsUnsigned;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.jposh.remoting.psrp.clixml.PsXmlDocument;
import org.jposh.remoting.psrp.messages.ErrorRecordData;

/**
 * Converts between the interpreter's values and the CLIXML model, as pwsh's serializer and
 * deserializer do for remoting.
 *
 * <p>Serializing ({@link #serialize}) follows pwsh's rules: primitives (pwsh's known types: numbers, strings,
 * dates, versions, script blocks, XML documents...) stay primitives; arrays and
 * lists become {@code LST} and dictionaries {@code DCT}, whose items do not use up depth; note
 * properties ({@code MS}) do not either; a .NET object's adapted properties ({@code Props}) take one
 * level, and an object with properties reached with no depth left is sent as its ToString, except a
 * PSCredential, which pwsh always sends one level deep. An
 * object's {@code <ToString>} is PSObject.ToString's (a ToString script method or a class's override
 * counts; a deserialized object sends on the text it came with); property bags send none. pwsh
 * sends output objects at depth 1 ({@link org.jposh.remoting.psrp.clixml.ClixmlWriter#REMOTING_DEPTH}).
 * An object met again becomes the same {@link PsObjectData}, which the writer sends as a {@code Ref}.
 *
 * <p>Deserializing ({@link #deserialize}) gives what pwsh gives: primitives, DateTime, TimeSpan and Version
 * rehydrated (a script block comes back as its text, an XML document as an XmlDocument); lists as ArrayList;
 * dictionaries as Hashtable (OrderedDictionary when they were ordered), in a PSObject carrying the sender's type
 * names with the {@code Deserialized.} prefix; error records as ErrorRecords; any other object as a property bag (a
 * PSObject whose type names carry that prefix, whose properties, adapted then extended, are note properties, and
 * whose string is the sender's {@code <ToString>}, as pwsh's deserialized PSObjects show theirs). An object sent
 * without type names (a primitive with notes) keeps its value's own.
 */
public final class PsObjectBridge {
    private static final String PS_CREDENTIAL = "System.Management.Automation.PSCredential";
    private static final String ORDERED_DICTIONARY = "System.Collections.Specialized.OrderedDictionary";
    private static final List<String> ERROR_EXCEPTION_TYPES = List.of("System.Management.Automation.RuntimeException",
            "System.SystemException");

    private final Map<Object, PsObjectData> written = new IdentityHashMap<>();
    private final SecureStringCipher cipher;

    private PsObjectBridge(SecureStringCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * The CLIXML model of a value, to the given depth (pwsh sends output at depth 1). Without a session
     * key a SecureString goes as an object (its ToString), as nothing could decrypt it.
     */
    public static Object serialize(Object value, int depth) {
        return serialize(value, depth, null);
    }

    /** The same, with the session's SecureStrings encrypted as {@code <SS>} by {@code cipher}. */
    public static Object serialize(Object value, int depth, SecureStringCipher cipher) {
        return new PsObjectBridge(cipher).toClixml(value, depth);
    }

    /**
     * A serializer for the objects of one document (Export-Clixml's file): an object met again, in the same value
     * or a later one, becomes the same {@link PsObjectData}, which the writer writes as a {@code Ref}.
     */
    public static PsObjectBridge forDocument(SecureStringCipher cipher) {
        return new PsObjectBridge(cipher);
    }

    /** The next value of the document, to the given depth. */
    public Object serializeNext(Object value, int depth) {
        return toClixml(value, depth);
    }

    /** The interpreter value for a received CLIXML model value ({@code <SS>} stays encrypted). */
    public static Object deserialize(Object value) {
        return deserialize(value, null);
    }

    /**
     * The same, with {@code <SS>} decrypted into SecureStrings by {@code cipher}, and PSCredentials
     * rehydrated (pwsh's DeserializingTypeConverter does, for a PSCredential whose password arrived).
     */
    public static Object deserialize(Object value, SecureStringCipher cipher) {
        return new Reader(cipher).read(value);
    }

    /** The values of one document, read as one: an object a later value refers to again is the same object. */
    public static List<Object> deserializeAll(List<Object> values, SecureStringCipher cipher) {
        Reader reader = new Reader(cipher);
        List<Object> result = new ArrayList<>(values.size());
        for (Object value : values) {
            result.add(reader.read(value));
        }
        return result;
    }

    /** The error record as pwsh sends it (ErrorRecord.ToPSObjectForRemoting). */
    public static ErrorRecordData errorRecord(ErrorRecord record) {
        String exceptionType = record.exceptionType() == null ? "RuntimeException" : record.exceptionType();
        List<String> exceptionTypes = exceptionType.contains(".") ? List.of(exceptionType)
                : List.of("System.Management.Automation." + exceptionType, "System.SystemException");
        Object target = record.targetObject();
        return ErrorRecordData.create(exceptionTypes, record.message(), record.fullyQualifiedErrorId(),
                record.category().ordinal(), record.commandName() == null ? "" : record.commandName(),
                target == null ? "" : LanguagePrimitives.toStringValue(target),
                target == null ? "" : DotNetType.of(target).name(), serialize(target, 0));
    }

    /** The ErrorRecord a received error record stands for, rehydrated as pwsh rehydrates it. */
    public static ErrorRecord errorRecord(ErrorRecordData data) {
        ErrorCategory[] categories = ErrorCategory.values();
        int c = data.category();
        String reason = data.categoryReason();
        String activity = data.categoryActivity();
        return new ErrorRecord(data.message(), data.fullyQualifiedErrorId(),
                c >= 0 && c < categories.length ? categories[c] : ErrorCategory.NotSpecified,
                deserialize(data.targetObject()), activity == null || activity.isEmpty() ? null : activity,
                reason == null ? "RuntimeException" : reason, null);
    }

    private Object toClixml(Object value, int depth) {
        if (value == null || value == AutomationNull.VALUE) {
            return null;
        }
        if (isPrimitive(value)) {
            return value;
        }
        Object integer = smallInteger(value);
        if (integer != null) {
            return integer;
        }
        if (value instanceof DateTime d) {
            return dateTime(d);
        }
        if (value instanceof TimeSpan t) {
            return Duration.ofSeconds(t.ticks() / TimeSpan.TICKS_PER_SECOND, t.ticks() % TimeSpan.TICKS_PER_SECOND * 100);
        }
        if (value instanceof Byte[] bytes) {
            return ByteArrays.unbox(bytes);
        }
        if (value instanceof Version v) {
            return PsVersion.parse(v.toString());
        }
        if (value instanceof ScriptBlock block) {
            return new PsScriptBlock(block.toString());
        }
        if (value instanceof XmlDocument document) {
            return new PsXmlDocument(document.outerXml());
        }
        if (value instanceof SecureString secure && cipher != null) {
            char[] chars = secure.toCharArray();
            try {
                return cipher.encrypt(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        PsObjectData seen = written.get(value);
        if (seen != null) {
            return seen;
        }
        if (value instanceof ErrorRecord e) {
            return remember(value, errorRecord(e).data());
        }
        if (value instanceof PSObject pso) {
            return psObject(pso, PSObject.base(pso) instanceof PSCredential ? 1 : depth);
        }
        return dotNetObject(value, null, value instanceof PSCredential ? 1 : depth);
    }

    private static boolean isPrimitive(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof Character || value instanceof BigDecimal
                || value instanceof Short || value instanceof Float || value instanceof UUID || value instanceof byte[];
    }

    /**
     * The model's form of the integers whose Java box means something else there: the interpreter's
     * Byte is .NET's unsigned byte ({@code By}), the model's Byte is {@code SB}; the unsigned ones
     * are {@link PsUnsigned}. Null for other values.
     */
    private static Object smallInteger(Object value) {
        if (value instanceof Byte b) {
            return PsUnsigned.ofByte(b & 0xFF);
        }
        if (value instanceof SByte b) {
            return (byte) b.longValue();
        }
        if (value instanceof UInt16 u) {
            return PsUnsigned.ofUInt16(u.intValue());
        }
        if (value instanceof UInt32 u) {
            return PsUnsigned.ofUInt32(u.longValue());
        }
        if (value instanceof UInt64 u) {
            return PsUnsigned.ofUInt64(u.longValue());
        }
        return null;
    }

    /** The interpreter's value for the model's {@code By}, {@code U16}, {@code U32} or {@code U64}. */
    private static Number smallInteger(PsUnsigned u) {
        return switch (u.bits()) {
            case 8 -> (byte) u.value();
            case 16 -> UInt16.valueOf(u.value());
            case 32 -> UInt32.valueOf(u.value());
            default -> UInt64.valueOf(u.value());
        };
    }

    private static Object dateTime(DateTime d) {
        LocalDateTime local = d.value();
        return switch (d.kind()) {
            case Utc -> local.toInstant(ZoneOffset.UTC);
            case Local -> local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
            case Unspecified -> local;
        };
    }

    private PsObjectData remember(Object value, PsObjectData data) {
        written.put(value, data);
        return data;
    }

    private Object psObject(PSObject pso, int depth) {
        boolean hasNotes = !pso.instanceMembers().isEmpty();
        if (pso.isCustomObject()) {
            PsObjectData data = remember(pso, new PsObjectData());
            data.typeNames().addAll(pso.typeNames());
            data.setToStringValue(pso.toStringFromDeserialization());
            addNotes(data, pso, depth);
            return data;
        }
        Object base = pso.baseObject();
        boolean container = base instanceof Object[] || base instanceof List<?> || base instanceof Map<?, ?>;
        if (!hasNotes && !(container && !pso.typeNames().equals(DotNetType.of(base).typeNameHierarchy()))) {
            return toClixml(base, depth);
        }
        return dotNetObject(base, pso, depth);
    }

    /**
     * A value that is not a primitive, with the instance members and type names of its PSObject when it has one (a
     * collection read back from CLIXML keeps its {@code Deserialized.} names, as pwsh writes them again).
     */
    private Object dotNetObject(Object value, PSObject wrapper, int depth) {
        DotNetType type = DotNetType.of(value);
        List<String> typeNames = wrapper != null ? wrapper.typeNames() : type.typeNameHierarchy();
        if (value instanceof Object[] || value instanceof List<?>) {
            PsObjectData data = remember(wrapper != null ? wrapper : value, new PsObjectData());
            data.typeNames().addAll(typeNames);
            PsCollection items = new PsCollection(PsCollection.Kind.LIST);
            for (Object item : value instanceof Object[] array ? List.of(array) : (List<?>) value) {
                items.items().add(toClixml(item, depth));
            }
            data.setBaseValue(items);
            return withNotes(data, wrapper, depth);
        }
        if (value instanceof Map<?, ?> map) {
            PsObjectData data = remember(wrapper != null ? wrapper : value, new PsObjectData());
            data.typeNames().addAll(typeNames);
            PsDictionary entries = new PsDictionary();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entries.put(toClixml(e.getKey(), depth), toClixml(e.getValue(), depth));
            }
            data.setBaseValue(entries);
            return withNotes(data, wrapper, depth);
        }
        String text = LanguagePrimitives.toStringValue(wrapper != null ? wrapper : value);
        if (value instanceof EnumValue e) {
            PsObjectData data = new PsObjectData();
            data.typeNames().addAll(typeNames);
            data.setToStringValue(text).setBaseValue(e.value() == (int) e.value() ? (Object) (int) e.value() : e.value());
            return withNotes(data, wrapper, depth);
        }
        List<PSProperty> properties = type.adapter().properties();
        if (depth <= 0 && (!properties.isEmpty() || wrapper != null)) {
            return text;
        }
        PsObjectData data = remember(wrapper != null ? wrapper : value, new PsObjectData());
        data.typeNames().addAll(typeNames);
        data.setToStringValue(text);
        for (PSProperty p : properties) {
            data.addAdapted(p.name(), propertyValue(p, value, depth - 1));
        }
        return withNotes(data, wrapper, depth);
    }

    private PsObjectData withNotes(PsObjectData data, PSObject wrapper, int depth) {
        if (wrapper != null) {
            addNotes(data, wrapper, depth);
        }
        return data;
    }

    private void addNotes(PsObjectData data, PSObject pso, int depth) {
        for (PSMemberInfo m : pso.instanceMembers()) {
            if (m instanceof PSPropertyInfo p) {
                data.addExtended(p.name(), propertyValue(p, pso, depth));
            }
        }
    }

    /** A property's value; one whose getter fails is sent as null, as pwsh skips getters that throw. */
    private Object propertyValue(PSPropertyInfo p, Object owner, int depth) {
        Object v;
        try {
            v = p.getValue(owner);
        } catch (RuntimeException e) {
            return null;
        }
        return toClixml(v, depth);
    }

    /** Deserialization state: one interpreter value per received object, so Refs stay shared. */
    private static final class Reader {
        private final Map<PsObjectData, Object> read = new IdentityHashMap<>();
        private final SecureStringCipher cipher;

        Reader(SecureStringCipher cipher) {
            this.cipher = cipher;
        }

        Object read(Object value) {
            if (value instanceof PsSecureString secure && cipher != null) {
                char[] chars = cipher.decrypt(secure);
                try {
                    return SecureString.of(chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
            if (value instanceof Instant i) {
                return new DateTime(LocalDateTime.ofInstant(i, ZoneOffset.UTC), DateTime.Kind.Utc);
            }
            if (value instanceof OffsetDateTime o) {
                return new DateTime(o.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(), DateTime.Kind.Local);
            }
            if (value instanceof LocalDateTime l) {
                return new DateTime(l, DateTime.Kind.Unspecified);
            }
            if (value instanceof PsUnsigned u) {
                return smallInteger(u);
            }
            if (value instanceof Byte b) {
                return SByte.valueOf(b);
            }
            if (value instanceof Duration d) {
                return new TimeSpan(d.getSeconds() * TimeSpan.TICKS_PER_SECOND + d.getNano() / 100);
            }
            if (value instanceof byte[] bytes) {
                return ByteArrays.box(bytes);
            }
            if (value instanceof PsVersion v) {
                return Version.parse(v.toString());
            }
            if (value instanceof PsScriptBlock block) {
                return block.text();
            }
            if (value instanceof PsXmlDocument document) {
                XmlDocument xml = XmlDocument.create();
                xml.setPreserveWhitespace(true);
                xml.loadXml(document.xml());
                return xml;
            }
            if (value instanceof PsCollection c) {
                return list(c);
            }
            if (value instanceof PsDictionary d) {
                return dictionary(d, false);
            }
            if (value instanceof PsObjectData o) {
                Object done = read.get(o);
                return done != null ? done : object(o);
            }
            return value;
        }

        private org.jposh.interpreter.runtime.ArrayList list(PsCollection c) {
            org.jposh.interpreter.runtime.ArrayList list = new org.jposh.interpreter.runtime.ArrayList();
            for (Object item : c.items()) {
                list.add(read(item));
            }
            return list;
        }

        private Map<Object, Object> dictionary(PsDictionary d, boolean ordered) {
            Map<Object, Object> table = ordered ? new OrderedDictionary() : new Hashtable();
            for (PsDictionary.Entry e : d.entries()) {
                table.put(read(e.key()), read(e.value()));
            }
            return table;
        }

        /** Whether a dictionary was an OrderedDictionary, which pwsh reads back as one. */
        private static boolean isOrdered(PsObjectData o) {
            String first = o.typeNames().isEmpty() ? "" : o.typeNames().getFirst();
            return first.equals(ORDERED_DICTIONARY) || first.equals(PsObjectData.DESERIALIZED_PREFIX + ORDERED_DICTIONARY);
        }

        private Object object(PsObjectData o) {
            if (o.isA("System.Management.Automation.ErrorRecord") && o.propertyValue("FullyQualifiedErrorId") != null) {
                ErrorRecord record = errorRecord(new ErrorRecordData(o));
                read.put(o, record);
                return record;
            }
            if (o.isA(PS_CREDENTIAL) && read(o.propertyValue("Password")) instanceof SecureString password) {
                Object userName = read(o.propertyValue("UserName"));
                PSCredential credential = PSCredential.create(userName == null ? null : userName.toString(), password);
                read.put(o, credential);
                return credential;
            }
            Object base = o.baseValue();
            boolean bag = o.adaptedProperties().isEmpty() && o.extendedProperties().isEmpty();
            if ((base instanceof PsCollection || base instanceof PsDictionary) && bag && o.typeNames().isEmpty()) {
                Object container = base instanceof PsCollection c ? list(c) : dictionary((PsDictionary) base, false);
                read.put(o, container);
                return container;
            }
            PSObject result = base == null || base instanceof PsObjectData ? PSObject.newCustomObject()
                    : new PSObject(base instanceof PsDictionary d ? dictionary(d, isOrdered(o)) : read(base));
            read.put(o, result);
            if (!o.typeNames().isEmpty()) {
                result.typeNames().clear();
                result.typeNames().addAll(o.deserializedTypeNames());
            }
            if (o.toStringValue() != null) {
                result.setToStringFromDeserialization(o.toStringValue());
            }
            for (PsProperty p : o.adaptedProperties()) {
                result.setNoteProperty(p.name(), read(p.value()));
            }
            for (PsProperty p : o.extendedProperties()) {
                result.setNoteProperty(p.name(), read(p.value()));
            }
            return result;
        }
    }
}
