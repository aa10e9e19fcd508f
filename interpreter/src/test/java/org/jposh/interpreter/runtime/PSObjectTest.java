package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PSObjectTest {

    private static OrderedDictionary ordered(Object... keysAndValues) {
        OrderedDictionary d = new OrderedDictionary();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    @Test
    void customObjectsKeepTheDictionaryOrderAndPrintAsPropertyLists() {
        PSObject o = PSObject.fromDictionary(ordered("Zeta", 1, "alpha", "two", "mid", null));
        List<String> names = new ArrayList<>();
        for (PSPropertyInfo p : o.properties()) {
            names.add(p.name());
        }
        assertEquals(List.of("Zeta", "alpha", "mid"), names);
        assertEquals("@{Zeta=1; alpha=two; mid=}", LanguagePrimitives.toStringValue(o));
        assertEquals("", LanguagePrimitives.toStringValue(PSObject.newCustomObject()));
        assertEquals(List.of("System.Management.Automation.PSCustomObject", "System.Object"), o.typeNames());
    }

    @Test
    void nestedCollectionsInACustomObjectShowTheirTypeName() {
        PSObject o = PSObject.fromDictionary(ordered("a", new Object[] {1, 2}, "b", new Hashtable()));
        assertEquals("@{a=System.Object[]; b=System.Collections.Hashtable}", LanguagePrimitives.toStringValue(o));
    }

    @Test
    void aPSTypeNameKeyBecomesTheFirstTypeName() {
        PSObject o = PSObject.fromDictionary(ordered("PSTypeName", "My.Widget", "Size", 3));
        assertEquals("My.Widget", o.typeNames().getFirst());
        assertNull(o.property("PSTypeName"));
        assertEquals(3, MemberAccess.getMember(o, "size"));
    }

    @Test
    void typeNamesCanBeRewrittenAsDeserializedObjectsCarryThem() {
        PSObject o = PSObject.newCustomObject();
        o.typeNames().clear();
        o.typeNames().addAll(List.of("Deserialized.System.Diagnostics.Process", "Deserialized.System.Object"));
        assertEquals("Deserialized.System.Diagnostics.Process", LanguagePrimitives.typeNameString(o));
    }

    @Test
    void memberLookupIgnoresCaseAndInstanceMembersHideAdaptedOnes() {
        PSObject wrapped = new PSObject("text");
        assertEquals(4, MemberAccess.getMember(wrapped, "LENGTH"));
        wrapped.addMember(new PSNoteProperty("Length", 99));
        assertEquals(99, MemberAccess.getMember(wrapped, "length"));
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> wrapped.addMember(new PSNoteProperty("LENGTH", 1)));
        assertEquals("The member \"LENGTH\" is already present.", e.getMessage());
    }

    @Test
    void scriptPropertiesAndMethodsRunWithThisSetToTheObject() {
        PSObject o = PSObject.fromDictionary(ordered("Width", 3, "Height", 4));
        o.addMember(new PSScriptProperty("Area", (self, under, args) ->
                (Integer) MemberAccess.getMember(self, "Width") * (Integer) MemberAccess.getMember(self, "Height"),
                null));
        o.addMember(new PSScriptMethod("Scale", (self, under, args) -> {
            MemberAccess.setMember(self, "width", (Integer) MemberAccess.getMember(self, "Width") * (Integer) args[0]);
            return AutomationNull.VALUE;
        }));
        assertEquals(12, MemberAccess.getMember(o, "area"));
        MemberAccess.invokeMethod(o, "SCALE", new Object[] {2});
        assertEquals(24, MemberAccess.getMember(o, "Area"));
        assertEquals("@{Width=6; Height=4; Area=System.Management.Automation.PSScriptProperty}",
                LanguagePrimitives.toStringValue(o));
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> MemberAccess.setMember(o, "Area", 1));
        assertEquals("Set accessor for property \"Area\" is unavailable.", e.getMessage());
    }

    @Test
    void aScriptToStringMethodDecidesTheString() {
        PSObject o = PSObject.newCustomObject();
        o.addMember(new PSScriptMethod("ToString", (self, under, args) -> "custom"));
        assertEquals("custom", LanguagePrimitives.toStringValue(o));
    }

    @Test
    void settingAnUnknownPropertyOfACustomObjectFails() {
        PSObject o = PSObject.newCustomObject();
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> MemberAccess.setMember(o, "New", 1));
        assertEquals("PropertyAssignmentException", e.errorId());
        assertEquals("The property 'New' cannot be found on this object. Verify that the property exists and can be set.",
                e.getMessage());
    }

    @Test
    void automationNullBecomesNullWhenStored() {
        PSObject o = PSObject.newCustomObject();
        o.setNoteProperty("p", AutomationNull.VALUE);
        assertNull(((PSNoteProperty) o.instanceMember("p")).value());
        PSReference ref = new PSReference(AutomationNull.VALUE);
        assertNull(ref.getValue());
        assertTrue(LanguagePrimitives.isNull(AutomationNull.VALUE));
        assertNull(LanguagePrimitives.automationNullToNull(AutomationNull.VALUE));
    }

    @Test
    void psObjectIntrinsicMembersAreReachable() {
        PSObject o = PSObject.newCustomObject();
        assertSame(o, ((IntrinsicPSObject) MemberAccess.getMember(o, "psobject")).target());
        assertInstanceOf(List.class, MemberAccess.getMember(5, "PSTypeNames"));
        assertEquals("System.Int32", ((List<?>) MemberAccess.getMember(5, "pstypenames")).getFirst());
    }

    @Test
    void refHoldsAValueThatCanBeReplaced() {
        PSReference ref = (PSReference) LanguagePrimitives.convertTo(5, CoreTypes.PS_REFERENCE);
        assertEquals(5, MemberAccess.getMember(ref, "Value"));
        MemberAccess.setMember(ref, "value", "x");
        assertEquals("x", ref.getValue());
        assertInstanceOf(PSReference.class, LanguagePrimitives.convertTo(null, CoreTypes.PS_REFERENCE));
    }

    @Test
    void copyHasItsOwnNotePropertiesAndTypeNames() {
        PSObject o = PSObject.fromDictionary(ordered("a", 1));
        o.typeNames().addFirst("My.Type");
        PSObject copy = o.copy();
        ((PSNoteProperty) copy.instanceMember("a")).setValue(copy, 2);
        copy.typeNames().addFirst("Other");
        assertEquals(1, o.property("a").getValue(o));
        assertEquals(List.of("My.Type", "System.Management.Automation.PSCustomObject", "System.Object"), o.typeNames());
        assertEquals("Other", copy.typeNames().getFirst());
    }

    @Test
    void memberCollectionsAreLiveViewsBoundToTheirObject() {
        PSObject o = PSObject.fromDictionary(ordered("a", 1));
        PSMemberInfoCollection properties = new PSMemberInfoCollection(o, PSMemberInfoCollection.Kind.PROPERTIES);
        properties.add(new PSNoteProperty("b", 2));
        assertEquals(2, o.property("b").getValue(o));
        BoundMember b = properties.get("B");
        assertSame(o, b.owner());
        properties.remove("a");
        assertNull(properties.get("a"));
        assertEquals(1, properties.match("*").length);
        DotNetException e = assertThrows(DotNetException.class, () -> properties.add(new PSNoteProperty("b", 3)));
        assertEquals("The member \"b\" is already present.", e.getMessage());
    }
}
