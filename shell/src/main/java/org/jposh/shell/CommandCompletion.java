package org.jposh.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.CmdletInfo;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.language.AstValue;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumType;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSMethod;
import org.jposh.interpreter.runtime.PSMethodInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.stdlib.core.ArgumentCompleters;

/**
 * Tab completion, as pwsh's CommandCompletion.CompleteInput: what can stand at the cursor of a line
 * being typed, from the live session. Command names (from the command table), parameter names of the
 * command being typed (only those of the parameter sets the parameters typed so far leave), the
 * values of a parameter's [ValidateSet()] or enum type, variables after {@code $} (and environment
 * variables after {@code $env:}), members after {@code .} on a variable's current value, statics
 * after {@code [type]::}, type names after {@code [}, and otherwise file paths relative to the
 * session's location, quoted when they hold spaces. Knows nothing of the terminal; the console's
 * line editor adapts it. Call it inside the session ({@code Runspace.inSession}).
 *
 * @param replacementIndex where the text the matches replace starts
 * @param replacementLength how long that text is (up to the cursor)
 */
record CommandCompletion(int replacementIndex, int replacementLength, List<CompletionResult> matches) {

    /** pwsh's CompletionResultType. */
    enum ResultType { Text, History, Command, ProviderItem, ProviderContainer, Property, Method, ParameterName,
        ParameterValue, Variable, Namespace, Type, Keyword, DynamicKeyword;

        static ResultType of(String name) {
            for (ResultType type : values()) {
                if (type.name().equalsIgnoreCase(name)) {
                    return type;
                }
            }
            return ParameterValue;
        }
    }

    /**
     * One match: the text that replaces the word, and the text a list of matches shows.
     */
    record CompletionResult(String completionText, String listItemText, ResultType resultType) {
    }

    private static final Pattern TYPE_NAME = Pattern.compile("(?:^|[\\s(,=;{|!])\\[([\\w.]*)$");
    private static final Pattern STATIC_MEMBER = Pattern.compile("\\[([\\w.\\[\\],]+)\\]::(\\w*)$");
    private static final Pattern MEMBER = Pattern.compile("\\$(\\w+)((?:\\.\\w+)*)\\.(\\w*)$");
    private static final Pattern ENV_VARIABLE = Pattern.compile("\\$env:(\\w*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("([$@])(\\w*)$");

    /** The matches for the text before {@code cursor}. */
    static CommandCompletion completeInput(String input, int cursor, PoshContext session) {
        String before = input.substring(0, cursor);
        Matcher m;
        if ((m = STATIC_MEMBER.matcher(before)).find()) {
            return staticMembers(m.group(1), m.group(2), cursor);
        }
        if ((m = TYPE_NAME.matcher(before)).find()) {
            return typeNames(m.group(1), cursor);
        }
        if ((m = MEMBER.matcher(before)).find()) {
            return members(session, m.group(1), m.group(2), m.group(3), cursor);
        }
        if ((m = ENV_VARIABLE.matcher(before)).find()) {
            return environmentVariables(m.group(1), cursor);
        }
        if ((m = VARIABLE.matcher(before)).find()) {
            return variables(session, m.group(1), m.group(2), cursor);
        }
        return commandElement(session, before, cursor);
    }

    private static CommandCompletion staticMembers(String typeName, String prefix, int cursor) {
        DotNetType type = TypeResolver.tryResolve(typeName, List.of());
        List<CompletionResult> results = new ArrayList<>();
        if (type != null) {
            TypeAdapter adapter = type.adapter();
            for (PSProperty p : adapter.staticProperties()) {
                addIfMatches(results, prefix, p.name(), p.name(), ResultType.Property);
            }
            for (PSMethod method : adapter.staticMethods()) {
                if (!method.isSpecial()) {
                    addIfMatches(results, prefix, method.name() + "(", method.name(), ResultType.Method);
                }
            }
        }
        return new CommandCompletion(cursor - prefix.length(), prefix.length(), results);
    }

    private static CommandCompletion typeNames(String prefix, int cursor) {
        List<CompletionResult> results = new ArrayList<>();
        for (String name : CoreTypes.acceleratorNames()) {
            addIfMatches(results, prefix, name, name, ResultType.Type);
        }
        return new CommandCompletion(cursor - prefix.length(), prefix.length(), results);
    }

    /** {@code $var.a.b.Pre}: the members of the value the path before the last dot has now. */
    private static CommandCompletion members(PoshContext session, String variable, String path, String prefix,
                                             int cursor) {
        Object value = session.sessionState().global().get(variable);
        for (String name : path.isEmpty() ? new String[0] : path.substring(1).split("\\.")) {
            value = MemberAccess.getMember(value, name);
        }
        List<CompletionResult> results = new ArrayList<>();
        if (!LanguagePrimitives.isNull(value)) {
            for (String name : propertyNames(value)) {
                addIfMatches(results, prefix, name, name, ResultType.Property);
            }
            for (String name : methodNames(value)) {
                addIfMatches(results, prefix, name + "(", name, ResultType.Method);
            }
        }
        return new CommandCompletion(cursor - prefix.length(), prefix.length(), results);
    }

    private static List<String> propertyNames(Object value) {
        List<String> names = new ArrayList<>();
        Object base = value;
        if (value instanceof PSObject pso) {
            for (PSMemberInfo member : pso.instanceMembers()) {
                if (member instanceof PSPropertyInfo) {
                    names.add(member.name());
                }
            }
            base = pso.baseObject();
            if (pso.isCustomObject()) {
                return names;
            }
        }
        if (base instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (key instanceof String s) {
                    names.add(s);
                }
            }
        }
        for (PSProperty p : DotNetType.of(base).adapter().properties()) {
            if (!names.contains(p.name())) {
                names.add(p.name());
            }
        }
        return names;
    }

