package org.jposh.remoting.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.remoting.protocol.SessionKey;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpFixtures;
import org.jposh.remoting.psrp.clixml.ClixmlReader;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.junit.jupiter.api.Test;

/** SecureStrings and PSCredentials in objects: {@code <SS>} under the session key, as pwsh sends them. */
class SecureStringSerializationTest {
    private static final Pattern SS = Pattern.compile("<SS N=\"([^\"]+)\">([A-Za-z0-9+/=]+)</SS>");

    /** A client's and a server's key after the exchange, each as the cipher of its side. */
    private static final SessionKey CLIENT = new SessionKey();
    private static final SessionKey SERVER = new SessionKey();

    static {
        CLIENT.importSessionKey(SERVER.exportSessionKey(CLIENT.publicKey()));
    }

    private static SecureStringCipher cipher(SessionKey key) {
        return new SecureStringCipher() {
            @Override
            public PsSecureString encrypt(char[] chars) {
                return key.encrypt(chars);
            }

            @Override
            public char[] decrypt(PsSecureString secure) {
                return key.decrypt(secure);
            }
        };
    }

    private static String plain(SecureString s) {
        return new String(s.toCharArray());
    }

    @Test
    void aCredentialIsSentInPwshsShapeAndRehydrated() {
        PSCredential credential = PSCredential.create("u", SecureString.of("p".toCharArray()));
        String xml = ClixmlWriter.write(PsObjectBridge.serialize(credential, ClixmlWriter.REMOTING_DEPTH, cipher(SERVER)));
        Matcher ss = SS.matcher(xml);
        assertTrue(ss.find(), xml);
        assertEquals("<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.PSCredential</T><T>System.Object</T>"
                + "</TN><ToString>System.Management.Automation.PSCredential</ToString><Props><S N=\"UserName\">u</S>"
                + "<SS N=\"Password\">" + ss.group(2) + "</SS></Props></Obj>", xml);
        // One AES block: the UTF-16LE of "p" padded (PKCS #7).
        assertEquals(16, Base64.getDecoder().decode(ss.group(2)).length);
        Object back = PsObjectBridge.deserialize(ClixmlReader.read(xml), cipher(CLIENT));
        PSCredential received = assertInstanceOf(PSCredential.class, back);
        assertEquals("u", received.userName());
        assertEquals("p", plain(received.password()));
    }

    @Test
    void aSecureStringIsSentAsSsAndReadBack() {
        String xml = ClixmlWriter.write(PsObjectBridge.serialize(List.of(SecureString.of("sec_string".toCharArray())),
                ClixmlWriter.REMOTING_DEPTH, cipher(CLIENT)));
        assertTrue(xml.contains("<LST><SS>"), xml);
        Object back = PsObjectBridge.deserialize(ClixmlReader.read(xml), cipher(SERVER));
        List<?> items = assertInstanceOf(List.class, PSObject.base(back));
        assertEquals("sec_string", plain(assertInstanceOf(SecureString.class, items.getFirst())));
    }

    @Test
    void withoutAKeyASecureStringStaysEncryptedOrGoesAsItsToString() {
        String xml = ClixmlWriter.write(PsObjectBridge.serialize(SecureString.of("x".toCharArray()), 1));
        assertTrue(!xml.contains("<SS"), xml);
        assertInstanceOf(PsSecureString.class, PsObjectBridge.deserialize(new PsSecureString("AAAA")));
    }

    /**
     * pypsrp's recorded CREATE_PIPELINE carries a SecureString argument as {@code <SS N="V">}: whole AES
     * blocks in base64, the form we write (its key is pypsrp's, so only the form can be compared).
     */
    @Test
    void theRecordedSecureStringHasTheFormWeWrite() throws Exception {
        List<String> recorded = PsrpFixtures.messages().stream()
                .filter(m -> m.message().type() == MessageType.CREATE_PIPELINE)
                .map(m -> m.message().bodyText()).filter(t -> t.contains("<SS ")).toList();
        assertEquals(1, recorded.size());
        Matcher ss = SS.matcher(recorded.getFirst());
        assertTrue(ss.find());
        assertEquals("V", ss.group(1));
        int length = Base64.getDecoder().decode(ss.group(2)).length;
        assertEquals(0, length % 16);
        // The same length as ours for a secret of the recorded test's size (8 to 15 characters).
        assertEquals(length, Base64.getDecoder().decode(CLIENT.encrypt("sec_string".toCharArray()).encrypted()).length);
    }
}
