package org.jposh.stdlib.web;

import java.util.Locale;
import org.jposh.interpreter.runtime.AutomaticVariables;

/**
 * The User-Agent the web cmdlets send unless told otherwise: pwsh's form ({@code Mozilla/5.0 (Linux; OS;
 * culture) PowerShell/7.4.6}), the PowerShell version being the one JPosh reports in $PSVersionTable, followed
 * by {@code JPosh} so servers can tell the two apart.
 */
final class UserAgent {
    static final String DEFAULT = "Mozilla/5.0 (" + platform() + "; " + System.getProperty("os.name") + " "
            + System.getProperty("os.version") + "; " + Locale.getDefault().toLanguageTag() + ") PowerShell/"
            + AutomaticVariables.PS_VERSION + " JPosh";

    private UserAgent() {
    }

    private static String platform() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Windows") ? "Windows NT" : os.startsWith("Mac") ? "Macintosh" : "Linux";
    }
}
