/** JPosh as a JSR-223 (javax.script) script engine. */
module org.jposh.jsr223 {
    requires transitive java.scripting;
    requires org.graalvm.polyglot;
    requires org.jposh.stdlib;

    exports org.jposh.jsr223;

    provides javax.script.ScriptEngineFactory with org.jposh.jsr223.PoshScriptEngineFactory;
}
