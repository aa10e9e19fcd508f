/** The PowerShell grammar and the AST it produces; ANTLR types stay inside this module. */
module org.jposh.grammar {
    requires org.antlr.antlr4.runtime;

    exports org.jposh.grammar;
    exports org.jposh.grammar.ast;
}
