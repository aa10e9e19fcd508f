package org.jposh.remoting.psrp.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects, type names, containers and references, read and written. */
class ClixmlObjectsTest {

    private static final String ENUM = "<Obj N=\"Type\" RefId=\"1\"><TN RefId=\"0\"><T>System.Management.Automation.ProgressRecordType</T>"
            + "<T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>Completed</ToString><I32>1</I32></Obj>";

    @Test
    void anObjectKeepsTypeNamesToStringBaseValueAndBothPropertyKinds() {
        String clixml = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.IO.FileInfo</T><T>System.Object</T></TN><ToString>a.txt</ToString>"
                + "<Props><S N=\"Name\">a.txt</S><I64 N=\"Length\">3</I64></Props><MS><S N=\"PSComputerName\">srv</S></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        assertEquals(List.of("System.IO.FileInfo", "System.Object"), o.typeNames());
        assertEquals(List.of("Deserialized.System.IO.FileInfo", "Deserialized.System.Object"), o.deserializedTypeNames());
        assertTrue(o.isA("system.io.fileinfo"));
        assertEquals("a.txt", o.toStringValue());
        assertEquals(List.of(new PsProperty("Name", "a.txt"), new PsProperty("Length", 3L)), o.adaptedProperties());
        assertEquals(List.of(new PsProperty("PSComputerName", "srv")), o.extendedProperties());
        assertEquals(3L, o.propertyValue("LENGTH"));
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void deserializedTypeNamesAreNotPrefixedTwice() {
        PsObjectData o = new PsObjectData("Deserialized.System.Diagnostics.Process", "System.Object");
        assertEquals(List.of("Deserialized.System.Diagnostics.Process", "Deserialized.System.Object"), o.deserializedTypeNames());
        assertTrue(o.isA("System.Diagnostics.Process"));
    }

    @Test
    void typeNameListsAreSharedThroughTnRef() {
        String clixml = "<Obj RefId=\"0\"><MS>" + ENUM + "<Obj N=\"Other\" RefId=\"2\"><TNRef RefId=\"0\" /><ToString>Processing</ToString>"
                + "<I32>0</I32></Obj></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        PsObjectData other = (PsObjectData) o.propertyValue("Other");
        assertEquals(((PsObjectData) o.propertyValue("Type")).typeNames(), other.typeNames());
        assertEquals(0, other.baseValue());
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void containersOfEveryKind() {
        String clixml = "<Obj RefId=\"0\"><MS>"
                + "<Obj N=\"l\" RefId=\"1\"><LST><I32>1</I32><S>two</S><Nil /></LST></Obj>"
                + "<Obj N=\"e\" RefId=\"2\"><IE><B>true</B></IE></Obj>"
                + "<Obj N=\"s\" RefId=\"3\"><STK><I32>2</I32><I32>1</I32></STK></Obj>"
                + "<Obj N=\"q\" RefId=\"4\"><QUE /></Obj>"
                + "<Obj N=\"d\" RefId=\"5\"><DCT><En><S N=\"Key\">a</S><I32 N=\"Value\">1</I32></En>"
                + "<En><I32 N=\"Key\">7</I32><Obj N=\"Value\" RefId=\"6\"><LST /></Obj></En></DCT></Obj>"
                + "</MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        PsCollection list = (PsCollection) ((PsObjectData) o.propertyValue("l")).baseValue();
        assertEquals(PsCollection.Kind.LIST, list.kind());
        assertEquals(java.util.Arrays.asList(1, "two", null), list.items());
        assertEquals(PsCollection.Kind.ENUMERABLE, ((PsCollection) ((PsObjectData) o.propertyValue("e")).baseValue()).kind());
        assertEquals(PsCollection.Kind.STACK, ((PsCollection) ((PsObjectData) o.propertyValue("s")).baseValue()).kind());
        assertEquals(PsCollection.Kind.QUEUE, ((PsCollection) ((PsObjectData) o.propertyValue("q")).baseValue()).kind());
        PsDictionary d = (PsDictionary) ((PsObjectData) o.propertyValue("d")).baseValue();
        assertEquals(1, d.get("A"));
        assertTrue(d.containsKey("a"));
        assertEquals(7, d.entries().get(1).key());
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void aBareContainerIsWrappedInAnObject() {
        assertEquals("<Obj RefId=\"0\"><LST><I32>1</I32></LST></Obj>", ClixmlWriter.write(PsCollection.list(1)));
        assertEquals("<Obj RefId=\"0\"><DCT /></Obj>", ClixmlWriter.write(new PsDictionary()));
        assertEquals("<Obj RefId=\"0\" />", ClixmlWriter.write(new PsObjectData()));
    }

    @Test
    void referencesResolveToTheSameInstanceAndAreWrittenAgainAsRefs() {
        String clixml = "<Obj RefId=\"0\"><MS><Obj N=\"a\" RefId=\"1\"><MS><I32 N=\"x\">1</I32></MS></Obj>"
                + "<Ref N=\"b\" RefId=\"1\" /><Obj N=\"c\" RefId=\"2\"><LST><Ref RefId=\"1\" /></LST></Obj></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        assertSame(o.propertyValue("a"), o.propertyValue("b"));
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void anObjectMayReferToItself() {
        String clixml = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>"
                + "<MS><Ref N=\"self\" RefId=\"0\" /></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        assertSame(o, o.propertyValue("self"));
        assertEquals(clixml, ClixmlWriter.write(o));
        PsObjectData again = (PsObjectData) ClixmlReader.read(clixml);
        assertEquals(o, again);
        assertEquals(o.hashCode(), again.hashCode());
        again.addExtended("more", 1);
        assertNotEquals(o, again);
    }

    @Test
    void equalityIgnoresSharingButNotContent() {
        PsObjectData shared = new PsObjectData().addExtended("x", new byte[] {1});
        PsObjectData a = new PsObjectData().addExtended("p", shared).addExtended("q", shared);
        PsObjectData b = new PsObjectData().addExtended("p", new PsObjectData().addExtended("x", new byte[] {1}))
                .addExtended("q", new PsObjectData().addExtended("x", new byte[] {1}));
        assertTrue(PsValues.deepEquals(a, b));
        assertNotEquals(ClixmlWriter.write(a), ClixmlWriter.write(b));
        b.extendedProperties().set(1, new PsProperty("q", new PsObjectData().addExtended("x", new byte[] {2})));
        assertTrue(!PsValues.deepEquals(a, b));
    }

    @Test
    void nestedMemberSetsAreProperties() {
        String clixml = "<Obj RefId=\"0\"><MS><MS N=\"PSStandardMembers\"><S N=\"DefaultDisplayProperty\">Name</S></MS></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        PsMemberSet set = assertInstanceOf(PsMemberSet.class, o.propertyValue("PSStandardMembers"));
        assertEquals(List.of(new PsProperty("DefaultDisplayProperty", "Name")), set.members());
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void aPrimitiveWithNotesIsAnObjectWithABaseValue() {
        String clixml = "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.String</T><T>System.Object</T></TN><ToString>hi</ToString>"
                + "<S>hi</S><MS><I32 N=\"Extra\">1</I32></MS></Obj>";
        PsObjectData o = (PsObjectData) ClixmlReader.read(clixml);
        assertEquals("hi", o.baseValue());
        assertEquals(clixml, ClixmlWriter.write(o));
    }

    @Test
    void exportClixmlDocumentsInPowerShellsNamespace() {
        String doc = """
                <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
                  <S>a</S>
                  <Obj RefId="0">
                    <MS>
                      <I32 N="n">1</I32>
                      <S N="e"></S>
                    </MS>
                  </Obj>
                  <Ref RefId="0" />
                </Objs>""";
        List<Object> values = ClixmlReader.readDocument(doc);
        assertEquals(3, values.size());
        assertSame(values.get(1), values.get(2));
        assertEquals(doc, ClixmlWriter.writeDocument(values, ClixmlWriter.UNLIMITED_DEPTH));
        assertEquals("<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\" />",
                ClixmlWriter.writeDocument(List.of(), ClixmlWriter.UNLIMITED_DEPTH));
        String indented = "<?xml version=\"1.0\"?>\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n"
                + "  <!-- a comment -->\n  <S>a</S>\n</Objs>\n";
        assertEquals(List.of("a"), ClixmlReader.readDocument(indented));
    }

    @Test
    void badInputIsRefusedWithPowerShellsErrorIds() {
        expectError("InvalidElementTag", "<Foo />", "Foo XML tag is not recognized. Line 1, position 2.");
        expectError("InvalidReferenceId", "<Ref RefId=\"3\" />", "No object found for referenceId 3 Line 1, position 2.");
        expectError("InvalidTypeHierarchyReferenceId", "<Obj RefId=\"0\"><TNRef RefId=\"9\" /></Obj>",
                "Cannot process names because no TypeNames were found for referenceId 9. Line 1, position 17.");
        expectError("AttributeExpected", "<Obj RefId=\"0\"><MS><S>x</S></MS></Obj>",
                "N attribute was expected. Line 1, position 21.");
        expectError("InvalidDictionaryKeyName", "<Obj RefId=\"0\"><DCT><En><S N=\"K\">a</S><S N=\"Value\">b</S></En></DCT></Obj>",
                "Name attribute for dictionary key is incorrectly specified. Line 1, position 26.");
        expectError("InvalidElementTag", "<Obj xmlns=\"urn:other\" />",
                "{urn:other}Obj XML tag is not recognized. Line 1, position 2.");
        expectError("InvalidNodeType", "<Obj RefId=\"0\">\n  text</Obj>",
                "Current Node type is Text. Expected type is Element. Line 1, position 16.");
        expectError("XmlException", "<S>a</S><S>b</S>", null);
        expectError("XmlException", "<Obj", null);
        expectError("UnexpectedVersion", "<Objs Version=\"2.0\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\" />",
                "Version of incoming PSObject is 2.0. Expected value is 1. Line 1, position 2.");
        expectError("XmlException", "<Objs Version=\"1.1.0.1\" />", "Element 'Objs' with namespace name "
                + "'http://schemas.microsoft.com/powershell/2004/04' was not found. Line 1, position 2.");
        expectError("InvalidElementTag", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
                + "\n  <S xmlns=\"\">a</S></Objs>", "S XML tag is not recognized. Line 2, position 4.");
        expectError("XmlException", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><S>&e;</S>", null);
    }

    @Test
    void nestingDeeperThanFiftyLevelsIsRefusedOnReadAndCutOnWrite() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("<Obj RefId=\"").append(i).append("\"><LST>");
        }
        deep.append("<I32>1</I32>");
        for (int i = 0; i < 60; i++) {
            deep.append("</LST></Obj>");
        }
        expectError("DeserializationTooDeep", deep.toString(), "Serialized XML is nested too deeply. Line 1, position 1021.");

        PsCollection inner = PsCollection.list(1);
        Object value = inner;
        for (int i = 0; i < 60; i++) {
            value = PsCollection.list(value);
        }
        String written = ClixmlWriter.write(value);
        assertTrue(written.contains("<S>Serialized XML is nested too deeply.</S>"), written);
        assertInstanceOf(PsObjectData.class, ClixmlReader.read(written));
    }

    @Test
    void depthLimitsAdaptedPropertiesButNotNotesOrContainers() {
        PsObjectData leaf = new PsObjectData("Leaf").setToStringValue("leaf!").addAdapted("Deep", 1);
        PsObjectData middle = new PsObjectData("Middle").addAdapted("Leaf", leaf).addExtended("Note", leaf);
        PsObjectData top = new PsObjectData().addAdapted("Middle", middle).addExtended("Items", PsCollection.list(leaf));

        assertEquals("<Obj RefId=\"0\"><Props><S N=\"Middle\">Middle</S></Props><MS><Obj N=\"Items\" RefId=\"1\"><LST>"
                + "<Obj RefId=\"2\"><TN RefId=\"0\"><T>Leaf</T></TN><ToString>leaf!</ToString><Props><I32 N=\"Deep\">1</I32></Props></Obj>"
                + "</LST></Obj></MS></Obj>",
                ClixmlWriter.write(top, 1));
        assertEquals("<Obj RefId=\"0\"><Props><Obj N=\"Middle\" RefId=\"1\"><TN RefId=\"0\"><T>Middle</T></TN>"
                + "<Props><S N=\"Leaf\">leaf!</S></Props><MS><Obj N=\"Note\" RefId=\"2\"><TN RefId=\"1\"><T>Leaf</T></TN>"
                + "<ToString>leaf!</ToString><Props><I32 N=\"Deep\">1</I32></Props></Obj></MS></Obj></Props>"
                + "<MS><Obj N=\"Items\" RefId=\"3\"><LST><Ref RefId=\"2\" /></LST></Obj></MS></Obj>", ClixmlWriter.write(top, 2));
        String unlimited = ClixmlWriter.write(top);
        assertTrue(unlimited.contains("<Ref N=\"Note\" RefId=\"2\" />"), unlimited);
        assertThrows(IllegalArgumentException.class, () -> ClixmlWriter.write(top, -1));
        assertThrows(IllegalArgumentException.class, () -> ClixmlWriter.write(new StringBuilder("not a model value")));
    }

    private static void expectError(String errorId, String clixml, String message) {
        ClixmlException e = assertThrows(ClixmlException.class, () -> {
            if (clixml.startsWith("<Objs")) {
                ClixmlReader.readDocument(clixml);
            } else {
                ClixmlReader.read(clixml);
            }
        }, clixml);
        assertEquals(errorId, e.errorId(), clixml + ": " + e.getMessage());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }
}
