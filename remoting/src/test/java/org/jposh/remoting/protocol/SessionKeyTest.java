package org.jposh.remoting.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpFixtures;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.messages.EncryptedSessionKey;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PublicKey;
import org.junit.jupiter.api.Test;

/** The SecureString session key: CryptoAPI blobs as Windows writes them, and the exchange between our two sides. */
class SessionKeyTest {
    @Test
    void clientAndServerAgreeOnTheKey() {
        SessionKey client = new SessionKey();
        SessionKey server = new SessionKey();
        assertFalse(client.isReady());
        client.importSessionKey(server.exportSessionKey(client.publicKey()));
        assertTrue(client.isReady());
        char[] secret = "pässwörd €1".toCharArray();
        PsSecureString sent = client.encrypt(secret);
        assertArrayEquals(secret, server.decrypt(sent));
        assertArrayEquals(secret, client.decrypt(server.encrypt(secret)));
    }

    @Test
    void blobsHaveTheCryptoApiHeaders() {
        SessionKey client = new SessionKey();
        byte[] publicKey = Base64.getDecoder().decode(client.publicKey());
        assertEquals(276, publicKey.length);
        assertArrayEquals(new byte[]{6, 2, 0, 0, 0, (byte) 0xa4, 0, 0, 'R', 'S', 'A', '1', 0, 8, 0, 0, 1, 0, 1, 0},
                java.util.Arrays.copyOf(publicKey, 20));
        byte[] sessionKey = Base64.getDecoder().decode(new SessionKey().exportSessionKey(client.publicKey()));
        assertEquals(268, sessionKey.length);
        assertArrayEquals(new byte[]{1, 2, 0, 0, 0x10, 0x66, 0, 0, 0, (byte) 0xa4, 0, 0}, java.util.Arrays.copyOf(sessionKey, 12));
    }

    @Test
    void recordedPublicKeysOfPypsrpAreAnsweredInWindowsShape() throws Exception {
        List<String> keys = PsrpFixtures.messages().stream().filter(m -> m.message().type() == MessageType.PUBLIC_KEY)
                .map(m -> ((PublicKey) Messages.decode(m.message())).publicKey()).toList();
        List<String> windowsAnswers = PsrpFixtures.messages().stream()
                .filter(m -> m.message().type() == MessageType.ENCRYPTED_SESSION_KEY)
                .map(m -> ((EncryptedSessionKey) Messages.decode(m.message())).encryptedSessionKey()).toList();
        assertEquals(3, keys.size());
        for (String key : keys) {
            String answer = new SessionKey().exportSessionKey(key);
            assertEquals(windowsAnswers.getFirst().length(), answer.length());
            assertEquals(windowsAnswers.getFirst().substring(0, 16), answer.substring(0, 16));
        }
    }

    @Test
    void withoutTheExchangeNothingIsEncrypted() {
        PsrpException e = assertThrows(PsrpException.class, () -> new SessionKey().encrypt("x".toCharArray()));
        assertEquals("CannotEncryptSecureString", e.errorId());
        assertThrows(PsrpException.class, () -> new SessionKey().exportSessionKey("bm90IGEga2V5"));
    }
}
