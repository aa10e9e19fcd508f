package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.FileStream over a Java FileChannel, opened as .NET opens a file for a FileMode and FileAccess,
 * with .NET's checks of the combination and its exceptions. FileShare is accepted and checked, not
 * enforced: .NET on Unix only takes advisory locks, which other programs ignore.
 */
public final class FileStream extends Stream {
    public static final int CREATE_NEW = 1;
    public static final int CREATE = 2;
    public static final int OPEN = 3;
    public static final int OPEN_OR_CREATE = 4;
    public static final int TRUNCATE = 5;
    public static final int APPEND = 6;
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int READ_WRITE = 3;
    public static final int SHARE_NONE = 0;
    public static final int SHARE_READ = 1;

    public static final DotNetType FILE_MODE = CoreTypes.defineEnum("System.IO", "FileMode", false,
            new String[] {"CreateNew", "Create", "Open", "OpenOrCreate", "Truncate", "Append"},
            new long[] {1, 2, 3, 4, 5, 6});
    public static final DotNetType FILE_ACCESS = CoreTypes.defineEnum("System.IO", "FileAccess", true,
            new String[] {"Read", "Write", "ReadWrite"}, new long[] {1, 2, 3});
    public static final DotNetType FILE_SHARE = CoreTypes.defineEnum("System.IO", "FileShare", true,
            new String[] {"None", "Read", "Write", "ReadWrite", "Delete", "Inheritable"},
            new long[] {0, 1, 2, 3, 4, 16});
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "FileStream",
            FileStream.class, Stream.TYPE, FileStream::defineMembers));

    private static final String[] MODE_NAMES = {null, "CreateNew", "Create", "Open", "OpenOrCreate", "Truncate",
        "Append"};
    private static final String[] ACCESS_NAMES = {null, "Read", "Write", "ReadWrite"};

    private final Path path;
    private final FileChannel channel;
    private final long access;
    /** In Append mode, the length the file had: nothing before it may be overwritten. */
    private final long appendStart;

    private FileStream(Path path, FileChannel channel, long access, long appendStart) {
        this.path = path;
        this.channel = channel;
        this.access = access;
        this.appendStart = appendStart;
    }

    /**
     * new FileStream(path, mode, access, share) for a full path.
     *
     * @throws DotNetException ArgumentOutOfRangeException, ArgumentException for a mode and access that do not
     *         go together, FileNotFoundException, DirectoryNotFoundException, UnauthorizedAccessException,
     *         IOException (CreateNew of an existing file)
     */
    public static FileStream open(Path path, long mode, long access, long share) {
        String badArgument = mode < CREATE_NEW || mode > APPEND ? "mode"
                : access < READ || access > READ_WRITE ? "access"
                : (share & ~(3 | 4 | 16)) != 0 ? "share" : null;
        if (badArgument != null) {
            throw DotNetException.argumentOutOfRange(badArgument, "Enum value was out of legal range.");
        }
        if ((access & WRITE) == 0 && (mode == TRUNCATE || mode == CREATE_NEW || mode == CREATE || mode == APPEND)) {
            throw DotNetException.argument("Combining FileMode: " + MODE_NAMES[(int) mode] + " with FileAccess: "
                    + ACCESS_NAMES[(int) access] + " is invalid.", "access");
        }
        if ((access & READ) != 0 && mode == APPEND) {
            throw DotNetException.argument("Append access can be requested only in write-only mode.", "access");
        }
        if (Files.isDirectory(path)) {
            throw FileOperations.unauthorized(path);
        }
        Set<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
        if ((access & READ) != 0) {
            options.add(StandardOpenOption.READ);
        }
        if ((access & WRITE) != 0) {
            options.add(StandardOpenOption.WRITE);
        }
        switch ((int) mode) {
            case CREATE_NEW -> options.add(StandardOpenOption.CREATE_NEW);
            case CREATE -> {
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case OPEN_OR_CREATE, APPEND -> options.add(StandardOpenOption.CREATE);
            case TRUNCATE -> options.add(StandardOpenOption.TRUNCATE_EXISTING);
            default -> {
            }
        }
        FileChannel channel = FileOperations.io(path, () -> FileChannel.open(path, options));
        long appendStart = 0;
        if (mode == APPEND) {
            appendStart = FileOperations.io(path, channel::size);
            long start = appendStart;
            FileOperations.io(path, () -> channel.position(start));
        }
        return new FileStream(path, channel, access, appendStart);
    }

    /** File.Open(path, mode) and FileInfo.Open(mode): read and write (write only to append), shared with none. */
    public static FileStream open(Path path, long mode) {
        return open(path, mode, mode == APPEND ? WRITE : READ_WRITE, SHARE_NONE);
    }

    /** File.Create and FileInfo.Create: an empty file, replacing one that exists. */
    public static FileStream create(Path path) {
        return open(path, CREATE, READ_WRITE, SHARE_NONE);
    }

    /** File.OpenRead and FileInfo.OpenRead. */
    public static FileStream openRead(Path path) {
        return open(path, OPEN, READ, SHARE_READ);
    }

    /** File.OpenWrite and FileInfo.OpenWrite: created when missing, not truncated. */
    public static FileStream openWrite(Path path) {
        return open(path, OPEN_OR_CREATE, WRITE, SHARE_NONE);
    }

    public Path path() {
        return path;
    }

    @Override
    public boolean canRead() {
        return (access & READ) != 0;
    }

    @Override
    public boolean canWrite() {
        return (access & WRITE) != 0;
    }

    @Override
    public boolean canSeek() {
        return true;
    }

    @Override
    protected int readBytes(byte[] buffer, int offset, int count) {
        int n = FileOperations.io(path, () -> channel.read(ByteBuffer.wrap(buffer, offset, count)));
        return Math.max(n, 0);
    }

    @Override
    protected void writeBytes(byte[] buffer, int offset, int count) {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, count);
        while (bytes.hasRemaining()) {
            FileOperations.io(path, () -> channel.write(bytes));
        }
    }

    @Override
    protected long lengthOf() {
        return FileOperations.io(path, channel::size);
    }

    @Override
    protected long positionOf() {
        return FileOperations.io(path, channel::position);
    }

    @Override
    protected void moveTo(long position) {
        if (position < appendStart) {
            throw new DotNetException("System.IO.IOException", "Unable seek backward to overwrite data that "
                    + "previously existed in a file opened in Append mode.");
        }
        FileOperations.io(path, () -> channel.position(position));
    }

    @Override
    protected void truncateOrExtend(long length) {
        if (length < appendStart) {
            throw new DotNetException("System.IO.IOException", "Unable to truncate data that previously existed "
                    + "in a file opened in Append mode.");
        }
        FileOperations.io(path, () -> {
            long size = channel.size();
            if (length < size) {
                channel.truncate(length);
            } else if (length > size) {
                channel.write(ByteBuffer.allocate(1), length - 1);
            }
            return null;
        });
    }

    @Override
    protected void release() {
        FileOperations.io(path, () -> {
            channel.close();
            return null;
        });
    }

    @Override
    protected String closedMessage() {
        return "Cannot access a closed file.";
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), mode(a[1]),
                mode(a[1]) == APPEND ? WRITE : READ_WRITE, SHARE_READ),
                param("path", CoreTypes.STRING), param("mode", FILE_MODE));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), mode(a[1]), mode(a[2]), SHARE_READ),
                param("path", CoreTypes.STRING), param("mode", FILE_MODE), param("access", FILE_ACCESS));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), mode(a[1]), mode(a[2]), mode(a[3])),
                param("path", CoreTypes.STRING), param("mode", FILE_MODE), param("access", FILE_ACCESS),
                param("share", FILE_SHARE));
        b.property("Name", CoreTypes.STRING, s -> ((FileStream) s).path.toString());
        b.property("IsAsync", CoreTypes.BOOLEAN, s -> false);
    }

    private static long mode(Object enumValue) {
        return ((EnumValue) enumValue).value();
    }
}
