package org.jposh.stdlib.utility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateRangeKind;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.stdlib.management.FileEncoding;
import org.jposh.stdlib.management.FileSystemInfo;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Format-Hex (Microsoft.PowerShell.Utility): files, strings and numbers as ByteCollections of 16 bytes,
 * which their view shows as a hex dump grouped by label. Files are read 16 bytes at a time from -Offset;
 * each string is encoded (UTF-8 unless -Encoding) into a group of its own; numbers of one primitive type
 * arriving one after another are gathered, as their little-endian bytes, into one group written at the
 * end or when input of another kind arrives, as pwsh does.
 */
@UsesFileSystem
@Cmdlet(verb = "Format", noun = "Hex", defaultParameterSetName = "Path",
        dotNetTypeName = "Microsoft.PowerShell.Commands.FormatHex")
public final class FormatHexCommand extends PSCmdlet {
    private static final int BYTES_PER_OBJECT = 16;
    private static final String BY_INPUT_OBJECT = "ByInputObject";

    @Parameter(mandatory = true, position = 0, parameterSetName = "Path")
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(mandatory = true, parameterSetName = "LiteralPath")
    @ValidateNotNullOrEmpty
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(mandatory = true, parameterSetName = BY_INPUT_OBJECT, valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = BY_INPUT_OBJECT)
    @TransformArgument(FileEncoding.Transformation.class)
    @ValidateNotNullOrEmpty
    private FileEncoding encoding = FileEncoding.UTF8;

    @Parameter
    @ValidateRange(kind = ValidateRangeKind.Positive)
    private long count = Long.MAX_VALUE;

    @Parameter
    @ValidateRange(kind = ValidateRangeKind.NonNegative)
    private long offset;

    @Parameter(parameterSetName = BY_INPUT_OBJECT)
    private boolean raw;

    /** The bytes of the input objects gathered into the current group. */
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    /** The type the current group is labelled with. */
    private DotNetType bufferType;
    /** False after an array or a change of type: the next input starts a group of its own. */
    private boolean groupInput = true;

    /**
     * pwsh 7 declares -Raw obsolete and ignores it; its binder warns when the parameter is used, before the
     * command begins.
     */
    @Override
    protected void beginProcessing() {
        if (raw) {
            writeWarning("Parameter 'Raw' is obsolete. Raw parameter is deprecated.");
        }
    }

    @Override
    protected void processRecord() {
        if (BY_INPUT_OBJECT.equals(parameterSetName())) {
            processInputObject(PSObject.base(inputObject));
        } else {
            boolean literal = literalPath != null;
            for (Path file : resolvePaths(literal ? literalPath : path, literal)) {
                processFile(file);
            }
        }
    }

    @Override
    protected void endProcessing() {
        flushBuffer();
    }

    // ---- paths ----

