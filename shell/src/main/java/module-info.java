/** The jposh command: script runner and interactive shell. */
module org.jposh.shell {
    requires org.graalvm.polyglot;
    requires org.jposh.grammar;
    requires org.jposh.interpreter;
    requires org.jposh.remoting;
    requires org.jline;
}
