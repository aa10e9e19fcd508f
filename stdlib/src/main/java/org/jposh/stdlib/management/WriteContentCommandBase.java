package org.jposh.stdlib.management;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Set-Content and Add-Content, as pwsh's WriteContentCommandBase: the files are opened at the first
 * input object and written as objects arrive, each value as its string and a newline ({@code \n};
 * -NoNewline writes the strings alone), and closed at the end. A path without wildcards may name a
 * file that does not exist yet; its directory must exist.
 */
abstract class WriteContentCommandBase extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    @AllowEmptyCollection
    private Object[] value;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Parameter
    private boolean noNewline;

    @Parameter
    @TransformArgument(FileEncoding.Transformation.class)
    private FileEncoding encoding = FileEncoding.UTF8;

    private Map<Path, Writer> writers;

    /** Whether the content is appended to what the file holds (Add-Content) or replaces it (Set-Content). */
    abstract boolean append();

    @Override
    protected final void processRecord() {
        if (writers == null) {
            writers = open();
        }
        StringBuilder text = new StringBuilder();
        if (value != null) {
            for (Object v : value) {
                text.append(v == null ? "" : LanguagePrimitives.toStringValue(v)).append(noNewline ? "" : "\n");
            }
        }
        for (Map.Entry<Path, Writer> e : writers.entrySet()) {
            try {
                e.getValue().write(text.toString());
            } catch (IOException ex) {
                writeError(errorRecord(IoMessages.of(ex, e.getKey()), "GetContentWriterIOError",
                        ErrorCategory.WriteError, e.getKey().toString(), "IOException"));
            }
        }
        if (passThru && value != null) {
            writeObject(value, true);
        }
    }

    @Override
    protected final void endProcessing() {
        if (writers == null) {
            return;
        }
        for (Map.Entry<Path, Writer> e : writers.entrySet()) {
            try {
                e.getValue().close();
            } catch (IOException ex) {
                writeError(errorRecord(IoMessages.of(ex, e.getKey()), "GetContentWriterIOError",
                        ErrorCategory.WriteError, e.getKey().toString(), "IOException"));
            }
        }
    }

    private Map<Path, Writer> open() {
        Map<Path, Writer> result = new LinkedHashMap<>();
        for (Path file : targets()) {
            if (Files.isDirectory(file)) {
                writeError(errorRecord("Unable to write content because it is a directory: '" + file + "'.",
                        "WriteContainerContentException", ErrorCategory.InvalidOperation, null,
                        "InvalidOperationException"));
                continue;
            }
            if (!shouldProcess("Path: " + file, append() ? "Add Content" : "Set Content")) {
                continue;
            }
            try {
                boolean fresh = !append() || !Files.exists(file) || Files.size(file) == 0;
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        append() ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                if (fresh) {
                    out.write(encoding.preamble());
                }
                result.put(file, new OutputStreamWriter(out, encoding.charset()));
            } catch (NoSuchFileException e) {
                writeError(errorRecord(IoMessages.of(e, file), "GetContentWriterDirectoryNotFoundError",
                        ErrorCategory.ObjectNotFound, file.toString(), "DirectoryNotFoundException"));
            } catch (IOException e) {
                writeError(errorRecord(IoMessages.of(e, file), "GetContentWriterIOError", ErrorCategory.WriteError,
                        file.toString(), "IOException"));
            }
        }
        return result;
    }

    /** The files to write: existing matches of wildcard paths, other paths whether they exist or not. */
    private List<Path> targets() {
        boolean literal = literalPath != null;
        List<Path> result = new ArrayList<>();
        for (String p : literal ? literalPath : path) {
            if (!literal && WildcardPattern.containsWildcardCharacters(p)) {
                result.addAll(resolveExisting(new String[] {p}, false, force));
                continue;
            }
            try {
                result.add(provider().resolve(literal ? p : WildcardPattern.unescape(p)));
            } catch (ProviderException e) {
                writeError(e);
            }
        }
        return result;
    }
}