    private static List<String> methodNames(Object value) {
        List<String> names = new ArrayList<>();
        Object base = value;
        if (value instanceof PSObject pso) {
            for (PSMemberInfo member : pso.instanceMembers()) {
                if (member instanceof PSMethodInfo) {
                    names.add(member.name());
                }
            }
            base = pso.baseObject();
        }
        for (PSMethod m : DotNetType.of(base).adapter().methods()) {
            // property accessors (get_Length) are callable but not offered, as in pwsh
            if (!m.isSpecial()) {
                names.add(m.name());
            }
        }
        return names;
    }

    private static CommandCompletion environmentVariables(String prefix, int cursor) {
        List<CompletionResult> results = new ArrayList<>();
        for (String name : new TreeSet<>(System.getenv().keySet())) {
            addIfMatches(results, prefix, "$env:" + name, name, ResultType.Variable);
        }
        int start = cursor - prefix.length() - "$env:".length();
        return new CommandCompletion(start, cursor - start, results);
    }

    /** {@code $Pre} or {@code @Pre} (splatting): the variables the session has now. */
    private static CommandCompletion variables(PoshContext session, String sigil, String prefix, int cursor) {
        List<CompletionResult> results = new ArrayList<>();
        SessionStateScope global = session.sessionState().global();
        for (String name : global.visibleNames()) {
            addIfMatches(results, prefix, sigil + name, name, ResultType.Variable);
        }
        if ("env".startsWith(prefix.toLowerCase(Locale.ROOT)) && sigil.equals("$")) {
            results.add(new CompletionResult("$env:", "env:", ResultType.Variable));
        }
        int start = cursor - prefix.length() - 1;
        return new CommandCompletion(start, cursor - start, results);
    }

    /**
     * A word of a command: its name when it is the first word of the pipeline element, a parameter
     * name after {@code -}, a parameter's values after the parameter, else a path.
     */
    private static CommandCompletion commandElement(PoshContext session, String before, int cursor) {
        List<Word> words = CommandWords.split(before);
        Word current = words.isEmpty() || words.getLast().end() < cursor ? new Word("", cursor, cursor, false)
                : words.getLast();
        List<Word> previous = words.isEmpty() || current != words.getLast() ? words
                : words.subList(0, words.size() - 1);
        List<CompletionResult> results = new ArrayList<>();
        if (previous.isEmpty()) {
            if (!looksLikePath(current.text())) {
                commandNames(session, current.text(), results);
            }
            if (results.isEmpty()) {
                paths(session, current, results);
            }
            return new CommandCompletion(current.start(), cursor - current.start(), results);
        }
        String commandName = previous.getFirst().text();
        CommandInfo command = commandOf(session, commandName);
        CommandMetadata metadata = metadataOf(command, previous);
        ArgumentCompleters completers = ArgumentCompleters.of(session.sessionState());
        ScriptBlock nativeCompleter = metadata != null ? null : completers.forNativeCommand(nativeName(commandName));
        if (nativeCompleter != null) {
            completions(nativeCompleter, results, current.text(), AstValue.commandAt(before, cursor), cursor);
            return new CommandCompletion(current.start(), cursor - current.start(), results);
        }
        if (metadata != null && current.text().startsWith("-") && !current.quoted()) {
            parameterNames(metadata, previous, current.text().substring(1), results);
            return new CommandCompletion(current.start(), cursor - current.start(), results);
        }
        ParameterMetadata parameter = metadata == null || previous.size() < 2 ? null
                : parameterBefore(metadata, previous.getLast());
        ScriptBlock completer = parameter == null ? null : completers.forParameter(command.name(), parameter.name());
        if (completer != null) {
            completions(completer, results, command.name(), parameter.name(), current.text(),
                    AstValue.commandAt(before, cursor), new Hashtable());
            return new CommandCompletion(current.start(), cursor - current.start(), results);
        }
        if (parameter != null) {
            List<String> values = parameterValues(parameter);
            if (!values.isEmpty()) {
                for (String value : values) {
                    addIfMatches(results, current.text(), quoted(value), value, ResultType.ParameterValue);
                }
                return new CommandCompletion(current.start(), cursor - current.start(), results);
            }
        }
        paths(session, current, results);
        return new CommandCompletion(current.start(), cursor - current.start(), results);
    }

