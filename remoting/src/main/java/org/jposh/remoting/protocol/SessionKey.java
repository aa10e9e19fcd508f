package org.jposh.remoting.protocol;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsSecureString;

/**
 * The session key that encrypts SecureStrings ({@code SS}) in a PSRP session (protocol 2.3 and
 * older; pwsh's PSRSACryptoServiceProvider). The client makes an RSA-2048 key pair and sends its
 * public key (PUBLIC_KEY, a Windows PUBLICKEYBLOB); the server answers with its AES-256 key
 * encrypted with it (ENCRYPTED_SESSION_KEY, a SIMPLEBLOB, PKCS #1 v1.5). A SecureString's UTF-16LE
 * characters are then encrypted with AES-CBC, a zero IV and PKCS #7 padding, and sent in base64.
 *
 * <p>The key exchange is insecure by today's standards (pwsh deprecated it in protocol 2.4); it
 * runs inside the SSH channel, which is what protects the data.
 */
public final class SessionKey {
    private static final byte PUBLICKEYBLOB = 0x06;
    private static final byte SIMPLEBLOB = 0x01;
    private static final byte BLOB_VERSION = 0x02;
    private static final int RSA1_MAGIC = 0x31415352;
    private static final int PUBLICKEYBLOB_HEADER = 20;
    private static final int SIMPLEBLOB_HEADER = 12;
    private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);

    private KeyPair keyPair;
    private volatile SecretKey aesKey;

    /** Whether SecureStrings can be encrypted and decrypted: the exchange has taken place. */
    public boolean isReady() {
        return aesKey != null;
    }

    /** Waits until the exchange has taken place, at most {@code timeout}; returns whether it has. */
    public synchronized boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while (aesKey == null && (remaining = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return aesKey != null;
    }

    /** The client's public key for PUBLIC_KEY, made on first use. */
    public synchronized String publicKey() {
        try {
            if (keyPair == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keyPair = generator.generateKeyPair();
            }
            RSAPublicKey key = (RSAPublicKey) keyPair.getPublic();
            byte[] modulus = littleEndian(key.getModulus(), 256);
            ByteBuffer blob = ByteBuffer.allocate(PUBLICKEYBLOB_HEADER + modulus.length).order(ByteOrder.LITTLE_ENDIAN);
            blob.put(PUBLICKEYBLOB).put(BLOB_VERSION).putShort((short) 0).putInt(0x0000a400)
                    .putInt(RSA1_MAGIC).putInt(modulus.length * 8).putInt(key.getPublicExponent().intValueExact())
                    .put(modulus);
            return Base64.getEncoder().encodeToString(blob.array());
        } catch (GeneralSecurityException e) {
            throw failure("the client's key pair could not be made", e);
        }
    }

    /** The client takes ENCRYPTED_SESSION_KEY: the server's AES key, which its private key decrypts. */
    public synchronized void importSessionKey(String encryptedSessionKey) {
        if (keyPair == null) {
            throw new PsrpException("InvalidSessionKey", "The server sent a session key before the client sent its public key.");
        }
        try {
            byte[] blob = Base64.getDecoder().decode(encryptedSessionKey);
            if (blob.length <= SIMPLEBLOB_HEADER || blob[0] != SIMPLEBLOB) {
                throw new PsrpException("InvalidSessionKey", "The session key from the server is not a SIMPLEBLOB.");
            }
            byte[] encrypted = reversed(Arrays.copyOfRange(blob, SIMPLEBLOB_HEADER, blob.length));
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
            aesKey = new SecretKeySpec(rsa.doFinal(encrypted), "AES");
            notifyAll();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failure("the session key from the server could not be decrypted", e);
        }
    }

    /**
     * The server takes PUBLIC_KEY and answers ENCRYPTED_SESSION_KEY: its AES key (made on first use)
     * encrypted with the client's public key.
     */
    public synchronized String exportSessionKey(String publicKey) {
        try {
            byte[] blob = Base64.getDecoder().decode(publicKey);
            ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
            if (blob.length < PUBLICKEYBLOB_HEADER || blob[0] != PUBLICKEYBLOB || blob[1] != BLOB_VERSION
                    || b.getInt(8) != RSA1_MAGIC) {
                throw new PsrpException("InvalidPublicKey", "The public key from the client is not an RSA PUBLICKEYBLOB.");
            }
            int length = b.getInt(12) / 8;
            BigInteger exponent = BigInteger.valueOf(Integer.toUnsignedLong(b.getInt(16)));
            BigInteger modulus = new BigInteger(1, reversed(Arrays.copyOfRange(blob, PUBLICKEYBLOB_HEADER,
                    PUBLICKEYBLOB_HEADER + length)));
            java.security.PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            if (aesKey == null) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                aesKey = generator.generateKey();
                notifyAll();
            }
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, key);
            byte[] encrypted = reversed(rsa.doFinal(aesKey.getEncoded()));
            ByteBuffer simple = ByteBuffer.allocate(SIMPLEBLOB_HEADER + encrypted.length).order(ByteOrder.LITTLE_ENDIAN);
            simple.put(SIMPLEBLOB).put(BLOB_VERSION).putShort((short) 0).putInt(0x00006610).putInt(0x0000a400).put(encrypted);
            return Base64.getEncoder().encodeToString(simple.array());
        } catch (GeneralSecurityException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw failure("the public key from the client could not be used", e);
        }
    }

    /** A SecureString's characters as they travel. */
    public PsSecureString encrypt(char[] chars) {
        ByteBuffer utf16 = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(chars));
        byte[] plain = new byte[utf16.remaining()];
        utf16.get(plain);
        try {
            return new PsSecureString(Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(plain)));
        } catch (GeneralSecurityException e) {
            throw failure("a SecureString could not be encrypted", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(utf16.array(), (byte) 0);
        }
    }

    /** The characters of a received SecureString; the caller clears them after use. */
    public char[] decrypt(PsSecureString secure) {
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(secure.encrypted()));
            CharBuffer chars = StandardCharsets.UTF_16LE.decode(ByteBuffer.wrap(plain));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failure("a SecureString could not be decrypted", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        SecretKey key = aesKey;
        if (key == null) {
            throw new PsrpException("CannotEncryptSecureString", "The session key has not been exchanged, so a SecureString "
                    + "cannot be encrypted or decrypted.");
        }
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(mode, key, ZERO_IV);
        return aes;
    }

    /** The unsigned big-endian number as {@code length} little-endian bytes (CryptoAPI's order). */
    private static byte[] littleEndian(BigInteger value, int length) {
        byte[] bigEndian = value.toByteArray();
        byte[] result = new byte[length];
        for (int i = 0; i < length && i < bigEndian.length; i++) {
            result[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return result;
    }

    private static byte[] reversed(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return bytes;
    }

    private static PsrpException failure(String what, Exception cause) {
        return new PsrpException("PSCryptoException", "The session key exchange failed: " + what + " ("
                + cause.getMessage() + ").");
    }
}
