package org.jposh.remoting.psrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DotNetGuidTest {
    @Test
    void theFirstThreeGroupsAreLittleEndian() {
        UUID guid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        byte[] bytes = HexFormat.of().parseHex("33221100554477668899aabbccddeeff");
        assertArrayEquals(bytes, DotNetGuid.toBytes(guid));
        assertEquals(guid, DotNetGuid.read(bytes, 0));
    }

    @Test
    void pypsrpWritesTheShellIdInRfcOrderSoItsHeaderRpidReadsSwapped() {
        // test_psrp_open_runspace.yml: ShellId 76056A84-51DC-4F24-9262-CA2A55464B2B, but pypsrp puts the GUID's bytes in
        // RFC 4122 order into the header; read as .NET reads them, the first three groups come out swapped. Windows
        // echoes the bytes back unchanged, so a WS-Man server must not insist that the header RPID equals the ShellId.
        byte[] header = HexFormat.of().parseHex("76056a8451dc4f249262ca2a55464b2b");
        assertEquals(UUID.fromString("846a0576-dc51-244f-9262-ca2a55464b2b"), DotNetGuid.read(header, 0));
    }

    @Test
    void readsAtAnOffsetAndRefusesShortInput() {
        UUID guid = UUID.randomUUID();
        byte[] buffer = new byte[20];
        DotNetGuid.write(guid, buffer, 4);
        assertEquals(guid, DotNetGuid.read(buffer, 4));
        assertThrows(IllegalArgumentException.class, () -> DotNetGuid.read(buffer, 5));
    }
}
