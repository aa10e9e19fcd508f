package org.jposh.stdlib.utility;

import static org.jposh.stdlib.core.ObjectPipeline.named;
import static org.jposh.stdlib.core.ObjectPipeline.positional;
import static org.jposh.stdlib.core.ObjectPipeline.script;
import static org.jposh.stdlib.core.ObjectPipeline.switchParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.stdlib.core.ObjectPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sort-, Group-, Select-, Measure- and Compare-Object with script blocks and calculated properties
 * (ScriptCallable lambdas), Add-Member's script members, and errors checked by id.
 */
class ObjectCmdletsTest {
    private final ObjectPipeline pipeline = new ObjectPipeline();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private static PSObject person(String name, int age) {
        PSObject o = PSObject.newCustomObject();
        o.setNoteProperty("Name", name);
        o.setNoteProperty("Age", age);
        return o;
    }

    private static final List<PSObject> PEOPLE = List.of(person("Cy", 40), person("ann", 25), person("Bob", 31));

    /** {@code $_.Name.Length}. */
    private static final ScriptCallable NAME_LENGTH = script(" $_.Name.Length ",
            (self, under, args) -> ((String) MemberAccess.getMember(under, "Name")).length());

    private static Hashtable table(Object... keysAndValues) {
        Hashtable h = new Hashtable();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            h.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return h;
    }

    private static List<Object> names(List<Object> objects) {
        List<Object> names = new ArrayList<>();
        for (Object o : objects) {
            names.add(MemberAccess.getMember(o, "Name"));
        }
        return names;
    }

    @Test
    void sortByScriptBlockAndByHashtableWithItsOwnDirection() {
        assertEquals(List.of("Cy", "ann", "Bob"), names(pipeline.run(PEOPLE, "Sort-Object", positional(NAME_LENGTH))));
        Hashtable descending = table("Expression", NAME_LENGTH, "Descending", true);
        assertEquals(List.of("ann", "Bob", "Cy"), names(pipeline.run(PEOPLE, "Sort-Object",
                positional(new Object[] {descending, "Name"}))));
        // -Descending reverses keys without their own direction only.
        assertEquals(List.of("Bob", "ann", "Cy"), names(pipeline.run(PEOPLE, "Sort-Object",
                positional(new Object[] {table("e", NAME_LENGTH, "Ascending", false), table("e", "Name")}),
                switchParameter("Descending"))));
    }

    @Test
    void groupByScriptBlock() {
        List<Object> groups = pipeline.run(PEOPLE, "Group-Object", positional(NAME_LENGTH));
        assertEquals(2, groups.size());
        assertEquals("2", MemberAccess.getMember(groups.get(0), "Name"));
        assertEquals(1, MemberAccess.getMember(groups.get(0), "Count"));
        assertEquals("3", MemberAccess.getMember(groups.get(1), "Name"));
        assertEquals(List.of("ann", "Bob"), names(List.of((Object[]) MemberAccess.getMember(groups.get(1), "Group"))));
    }

    @Test
    void selectCalculatedPropertiesWithScriptBlocks() {
        List<Object> selected = pipeline.run(PEOPLE.subList(0, 1), "Select-Object",
                positional(new Object[] {"Name", table("n", "Letters", "e", NAME_LENGTH), NAME_LENGTH}));
        PSObject o = (PSObject) selected.getFirst();
        assertEquals("@{Name=Cy; Letters=2;  $_.Name.Length =2}", LanguagePrimitives.toStringValue(o));
        assertEquals("Selected.System.Management.Automation.PSCustomObject", o.typeNames().getFirst());
    }

    @Test
    void selectSwallowsAScriptBlockThatThrowsAndKeepsNull() {
        ScriptCallable failing = script("boom", (self, under, args) -> {
            throw new PSRuntimeException("Failed", ErrorCategory.InvalidOperation, "it failed");
        });
        List<Object> selected = pipeline.run(PEOPLE.subList(0, 1), "Select-Object",
                positional(new Object[] {table("n", "X", "e", failing)}));
        assertEquals("@{X=}", LanguagePrimitives.toStringValue(selected.getFirst()));
        // pwsh's property expressions eat the exception (GetValues with eatExceptions): no error is written
        assertTrue(pipeline.errors().isEmpty());
    }

    @Test
    void measureAScriptBlock() {
        List<Object> result = pipeline.run(PEOPLE, "Measure-Object", positional(new Object[] {NAME_LENGTH}),
                switchParameter("Sum"), switchParameter("Maximum"));
        Object info = result.getFirst();
        assertEquals(8.0, MemberAccess.getMember(info, "Sum"));
        assertEquals(3.0, MemberAccess.getMember(info, "Maximum"));
        assertEquals(" $_.Name.Length ", MemberAccess.getMember(info, "Property"));
    }

