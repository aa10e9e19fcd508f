package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidatePattern;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.Uri;
import org.jposh.interpreter.runtime.WebUtilityMembers;
import org.jposh.stdlib.format.FormatParameter;
import org.jposh.stdlib.format.PropertyExpression;

/**
 * ConvertTo-Html: the pipeline's objects as the lines of an XHTML table (or, with -As List, a two-column table per
 * object), inside a page with a head and a body unless -Fragment says otherwise. The columns are the -Property
 * arguments (all properties by default) resolved against the first object; a List resolves them against each
 * object. Values are HTML-encoded; labels, titles and the other texts are written as given, as pwsh writes them.
 */
@Cmdlet(verb = "ConvertTo", noun = "Html", defaultParameterSetName = ConvertToHtmlCommand.PAGE)
public final class ConvertToHtmlCommand extends PSCmdlet {
    static final String PAGE = "Page";
    private static final String FRAGMENT = "Fragment";
    private static final String COMMAND = "ConvertTo-Html";

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter(parameterSetName = PAGE, position = 3)
    private String[] body;

    @Parameter(parameterSetName = PAGE, position = 1)
    private String[] head;

    @Parameter(parameterSetName = PAGE, position = 2)
    @ValidateNotNullOrEmpty
    private String title = "HTML TABLE";

    @Parameter
    @ValidateNotNullOrEmpty
    @ValidateSet({"Table", "List"})
    private String as = "Table";

    @Parameter(parameterSetName = PAGE)
    @Alias({"cu", "uri"})
    @ValidateNotNullOrEmpty
    private Uri cssUri;

    @Parameter(parameterSetName = FRAGMENT)
    private boolean fragment;

    @Parameter
    @ValidateNotNullOrEmpty
    private String[] postContent;

    @Parameter
    @ValidateNotNullOrEmpty
    private String[] preContent;

    @Parameter(parameterSetName = PAGE)
    @ValidateNotNullOrEmpty
    private Map<?, ?> meta;

    @Parameter(parameterSetName = PAGE)
    @ValidateNotNullOrEmpty
    @ValidatePattern("^[A-Za-z0-9]\\w+\\S+[A-Za-z0-9]$")
    private String charset;

    @Parameter(parameterSetName = PAGE)
    private boolean transitional;

    /** The -Property arguments, as written. */
    private List<Column> columns;
    /** The columns with their names resolved against an object: the first (a table), the current one (a list). */
    private List<Column> resolved;
    private boolean headerWritten;
    private int objectCount;

    /**
     * One column: a property name (wildcards until resolved) or a script block, with the Label, Width and Alignment
     * of its calculated property (null when absent), which pwsh writes as given.
     */
    private record Column(PropertyExpression expression, String label, String width, String alignment) {
        String header() {
            return label != null ? label : expression.toString();
        }
    }

    @Override
    protected void beginProcessing() {
        if (cssUri != null && cssUri.originalString().isBlank()) {
            throw throwTerminatingError(errorRecord("This command cannot be run because 'CSSUri' is empty or blank. "
                    + "Please specify CSSUri and then run the command.", "ArgumentException",
                    ErrorCategory.InvalidArgument, "CSSUri", "ArgumentException"));
        }
        columns = new ArrayList<>();
        for (Object argument : property == null ? new Object[] {"*"} : property) {
            columns.add(column(argument));
        }
        if (!fragment) {
            writePageStart();
        }
        writeLines(preContent);
        writeObject("<table>");
    }

    private void writePageStart() {
        // -Transitional:$false counts as given, as pwsh's parameter setter takes no notice of the value
        writeObject(boundParameters().containsKey("Transitional")
                ? "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"  "
                        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
                : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  "
                        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">");
        writeObject("<html xmlns=\"http://www.w3.org/1999/xhtml\">");
        writeObject("<head>");
        if (charset != null) {
            writeObject("<meta charset=\"" + charset + "\">");
        }
        if (meta != null) {
            writeMeta((Map<?, ?>) LanguagePrimitives.convertTo(meta, CoreTypes.HASHTABLE));
        }
        if (head != null) {
            writeLines(head);
        } else {
            writeObject("<title>" + title + "</title>");
        }
        if (cssUri != null) {
            writeObject("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + cssUri + "\" />");
        }
        writeObject("</head><body>");
        writeLines(body);
    }