    /**
     * The files the paths name: wildcards expanded unless {@code literal}; a literal path is taken as given
     * (its file is opened, or reported missing, when read), as pwsh does.
     */
    private List<Path> resolvePaths(String[] paths, boolean literal) {
        FileSystemProvider provider = new FileSystemProvider(sessionState());
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            if (provider.otherProvider(p) != null) {
                writeError(errorRecord("The given path '" + p + "' is not supported. This command only supports the "
                        + "FileSystem Provider paths.", "FormatHexOnlySupportsFileSystemPaths",
                        ErrorCategory.InvalidArgument, p, "ArgumentException"));
                continue;
            }
            try {
                files.addAll(literal ? List.of(provider.resolve(p)) : provider.resolveExisting(p, false, false));
            } catch (ProviderException e) {
                if (!e.errorId().equals("PathNotFound")) {
                    throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                            e.exceptionType()));
                }
                if (!WildcardPattern.containsWildcardCharacters(p)) {
                    // pwsh names the whole -Path array as the error's target
                    writeError(errorRecord(e.getMessage(), "FileNotFound", ErrorCategory.ObjectNotFound, paths,
                            e.exceptionType()));
                }
            }
        }
        return files;
    }

    /** Writes a file's bytes from -Offset, at most -Count of them, 16 to an object. */
    private void processFile(Path file) {
        byte[] chunk = new byte[BYTES_PER_OBJECT];
        long position = offset;
        long remaining = count;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            int read;
            while (remaining > 0 && (read = in.readNBytes(chunk, 0, BYTES_PER_OBJECT)) > 0) {
                int used = (int) Math.min(read, remaining);
                writeObject(new ByteCollection(position, Arrays.copyOf(chunk, used), file.toString(),
                        file.toString()));
                position += used;
                remaining -= used;
            }
        } catch (IOException e) {
            CmdletException failure = FileAccess.openFailure(file, e);
            if (failure.exceptionTypeName().equals("UnauthorizedAccessException")) {
                // .NET's UnauthorizedAccessException is none of the exceptions pwsh catches here, so it ends the
                // command as an unexpected exception does
                throw throwTerminatingError(errorRecord(failure.getMessage(), "System.UnauthorizedAccessException",
                        ErrorCategory.NotSpecified, null, failure.exceptionTypeName()));
            }
            writeError(errorRecord(failure.getMessage(), "FormatHexIOError", ErrorCategory.WriteError,
                    file.toString(), failure.exceptionTypeName()));
        }
    }

    // ---- input objects ----

    private void processInputObject(Object value) {
        if (value instanceof FileSystemInfo item) {
            flushBuffer();
            for (Path file : resolvePaths(new String[] {item.fullName()}, true)) {
                processFile(file);
            }
            return;
        }
        if (value instanceof String text) {
            flushBuffer();
            writeGroup(text.getBytes(encoding.charset()), groupLabel(CoreTypes.STRING));
            return;
        }
        DotNetType type = DotNetType.of(value);
        byte[] bytes = toBytes(value, type);
        if (!groupInput) {
            flushBuffer();
        }
        if (bytes == null) {
            writeError(errorRecord("Cannot convert input of type '" + type.fullName() + "' to hexadecimal. To view "
                    + "the hexadecimal formatting of its string representation, pipe it to the Out-String cmdlet "
                    + "before piping it to Format-Hex.", "FormatHexTypeNotSupported", ErrorCategory.InvalidArgument,
                    type, "ArgumentException"));
            return;
        }
        if (bufferType == null) {
            // pwsh forgets the type here when an array's group was just written, and fails at the end
            bufferType = type.isArray() ? type : elementType(type);
        }
        buffer.writeBytes(bytes);
    }

    /**
     * The bytes of a primitive value, an enum value (those of its underlying number) or a non-empty array of
     * either; null for anything else. An array ends the current group and starts one of its own; a value of
     * another type than the group's ends the group.
     */
    private byte[] toBytes(Object value, DotNetType type) {
        int elements = 1;
        boolean isArray = type.isArray();
        if (isArray) {
            flushBuffer();
            bufferType = type;
            groupInput = false;
            elements = Array.getLength(value);
        }
        DotNetType element = elementType(type);
        int width = primitiveWidth(element);
        if (width == 0 || elements == 0) {
            return null;
        }
        if (groupInput) {
            if (bufferType != null && element != bufferType) {
                groupInput = false;
                flushBuffer();
            }
            bufferType = element;
        }
        ByteBuffer bytes = ByteBuffer.allocate(width * elements).order(ByteOrder.LITTLE_ENDIAN);
        if (isArray) {
            for (int i = 0; i < elements; i++) {
                putPrimitive(bytes, element, Array.get(value, i));
            }
        } else {
            putPrimitive(bytes, element, value);
        }
        return bytes.array();
    }

    /** A value's type, or an array's element type; an enum as its underlying type. */
    private static DotNetType elementType(DotNetType type) {
        DotNetType element = type.isArray() ? type.elementType() : type;
        return element.enumType() != null ? element.enumType().underlyingType() : element;
    }

    /**
     * The bytes .NET's Marshal.SizeOf gives a primitive type, which is what pwsh allots each: a char is one
     * (its low byte) and a bool four; 0 for a type that is not primitive.
     */
    private static int primitiveWidth(DotNetType type) {
        if (type == CoreTypes.BYTE || type == CoreTypes.SBYTE || type == CoreTypes.CHAR) {
            return 1;
        } else if (type == CoreTypes.INT16 || type == CoreTypes.UINT16) {
            return 2;
        } else if (type == CoreTypes.INT32 || type == CoreTypes.UINT32 || type == CoreTypes.SINGLE
                || type == CoreTypes.BOOLEAN) {
            return 4;
        } else if (type == CoreTypes.INT64 || type == CoreTypes.UINT64 || type == CoreTypes.DOUBLE) {
            return 8;
        }
        return 0;
    }

    /** Puts one element as BitConverter.GetBytes gives it (a bool's one byte, then zeros to its four). */
    private static void putPrimitive(ByteBuffer bytes, DotNetType type, Object value) {
        Object number = value instanceof EnumValue e ? e.dotNetType().enumType().underlyingValue(e.value()) : value;
        if (type == CoreTypes.BOOLEAN) {
            bytes.putInt((Boolean) number ? 1 : 0);
        } else if (type == CoreTypes.CHAR) {
            bytes.put((byte) ((Character) number).charValue());
        } else if (type == CoreTypes.SINGLE) {
            bytes.putFloat((Float) number);
        } else if (type == CoreTypes.DOUBLE) {
            bytes.putDouble((Double) number);
        } else {
            long bits = ((Number) number).longValue();
            switch (primitiveWidth(type)) {
                case 1 -> bytes.put((byte) bits);
                case 2 -> bytes.putShort((short) bits);
                case 4 -> bytes.putInt((int) bits);
                default -> bytes.putLong(bits);
            }
        }
    }

    /** Writes the gathered bytes as one group, if there are any, and starts gathering anew. */
    private void flushBuffer() {
        if (buffer.size() == 0) {
            return;
        }
        writeGroup(buffer.toByteArray(), groupLabel(bufferType));
        bufferType = null;
        groupInput = true;
        buffer.reset();
    }

    /** Writes the bytes from -Offset, at most -Count of them, as ByteCollections whose offsets start at 0. */
    private void writeGroup(byte[] bytes, String label) {
        int start = (int) Math.min(bytes.length, offset);
        int end = start + (int) Math.min(bytes.length - start, count);
        for (int index = start; index < end; index += BYTES_PER_OBJECT) {
            byte[] row = Arrays.copyOfRange(bytes, index, Math.min(end, index + BYTES_PER_OBJECT));
            writeObject(new ByteCollection(index - start, row, null, label));
        }
    }

    /**
     * pwsh's group label, {@code Int32 (System.Int32) <1A2B3C4D>}: the number tells groups of one type apart.
     * pwsh draws it at random; JPosh counts the session's groups, so that output can be compared.
     */
    private String groupLabel(DotNetType type) {
        int number = sessionState().extension(GroupNumbers.class, GroupNumbers::new).next.incrementAndGet();
        return String.format("%s (%s) <%08X>", type.name(), type.fullName(), number);
    }

    /** The numbers of a session's Format-Hex groups. */
    private static final class GroupNumbers {
        final AtomicInteger next = new AtomicInteger();
    }
}
