package org.jposh.stdlib.management;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Set-Item: sets environment variables, variables, functions and aliases (Env:, Variable:, Function:,
 * Alias:), creating them when a plain name names none; -PassThru returns them. The FileSystem provider
 * does not support it, as in pwsh.
 */
@Cmdlet(verb = "Set", noun = "Item", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class SetItemCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object value;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target target = SessionStateProvider.parse(p);
            if (target == null || target.isDrive()) {
                writeError(new ProviderException("NotSupported", ErrorCategory.NotImplemented,
                        "PSNotSupportedException", p,
                        "Provider operation stopped because the provider does not support this operation."));
                continue;
            }
            SessionStateProvider provider = target.provider();
            List<SessionStateProvider.Item> items = literal || !WildcardPattern.containsWildcardCharacters(target.name())
                    ? List.of(new SessionStateProvider.Item(literal ? target.name()
                            : WildcardPattern.unescape(target.name()), null))
                    : provider.matching(sessionState(), target, false);
            for (SessionStateProvider.Item item : items) {
                set(provider, item.name());
            }
        }
    }

    private void set(SessionStateProvider provider, String name) {
        if (!shouldProcess("Item: " + name + " Value: " + value, "Set Item")) {
            return;
        }
        try {
            provider.set(sessionState(), name, value);
        } catch (ProviderException e) {
            writeError(e);
            return;
        } catch (PSRuntimeException e) {
            writeError(errorRecord(e, name));
            return;
        }
        SessionStateProvider.Item item = provider.item(sessionState(), name);
        if (passThru && item != null) {
            writeObject(provider.itemObject(item));
        }
    }
}
