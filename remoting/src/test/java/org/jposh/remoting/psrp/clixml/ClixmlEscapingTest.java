package org.jposh.remoting.psrp.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ClixmlEscapingTest {
    @Test
    void controlCharactersAndC1AreEscapedInUpperCaseHex() {
        assertEquals("_x0000__x001F__x007F__x009F_ ~", ClixmlEscaping.encode("\u0000\u001f\u007f\u009f ~"));
        assertEquals("a_x000D__x000A_b", ClixmlEscaping.encode("a\r\nb"));
        assertEquals("\u00a0é€", ClixmlEscaping.encode("\u00a0é€"));
    }

    @Test
    void anUnderscoreIsEscapedOnlyBeforeAnX() {
        assertEquals("my_var", ClixmlEscaping.encode("my_var"));
        assertEquals("_x005F_x000A_", ClixmlEscaping.encode("_x000A_"));
        assertEquals("_x005F_Xyz", ClixmlEscaping.encode("_Xyz"));
        assertEquals("trailing_", ClixmlEscaping.encode("trailing_"));
    }

    @Test
    void surrogatesAreEscapedOneHalfAtATime() {
        String emoji = new String(Character.toChars(0x1F600));
        assertEquals("_xD83D__xDE00_", ClixmlEscaping.encode(emoji));
        assertEquals(emoji, ClixmlEscaping.decode("_xD83D__xDE00_"));
        assertEquals(emoji, ClixmlEscaping.decode("_x0001F600_"));
    }

    @Test
    void decodingIsLenientLikeXmlConvertDecodeName() {
        assertEquals("\n\n", ClixmlEscaping.decode("_x000a__X000A_"));
        assertEquals("_x12_ _xZZZZ_ _x0041", ClixmlEscaping.decode("_x12_ _xZZZZ_ _x0041"));
        assertEquals("A_", ClixmlEscaping.decode("_x0041__"));
        String plain = "nothing to do";
        assertSame(plain, ClixmlEscaping.decode(plain));
        assertSame(plain, ClixmlEscaping.encode(plain));
    }

    @Test
    void everyCharacterSurvivesARoundTripThroughClixml() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("_x0041_ _X _x").append(new String(Character.toChars(0x10FFFF)));
        String text = all.toString();
        assertEquals(text, ClixmlReader.read(ClixmlWriter.write(text)));
        PsObjectData o = new PsObjectData().addExtended(text, 1);
        assertEquals(text, ((PsObjectData) ClixmlReader.read(ClixmlWriter.write(o))).extendedProperties().get(0).name());
    }

    @Test
    void propertyNamesAreEscapedAndQuoted() {
        PsObjectData o = new PsObjectData().addExtended("a\"b<&>\n", "v");
        assertEquals("<Obj RefId=\"0\"><MS><S N=\"a&quot;b&lt;&amp;&gt;_x000A_\">v</S></MS></Obj>", ClixmlWriter.write(o));
    }
}
