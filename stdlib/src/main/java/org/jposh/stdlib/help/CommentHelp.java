package org.jposh.stdlib.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.grammar.ast.Extent;

/**
 * A function's comment-based help, found where pwsh looks for it: the comment block just before the
 * {@code function} keyword (at most one blank line between), else the first comment block inside the
 * body, else the last one before its closing brace. A block is help when all its non-blank lines
 * belong to sections ({@code .SYNOPSIS}, {@code .DESCRIPTION}, {@code .PARAMETER name}, {@code .EXAMPLE},
 * {@code .INPUTS}, {@code .OUTPUTS}, {@code .NOTES}, {@code .LINK}, ...) and there is at least one.
 * A section's text starts at its first non-blank line, whose indentation is taken off every line.
 */
final class CommentHelp {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\.(\\w+)(\\s+(\\S.*))?\\s*$");
    private static final Pattern BLANK = Pattern.compile("^\\s*$");
    private static final Pattern FUNCTION_KEYWORD = Pattern.compile(
            "(?is)\\b(function|filter)\\s+[^\\s{(]+\\s*(\\([^{]*\\))?\\s*$");
    private static final int PROXIMITY = 2;

    String synopsis;
    String description;
    String notes;
    final Map<String, String> parameters = new LinkedHashMap<>();
    final List<String> examples = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    /** The parameters' default values as the full view shows them, by lower-case name. */
    Map<String, String> defaultValues = Map.of();

    /** The help of the function whose body is {@code body}, with its parameters' defaults; null when it has none. */
    static CommentHelp of(Extent body) {
        CommentHelp help = comments(body);
        if (help != null) {
            help.defaultValues = ParameterDefaults.of(body);
        }
        return help;
    }

    private static CommentHelp comments(Extent body) {
        String source = body.source().text();
        int start = body.startOffset();
        int end = body.endOffset();
        Matcher keyword = FUNCTION_KEYWORD.matcher(source.substring(0, start));
        if (keyword.find()) {
            CommentHelp help = parse(precedingBlock(source, keyword.start()));
            if (help != null) {
                return help;
            }
        }
        if (start < end && source.charAt(start) == '{') {
            CommentHelp help = parse(followingBlock(source, start + 1, end - 1));
            if (help != null) {
                return help;
            }
            return parse(precedingBlock(source.substring(0, end - 1), end - 1));
        }
        return null;
    }

    /** The comments ending just before {@code offset}, with at most one blank line after them. */
    private static List<String> precedingBlock(String source, int offset) {
        List<String> block = new ArrayList<>();
        int position = offset;
        int lineBreaks = 0;
        while (position > 0 && Character.isWhitespace(source.charAt(position - 1))) {
            if (source.charAt(--position) == '\n') {
                lineBreaks++;
            }
        }
        if (lineBreaks > PROXIMITY) {
            return block;
        }
        if (source.startsWith("#>", position - 2)) {
            int open = source.lastIndexOf("<#", position - 2);
            if (open >= 0) {
                block.add(source.substring(open, position));
            }
            return block;
        }
        List<String> lineComments = new ArrayList<>();
        while (position > 0) {
            int lineStart = source.lastIndexOf('\n', position - 1) + 1;
            String line = source.substring(lineStart, position).strip();
            if (!line.startsWith("#")) {
                break;
            }
            lineComments.addFirst(line);
            position = Math.max(lineStart - 1, 0);
            if (lineStart == 0) {
                break;
            }
        }
        return lineComments;
    }

    /** The comments starting the text between {@code from} and {@code to}: one block comment, or consecutive line comments. */
    private static List<String> followingBlock(String source, int from, int to) {
        List<String> block = new ArrayList<>();
        int position = from;
        while (position < to && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
        if (source.startsWith("<#", position)) {
            int close = source.indexOf("#>", position + 2);
            if (close >= 0 && close + 2 <= to) {
                block.add(source.substring(position, close + 2));
            }
            return block;
        }
        while (position < to && source.charAt(position) == '#') {
            int lineEnd = source.indexOf('\n', position);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            block.add(source.substring(position, lineEnd).stripTrailing());
            position = lineEnd;
            while (position < to && Character.isWhitespace(source.charAt(position))) {
                position++;
            }
        }
        return block;
    }

    /** pwsh's CollectCommentText: a block comment's lines without its delimiters, line comments without their #s. */
    private static List<String> commentLines(List<String> comments) {
        List<String> lines = new ArrayList<>();
        for (String comment : comments) {
            if (comment.startsWith("<#")) {
                String inner = comment.substring(2, comment.length() - 2);
                for (String line : inner.split("\r\n|\r|\n", -1)) {
                    lines.add(line);
                }
            } else {
                int i = 0;
                while (i < comment.length() && comment.charAt(i) == '#') {
                    i++;
                }
                lines.add(comment.substring(i));
            }
        }
        return lines;
    }

    private static CommentHelp parse(List<String> comments) {
        if (comments.isEmpty()) {
            return null;
        }
        List<String> lines = commentLines(comments);
        CommentHelp help = new CommentHelp();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher directive = DIRECTIVE.matcher(lines.get(i));
            if (!directive.matches()) {
                if (!BLANK.matcher(lines.get(i)).matches()) {
                    return null;
                }
                continue;
            }
            found = true;
            String keyword = directive.group(1).toUpperCase(Locale.ROOT);
            String argument = directive.group(3);
            int[] cursor = {i};
            if (argument != null) {
                if (!keyword.equals("PARAMETER")) {
                    // .FORWARDHELPTARGETNAME and the like: accepted, not shown
                    if (!List.of("FORWARDHELPTARGETNAME", "FORWARDHELPCATEGORY", "REMOTEHELPRUNSPACE", "EXTERNALHELP")
                            .contains(keyword)) {
                        return null;
                    }
                    continue;
                }
                help.parameters.putIfAbsent(argument.strip().toUpperCase(Locale.ROOT), section(lines, cursor));
            } else {
                String text = section(lines, cursor);
                switch (keyword) {
                    case "SYNOPSIS" -> help.synopsis = text;
                    case "DESCRIPTION" -> help.description = text;
                    case "NOTES" -> help.notes = text;
                    case "LINK" -> help.links.add(text.strip());
                    case "EXAMPLE" -> help.examples.add(text);
                    case "INPUTS" -> help.inputs.add(text);
                    case "OUTPUTS" -> help.outputs.add(text);
                    case "COMPONENT", "ROLE", "FUNCTIONALITY" -> { }
                    default -> {
                        return null;
                    }
                }
            }
            i = cursor[0];
        }
        return found ? help : null;
    }

    /** pwsh's GetSection: the lines after the directive up to the next one, less the first line's indentation. */
    private static String section(List<String> lines, int[] cursor) {
        StringBuilder text = new StringBuilder();
        boolean capturing = false;
        int indentation = 0;
        int i;
        for (i = cursor[0] + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!capturing && BLANK.matcher(line).matches()) {
                continue;
            }
            if (DIRECTIVE.matcher(line).matches()) {
                break;
            }
            if (!capturing) {
                while (indentation < line.length() && isIndent(line.charAt(indentation))) {
                    indentation++;
                }
                capturing = true;
            }
            int from = 0;
            while (from < line.length() && from < indentation && isIndent(line.charAt(from))) {
                from++;
            }
            text.append(line, from, line.length()).append('\n');
        }
        cursor[0] = i - 1;
        return text.toString();
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /** The description of a parameter, by its name in any case; null when the help has none. */
    String parameter(String name) {
        return parameters.get(name.toUpperCase(Locale.ROOT));
    }
}
