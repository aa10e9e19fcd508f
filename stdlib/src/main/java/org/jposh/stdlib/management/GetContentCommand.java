package org.jposh.stdlib.management;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Get-Content: a file's lines, read and written one at a time so that the pipeline streams (and
 * {@code -TotalCount} stops reading early); lines end at \n, \r\n or \r. Each line carries pwsh's notes
 * (PSPath... and ReadCount, its line number). A byte-order mark, when present, decides the encoding;
 * otherwise -Encoding does (UTF-8 by default). -Raw gives the whole text as one string; -ReadCount
 * groups lines into arrays (0: all in one). -AsByteStream reads bytes instead of lines.
 */
@UsesFileSystem
@Cmdlet(verb = "Get", noun = "Content", defaultParameterSetName = "Path")
public final class GetContentCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(valueFromPipelineByPropertyName = true)
    private long readCount = 1;

    @Parameter(valueFromPipelineByPropertyName = true)
    @Alias({"First", "Head"})
    private long totalCount = -1;

    @Parameter(valueFromPipelineByPropertyName = true)
    @Alias("Last")
    private int tail = -1;

    @Parameter
    private boolean raw;

    @Parameter
    @TransformArgument(FileEncoding.Transformation.class)
    private FileEncoding encoding = FileEncoding.UTF8;

    @Parameter
    private boolean force;

    @Parameter
    private boolean asByteStream;

    /** Ends each item instead of a line break (the FileSystem provider's dynamic parameter); not kept in the item. */
    @Parameter
    private String delimiter;

    /** The next line or delimited item of a file, null at its end. */
    @FunctionalInterface
    private interface ItemReader {
        String next() throws IOException;
    }

    @Override
    protected void processRecord() {
        if (totalCount != -1 && tail != -1) {
            writeError(errorRecord("The parameters TotalCount and Tail cannot be used together. Please specify only "
                    + "one parameter.", "TailAndHeadCannotCoexist", ErrorCategory.InvalidOperation, null,
                    "InvalidOperationException"));
            return;
        }
        boolean literal = literalPath != null;
        List<String> fileSystemPaths = new ArrayList<>();
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target target = SessionStateProvider.parse(p);
            if (target == null) {
                fileSystemPaths.add(p);
                continue;
            }
            for (SessionStateProvider.Item item : sessionStateItems(target, literal)) {
                writeObject(target.provider().content(item), true);
            }
        }
        for (Path file : resolveExisting(fileSystemPaths.toArray(String[]::new), literal, force)) {
            if (Files.isDirectory(file)) {
                writeError(errorRecord("Unable to get content because it is a directory: '" + file
                        + "'. Please use 'Get-ChildItem' instead.", "GetContainerContentException",
                        ErrorCategory.InvalidOperation, null, "InvalidOperationException"));
                continue;
            }
            if (totalCount == 0 || tail == 0) {
                continue;
            }
            try {
                if (asByteStream && delimiter != null) {
                    writeError(errorRecord(
                            "A delimiter cannot be specified when reading the stream one byte at a time. "
                                    + "(Parameter 'delimiter')",
                            "GetContentReaderArgumentError", ErrorCategory.InvalidArgument, file.toString(),
                            "ArgumentException"));
                } else if (asByteStream) {
                    readBytes(file);
                } else {
                    readText(file);
                }
            } catch (IOException e) {
                writeError(errorRecord(IoMessages.of(e, file), "GetContentReaderIOError", ErrorCategory.ReadError,
                        file.toString(), "IOException"));
            }
        }
    }

    private void readText(Path file) throws IOException {
        try (BufferedReader reader = open(file)) {
            ItemReader items = delimiter == null || delimiter.equals("\n")
                    ? reader::readLine : () -> readDelimited(reader);
            if (raw) {
                readRaw(reader, file);
            } else if (tail > 0) {
                readTail(items, file);
            } else {
                readLines(items, file);
            }
        }
    }

    /** A reader in the encoding the byte-order mark names, or -Encoding's when there is none. */
    private BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        Charset charset = encoding.charset();
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(head, 0xFF, 0xFE, 0, 0)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(head, 0, 0, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        }
        in.skipNBytes(skip);
        return new BufferedReader(new InputStreamReader(in, charset));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void readRaw(BufferedReader reader, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            checkStopping();
            text.append(buffer, 0, n);
        }
        if (!text.isEmpty()) {
            writeObject(line(text.toString(), file, 1));
        }
    }

    /**
     * The text up to the next -Delimiter, without it; an empty item between two delimiters, none after the last.
     */
    private String readDelimited(BufferedReader reader) throws IOException {
        StringBuilder item = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            item.append((char) c);
            if (endsWithDelimiter(item)) {
                item.setLength(item.length() - delimiter.length());
                return item.toString();
            }
        }
        return item.isEmpty() ? null : item.toString();
    }

    private boolean endsWithDelimiter(StringBuilder item) {
        int start = item.length() - delimiter.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < delimiter.length(); i++) {
            if (item.charAt(start + i) != delimiter.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void readLines(ItemReader items, Path file) throws IOException {
        List<Object> block = new ArrayList<>();
        long number = 0;
        for (String text = items.next(); text != null; text = items.next()) {
            checkStopping();
            number++;
            if (readCount == 1) {
                writeObject(line(text, file, number));
            } else {
                block.add(text);
                if (readCount > 0 && block.size() == readCount) {
                    writeObject(block.toArray(), false);
                    block.clear();
                }
            }
            if (totalCount > 0 && number == totalCount) {
                break;
            }
        }
        if (!block.isEmpty()) {
            writeObject(block.toArray(), false);
        }
    }

    /** The last -Tail lines, keeping only that many in memory while reading. */
    private void readTail(ItemReader items, Path file) throws IOException {
        ArrayDeque<String> last = new ArrayDeque<>(tail);
        long number = 0;
        for (String text = items.next(); text != null; text = items.next()) {
            checkStopping();
            number++;
            if (last.size() == tail) {
                last.removeFirst();
            }
            last.addLast(text);
        }
        long first = number - last.size() + 1;
        for (String text : last) {
            writeObject(line(text, file, first++));
        }
    }

    /**
     * -AsByteStream: the file's bytes (the first -TotalCount or the last -Tail of them) one [byte] at a time, in
     * arrays of -ReadCount, or as one array with -Raw or a -ReadCount of 0.
     */
    private void readBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = tail > 0 ? Math.max(0, bytes.length - tail) : 0;
        int end = tail < 0 && totalCount > 0 ? (int) Math.min(bytes.length, totalCount) : bytes.length;
        Byte[] boxed = ByteArrays.box(Arrays.copyOfRange(bytes, start, end));
        if (raw || readCount <= 0) {
            if (boxed.length > 0) {
                writeObject(boxed, false);
            }
        } else if (readCount == 1) {
            for (Byte b : boxed) {
                checkStopping();
                writeObject(b);
            }
        } else {
            for (int i = 0; i < boxed.length; i += (int) readCount) {
                checkStopping();
                writeObject(Arrays.copyOfRange(boxed, i, (int) Math.min(boxed.length, i + readCount)), false);
            }
        }
    }

    private static PSObject line(String text, Path file, long number) {
        PSObject result = new PSObject(text);
        FileSystemProvider.addPathNotes(result, file, file.getFileName().toString());
        result.setNoteProperty("ReadCount", number);
        return result;
    }
}
