package org.jposh.stdlib.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.stdlib.management.ProviderException;

/**
 * Expand-Archive (Microsoft.PowerShell.Archive 1.2.5, a script module in pwsh): unzips an archive into a
 * directory, by default one named after the archive in the current location. Existing files are errors of
 * their own unless -Force; entries whose names lead outside the directory ({@code ../x}) are refused, each
 * with an error. When expansion fails part-way, what it created is removed again, as the module does.
 */
@UsesFileSystem
@Cmdlet(verb = "Expand", noun = "Archive", defaultParameterSetName = "Path", supportsShouldProcess = true,
        dotNetTypeName = "Expand-Archive")
public final class ExpandArchiveCommand extends ArchiveCommandBase {
    /** The module's function that writes the per-entry errors, which pwsh names as their command. */
    private static final String HELPER = "ExpandArchiveHelper";

    @Parameter(parameterSetName = "Path", mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    @Alias("PSPath")
    private String literalPath;

    @Parameter(position = 1)
    @ValidateNotNullOrEmpty
    private String destinationPath;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    /** The directory to expand into; without -DestinationPath, the location the archive's folder goes in. */
    private Path destination;

    @Override
    protected void beginProcessing() {
        if (destinationPath == null) {
            destination = sessionState().location();
        } else if (isContainer(destinationPath)) {
            List<Path> directories = resolvePaths(destinationPath, false);
            if (directories.size() > 1) {
                throw archiveError("InvalidDestinationPath", ArchiveResources.invalidExpandedDirPath(destinationPath),
                        ErrorCategory.InvalidArgument, destinationPath);
            }
            destination = directories.getFirst();
        } else {
            createDirectory(unresolvedPath(destinationPath));
            destination = resolvePaths(destinationPath, true).getFirst();
        }
        if (commonParameters().whatIf() == null) {
            writeVerbose(ArchiveResources.PREPARING_TO_EXPAND);
        }
    }

    /** Test-Path -PathType Container: whether the path, wildcards expanded, names a directory. */
    private boolean isContainer(String path) {
        try {
            return provider().resolveExisting(path, false, false).stream().anyMatch(Files::isDirectory);
        } catch (ProviderException e) {
            return false;
        }
    }

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String given = literal ? literalPath : path;
        List<Path> archives = resolvePaths(given, literal);
        if (archives.size() > 1) {
            throw archiveError("InvalidArchiveFilePath", ArchiveResources.invalidArchiveFilePath(given,
                    parameterSetName()), ErrorCategory.InvalidArgument, given);
        }
        String archive = archives.isEmpty() ? "" : archives.getFirst().toString();
        if (archives.isEmpty() || !Files.isRegularFile(archives.getFirst())) {
            throw archiveError("PathNotFound", ArchiveResources.pathNotFound(archive), ErrorCategory.InvalidArgument,
                    archive);
        }
        if (!shouldProcess(archive)) {
            return;
        }
        List<String> expanded = new ArrayList<>();
        boolean complete = false;
        try {
            Path directory = destination;
            if (destinationPath == null) {
                directory = destination.resolve(baseName(archives.getFirst().getFileName().toString()));
                if (!Files.isDirectory(directory)) {
                    createDirectory(directory);
                }
            }
            expand(archives.getFirst(), directory, expanded);
            complete = true;
        } finally {
            if (!complete) {
                removeAll(expanded);
            }
        }
        if (passThru) {
            for (String item : expanded) {
                writeItem(Path.of(item));
            }
        }
    }

