package org.jposh.remoting.psrp.clixml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each primitive reads into its Java type and writes back to the exact text pwsh writes. */
class ClixmlPrimitivesTest {

    private static void roundTrip(String clixml, Object expected) {
        Object value = ClixmlReader.read(clixml);
        if (expected instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) value);
        } else {
            assertEquals(expected, value, clixml);
        }
        assertEquals(clixml, ClixmlWriter.write(value));
    }

    @Test
    void stringsCharsAndBooleans() {
        roundTrip("<S>hello</S>", "hello");
        roundTrip("<S></S>", "");
        roundTrip("<S>line_x000A_next_x0009_tab</S>", "line\nnext\ttab");
        roundTrip("<S>a &lt;b&gt; &amp; \"c\"</S>", "a <b> & \"c\"");
        roundTrip("<C>97</C>", 'a');
        roundTrip("<C>65535</C>", '\uffff');
        roundTrip("<B>true</B>", true);
        roundTrip("<B>false</B>", false);
        assertEquals(true, ClixmlReader.read("<B>1</B>"));
        assertNull(ClixmlReader.read("<Nil />"));
        assertEquals("<Nil />", ClixmlWriter.write(null));
    }

    @Test
    void integersOfEveryWidth() {
        roundTrip("<SB>-128</SB>", (byte) -128);
        roundTrip("<By>255</By>", PsUnsigned.ofByte(255));
        roundTrip("<I16>-32768</I16>", (short) -32768);
        roundTrip("<U16>65535</U16>", PsUnsigned.ofUInt16(65535));
        roundTrip("<I32>-2147483648</I32>", Integer.MIN_VALUE);
        roundTrip("<U32>4294967295</U32>", PsUnsigned.ofUInt32(4294967295L));
        roundTrip("<I64>9223372036854775807</I64>", Long.MAX_VALUE);
        roundTrip("<U64>18446744073709551615</U64>", PsUnsigned.ofUInt64(-1L));
        assertThrows(IllegalArgumentException.class, () -> PsUnsigned.ofByte(256));
    }

    @Test
    void floatingPointAsDotNetCoreRoundTripFormat() {
        roundTrip("<Db>1.5</Db>", 1.5);
        roundTrip("<Db>0.1</Db>", 0.1);
        roundTrip("<Db>0.30000000000000004</Db>", 0.1 + 0.2);
        roundTrip("<Db>100000000000000</Db>", 1e14);
        roundTrip("<Db>1E+15</Db>", 1e15);
        roundTrip("<Db>1.2345678901234568E+17</Db>", 123456789012345678.0);
        roundTrip("<Db>0.0001</Db>", 0.0001);
        roundTrip("<Db>1E-05</Db>", 0.00001);
        roundTrip("<Db>-2.5E-300</Db>", -2.5e-300);
        roundTrip("<Db>1.7976931348623157E+308</Db>", Double.MAX_VALUE);
        roundTrip("<Db>NaN</Db>", Double.NaN);
        roundTrip("<Db>INF</Db>", Double.POSITIVE_INFINITY);
        roundTrip("<Db>-INF</Db>", Double.NEGATIVE_INFINITY);
        roundTrip("<Db>0</Db>", 0.0);
        roundTrip("<Db>-0</Db>", -0.0);
        roundTrip("<Db>42</Db>", 42.0);
        roundTrip("<Sg>3.4028235E+38</Sg>", Float.MAX_VALUE);
        roundTrip("<Sg>1234567</Sg>", 1234567f);
        roundTrip("<Sg>1E+07</Sg>", 1e7f);
        roundTrip("<Sg>0.1</Sg>", 0.1f);
        roundTrip("<D>1.50</D>", new BigDecimal("1.50"));
        roundTrip("<D>-79228162514264337593543950335</D>", new BigDecimal("-79228162514264337593543950335"));
    }

    @Test
    void datesKeepTheirKind() {
        roundTrip("<DT>2018-06-13T23:46:28.00516+00:00</DT>",
                OffsetDateTime.of(2018, 6, 13, 23, 46, 28, 5_160_000, ZoneOffset.UTC));
        roundTrip("<DT>2018-06-13T23:46:27.9270288+02:00</DT>",
                OffsetDateTime.of(2018, 6, 13, 23, 46, 27, 927_028_800, ZoneOffset.ofHours(2)));
        roundTrip("<DT>2024-02-29T12:00:00Z</DT>", Instant.parse("2024-02-29T12:00:00Z"));
        roundTrip("<DT>0001-01-01T00:00:00</DT>", LocalDateTime.of(1, 1, 1, 0, 0));
        roundTrip("<DT>2020-01-02T03:04:05.1-05:30</DT>",
                OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 100_000_000, ZoneOffset.ofHoursMinutes(-5, -30)));
        assertEquals("<DT>2020-01-02T03:04:05.1234567Z</DT>", ClixmlWriter.write(Instant.parse("2020-01-02T03:04:05.123456789Z")));
    }

    @Test
    void durationsAsXsdDurations() {
        roundTrip("<TS>PT9.0269026S</TS>", Duration.ofNanos(9_026_902_600L));
        roundTrip("<TS>P1DT2H3M4.5S</TS>", Duration.ofDays(1).plusHours(2).plusMinutes(3).plusMillis(4500));
        roundTrip("<TS>-PT1S</TS>", Duration.ofSeconds(-1));
        roundTrip("<TS>PT0S</TS>", Duration.ZERO);
        roundTrip("<TS>P2D</TS>", Duration.ofDays(2));
        roundTrip("<TS>PT1H</TS>", Duration.ofHours(1));
        roundTrip("<TS>PT0.0000001S</TS>", Duration.ofNanos(100));
        ClixmlException e = assertThrows(ClixmlException.class, () -> ClixmlReader.read("<TS>P1Y</TS>"));
        assertEquals("InvalidPrimitiveType", e.errorId());
        assertEquals("The contents of the System.TimeSpan primitive type are not valid. Line 1, position 13.",
                e.getMessage());
    }

    @Test
    void guidsUrisVersionsBytesAndTexts() {
        roundTrip("<G>76056a84-51dc-4f24-9262-ca2a55464b2b</G>", UUID.fromString("76056a84-51dc-4f24-9262-ca2a55464b2b"));
        assertEquals(UUID.fromString("76056a84-51dc-4f24-9262-ca2a55464b2b"),
                ClixmlReader.read("<G>{76056A84-51DC-4F24-9262-CA2A55464B2B}</G>"));
        roundTrip("<URI>http://example.com/a?b=c&amp;d=e</URI>", URI.create("http://example.com/a?b=c&d=e"));
        roundTrip("<Version>2.3</Version>", new PsVersion(2, 3));
        roundTrip("<Version>5.1.17763.1971</Version>", new PsVersion(5, 1, 17763, 1971));
        roundTrip("<Version>1.2.3</Version>", new PsVersion(1, 2, 3, -1));
        roundTrip("<BA>AAEC/w==</BA>", new byte[] {0, 1, 2, (byte) 255});
        roundTrip("<BA></BA>", new byte[0]);
        roundTrip("<SS>rTm4n3bxaFOIgdjhDDV5OA==</SS>", new PsSecureString("rTm4n3bxaFOIgdjhDDV5OA=="));
        roundTrip("<XD>&lt;a x=\"1\"&gt;b&lt;/a&gt;</XD>", new PsXmlDocument("<a x=\"1\">b</a>"));
        roundTrip("<SBK>Get-Date_x000A_$_x005F_x</SBK>", new PsScriptBlock("Get-Date\n$_x"));
    }

    @Test
    void malformedPrimitivesAreReportedAsPowerShellDoes() {
        for (String bad : new String[] {"<I32>x</I32>", "<I32>2147483648</I32>", "<By>256</By>", "<C>70000</C>", "<B>yes</B>",
                "<G>not-a-guid</G>", "<Version>1</Version>", "<DT>yesterday</DT>", "<Db>1,5</Db>", "<BA>***</BA>"}) {
            ClixmlException e = assertThrows(ClixmlException.class, () -> ClixmlReader.read(bad), bad);
            assertEquals("InvalidPrimitiveType", e.errorId(), bad);
        }
        assertEquals("The contents of the System.Int32 primitive type are not valid. Line 1, position 13.",
                assertThrows(ClixmlException.class, () -> ClixmlReader.read("<I32>x</I32>")).getMessage());
        // An element inside a primitive is the XML reader's error, before any conversion.
        assertEquals("XmlException", assertThrows(ClixmlException.class, () -> ClixmlReader.read("<S><x/></S>")).errorId());
    }
}
