package org.jposh.stdlib.help;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * What Get-Help returns for a command: its name, category and synopsis, and the help text laid out for
 * the view asked for (default, -Detailed, -Full, -Examples, -Parameter), which the help view shows.
 * Help from comments is a MamlCommandHelpInfo, help made from the command's metadata alone an
 * ExtendedCmdletHelpInfo, as in pwsh.
 */
public final class HelpInfo implements DotNetTyped {
    static final DotNetType HELP_INFO = CoreTypes.define("", "HelpInfo", HelpInfo.class, b -> b
            .property("Name", CoreTypes.STRING, h -> ((HelpInfo) h).name)
            .property("Category", CoreTypes.STRING, h -> ((HelpInfo) h).category)
            .property("Synopsis", CoreTypes.STRING, h -> ((HelpInfo) h).synopsis));
    static final DotNetType MAML = CoreTypes.define("", "MamlCommandHelpInfo", null, HELP_INFO, null);
    static final DotNetType EXTENDED = CoreTypes.define("", "ExtendedCmdletHelpInfo", null, HELP_INFO, null);

    static {
        CoreTypes.register(HELP_INFO);
        CoreTypes.register(MAML);
        CoreTypes.register(EXTENDED);
    }

    private final String name;
    private final String category;
    private final String synopsis;
    private final boolean fromComments;
    private final String text;

    HelpInfo(String name, String category, String synopsis, boolean fromComments, String text) {
        this.name = name;
        this.category = category;
        this.synopsis = synopsis;
        this.fromComments = fromComments;
        this.text = text;
    }

    @Override
    public DotNetType dotNetType() {
        return fromComments ? MAML : EXTENDED;
    }

    /** The help laid out as the view shows it. */
    @Override
    public String toString() {
        return text;
    }
}
