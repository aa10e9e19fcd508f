package org.jposh.stdlib.security;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jposh.interpreter.runtime.SecureString;

/**
 * The text forms of secure strings that ConvertFrom-SecureString writes and ConvertTo-SecureString
 * reads, byte for byte as pwsh on Unix writes them, so that either side reads the other's:
 * <ul>
 * <li>without a key: the UTF-16LE bytes in hex. On Unix pwsh has no DPAPI and does exactly this, so the
 * text is not encrypted (as in pwsh; use a key to encrypt);</li>
 * <li>with a key (16, 24 or 32 bytes; -SecureKey: its UTF-16LE bytes): the header
 * {@code 76492d1116743f0423413b16050a5345} and the Base64 of the UTF-16LE text
 * {@code 2|<IV in Base64>|<AES-CBC-PKCS7 ciphertext of the UTF-16LE bytes, in hex>}.</li>
 * </ul>
 */
public final class SecureStrings {
    static final String EXPORT_HEADER = "76492d1116743f0423413b16050a5345";
    private static final int IV_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A malformed input or a wrong key; the cmdlet reports it as pwsh's ArgumentException or CryptographicException. */
    public static final class FormatError extends Exception {
        final boolean cryptographic;

        FormatError(String message, boolean cryptographic) {
            super(message, null, false, false);
            this.cryptographic = cryptographic;
        }
    }

    private SecureStrings() {
    }

    /** The key-less form, which Export-Clixml also writes for SecureStrings on Unix. */
    public static String protect(SecureString input) {
        byte[] data = bytes(input);
        try {
            return HexFormat.of().formatHex(data);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    public static SecureString unprotect(String input) throws FormatError {
        if (input.length() % 2 != 0) {
            throw new FormatError("The parameter value \"" + input + "\" is not a valid encrypted string.", false);
        }
        byte[] data;
        try {
            data = HexFormat.of().parseHex(input);
        } catch (IllegalArgumentException e) {
            throw new FormatError("Input string was not in a correct format.", false);
        }
        return fromBytes(data);
    }

    static String encrypt(SecureString input, byte[] key) throws FormatError {
        checkKey(key);
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        byte[] data = bytes(input);
        try {
            byte[] encrypted = aes(Cipher.ENCRYPT_MODE, key, iv, data);
            String pack = "2|" + Base64.getEncoder().encodeToString(iv) + "|" + HexFormat.of().formatHex(encrypted);
            return EXPORT_HEADER + Base64.getEncoder().encodeToString(pack.getBytes(StandardCharsets.UTF_16LE));
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    static SecureString decrypt(String input, byte[] key) throws FormatError {
        checkKey(key);
        String content = input;
        byte[] iv = null;
        if (input.regionMatches(true, 0, EXPORT_HEADER, 0, EXPORT_HEADER.length())) {
            try {
                String pack = new String(Base64.getDecoder().decode(input.substring(EXPORT_HEADER.length())),
                        StandardCharsets.UTF_16LE);
                String[] parts = pack.split("\\|", -1);
                if (parts.length == 3) {
                    content = parts[2];
                    iv = Base64.getDecoder().decode(parts[1]);
                }
            } catch (IllegalArgumentException e) {
                content = input;
                iv = null;
            }
        }
        byte[] encrypted;
        try {
            encrypted = HexFormat.of().parseHex(content.length() % 2 == 0 ? content : content + "0");
        } catch (IllegalArgumentException e) {
            throw new FormatError("Input string was not in a correct format.", false);
        }
        return fromBytes(aes(Cipher.DECRYPT_MODE, key, iv == null ? new byte[IV_LENGTH] : iv, encrypted));
    }

    /** A -SecureKey's bytes, as .NET's SecureStringHelper.GetData takes them: UTF-16LE. */
    static byte[] bytes(SecureString s) {
        char[] chars = s.toCharArray();
        ByteBuffer buffer = ByteBuffer.allocate(chars.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asCharBuffer().put(chars);
        Arrays.fill(chars, '\0');
        return buffer.array();
    }

    private static SecureString fromBytes(byte[] data) throws FormatError {
        if (data.length % 2 != 0) {
            throw new FormatError("Could not decrypt data. The data was not encrypted with this key.", false);
        }
        char[] chars = new char[data.length / 2];
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(chars);
        Arrays.fill(data, (byte) 0);
        try {
            return SecureString.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void checkKey(byte[] key) throws FormatError {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new FormatError("The specified key is not valid. Valid key length settings are either 128 bits, "
                    + "192 bits, or 256 bits.", false);
        }
    }

    private static byte[] aes(int mode, byte[] key, byte[] iv, byte[] data) throws FormatError {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new FormatError("Padding is invalid and cannot be removed.", true);
        }
    }
}
