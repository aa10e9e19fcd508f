package org.jposh.stdlib.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.IoMessages;

/**
 * Compress-Archive (Microsoft.PowerShell.Archive 1.2.5, a script module in pwsh): zips files and directories.
 * A directory is stored under its own name with what Get-ChildItem -Recurse lists in it (hidden items left
 * out), an empty one as an entry ending in {@code /}; a file under its name alone. Entry names use {@code /}.
 * -Update replaces entries of the same name (ignoring case) and adds the others; -Force starts afresh.
 * Errors are the module's, their ids ending in {@code Compress-Archive} as a script function's do.
 */
@UsesFileSystem
@Cmdlet(verb = "Compress", noun = "Archive", defaultParameterSetName = "Path", supportsShouldProcess = true,
        dotNetTypeName = "Compress-Archive")
public final class CompressArchiveCommand extends ArchiveCommandBase {
    @Parameter(parameterSetName = "Path", mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "PathWithForce", mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "PathWithUpdate", mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "LiteralPathWithForce", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "LiteralPathWithUpdate", mandatory = true, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    @Alias("PSPath")
    private String[] literalPath;

    @Parameter(mandatory = true, position = 1)
    @ValidateNotNullOrEmpty
    private String destinationPath;

    @Parameter
    @ValidateSet({"Optimal", "NoCompression", "Fastest"})
    private String compressionLevel = "Optimal";

    @Parameter(parameterSetName = "PathWithUpdate", mandatory = true)
    @Parameter(parameterSetName = "LiteralPathWithUpdate", mandatory = true)
    private boolean update;

    @Parameter(parameterSetName = "PathWithForce", mandatory = true)
    @Parameter(parameterSetName = "LiteralPathWithForce", mandatory = true)
    private boolean force;

    @Parameter
    private boolean passThru;

    private Path archive;
    private boolean archiveExists;
    private final List<String> inputPaths = new ArrayList<>();

    /** A file or empty directory to add, under its entry name. */
    private record Source(Path path, String entryName, boolean directory) {
    }

    @Override
    protected void beginProcessing() {
        Path destination = unresolvedPath(destinationPath);
        Path parentDirectory = destination.getParent();
        if (parentDirectory == null || destination.getFileName() == null) {
            throw archiveError("InvalidArchiveFilePath", ArchiveResources.invalidDestinationPath(destination),
                    ErrorCategory.InvalidArgument, destination.toString());
        }
        List<Path> parents = resolvePaths(parentDirectory.toString(), false);
        if (parents.size() > 1) {
            throw archiveError("InvalidArchiveFilePath", ArchiveResources.invalidArchiveFilePath(destination,
                    "DestinationPath"), ErrorCategory.InvalidArgument, destination.toString());
        }
        if (parents.isEmpty()) {
            throw pathNotFound(parentDirectory.toString());
        }
        archive = parents.getFirst().resolve(destination.getFileName().toString());
        if (extension(archive.getFileName().toString()).isEmpty()) {
            Path given = archive;
            archive = archive.resolveSibling(archive.getFileName() + ".zip");
            writeVerbose(ArchiveResources.appendArchiveFileExtension(given, archive));
        }
        archiveExists = Files.exists(archive) && !Files.isDirectory(archive);
        if (archiveExists && !update && !force) {
            throw archiveError("ArchiveFileExists", ArchiveResources.zipFileExists(archive),
                    ErrorCategory.InvalidArgument, archive.toString());
        }
        if (archiveExists && update && !Files.isWritable(archive)) {
            throw archiveError("ArchiveFileIsReadOnly", ArchiveResources.archiveFileIsReadOnly(archive),
                    ErrorCategory.InvalidOperation, archive.toString());
        }
        if (commonParameters().whatIf() == null) {
            writeVerbose(ArchiveResources.PREPARING_TO_COMPRESS);
        }
    }

    /** .NET's Path.GetExtension: from the last dot of the name, empty when there is none or it ends the name. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot);
    }

    @Override
    protected void processRecord() {
        Collections.addAll(inputPaths, literalPath != null ? literalPath : path);
    }

    @Override
    protected void endProcessing() {
        if (force && archiveExists) {
            delete(archive);
        }
        checkDuplicates();
        boolean literal = literalPath != null;
        List<Path> sources = new ArrayList<>();
        for (String input : inputPaths) {
            sources.addAll(resolvePaths(input, literal));
        }
        if (!shouldProcess(sourcesText(sources))) {
            return;
        }
        int archived = 0;
        boolean complete = false;
        try {
            archived = compress(sources);
            complete = true;
        } finally {
            if (!complete || archived == 0) {
                writeVerbose(ArchiveResources.deleteArchiveFile(archive));
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException e) {
                    // the module removes it with -ErrorAction SilentlyContinue
                }
            }
        }
        if (passThru && archived > 0) {
            writeItem(archive);
        }
    }

    /** The module's ValidateDuplicateFileSystemPath: the same path twice (ignoring case) is an error. */
    private void checkDuplicates() {
        Set<String> seen = new HashSet<>();
        for (String input : inputPaths) {
            if (!seen.add(input.toUpperCase(Locale.ROOT))) {
                throw archiveError("DuplicatePathFound", ArchiveResources.duplicatePathFound(parameterSetName(), input),
                        ErrorCategory.InvalidArgument, input);
            }
        }
    }

    /** The target ShouldProcess names: the one path, or each on a line of its own after a line break. */
    private static String sourcesText(List<Path> sources) {
        if (sources.size() == 1) {
            return sources.getFirst().toString();
        }
        StringBuilder text = new StringBuilder();
        for (Path source : sources) {
            text.append('\n').append(source);
        }
        return text.toString();
    }

    private void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(IoMessages.of(e, file), "RemoveFileSystemItemIOError",
                    ErrorCategory.WriteError, file.toString(), "IOException"));
        }
    }

    /** Adds the sources (directories first, then files, as the module groups them); how many went in. */
    private int compress(List<Path> sources) {
        List<Source> planned = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                Path root = source.getParent() == null ? source : source.getParent();
                addDirectory(source, root, planned);
            }
        }
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                planned.add(new Source(source, source.getFileName().toString(), false));
            }
        }
        if (planned.isEmpty()) {
            return 0;
        }
        return write(planned);
    }

    /**
     * What Get-ChildItem -Recurse lists in a directory, in its order (a directory's children, then each
     * subdirectory's): files, and directories without files as entries of their own; hidden items and links to
     * directories are not entered. Names are relative to the directory's parent, so the directory is the top.
     */
    private void addDirectory(Path directory, Path root, List<Source> planned) {
        List<Path> children = visibleChildren(directory);
        for (Path child : children) {
            String relative = root.relativize(child).toString();
            if (!Files.isDirectory(child)) {
                planned.add(new Source(child, relative.strip(), false));
            } else if (!hasFiles(child)) {
                planned.add(new Source(child, (relative + "/").strip(), true));
            }
        }
        for (Path child : children) {
            if (Files.isDirectory(child) && !Files.isSymbolicLink(child)) {
                addDirectory(child, root, planned);
            }
        }
    }

    private static List<Path> visibleChildren(Path directory) {
        List<Path> visible = new ArrayList<>();
        for (Path child : FileSystemProvider.children(directory)) {
            if (!child.getFileName().toString().startsWith(".")) {
                visible.add(child);
            }
        }
        return visible;
    }

    /** DirectoryInfo.GetFiles(): whether the directory holds a file, hidden ones included. */
    private static boolean hasFiles(Path directory) {
        for (Path child : FileSystemProvider.children(directory)) {
            if (!Files.isDirectory(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the archive: with -Update the entries it holds, less those a source replaces (by name, ignoring
     * case), then the sources. It is written beside the archive and moved over it, as java.util.zip cannot
     * change an archive in place.
     */
    private int write(List<Source> planned) {
        List<ZipEntry> kept = new ArrayList<>();
        try (ZipFile existing = archiveExists && update ? openExisting() : null) {
            if (existing != null) {
                kept.addAll(Collections.list(existing.entries()));
            }
            List<Source> added = new ArrayList<>();
            for (Source source : planned) {
                if (update) {
                    if (!removeFirstNamed(kept, source.entryName(), ZipEntry::getName)) {
                        removeFirstNamed(added, source.entryName(), Source::entryName);
                    }
                } else {
                    added.removeIf(s -> s.entryName().equals(source.entryName()));
                }
                added.add(source);
            }
            Path temporary = Files.createTempFile(archive.getParent(), ".jposh-", ".zip");
            try {
                int archived;
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                    for (ZipEntry entry : kept) {
                        copyEntry(existing, entry, zip);
                    }
                    archived = addSources(added, zip);
                }
                Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING);
                return archived;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(IoMessages.of(e, archive), "IOException",
                    ErrorCategory.NotSpecified, null, "IOException"));
        }
    }

    /** Removes the first entry of the name, ignoring case, as the module's -eq finds it; whether there was one. */
    private static <T> boolean removeFirstNamed(List<T> entries, String name, Function<T, String> nameOf) {
        for (int i = 0; i < entries.size(); i++) {
            if (nameOf.apply(entries.get(i)).equalsIgnoreCase(name)) {
                entries.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * The archive -Update adds to. One that is not a zip file fails where the module's New-Object of a ZipArchive
     * does, with its error.
     */
    private ZipFile openExisting() {
        try {
            return new ZipFile(archive.toFile());
        } catch (IOException e) {
            ErrorRecord error = new ErrorRecord("Exception calling \".ctor\" with \"3\" argument(s): \"End of Central "
                    + "Directory record could not be found.\"",
                    "ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand",
                    ErrorCategory.InvalidOperation, null, "New-Object", "MethodInvocationException",
                    invocationExtent());
            throw throwTerminatingError(error);
        }
    }

    /** An entry of the archive being updated, recompressed with its own method. */
    private static void copyEntry(ZipFile existing, ZipEntry entry, ZipOutputStream zip) throws IOException {
        ZipEntry copy = new ZipEntry(entry);
        if (copy.getMethod() == ZipEntry.DEFLATED) {
            copy.setCompressedSize(-1);
        }
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(copy);
        try (InputStream in = existing.getInputStream(entry)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    /**
     * The module's ZipArchiveHelper loop: a file that cannot be opened is its non-terminating error and is left
     * out; the others are counted.
     */
    private int addSources(List<Source> sources, ZipOutputStream zip) throws IOException {
        int archived = 0;
        for (Source source : sources) {
            checkStopping();
            if (source.directory()) {
                zip.putNextEntry(entry(source.entryName(), System.currentTimeMillis(), 0, new CRC32()));
                zip.closeEntry();
            } else {
                try (InputStream in = Files.newInputStream(source.path())) {
                    addFile(source, in, zip);
                } catch (AccessDeniedException e) {
                    writeHelperError("ZipArchiveHelper", IoMessages.of(e, source.path()),
                            "CompressArchiveUnauthorizedAccessError", ErrorCategory.PermissionDenied,
                            source.path().toString(), "UnauthorizedAccessException");
                    continue;
                }
            }
            archived++;
            writeVerbose(ArchiveResources.addItemToArchiveFile(source.directory()
                    ? source.path() + "/" : source.path()));
        }
        return archived;
    }

    private void addFile(Source source, InputStream in, ZipOutputStream zip) throws IOException {
        long size = 0;
        CRC32 crc = new CRC32();
        if (compressionLevel.equalsIgnoreCase("NoCompression")) {
            // a stored entry says its size and checksum before its data
            try (InputStream first = Files.newInputStream(source.path())) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = first.read(buffer); n > 0; n = first.read(buffer)) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
        }
        zip.setLevel(compressionLevel.equalsIgnoreCase("Fastest") ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(source.entryName(), lastWriteTime(source.path()), size, crc));
        in.transferTo(zip);
        zip.closeEntry();
    }

    /** An entry compressed as -CompressionLevel asks: NoCompression stores, Fastest and Optimal deflate. */
    private ZipEntry entry(String name, long time, long size, CRC32 crc) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        if (compressionLevel.equalsIgnoreCase("NoCompression")) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        return entry;
    }

    /** The file's LastWriteTime; one before 1980, which a zip entry cannot hold, is 1980-01-01 with a warning. */
    private long lastWriteTime(Path file) throws IOException {
        long millis = Files.getLastModifiedTime(file).toMillis();
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone);
        if (local.getYear() >= 1980) {
            return millis;
        }
        writeWarning(ArchiveResources.lastWriteTimeBefore1980(file));
        return LocalDateTime.of(1980, 1, 1, 0, 0).atZone(zone).toInstant().toEpochMilli();
    }
}