    @Test
    void compareByScriptBlock() {
        List<Object> result = pipeline.run(null, "Compare-Object", positional(PEOPLE.toArray()),
                positional(new Object[] {person("Dee", 1), person("Al", 2)}), named("Property",
                        new Object[] {NAME_LENGTH}), switchParameter("IncludeEqual"));
        List<String> rows = new ArrayList<>();
        for (Object o : result) {
            rows.add(LanguagePrimitives.toStringValue(o));
        }
        assertEquals(List.of("@{ $_.Name.Length =2; SideIndicator===}", "@{ $_.Name.Length =3; SideIndicator===}",
                "@{ $_.Name.Length =3; SideIndicator=<=}"), rows);
    }

    @Test
    void addMemberScriptPropertyAndMethod() {
        PSObject o = person("Ann", 30);
        ScriptCallable getter = script("$this.Age + 1", (self, under, args) ->
                (Integer) MemberAccess.getMember(self, "Age") + 1);
        ScriptCallable setter = script("$this.Age = $args[0] - 1", (self, under, args) -> {
            MemberAccess.setMember(self, "Age", (Integer) args[0] - 1);
            return null;
        });
        pipeline.run(List.of(o), "Add-Member", named("MemberType", "ScriptProperty"), named("Name", "Next"),
                named("Value", getter), named("SecondValue", setter));
        assertEquals(31, MemberAccess.getMember(o, "Next"));
        MemberAccess.setMember(o, "Next", 50);
        assertEquals(49, MemberAccess.getMember(o, "Age"));
        ScriptCallable greet = script("'hi ' + $args[0]", (self, under, args) -> "hi " + args[0]);
        List<Object> passed = pipeline.run(List.of(o), "Add-Member", named("MemberType", "ScriptMethod"),
                named("Name", "Greet"), named("Value", greet), switchParameter("PassThru"));
        assertEquals(List.of(o), passed);
        assertEquals("hi you", MemberAccess.invokeMethod(o, "Greet", new Object[] {"you"}));
        // One sorted list per -Name pattern, in the order of the patterns.
        List<Object> members = pipeline.run(List.of(o), "Get-Member", named("Name", new String[] {"Next", "Greet"}));
        assertEquals(List.of("System.Object Next {get=$this.Age + 1;set=$this.Age = $args[0] - 1;}",
                        "System.Object Greet();"),
                members.stream().map(LanguagePrimitives::toStringValue).toList());
    }

    @Test
    void addMemberScriptPropertyNeedsAGetterOrASetter() {
        PoshException e = assertThrows(PoshException.class, () -> pipeline.run(List.of(person("A", 1)), "Add-Member",
                named("MemberType", "ScriptProperty"), named("Name", "P"), named("Value", null)));
        assertEquals("Value1AndValue2AreNotBothNull,Microsoft.PowerShell.Commands.AddMemberCommand",
                e.errorRecord().fullyQualifiedErrorId());
    }

    @Test
    void groupObjectAsStringNeedsAsHashTable() {
        PoshException e = assertThrows(PoshException.class, () -> pipeline.run(List.of("a"), "Group-Object",
                switchParameter("AsString")));
        assertEquals("ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand",
                e.errorRecord().fullyQualifiedErrorId());
        assertTrue(e.errorRecord().message().startsWith("The command cannot be run because the AsString parameter"));
        e = assertThrows(PoshException.class, () -> pipeline.run(List.of("a"), "Group-Object",
                positional(new Object[] {"Length", "Chars"}), switchParameter("AsHashTable")));
        assertTrue(e.errorRecord().message().contains("with more than one property requires adding the AsString"));
    }

    @Test
    void getMemberRejectsAnUnknownMemberType() {
        PoshException e = assertThrows(PoshException.class, () -> pipeline.run(List.of("a"), "Get-Member",
                named("MemberType", new String[] {"NoSuchKind"})));
        assertTrue(e.errorRecord().message().startsWith("Cannot bind parameter 'MemberType'. Cannot convert value "
                + "\"NoSuchKind\" to type \"System.Management.Automation.PSMemberTypes\"."));
    }

    @Test
    void getMemberStaticListsTheTypesStaticMembers() {
        List<Object> members = pipeline.run(List.of(CoreTypes.INT32), "Get-Member",
                switchParameter("Static"), named("Name", new String[] {"Max*", "Parse"}));
        List<String> definitions = members.stream().map(LanguagePrimitives::toStringValue).toList();
        assertTrue(definitions.contains("static int MaxValue {get;}"), definitions.toString());
        assertTrue(definitions.stream().anyMatch(d -> d.startsWith("static int Parse(string s")), definitions.toString());
    }
}