    /** FileInfo.BaseName: the name without its extension. */
    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.length() - CompressArchiveCommand.extension(fileName).length());
    }

    /**
     * The module's ExpandArchiveHelper: each entry in the archive's order; an empty directory's entry (a name ending
     * in {@code /}) becomes a directory unless something is there, a file's entry a file, its directory created when
     * missing. What was created is listed in {@code expanded}, directories as the module lists them.
     */
    private void expand(Path archive, Path directory, List<String> expanded) {
        List<? extends ZipEntry> entries;
        try (ZipFile zip = open(archive)) {
            entries = Collections.list(zip.entries());
            if (entries.isEmpty()) {
                writeVerbose(ArchiveResources.archiveFileIsEmpty(archive));
                return;
            }
            String root = directory.toString().endsWith("/") ? directory.toString() : directory + "/";
            for (ZipEntry entry : entries) {
                checkStopping();
                String target = entryPath(root, entry.getName());
                if (!target.startsWith(root)) {
                    writeHelperError(HELPER, ArchiveResources.badArchiveEntry(entry.getName()),
                            "Microsoft.PowerShell.Commands.WriteErrorException", ErrorCategory.NotSpecified, null,
                            "WriteErrorException");
                } else if (target.endsWith("/")) {
                    expandDirectory(Path.of(target), target, expanded);
                } else {
                    expandFile(zip, entry, archive, Path.of(target), expanded);
                }
            }
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "IOException", ErrorCategory.NotSpecified, null,
                    "IOException"));
        }
    }

    /**
     * Where an entry goes: its name joined to the destination, {@code \} read as {@code /} and {@code .} and
     * {@code ..} resolved (pwsh's GetUnresolvedProviderPathFromPSPath), a directory's trailing {@code /} kept.
     */
    static String entryPath(String root, String entryName) {
        String joined = root + entryName.replace('\\', '/');
        String normalized = Path.of(joined).normalize().toString();
        return joined.endsWith("/") && !normalized.endsWith("/") ? normalized + "/" : normalized;
    }

    /**
     * The archive; one that is not a zip file fails as the module's catch of InvalidDataException throws it again,
     * a FileFormatException whose message is its id.
     */
    private ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String message = ArchiveResources.notAValidZipArchive(archive);
            throw throwTerminatingError(new ErrorRecord(message, message, ErrorCategory.OperationStopped, null, null,
                    "FileFormatException", invocationExtent()));
        }
    }

    private void expandDirectory(Path directory, String target, List<String> expanded) {
        if (Files.exists(directory)) {
            return;
        }
        createDirectory(directory);
        if (Files.isDirectory(directory)) {
            writeVerbose(ArchiveResources.addItemToArchiveFile(target));
            expanded.add(target);
        }
    }

    private void expandFile(ZipFile zip, ZipEntry entry, Path archive, Path file, List<String> expanded)
            throws IOException {
        Path parent = file.getParent();
        if (!Files.isDirectory(parent)) {
            createDirectory(parent);
            if (!Files.isDirectory(parent)) {
                return;
            }
            expanded.add(parent.toString());
        }
        if (Files.isRegularFile(file)) {
            if (!force) {
                writeHelperError(HELPER, ArchiveResources.fileExists(file, archive), "ExpandArchiveFileExists",
                        ErrorCategory.InvalidOperation, file.toString(), "IOException");
                return;
            }
            if (!removeExisting(file)) {
                return;
            }
        }
        Path trimmed = trimSegments(file);
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, trimmed);
            Files.setLastModifiedTime(trimmed, entry.getLastModifiedTime());
        } catch (IOException e) {
            throw methodFailed("ExtractToFile", 3, e, trimmed);
        }
        expanded.add(trimmed.toString());
        writeVerbose(ArchiveResources.createFileAtExpandedPath(trimmed));
    }

    /** -Force: the module's Remove-Item of the file in the way (asking first under -Confirm); whether it went. */
    private boolean removeExisting(Path file) {
        if (commonParameters().confirm() != null && !shouldProcess(file.toString(), "Remove File")) {
            return false;
        }
        try {
            Files.delete(file);
            return true;
        } catch (IOException e) {
            writeError(errorRecord(e.getMessage(), "RemoveFileSystemItemIOError", ErrorCategory.WriteError,
                    file.toString(), "IOException"));
            return false;
        }
    }

    /** The module strips the blanks around each part of a file's path, as Explorer does, before extracting it. */
    private static Path trimSegments(Path file) {
        String[] parts = file.toString().split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return Path.of(String.join("/", parts));
    }

    /** After a failure: removes what was created, deepest last created first. */
    private static void removeAll(List<String> expanded) {
        for (String item : expanded.reversed()) {
            try (var walk = Files.walk(Path.of(item))) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | RuntimeException e) {
                // the module's Remove-Item reports these; what is left is left
            }
        }
    }
}
