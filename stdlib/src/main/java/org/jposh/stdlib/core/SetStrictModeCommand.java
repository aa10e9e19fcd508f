package org.jposh.stdlib.core;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.ArgumentToVersionTransformation;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateArguments;
import org.jposh.interpreter.commands.ValidationMetadataException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Version;

/**
 * Set-StrictMode: sets strict mode in the scope it is called from (so a function's does not outlive
 * it), inherited by the scopes under it. {@code -Version Latest} is the running version; {@code -Off}
 * turns it off. Only the major version counts: 1 forbids reading unset variables (outside strings),
 * 2 also variables in strings, absent properties and {@code f(1,2)}, 3 indexes out of range.
 */
@Cmdlet(verb = "Set", noun = "StrictMode", dotNetTypeName = "Microsoft.PowerShell.Commands.SetStrictModeCommand")
public final class SetStrictModeCommand extends PSCmdlet {
    /** PowerShell's PSVersionInfo.PSVersion, which {@code Latest} stands for. */
    private static final Version LATEST = new Version(7, 4, 6, -1);

    @Parameter(parameterSetName = "Off", mandatory = true)
    private boolean off;

    @Parameter(parameterSetName = "Version", mandatory = true)
    @Alias("v")
    @TransformArgument(VersionTransformation.class)
    @ValidateArguments(ValidVersion.class)
    private Version version;

    @Override
    protected void endProcessing() {
        sessionState().currentScope().setStrictModeVersion(off ? 0 : version.major());
    }

    /** {@code Latest}, then pwsh's ArgumentToVersionTransformation. */
    public static final class VersionTransformation extends ArgumentToVersionTransformation {
        @Override
        protected Version fromString(String text) {
            return text.equalsIgnoreCase("latest") ? LATEST : null;
        }
    }

    /** PowerShell's ValidateVersion: a version PowerShell has had (1.0 to 4.0, 5.0, 5.1, 6.0 to 6.2, 7.0 to this one). */
    public static final class ValidVersion implements ParameterValidation.Custom {
        @Override
        public void validate(Object argument) {
            if (!(argument instanceof Version v) || !isPowerShellVersion(v)) {
                throw new ValidationMetadataException("The \"" + LanguagePrimitives.toStringValue(argument)
                        + "\" argument does not contain a valid PowerShell version. Supply a valid version number "
                        + "and then try the command again.");
            }
        }

        private static boolean isPowerShellVersion(Version v) {
            int minor = v.minor();
            return switch (v.major()) {
                case 1, 2, 3, 4 -> minor == 0;
                case 5 -> minor == 0 || minor == 1;
                case 6 -> minor >= 0 && minor <= 2;
                case 7 -> minor >= 0 && minor <= LATEST.minor();
                default -> false;
            };
        }
    }
}
