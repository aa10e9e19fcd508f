package org.jposh.remoting.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSScriptMethod;
import org.jposh.interpreter.runtime.SByte;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.UInt16;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;
import org.jposh.remoting.psrp.clixml.ClixmlReader;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.junit.jupiter.api.Test;

/** The interpreter's values to CLIXML and back, in the shapes pwsh writes and reads. */
class PsObjectBridgeTest {
    /** Serializes at remoting depth, writes and reads the CLIXML text, and deserializes. */
    private static Object roundTrip(Object value) {
        String xml = ClixmlWriter.write(PsObjectBridge.serialize(value, ClixmlWriter.REMOTING_DEPTH));
        return PsObjectBridge.deserialize(ClixmlReader.read(xml));
    }

    @Test
    void primitivesStayPrimitives() {
        for (Object v : List.of(42, 5L, 1.5, "text", true, 'c')) {
            assertEquals(v, roundTrip(v));
        }
    }

    @Test
    void smallAndUnsignedIntegersUsePwshsElementsAndComeBackAsTheirOwnTypes() {
        assertEquals("<By>200</By>", ClixmlWriter.write(PsObjectBridge.serialize((byte) 200, 1)));
        assertEquals("<SB>-5</SB>", ClixmlWriter.write(PsObjectBridge.serialize(SByte.valueOf((byte) -5), 1)));
        assertEquals("<I16>-300</I16>", ClixmlWriter.write(PsObjectBridge.serialize((short) -300, 1)));
        assertEquals("<U16>65535</U16>", ClixmlWriter.write(PsObjectBridge.serialize(UInt16.valueOf(65535), 1)));
        assertEquals("<U32>4294967295</U32>",
                ClixmlWriter.write(PsObjectBridge.serialize(UInt32.valueOf(4294967295L), 1)));
        assertEquals("<U64>18446744073709551615</U64>",
                ClixmlWriter.write(PsObjectBridge.serialize(UInt64.valueOf(-1L), 1)));
        for (Object v : List.of((byte) 200, SByte.valueOf((byte) -128), (short) 32767, UInt16.valueOf(1),
                UInt32.valueOf(4294967295L), UInt64.valueOf(-1L), UInt64.valueOf(7))) {
            Object back = roundTrip(v);
            assertEquals(v.getClass(), back.getClass());
            assertEquals(v, back);
        }
    }

    @Test
    void receivedSmallIntegersAreTheInterpretersValues() {
        // pwsh's own text for each type, as a Windows PowerShell server writes it (the fixtures' U32s)
        assertEquals((byte) 255, PsObjectBridge.deserialize(ClixmlReader.read("<By>255</By>")));
        assertEquals(SByte.valueOf((byte) -1), PsObjectBridge.deserialize(ClixmlReader.read("<SB>-1</SB>")));
        assertEquals((short) 12, PsObjectBridge.deserialize(ClixmlReader.read("<I16>12</I16>")));
        assertEquals(UInt16.valueOf(40000), PsObjectBridge.deserialize(ClixmlReader.read("<U16>40000</U16>")));
        assertEquals(UInt32.valueOf(2780), PsObjectBridge.deserialize(ClixmlReader.read("<U32 N=\"ProcessId\">2780</U32>")));
        UInt64 max = (UInt64) PsObjectBridge.deserialize(ClixmlReader.read("<U64>18446744073709551615</U64>"));
        assertEquals("18446744073709551615", max.toString());
        PSObject info = (PSObject) PsObjectBridge.deserialize(ClixmlReader.read(
                "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Object</T></TN><MS><U32 N=\"NativeThreadId\">1328</U32></MS></Obj>"));
        assertEquals(UInt32.valueOf(1328), info.property("NativeThreadId").getValue(info));
    }

    @Test
    void aDeserializedObjectShowsTheSendersToString() {
        String xml = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Diagnostics.Process</T><T>System.Object</T></TN>"
                + "<ToString>System.Diagnostics.Process (pwsh)</ToString><Props><I32 N=\"Id\">42</I32></Props></Obj>";
        PSObject process = (PSObject) PsObjectBridge.deserialize(ClixmlReader.read(xml));
        assertEquals("System.Diagnostics.Process (pwsh)", LanguagePrimitives.toStringValue(process));
        assertEquals("System.Diagnostics.Process (pwsh)", MemberAccess.invokeMethod(process, "ToString", new Object[0]));
        assertEquals("System.Diagnostics.Process (pwsh)", process.toStringFromDeserialization());
        // sent on as it came, as pwsh's serializer keeps ToStringFromDeserialization
        assertEquals(xml.replace("<T>System", "<T>Deserialized.System").replace("<Props><I32", "<MS><I32")
                        .replace("</Props>", "</MS>"),
                ClixmlWriter.write(PsObjectBridge.serialize(process, ClixmlWriter.REMOTING_DEPTH)));
    }

    @Test
    void anObjectSendsItsToStringAndAPropertyBagNone() {
        PSObject bag = PSObject.newCustomObject();
        bag.setNoteProperty("a", 1);
        assertEquals(null, ((PsObjectData) PsObjectBridge.serialize(bag, 1)).toStringValue());
        assertEquals("@{a=1}", LanguagePrimitives.toStringValue(roundTrip(bag)));
        PSObject withScriptToString = new PSObject(new java.io.File("/tmp"));
        withScriptToString.addMember(new PSScriptMethod("ToString", (self, under, args) -> "mine"));
        withScriptToString.setNoteProperty("n", 1);
        PSObject back = (PSObject) roundTrip(withScriptToString);
        assertEquals("mine", LanguagePrimitives.toStringValue(back));
    }

