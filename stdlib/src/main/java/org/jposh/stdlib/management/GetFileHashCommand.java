package org.jposh.stdlib.management;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.HashAlgorithm;
import org.jposh.interpreter.runtime.io.Stream;

/**
 * Get-FileHash (Microsoft.PowerShell.Utility): the SHA1, SHA256 (the default), SHA384, SHA512 or MD5 hash of
 * files, read as they stream, or of a stream's bytes, in upper-case hex. It resolves paths as the item cmdlets
 * do, so it lives beside them; a path that cannot be read (a directory, a file without permission) is an error
 * of its own and the others go on.
 */
@UsesFileSystem
@Cmdlet(verb = "Get", noun = "FileHash", defaultParameterSetName = "Path")
public final class GetFileHashCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(position = 0, parameterSetName = "LiteralPath", mandatory = true,
            valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 0, parameterSetName = "Stream", mandatory = true)
    private Stream inputStream;

    @Parameter(position = 1)
    @ValidateSet({"SHA1", "SHA256", "SHA384", "SHA512", "MD5"})
    private String algorithm = "SHA256";

    @Override
    protected void processRecord() {
        if (inputStream != null) {
            try {
                writeObject(new FileHashInfo(algorithmName(), hash(inputStream.inputStream()), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // our streams report their failures as .NET exceptions instead
            }
            return;
        }
        boolean literal = literalPath != null;
        for (Path file : resolveExisting(literal ? literalPath : path, literal, false)) {
            String hash;
            try (InputStream in = Files.newInputStream(file)) {
                hash = hash(in);
            } catch (IOException e) {
                writeError(e instanceof AccessDeniedException || Files.isDirectory(file) ? denied(file)
                        : errorRecord(IoMessages.of(e, file), "FileReadError", ErrorCategory.ReadError, file.toString(),
                                "IOException"));
                continue;
            }
            writeObject(new FileHashInfo(algorithmName(), hash, file.toString()));
        }
    }

    private String hash(InputStream in) throws IOException {
        MessageDigest digest = HashAlgorithm.messageDigest(algorithmName());
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().withUpperCase().formatHex(digest.digest());
    }

    /** .NET reports a directory opened as a file, and a file it may not read, as access denied. */
    private ErrorRecord denied(Path file) {
        return errorRecord("Access to the path '" + file + "' is denied.", "UnauthorizedAccessError",
                ErrorCategory.InvalidData, file.toString(), "UnauthorizedAccessException");
    }

    /** The name as -Algorithm's set spells it, whatever case it was given in. */
    private String algorithmName() {
        return algorithm.toUpperCase(Locale.ROOT);
    }
}