    private static boolean looksLikePath(String word) {
        return word.startsWith(".") || word.startsWith("/") || word.startsWith("~") || word.contains("/");
    }

    /** The command a name runs (through aliases), or null when it is unknown. */
    private static CommandInfo commandOf(PoshContext session, String name) {
        try {
            CommandInfo command = CommandDiscovery.find(session, name);
            return command == null ? null : CommandDiscovery.resolveAlias(session, command, null);
        } catch (RuntimeException e) {
            return null; // an alias to nothing, a script that does not parse: nothing to offer
        }
    }

    /**
     * The parameters of a command, with the dynamic ones it gives for the words typed after it, or null when it
     * has none (a program) or is unknown.
     */
    private static CommandMetadata metadataOf(CommandInfo command, List<Word> words) {
        try {
            return command == null ? null : command.metadataForArguments(arguments(words));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The name a native command's completer is registered under: the program's, without its folder. */
    private static String nativeName(String typed) {
        return typed.substring(typed.lastIndexOf('/') + 1);
    }

    /**
     * What a registered completer offers (Register-ArgumentCompleter): its output, strings as values of that text;
     * nothing when it fails, as pwsh ignores a failing completer.
     */
    private static void completions(ScriptBlock completer, List<CompletionResult> results, Object... arguments) {
        List<Object> output;
        try {
            output = completer.invokeAsList(arguments);
        } catch (RuntimeException e) {
            return;
        }
        for (Object value : output) {
            org.jposh.stdlib.core.CompletionResult result = org.jposh.stdlib.core.CompletionResult.of(value);
            results.add(new CompletionResult(result.completionText(), result.listItemText(),
                    ResultType.of(result.resultTypeName())));
        }
    }

    /** The words after the command name as the binder takes them: {@code -name}, {@code -name:value}, values as text. */
    private static List<CommandArgument> arguments(List<Word> words) {
        List<CommandArgument> arguments = new ArrayList<>();
        for (Word word : words.subList(1, words.size())) {
            String text = word.text();
            int colon = text.indexOf(':');
            if (!text.startsWith("-") || word.quoted() || text.length() == 1) {
                arguments.add(CommandArgument.positional(text, null));
            } else if (colon > 0) {
                arguments.add(CommandArgument.named(text.substring(1, colon), text.substring(colon + 1), null));
            } else {
                arguments.add(CommandArgument.parameter(text.substring(1), null));
            }
        }
        return arguments;
    }

    /** Aliases, functions and cmdlets whose names start with the prefix, each name once, sorted. */
    private static void commandNames(PoshContext session, String prefix, List<CompletionResult> results) {
        WildcardPattern pattern = new WildcardPattern(prefix + "*", WildcardPattern.IGNORE_CASE);
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (AliasInfo alias : session.sessionState().aliases().all()) {
            names.add(alias.name());
        }
        names.addAll(session.sessionState().currentScope().visibleFunctions().values().stream()
                .map(FunctionInfo::name).toList());
        for (CmdletInfo command : session.sessionState().commands().all()) {
            names.add(command.name());
        }
        for (String name : names) {
            if (pattern.isMatch(name)) {
                results.add(new CompletionResult(name, name, ResultType.Command));
            }
        }
    }

    /**
     * The parameters that may still come: not bound yet, and in a parameter set that every named
     * parameter typed so far is in.
     */
    private static void parameterNames(CommandMetadata metadata, List<Word> previous, String prefix,
                                       List<CompletionResult> results) {
        List<ParameterMetadata> bound = new ArrayList<>();
        int sets = -1;
        for (Word word : previous.subList(1, previous.size())) {
            if (word.text().startsWith("-") && !word.quoted()) {
                ParameterMetadata p = metadata.findParameter(word.text().replaceFirst(":.*$", ""));
                if (p != null) {
                    bound.add(p);
                    if (!p.isInAllSets()) {
                        sets &= p.parameterSetFlags();
                    }
                }
            }
        }
        for (ParameterMetadata p : metadata.parameters()) {
            if (!bound.contains(p) && (p.isInAllSets() || (p.parameterSetFlags() & sets) != 0)) {
                addIfMatches(results, prefix, "-" + p.name(), p.name(), ResultType.ParameterName);
            }
        }
    }

    /** The parameter a word names when it takes the value that follows (so not a switch), else null. */
    private static ParameterMetadata parameterBefore(CommandMetadata metadata, Word word) {
        if (!word.text().startsWith("-") || word.quoted() || word.text().contains(":")) {
            return null;
        }
        ParameterMetadata p = metadata.findParameter(word.text());
        return p == null || p.isSwitch() ? null : p;
    }

    /** The values a parameter allows by its [ValidateSet()] or its enum type, else none. */
    private static List<String> parameterValues(ParameterMetadata parameter) {
        if (!parameter.validValues().isEmpty()) {
            return parameter.validValues();
        }
        Class<?> type = parameter.type().isArray() ? parameter.type().getComponentType() : parameter.type();
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return names;
        }
        DotNetType dotNetType = DotNetType.forJavaClass(type);
        EnumType enumType = dotNetType == null ? null : dotNetType.enumType();
        return enumType == null ? List.of() : enumType.names();
    }

    /**
     * The files and directories whose names start with the word's last part, in the directory its
     * other parts name (relative to the session's location); {@code ./} in front of relative names
     * and a {@code /} after directories, as pwsh writes them on Unix.
     */
    private static void paths(PoshContext session, Word word, List<CompletionResult> results) {
        String typed = word.text();
        int slash = typed.lastIndexOf('/');
        String directoryPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePrefix = typed.substring(slash + 1);
        Path directory = resolve(session.sessionState().location(), directoryPart);
        if (!Files.isDirectory(directory)) {
            return;
        }
        String shownDirectory = slash < 0 ? "./" : directoryPart;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.regionMatches(true, 0, namePrefix, 0, namePrefix.length())
                    && (namePrefix.startsWith(".") || !name.startsWith("."))) {
                boolean container = Files.isDirectory(entry);
                String text = shownDirectory + name + (container ? "/" : "");
                results.add(new CompletionResult(quoted(text), name,
                        container ? ResultType.ProviderContainer : ResultType.ProviderItem));
            }
        }
    }

    private static Path resolve(Path location, String directoryPart) {
        if (directoryPart.startsWith("~")) {
            return Path.of(System.getProperty("user.home") + directoryPart.substring(1));
        }
        return directoryPart.isEmpty() ? location : location.resolve(directoryPart).normalize();
    }

    /** A word in single quotes when it holds a character that would end or split it. */
    static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "'\"`$&|;(){},@#".indexOf(c) >= 0) {
                return "'" + text.replace("'", "''") + "'";
            }
        }
        return text;
    }

    private static void addIfMatches(List<CompletionResult> results, String prefix, String completionText,
                                     String listItemText, ResultType type) {
        if (listItemText.regionMatches(true, 0, prefix, 0, prefix.length())) {
            results.add(new CompletionResult(completionText, listItemText, type));
        }
    }

    /** A word of a command line: its text without quotes, where it is, and whether it was quoted. */
    record Word(String text, int start, int end, boolean quoted) {
    }

    /** Splits the last pipeline element of a line into words as a command reads them. */
    static final class CommandWords {
        private CommandWords() {
        }

        static List<Word> split(String line) {
            int start = lastElementStart(line);
            List<Word> words = new ArrayList<>();
            int i = start;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int wordStart = i;
                StringBuilder text = new StringBuilder();
                boolean quoted = false;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    char q = line.charAt(i);
                    if (q == '\'' || q == '"') {
                        quoted = true;
                        int close = line.indexOf(q, i + 1);
                        int end = close < 0 ? line.length() : close;
                        text.append(line, i + 1, end);
                        i = close < 0 ? end : close + 1;
                    } else {
                        text.append(q);
                        i++;
                    }
                }
                words.add(new Word(text.toString(), wordStart, i, quoted));
            }
            return words;
        }

        /**
         * Where the pipeline element being typed starts: after the last |, ;, {, (, = (an assignment of
         * command output) or newline outside quotes.
         */
        private static int lastElementStart(String line) {
            int start = 0;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if ("|;{(=\n".indexOf(c) >= 0) {
                    start = i + 1;
                }
            }
            return start;
        }
    }
}
