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

    private PoshOptions() {
    }

    static OptionDescriptors descriptors() {
        return new PoshOptionsOptionDescriptors();
    }
}
