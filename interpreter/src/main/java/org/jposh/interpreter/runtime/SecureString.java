package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * System.Security.SecureString: text that scripts pass around without seeing it. Its characters are
 * kept encrypted in memory (AES-GCM under a key made for this process), decrypted only into char
 * arrays that the reader clears after use, and never shown: ToString is the type name, as in .NET.
 */
public final class SecureString {
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private byte[] iv;
    private byte[] encrypted;
    private int length;
    private boolean readOnly;

    public SecureString() {
        store(new char[0]);
    }

    /** A secure string holding a copy of {@code chars}; the caller clears its own array. */
    public static SecureString of(char[] chars) {
        SecureString s = new SecureString();
        s.store(chars);
        return s;
    }

    public int length() {
        return length;
    }

    /**
     * The characters in clear; the caller clears the array ({@link Arrays#fill}) as soon as it is done.
     */
    public char[] toCharArray() {
        if (length == 0) {
            return new char[0];
        }
        byte[] bytes = crypt(Cipher.DECRYPT_MODE, iv, encrypted);
        char[] chars = new char[length];
        ByteBuffer.wrap(bytes).asCharBuffer().get(chars);
        Arrays.fill(bytes, (byte) 0);
        return chars;
    }

    public void appendChar(char c) {
        edit(chars -> {
            char[] longer = Arrays.copyOf(chars, chars.length + 1);
            longer[chars.length] = c;
            return longer;
        });
    }

    public void clear() {
        edit(chars -> new char[0]);
    }

    public void makeReadOnly() {
        readOnly = true;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public SecureString copy() {
        char[] chars = toCharArray();
        try {
            return of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public String toString() {
        return "System.Security.SecureString";
    }

    private interface Edit {
        char[] apply(char[] chars);
    }

    private void edit(Edit edit) {
        if (readOnly) {
            throw DotNetException.invalidOperation("Instance is read-only.");
        }
        char[] chars = toCharArray();
        char[] changed = edit.apply(chars);
        store(changed);
        Arrays.fill(chars, '\0');
        Arrays.fill(changed, '\0');
    }

    private void store(char[] chars) {
        length = chars.length;
        if (length == 0) {
            iv = null;
            encrypted = null;
            return;
        }
        byte[] bytes = new byte[chars.length * 2];
        ByteBuffer.wrap(bytes).asCharBuffer().put(chars);
        iv = new byte[IV_LENGTH];
        ProcessKey.RANDOM.nextBytes(iv);
        encrypted = crypt(Cipher.ENCRYPT_MODE, iv, bytes);
        Arrays.fill(bytes, (byte) 0);
    }

    private static byte[] crypt(int mode, byte[] iv, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, ProcessKey.KEY, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's AES-GCM failed", e);
        }
    }

    /** The key secure strings are encrypted with; made on first use, so scripts without them pay nothing. */
    private static final class ProcessKey {
        static final SecureRandom RANDOM = new SecureRandom();
        static final SecretKey KEY = newKey();

        private static SecretKey newKey() {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, RANDOM);
                return generator.generateKey();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no AES", e);
            }
        }
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new SecureString());
        b.property("Length", INT32, s -> ((SecureString) s).length());
        b.method("AppendChar", VOID, (s, a) -> {
            ((SecureString) s).appendChar((Character) a[0]);
            return AutomationNull.VALUE;
        }, param("c", CHAR));
        b.method("Clear", VOID, (s, a) -> {
            ((SecureString) s).clear();
            return AutomationNull.VALUE;
        });
        b.method("MakeReadOnly", VOID, (s, a) -> {
            ((SecureString) s).makeReadOnly();
            return AutomationNull.VALUE;
        });
        b.method("IsReadOnly", BOOLEAN, (s, a) -> ((SecureString) s).isReadOnly());
        b.method("Copy", CoreTypes.SECURE_STRING, (s, a) -> ((SecureString) s).copy());
        b.method("Dispose", VOID, (s, a) -> {
            ((SecureString) s).clear();
            return AutomationNull.VALUE;
        });
    }
}
