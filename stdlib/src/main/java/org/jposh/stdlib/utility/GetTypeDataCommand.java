package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.TypeData;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.interpreter.runtime.TypeTable;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-TypeData: the session's extended type data (TypeData objects) whose type names match the patterns (an
 * accelerator stands for its type's full name), all without -TypeName. JPosh has no built-in type data (pwsh's
 * types.ps1xml), so only what Update-TypeData and modules added is listed.
 */
@Cmdlet(verb = "Get", noun = "TypeData")
public final class GetTypeDataCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    @ValidateNotNullOrEmpty
    private String[] typeName;

    @Override
    protected void processRecord() {
        List<WildcardPattern> filter = new ArrayList<>();
        for (String name : typeName == null ? new String[] {"*"} : typeName) {
            if (name.isBlank()) {
                writeError(errorRecord("The target type name should not be null, empty, or contain only white spaces.",
                        "TargetTypeNameEmpty", ErrorCategory.InvalidOperation, name, "InvalidOperationException"));
                continue;
            }
            DotNetType type = typeName == null ? null : TypeResolver.tryResolve(name, List.of());
            filter.add(new WildcardPattern(type == null ? name : type.fullName(), WildcardPattern.IGNORE_CASE));
        }
        for (TypeData data : TypeTable.current().typeData()) {
            for (WildcardPattern pattern : filter) {
                if (pattern.isMatch(data.typeName())) {
                    writeObject(data);
                    break;
                }
            }
        }
    }
}
