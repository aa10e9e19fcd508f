package org.jposh.interpreter.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.TextEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamTextTest {

    private static StreamReader reader(byte[] bytes) {
        MemoryStream stream = new MemoryStream();
        stream.write(bytes, 0, bytes.length);
        stream.setPosition(0);
        return new StreamReader(stream, TextEncoding.CONSOLE_DEFAULT, true);
    }

    @Test
    void crLfSplitAcrossBufferFillsIsOneLineEnding() {
        String first = "x".repeat(4095);
        StreamReader r = reader((first + "\r\nnext").getBytes(StandardCharsets.US_ASCII));
        assertEquals(first, r.readLine());
        assertEquals("next", r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void byteOrderMarkChoosesTheEncoding() {
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'h', 0, 0, 0, 'i', 0, 0, 0};
        StreamReader r = reader(utf32);
        assertEquals("hi", r.readToEnd());
        assertEquals("utf-32", r.currentEncoding().webName());
    }

    @Test
    void writerKeepsTextBackUntilCloseAndThenClosesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.txt");
        StreamWriter w = StreamWriter.open(file, false, TextEncoding.CONSOLE_DEFAULT);
        w.writeLine("kept");
        assertEquals(0, Files.size(file));
        w.close();
        assertArrayEquals("kept\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        DotNetException e = assertThrows(DotNetException.class, () -> w.write("late"));
        assertEquals("System.ObjectDisposedException", e.typeName());
        assertThrows(DotNetException.class, () -> ((FileStream) streamOf(w)).length());
    }

    private static Stream streamOf(StreamWriter w) {
        return (Stream) StreamWriter.TYPE.adapter().property("BaseStream").getValue(w);
    }
}
