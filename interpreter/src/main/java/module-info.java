/** The Truffle language "posh": PowerShell semantics, commands and the parameter binder. */
module org.jposh.interpreter {
    requires transitive org.jposh.grammar;
    requires transitive org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires java.xml;

    exports org.jposh.interpreter;
    exports org.jposh.interpreter.commands;
    exports org.jposh.interpreter.host;
    // System.Management.Automation.Language: the parser and its AST as scripts see them.
    exports org.jposh.interpreter.language;
    exports org.jposh.interpreter.runtime;
    exports org.jposh.interpreter.runtime.events;
    exports org.jposh.interpreter.runtime.io;
    exports org.jposh.interpreter.runtime.xml;

    uses org.jposh.interpreter.commands.CmdletProvider;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider
            with org.jposh.interpreter.PoshLanguageProvider;
}
