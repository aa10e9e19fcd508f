package org.jposh.stdlib.archive;

/**
 * The messages of Microsoft.PowerShell.Archive 1.2.5 (its ArchiveResources strings), which scripts and
 * their logs see; each method fills in one of them.
 */
final class ArchiveResources {
    static final String PREPARING_TO_COMPRESS = "Preparing to compress...";
    static final String PREPARING_TO_EXPAND = "Preparing to expand...";

    private ArchiveResources() {
    }

    static String pathNotFound(Object path) {
        return "The path '" + path + "' either does not exist or is not a valid file system path.";
    }

    static String archiveFileIsReadOnly(Object archive) {
        return "The attributes of the archive file " + archive + " is set to 'ReadOnly' hence it cannot be updated. If "
                + "you intend to update the existing archive file, remove the 'ReadOnly' attribute on the archive file "
                + "else use -Force parameter to override and create a new archive file.";
    }

    static String zipFileExists(Object archive) {
        return "The archive file " + archive + " already exists. Use the -Update parameter to update the existing "
                + "archive file or use the -Force parameter to overwrite the existing archive file.";
    }

    static String duplicatePathFound(String parameterSet, String path) {
        return "The input to " + parameterSet + " parameter contains a duplicate path '" + path + "'. Provide a unique "
                + "set of paths as input to " + parameterSet + " parameter.";
    }

    static String archiveFileIsEmpty(Object archive) {
        return "The archive file " + archive + " is empty.";
    }

    static String appendArchiveFileExtension(Object given, Object archive) {
        return "The archive file path '" + given + "' supplied to the DestinationPath parameter does not include .zip "
                + "extension. Hence .zip is appended to the supplied DestinationPath path and the archive file would be "
                + "created at '" + archive + "'.";
    }

    static String addItemToArchiveFile(Object path) {
        return "Adding '" + path + "'.";
    }

    static String badArchiveEntry(String entryName) {
        return "Can not process invalid archive entry '" + entryName + "'.";
    }

    static String createFileAtExpandedPath(Object path) {
        return "Created '" + path + "'.";
    }

    static String invalidArchiveFilePath(Object path, String parameter) {
        return "The archive file path '" + path + "' specified as input to the " + parameter + " parameter is "
                + "resolving to multiple file system paths. Provide a unique path to the " + parameter + " parameter "
                + "where the archive file has to be created.";
    }

    static String invalidExpandedDirPath(Object path) {
        return "The directory path '" + path + "' specified as input to the DestinationPath parameter is resolving to "
                + "multiple file system paths. Provide a unique path to the Destination parameter where the archive "
                + "file contents have to be expanded.";
    }

    static String fileExists(Object file, Object archive) {
        return "Failed to create file '" + file + "' while expanding the archive file '" + archive + "' contents as "
                + "the file '" + file + "' already exists. Use the -Force parameter if you want to overwrite the "
                + "existing directory '" + file + "' contents when expanding the archive file.";
    }

    static String deleteArchiveFile(Object archive) {
        return "The partially created archive file '" + archive + "' is deleted as it is not usable.";
    }

    static String invalidDestinationPath(Object path) {
        return "The destination path '" + path + "' does not contain a valid archive file name.";
    }

    static String notAValidZipArchive(Object archive) {
        return "File '" + archive + "' does not appear to be a valid zip archive.";
    }

    static String lastWriteTimeBefore1980(Object file) {
        return "'" + file + "' has LastWriteTime earlier than 1980. Compress-Archive will store any files with "
                + "LastWriteTime values earlier than 1980 as 1/1/1980 00:00.";
    }
}