    /** A meta tag per entry: http-equiv for the keys HTML defines so, name for the rest, with a warning for unknown keys. */
    private void writeMeta(Map<?, ?> entries) {
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            String key = LanguagePrimitives.toStringValue(e.getKey());
            String content = LanguagePrimitives.dotNetToString(e.getValue());
            String kind = switch (key.toLowerCase(Locale.ROOT)) {
                case "content-type", "default-style", "x-ua-compatible" -> "http-equiv";
                case "application-name", "author", "description", "generator", "keywords", "viewport" -> "name";
                default -> {
                    writeWarning("Accepted meta properties are content-type, default-style, application-name, author, "
                            + "description, generator, keywords, x-ua-compatible, and viewport. The meta pair: " + key
                            + " and " + content + " may not function correctly.");
                    yield "name";
                }
            };
            writeObject("<meta " + kind + "=\"" + key + "\" content=\"" + content + "\">");
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null || inputObject == AutomationNull.VALUE) {
            return;
        }
        PSObject target = PSObject.asPSObject(inputObject);
        objectCount++;
        boolean list = as.equalsIgnoreCase("List");
        if (!headerWritten) {
            resolved = resolve(target);
            if (resolved.isEmpty()) {
                return;
            }
            if (list) {
                if (objectCount > 1) {
                    writeObject("<tr><td><hr></td></tr>");
                }
                for (Column c : resolved) {
                    writeObject("<tr><td>" + c.header() + ":</td><td>" + value(c, target) + "</td></tr>");
                }
            } else {
                writeColumnGroup();
                StringBuilder row = new StringBuilder("<tr>");
                for (Column c : resolved) {
                    row.append("<th>").append(c.header()).append("</th>");
                }
                writeObject(row.append("</tr>").toString());
                headerWritten = true;
            }
        }
        if (!list) {
            StringBuilder row = new StringBuilder("<tr>");
            for (Column c : resolved) {
                row.append("<td>").append(value(c, target)).append("</td>");
            }
            writeObject(row.append("</tr>").toString());
        }
    }

    @Override
    protected void endProcessing() {
        writeObject("</table>");
        writeLines(postContent);
        if (!fragment) {
            writeObject("</body></html>");
        }
    }

    private void writeLines(String[] lines) {
        if (lines != null) {
            writeObject(lines, true);
        }
    }

    private void writeColumnGroup() {
        StringBuilder tag = new StringBuilder("<colgroup>");
        for (Column c : resolved) {
            tag.append("<col");
            if (c.width() != null) {
                tag.append(" width = \"").append(c.width()).append('"');
            }
            if (c.alignment() != null) {
                tag.append(" align = \"").append(c.alignment()).append('"');
            }
            tag.append("/>");
        }
        writeObject(tag.append("</colgroup>").toString());
    }

    /** Each column's names on {@code target}: a wildcard gives a column per matching property, with its options. */
    private List<Column> resolve(PSObject target) {
        List<Column> result = new ArrayList<>();
        for (Column c : columns) {
            for (PropertyExpression name : c.expression().resolveNames(target)) {
                result.add(new Column(name, c.label(), c.width(), c.alignment()));
            }
        }
        return result;
    }

    /**
     * The column's value as .NET's ToString() writes it (an array as its type name), HTML-encoded; $null, and a value
     * whose script fails, as nothing.
     */
    private static String value(Column c, PSObject target) {
        Object value;
        try {
            value = c.expression().getValue(target);
        } catch (PoshException | PSRuntimeException e) {
            return "";
        }
        return value == null ? "" : WebUtilityMembers.htmlEncode(LanguagePrimitives.dotNetToString(value));
    }

    private static Column column(Object argument) {
        if (!(PSObject.base(argument) instanceof Map<?, ?> map)) {
            return new Column(FormatParameter.expression(argument, COMMAND), null, null, null);
        }
        PropertyExpression expression = null;
        String label = null;
        String width = null;
        String alignment = null;
        for (FormatParameter.Entry e : FormatParameter.entries(map, FormatParameter.Keys.HTML, COMMAND)) {
            switch (e.name()) {
                case "expression" -> expression = FormatParameter.expression(e, COMMAND);
                case "label" -> label = FormatParameter.label(e, COMMAND);
                case "alignment" -> {
                    if (!(e.value() instanceof String text)) {
                        throw FormatParameter.illegalType(e, COMMAND, "System.String");
                    }
                    alignment = text;
                }
                default -> {
                    // pwsh takes the width as a string or an int and writes either as it is
                    if (!(e.value() instanceof String) && !(e.value() instanceof Integer)) {
                        throw FormatParameter.illegalType(e, COMMAND, "System.String", "System.Int32");
                    }
                    width = e.value().toString();
                }
            }
        }
        if (expression == null) {
            throw FormatParameter.missingExpression(COMMAND);
        }
        return new Column(expression, label, width, alignment);
    }
}
