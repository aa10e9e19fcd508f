package org.jposh.remoting.utility;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.PagingParameters;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.DictionaryEntry;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.io.StreamReader;
import org.jposh.interpreter.runtime.io.TextReader;
import org.jposh.remoting.psrp.clixml.ClixmlException;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Import-Clixml: the objects of CLIXML files, rehydrated as pwsh rehydrates them (see PSSerializer), each written as
 * it is (a collection is one object). A first line {@code #< CLIXML}, which pwsh writes before CLIXML on a console,
 * is skipped. With -Skip or -First the collections are unrolled to count their items, as pwsh pages; with
 * -IncludeTotalCount each file first gives "Unknown total count", since the count is not known before reading.
 */
@UsesFileSystem
@Cmdlet(verb = "Import", noun = "Clixml", defaultParameterSetName = "ByPath", supportsPaging = true)
public final class ImportClixmlCommand extends PSCmdlet {
    private static final String CLIXML_DIRECTIVE = "#< CLIXML";

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "ByPath")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "ByLiteralPath")
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (String p : literal ? literalPath : path) {
            importFile(p, literal);
        }
    }

    private void importFile(String given, boolean literal) {
        Path file;
        try {
            file = new FileSystemProvider(sessionState()).resolveFilePath(given, literal);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
        List<Object> objects;
        try {
            objects = PSSerializer.deserializeAsList(withoutDirective(read(file)));
        } catch (ClixmlException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "System.Xml.XmlException", ErrorCategory.NotSpecified,
                    null, "XmlException"));
        }
        PagingParameters paging = pagingParameters();
        if (paging.includeTotalCount()) {
            writeObject(paging.newTotalCount(0, 0));
        }
        if (paging.skip() == 0 && paging.first() == -1L) {
            for (Object o : objects) {
                writeObject(o);
            }
        } else {
            page(objects, paging.skip(), paging.first());
        }
    }

    private String read(Path file) {
        try (TextReader reader = StreamReader.open(file, TextEncoding.CONSOLE_DEFAULT, true)) {
            return reader.readToEnd();
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "FileOpenFailure", ErrorCategory.OpenError, null,
                    e.shortTypeName()));
        }
    }

    private static String withoutDirective(String text) {
        if (text.startsWith(CLIXML_DIRECTIVE)) {
            int end = CLIXML_DIRECTIVE.length();
            if (text.startsWith("\r\n", end)) {
                return text.substring(end + 2);
            } else if (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r') {
                return text.substring(Math.min(end + 1, text.length()));
            }
        }
        return text;
    }

    /** -Skip and -First count the items of the collections read, not the collections. */
    private void page(List<Object> objects, long skip, long first) {
        long skipped = 0;
        long count = 0;
        for (Object o : objects) {
            Object base = o instanceof PSObject pso ? pso.baseObject() : null;
            Iterable<?> items = base instanceof Map<?, ?> map ? map.entrySet().stream()
                    .map(e -> new DictionaryEntry(e.getKey(), e.getValue())).toList()
                    : base instanceof Collection<?> collection ? collection : List.of(o);
            for (Object item : items) {
                if (Long.compareUnsigned(count, first) >= 0) {
                    return;
                }
                if (Long.compareUnsigned(skipped++, skip) >= 0) {
                    count++;
                    writeObject(item);
                }
            }
        }
    }
}
