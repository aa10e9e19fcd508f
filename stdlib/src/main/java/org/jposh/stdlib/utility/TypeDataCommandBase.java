package org.jposh.stdlib.utility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.commands.ArgumentTransformation;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TypeData;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/** What Update-TypeData and Remove-TypeData share (pwsh's UpdateData): finding types files, naming types. */
abstract class TypeDataCommandBase extends PSCmdlet {
    /**
     * The .ps1xml files the paths name (pwsh's UpdateData.Glob): a path that names nothing and a file of another
     * extension are errors, and the others go on.
     */
    protected final List<Path> glob(String[] paths, String errorId) {
        List<Path> result = new ArrayList<>();
        FileSystemProvider provider = new FileSystemProvider(sessionState());
        for (String path : paths) {
            List<Path> files;
            try {
                files = provider.resolveExisting(path, false, false);
            } catch (ProviderException e) {
                writeError(errorRecord(e.getMessage(), errorId, ErrorCategory.InvalidOperation, path,
                        e.exceptionType()));
                continue;
            }
            for (Path file : files) {
                if (!file.toString().toLowerCase(Locale.ROOT).endsWith(".ps1xml")) {
                    writeError(errorRecord("Cannot read the file \"" + file + "\"  because it does not have the file "
                            + "name extension \"ps1xml\".", "WrongExtension", ErrorCategory.InvalidArgument, null,
                            "InvalidOperationException"));
                    continue;
                }
                result.add(file);
            }
        }
        return result;
    }

    protected final ErrorRecord error(String errorId, String message, Object target) {
        return errorRecord(message, errorId, ErrorCategory.InvalidOperation, target, "InvalidOperationException");
    }

    /**
     * pwsh's ArgumentToTypeNameTransformationAttribute: a type, or a name that resolves to one (an accelerator
     * such as {@code string}), becomes the type's full name; a TypeData its type name; another value its type's
     * full name. A name that resolves to no type stays as written (a custom object's PSTypeName).
     */
    public static final class ArgumentToTypeName implements ArgumentTransformation {
        @Override
        public Object transform(BindingServices services, Object inputData) {
            Object target = PSObject.base(inputData);
            if (target instanceof DotNetType type) {
                return type.fullName();
            } else if (target instanceof String name) {
                DotNetType type = name.isBlank() ? null : TypeResolver.tryResolve(name, List.of());
                return type == null ? name : type.fullName();
            } else if (target instanceof TypeData data) {
                return data.typeName();
            }
            return target == null ? null : DotNetType.of(target).fullName();
        }
    }
}
