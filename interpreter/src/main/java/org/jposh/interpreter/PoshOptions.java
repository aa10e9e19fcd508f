package org.jposh.interpreter;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** The options a host sets on a Context for this language ({@code posh.Name}). */
@Option.Group(PoshLanguage.ID)
public final class PoshOptions {
    @Option(help = "Send the output of top-level scripts through Out-Default to standard output and print "
            + "uncaught errors, as an interactive host does, instead of returning them to the caller.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> HostOutput = new OptionKey<>(false);

    @Option(help = "The standard output is a terminal: formatted output may use ANSI colours and "
            + "Write-Progress draws a progress bar.", category = OptionCategory.USER,
            stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Terminal = new OptionKey<>(false);

    @Option(help = "The terminal's width in columns, which tables are laid out to (0: unknown, 120 is used).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Integer> TerminalWidth = new OptionKey<>(0);

    @Option(help = "The session may not ask the user for input (pwsh -NonInteractive): Read-Host, "
            + "Get-Credential and other prompts fail instead of reading standard input.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> NonInteractive = new OptionKey<>(false);

    @Option(help = "The session's culture and UI culture, as a .NET name (de-DE) or a POSIX locale (de_DE.UTF-8); "
            + "by default the one LC_ALL, LC_MESSAGES or LANG names, else en-US.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Culture = new OptionKey<>("");

    private PoshOptions() {
    }

    static OptionDescriptors descriptors() {
        return new PoshOptionsOptionDescriptors();
    }
}
