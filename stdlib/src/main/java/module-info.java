/** The core cmdlets and the .NET types scripts use, mapped onto Java. */
// Remoting and the shell, which some packages are exported to, are built after this module: javac cannot see them yet.
@SuppressWarnings("module")
module org.jposh.stdlib {
    requires transitive org.jposh.interpreter;
    requires com.fasterxml.jackson.core;
    // Invoke-WebRequest and Invoke-RestMethod.
    requires java.net.http;

    exports org.jposh.stdlib;
    exports org.jposh.stdlib.format;
    exports org.jposh.stdlib.jobs;
    // Export-Clixml and Import-Clixml (in remoting, beside the serializer) resolve files and protect
    // SecureStrings as the cmdlets here do.
    exports org.jposh.stdlib.management to org.jposh.remoting;
    exports org.jposh.stdlib.security to org.jposh.remoting;
    // Tab completion in the console runs the argument completers Register-ArgumentCompleter registers.
    exports org.jposh.stdlib.core to org.jposh.shell;

    // The binder sets cmdlets' private parameter fields.
    opens org.jposh.stdlib.core to org.jposh.interpreter;
    opens org.jposh.stdlib.utility to org.jposh.interpreter;
    opens org.jposh.stdlib.host to org.jposh.interpreter;
    opens org.jposh.stdlib.management to org.jposh.interpreter;
    opens org.jposh.stdlib.security to org.jposh.interpreter;
    opens org.jposh.stdlib.jobs to org.jposh.interpreter;
    opens org.jposh.stdlib.events to org.jposh.interpreter;
    opens org.jposh.stdlib.modules to org.jposh.interpreter;
    opens org.jposh.stdlib.help to org.jposh.interpreter;
    opens org.jposh.stdlib.pester to org.jposh.interpreter;
    opens org.jposh.stdlib.web to org.jposh.interpreter;
    opens org.jposh.stdlib.archive to org.jposh.interpreter;

    provides org.jposh.interpreter.commands.CmdletProvider with org.jposh.stdlib.StdlibCmdlets;
}
