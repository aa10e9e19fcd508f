package org.jposh.interpreter;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.options.OptionDescriptors;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.commands.CommandTable;
import org.jposh.interpreter.parser.ScriptCompiler;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScopeValue;
import org.jposh.interpreter.runtime.ScriptTypes;

/** PowerShell as a Truffle language. */
@TruffleLanguage.Registration(
        id = PoshLanguage.ID,
        name = "PowerShell",
        implementationName = "JPosh",
        version = PoshLanguage.VERSION,
        defaultMimeType = PoshLanguage.MIME_TYPE,
        characterMimeTypes = PoshLanguage.MIME_TYPE,
        contextPolicy = TruffleLanguage.ContextPolicy.SHARED,
        fileTypeDetectors = PoshFileDetector.class)
@ProvidedTags(StandardTags.StatementTag.class)
public final class PoshLanguage extends TruffleLanguage<PoshContext> {
    public static final String ID = "posh";
    public static final String VERSION = "0.1.0";
    /** The PowerShell version whose language JPosh implements. */
    public static final String POWERSHELL_VERSION = "7.4";
    public static final String MIME_TYPE = "application/x-powershell";

    private static final LanguageReference<PoshLanguage> REFERENCE = LanguageReference.create(PoshLanguage.class);

    /** Built-in commands are the same for every context, so the table of them is built once. */
    private final CommandTable builtinCommands = CommandTable.builtins();
    private final Map<Path, CachedScript> scriptCache = new ConcurrentHashMap<>();
    /** How many sources this language has parsed for contexts: Truffle parses a cached Source once per engine. */
    private final AtomicLong parsedSources = new AtomicLong();

    @Override
    protected PoshContext createContext(Env env) {
        return new PoshContext(this, env);
    }

    /**
     * The session is ending, naturally or by {@code exit}: the engine event PowerShell.Exiting is raised and the
     * actions of its subscribers run, as pwsh raises it when its runspace closes. A cancelled context runs none.
     */
    @Override
    protected void exitContext(PoshContext context, ExitMode exitMode, int exitCode) {
        context.events().sessionEnding();
    }

    /** A session that ends takes its child runspaces (running jobs) with it, as pwsh ends its jobs on exit. */
    @Override
    protected void finalizeContext(PoshContext context) {
        context.closeChildRunspaces();
    }

    @Override
    protected void disposeContext(PoshContext context) {
        PoshContext.disposed(context);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return PoshOptions.descriptors();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues first,
                                           org.graalvm.options.OptionValues second) {
        return first.equals(second);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        parsedSources.incrementAndGet();
        return new ScriptCompiler(this, source).compileScript(parseAst(source)).getCallTarget();
    }

    /**
     * The code of a script alone, without the host's output handling, for callers that run it as a
     * script block.
     *
     * @throws PoshParseError when the text does not parse
     */
    public CompiledScriptBlock parseScriptBlock(Source source) {
        return new ScriptCompiler(this, source).compileScriptBlock(parseAst(source));
    }

    /**
     * The errors pwsh's parser finds after the syntax ({@link ScriptCompiler#checkSymbols}), in a script read without
     * being compiled.
     *
     * @throws PoshParseError the first one
     */
    public void checkSymbols(ScriptBlockAst script) {
        Source source = Source.newBuilder(ID, script.extent().text(), "<ScriptBlock>").cached(false).build();
        new ScriptCompiler(this, source).checkSymbols(script);
    }

    /** The code of {@code $block.GetSteppablePipeline()} for a script block's text ({@link ScriptCompiler#compileSteppablePipeline}). */
    public CompiledScriptBlock compileSteppablePipeline(Source source) {
        return new ScriptCompiler(this, source).compileSteppablePipeline(parseAst(source));
    }

    /**
     * The compiled code of a script file run as a command, compiled again only when the file has changed
     * since, as pwsh caches scripts.
     *
     * @throws PoshParseError when the file does not parse
     * @throws PoshException when it cannot be read
     */
    @TruffleBoundary
    public CompiledScriptBlock compileScriptFile(PoshContext context, Path path) {
        return scriptFile(context, path).code();
    }

    /**
     * The classes and enums a script file declares, from the same compilation as {@link #compileScriptFile}, so
     * that a script importing a module with {@code using module} and the module's own code share its types.
     */
    @TruffleBoundary
    public ScriptTypes scriptFileTypes(PoshContext context, Path path) {
        return scriptFile(context, path).types();
    }

    private CachedScript scriptFile(PoshContext context, Path path) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            CachedScript cached = scriptCache.get(path);
            if (cached != null && cached.modified().equals(modified)) {
                return cached;
            }
            Source source = Source.newBuilder(ID, context.env().getPublicTruffleFile(path.toString())).build();
            ScriptCompiler compiler = new ScriptCompiler(this, source);
            CompiledScriptBlock code = compiler.compileScriptBlock(parseAst(source));
            CachedScript compiled = new CachedScript(modified, code, compiler.declaredTypes());
            scriptCache.put(path, compiled);
            return compiled;
        } catch (IOException | SecurityException e) {
            throw new PoshException(new ErrorRecord("Cannot read the script file '" + path + "': " + e.getMessage(),
                    "ScriptFileReadError", ErrorCategory.ReadError, path.toString(), null, e.getClass().getSimpleName(),
                    null), null);
        }
    }

    private record CachedScript(FileTime modified, CompiledScriptBlock code, ScriptTypes types) {
    }

    private static ScriptBlockAst parseAst(Source source) {
        try {
            return ScriptParser.parse(new ScriptSource(source.getPath(), source.getCharacters().toString()));
        } catch (ParseException e) {
            throw new PoshParseError(e.error());
        }
    }

    /** The polyglot bindings of a context: its global variables. */
    @Override
    protected Object getScope(PoshContext context) {
        return new ScopeValue(context.sessionState().global(), PoshLanguage.class);
    }

    long parsedSources() {
        return parsedSources.get();
    }

    public CommandTable builtinCommands() {
        return builtinCommands;
    }

    public static PoshLanguage get(Node node) {
        return REFERENCE.get(node);
    }
}
