package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.runtime.CultureInfo;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Get-Culture: the session's current culture, the cultures -Name names (the current one itself when it
 * is named), or every culture with -ListAvailable.
 */
@Cmdlet(verb = "Get", noun = "Culture", defaultParameterSetName = "CurrentCulture")
public final class GetCultureCommand extends PSCmdlet {
    @Parameter(parameterSetName = "Name", position = 0, valueFromPipeline = true)
    @ValidateNotNull
    private String[] name;

    @Parameter(parameterSetName = "CurrentCulture")
    @Parameter(parameterSetName = "Name")
    private boolean noUserOverrides;

    @Parameter(parameterSetName = "ListAvailable")
    private boolean listAvailable;

    @Override
    protected void processRecord() {
        CultureInfo current = CultureInfo.current();
        switch (parameterSetName()) {
            case "Name" -> {
                for (String cultureName : name) {
                    try {
                        writeObject(cultureName.equalsIgnoreCase(current.name()) ? current
                                : CultureInfo.get(cultureName));
                    } catch (DotNetException e) {
                        writeError(errorRecord(e.getMessage(), "ItemNotFoundException", ErrorCategory.ObjectNotFound,
                                name, e.shortTypeName()));
                        return;
                    }
                }
            }
            case "ListAvailable" -> CultureInfo.all().forEach(this::writeObject);
            default -> writeObject(current);
        }
    }
}
