package org.jposh.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.CompletionMatcherImpl;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive console on a terminal, with jline as PSReadLine is to pwsh: the prompt,
 * {@code >> } continuation lines while the parser says the input is incomplete, history kept across
 * sessions (Ctrl+R searches it), tab completion from {@link CommandCompletion}, syntax highlighting
 * ({@link SyntaxHighlighter}), Ctrl+C to stop the running command or clear the line, Ctrl+D on an
 * empty line to leave. Loaded only in interactive sessions, so that scripts do not pay for jline.
 */
final class LineEditor {
    private final Terminal terminal;
    private final InteractiveSession session;
    private final LineReader reader;
    /**
     * Whether the prompt is being computed or a line read: Ctrl+C then clears the line (jline's UserInterrupt)
     * and must not stop the prompt's own command; otherwise it stops the command running.
     */
    private volatile boolean atPrompt;

    LineEditor(Terminal terminal, InteractiveSession session, Path historyFile) {
        this.terminal = terminal;
        this.session = session;
        LineReaderImpl lineReader = (LineReaderImpl) LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jposh")
                .parser(new ScriptLineParser(session))
                .completer(new SessionCompleter())
                .highlighter(new SyntaxHighlighter())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 4096)
                .variable(LineReader.HISTORY_FILE_SIZE, 4096)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ">> ")
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        // CommandCompletion has matched the candidates already, by PowerShell's rules (./ in front
        // of files, quotes, $env:): jline must not filter them again by its own idea of the word.
        lineReader.setCompletionMatcher(new CompletionMatcherImpl() {
            @Override
            protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix,
                                           CompletingParsedLine line, boolean caseInsensitive, int errors,
                                           String originalGroupName) {
                matchers.add(candidates -> candidates);
            }
        });
        this.reader = lineReader;
    }

    /**
     * The console of this process's terminal. Standard output and error of the session go to the
     * terminal's writer, so that what commands print and the line being edited never mix.
     */
    static int run(InteractiveSessionFactory factory, Path historyFile) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).providers("ffm,exec").build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            try (InteractiveSession session = factory.open(out, out, terminal.getWidth())) {
                return new LineEditor(terminal, session, historyFile).run();
            }
        }
    }

    /** Opens the session once the terminal's streams and width are known. */
    interface InteractiveSessionFactory {
        InteractiveSession open(PrintStream out, PrintStream err, int width);
    }

    int run() {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            if (!atPrompt) {
                session.stop();
            }
        });
        session.host().setInputLoop(this::inputLoop);
        try {
            return inputLoop();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /**
     * Reads and runs lines until {@code exit}, Ctrl+D or, in a nested prompt, {@code $Host.ExitNestedPrompt()}.
     *
     * @return the exit code
     */
    private int inputLoop() {
        while (true) {
            String line;
            atPrompt = true;
            try {
                line = reader.readLine(session.prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return 0;
            } finally {
                atPrompt = false;
            }
            if (line.isBlank()) {
                continue;
            }
            Integer exitCode = session.execute(line);
            terminal.flush();
            if (exitCode != null) {
                return exitCode;
            }
            if (session.host().nestedPromptLeft()) {
                return 0;
            }
        }
    }

    /**
     * Tells jline when a line is incomplete (so Enter continues it on a {@code >> } line) and, when
     * completing, what the word at the cursor is: the text {@link CommandCompletion} replaces.
     */
    private static final class ScriptLineParser implements Parser {
        private final InteractiveSession session;
        private CommandCompletion lastCompletion;

        ScriptLineParser(InteractiveSession session) {
            this.session = session;
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && InteractiveSession.isIncomplete(line)) {
                throw new EOFError(-1, cursor, "the statement is incomplete");
            }
            if (context == ParseContext.COMPLETE) {
                lastCompletion = session.complete(line, cursor);
                String typed = line.substring(lastCompletion.replacementIndex(), cursor);
                return new Word(line, cursor, lastCompletion.replacementIndex(), extendsTyped(typed) ? typed : "");
            }
            return new Word(line, cursor, cursor, "");
        }

        CommandCompletion lastCompletion() {
            return lastCompletion;
        }

        /**
         * Whether every match starts with the typed text. jline inserts the matches' common part only
         * when it extends the word, so a word the matches rewrite ({@code alp} to {@code './alpha one.txt'})
         * is shown to it as empty.
         */
        private boolean extendsTyped(String typed) {
            for (CommandCompletion.CompletionResult r : lastCompletion.matches()) {
                if (!r.completionText().regionMatches(true, 0, typed, 0, typed.length())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The line, with the text completion replaces: from {@code start} to the cursor; {@code word} is
     * what jline compares the matches with.
     */
    private record Word(String line, int cursor, int start, String word) implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return cursor - start;
        }

        @Override
        public int rawWordLength() {
            return cursor - start;
        }
    }

    /** Hands jline the matches the parser's completion found; a container's match leaves no space after it. */
    private final class SessionCompleter implements Completer {
        @Override
        public void complete(LineReader lineReader, ParsedLine line, List<Candidate> candidates) {
            CommandCompletion completion = ((ScriptLineParser) lineReader.getParser()).lastCompletion();
            if (completion == null) {
                return;
            }
            for (CommandCompletion.CompletionResult r : completion.matches()) {
                boolean complete = r.resultType() != CommandCompletion.ResultType.ProviderContainer
                        && r.resultType() != CommandCompletion.ResultType.Method
                        && !r.completionText().endsWith(":");
                candidates.add(new Candidate(r.completionText(), r.listItemText(), null, null, null, null, complete));
            }
        }
    }
}