    @Test
    void datesAndDurationsKeepTheirKind() {
        DateTime utc = new DateTime(LocalDateTime.of(2024, 2, 29, 13, 14, 15), DateTime.Kind.Utc);
        assertEquals(Instant.parse("2024-02-29T13:14:15Z"), PsObjectBridge.serialize(utc, 1));
        assertEquals(utc, roundTrip(utc));
        DateTime unspecified = new DateTime(LocalDateTime.of(2020, 1, 1, 0, 0), DateTime.Kind.Unspecified);
        assertEquals(unspecified, roundTrip(unspecified));
        TimeSpan span = new TimeSpan(12_345_678_901L);
        assertEquals(Duration.ofSeconds(1234, 567_890_100), PsObjectBridge.serialize(span, 1));
        assertEquals(span, roundTrip(span));
    }

    @Test
    void customObjectsAreNotePropertiesWithDeserializedTypeNames() {
        PSObject o = PSObject.newCustomObject();
        o.setNoteProperty("Name", "x");
        o.setNoteProperty("Size", 3);
        PsObjectData data = (PsObjectData) PsObjectBridge.serialize(o, 1);
        assertEquals(List.of("System.Management.Automation.PSCustomObject", "System.Object"), data.typeNames());
        assertEquals(2, data.extendedProperties().size());
        assertEquals(List.of(), data.adaptedProperties());
        PSObject back = (PSObject) roundTrip(o);
        assertEquals(List.of("Deserialized.System.Management.Automation.PSCustomObject", "Deserialized.System.Object"),
                back.typeNames());
        assertEquals("x", back.property("Name").getValue(back));
        assertEquals(3, back.property("size").getValue(back));
    }

    @Test
    void nestedCustomObjectsAndCyclesSurvive() {
        PSObject inner = PSObject.newCustomObject();
        inner.setNoteProperty("Leaf", 1);
        PSObject outer = PSObject.newCustomObject();
        outer.setNoteProperty("Inner", inner);
        outer.setNoteProperty("Self", outer);
        PSObject back = (PSObject) roundTrip(outer);
        PSObject innerBack = (PSObject) back.property("Inner").getValue(back);
        assertEquals(1, innerBack.property("Leaf").getValue(innerBack));
        assertEquals(back, back.property("Self").getValue(back));
    }

    @Test
    void hashtablesAndArraysRoundTrip() {
        Hashtable table = new Hashtable();
        table.put("a", 1);
        table.put("b", new Object[]{"x", 2});
        PsObjectData data = (PsObjectData) PsObjectBridge.serialize(table, 1);
        assertEquals("System.Collections.Hashtable", data.typeNames().getFirst());
        PSObject back = assertInstanceOf(PSObject.class, roundTrip(table));
        assertEquals(List.of("Deserialized.System.Collections.Hashtable", "Deserialized.System.Object"), back.typeNames());
        Hashtable entries = assertInstanceOf(Hashtable.class, back.baseObject());
        assertEquals(1, entries.get("A"));
        PSObject items = assertInstanceOf(PSObject.class, entries.get("b"));
        assertEquals("Deserialized.System.Object[]", items.typeNames().getFirst());
        assertEquals(List.of("x", 2), items.baseObject());
        PsObjectData array = (PsObjectData) PsObjectBridge.serialize(new Object[]{1, 2}, 1);
        assertEquals(List.of("System.Object[]", "System.Array", "System.Object"), array.typeNames());
    }

    @Test
    void objectsWithPropertiesBeyondTheDepthBecomeTheirToString() {
        TimeSpan span = new TimeSpan(TimeSpan.TICKS_PER_SECOND);
        Object[] nested = {span};
        assertEquals(Duration.ofSeconds(1), ((org.jposh.remoting.psrp.clixml.PsCollection)
                ((PsObjectData) PsObjectBridge.serialize(nested, 0)).baseValue()).items().getFirst());
    }

    @Test
    void errorRecordsTravelInPwshsShapeAndRehydrate() {
        ErrorRecord record = new ErrorRecord("Cannot find path.", "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand",
                ErrorCategory.ObjectNotFound, "/x", "Get-Item", "ItemNotFoundException", null);
        var data = PsObjectBridge.errorRecord(record);
        assertEquals("Cannot find path.", data.message());
        assertEquals("ObjectNotFound", data.categoryName());
        assertEquals("ObjectNotFound: (/x:String) [Get-Item], ItemNotFoundException", data.categoryMessage());
        assertEquals("System.Management.Automation.ItemNotFoundException", data.exception().typeNames().getFirst());
        ErrorRecord back = (ErrorRecord) roundTrip(record);
        assertEquals(record.message(), back.message());
        assertEquals(record.fullyQualifiedErrorId(), back.fullyQualifiedErrorId());
        assertEquals(record.category(), back.category());
        assertEquals(record.categoryInfo(), back.categoryInfo());
    }
}
