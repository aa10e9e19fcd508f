package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keys $PSDefaultParameterValues accepts, as pwsh's DefaultParameterDictionary.CheckKeyIsValid. */
class DefaultParameterDictionaryTest {
    @Test
    void keysAreCommandColonParameterWithQuotesAndSpacesAllowed() {
        assertEquals(new DefaultParameterDictionary.Key("Get-Thing", "Name"),
                DefaultParameterDictionary.parseKey("Get-Thing:Name"));
        assertEquals(new DefaultParameterDictionary.Key("Get-Thing", "Name"),
                DefaultParameterDictionary.parseKey("  Get-Thing :  Name "));
        assertEquals(new DefaultParameterDictionary.Key("a:b", "c d"),
                DefaultParameterDictionary.parseKey("'a:b':\"c d\""));
        assertEquals(new DefaultParameterDictionary.Key("*", "Verb*"), DefaultParameterDictionary.parseKey("*:Verb*"));
        for (String bad : new String[] {"", "NoColon", ":Name", "Cmd:", "Cmd: ", "'Cmd:Name", "Cmd:'Name", "'':x",
                "Cmd:'Name' x", "Disabled"}) {
            assertNull(DefaultParameterDictionary.parseKey(bad), bad);
        }
    }

    @Test
    void badKeysAreRefusedAndKeysTrimmed() {
        DefaultParameterDictionary d = new DefaultParameterDictionary();
        d.put(" Cmd:Name ", 1);
        d.put("DISABLED", true);
        assertEquals(1, d.get("cmd:name"));
        assertTrue(d.containsKey("  Cmd:Name"));
        DotNetException bad = assertThrows(DotNetException.class, () -> d.put("bad", 1));
        assertEquals("The key 'bad' does not have a valid format. For information about the correct format, see "
                + "about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.", bad.getMessage());
        DotNetException notString = assertThrows(DotNetException.class, () -> d.put(5, 1));
        assertEquals("The key '5' of type 'System.Int32' is not a string value. DefaultParameterDictionary only accepts "
                + "string value keys.", notString.getMessage());
        DotNetException twice = assertThrows(DotNetException.class, () -> d.add("Cmd:Name", 2));
        assertEquals("The key 'Cmd:Name' has already been added to the dictionary.", twice.getMessage());
    }

    @Test
    void aCopyNamesEveryBadKey() {
        Map<Object, Object> source = new LinkedHashMap<>();
        source.put("x:y", 1);
        source.put("bad", 2);
        source.put("worse", 3);
        DotNetException e = assertThrows(DotNetException.class, () -> new DefaultParameterDictionary(source));
        assertEquals("The keys 'bad, worse' do not have valid formats. For information about the correct format, see "
                + "about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.", e.getMessage());
        source.remove("bad");
        source.remove("worse");
        assertEquals(1, new DefaultParameterDictionary(source).get("X:Y"));
    }
}
