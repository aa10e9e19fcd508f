package org.jposh.stdlib.pester;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What Invoke-Pester -Show prints (Pester 4's [Pester.OutputTypes] flags). */
enum OutputTypes {
    Header, Describe, Context, Passed, Failed, Pending, Skipped, Summary;

    /** The set the names of -Show stand for: None, Default, All, Fails, or individual flags. */
    static Set<OutputTypes> parse(String[] names) {
        Set<OutputTypes> shown = EnumSet.noneOf(OutputTypes.class);
        for (String name : names) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "none" -> { }
                case "default", "all" -> shown.addAll(EnumSet.allOf(OutputTypes.class));
                case "fails" -> shown.addAll(EnumSet.of(Header, Describe, Context, Failed, Summary));
                case "inconclusive" -> { }
                default -> shown.add(valueOf(name.substring(0, 1).toUpperCase(Locale.ROOT)
                        + name.substring(1).toLowerCase(Locale.ROOT)));
            }
        }
        return shown;
    }
}
