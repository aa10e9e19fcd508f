package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * A path or item error of the FileSystem provider, with the error id, category and exception type pwsh
 * reports; cmdlets turn it into an error record of their own ({@link CoreCommandBase#writeError}).
 */
public final class ProviderException extends RuntimeException {
    private final String errorId;
    private final ErrorCategory category;
    private final String exceptionType;
    private final Object target;

    ProviderException(String errorId, ErrorCategory category, String exceptionType, Object target, String message) {
        super(message, null, false, false);
        this.errorId = errorId;
        this.category = category;
        this.exceptionType = exceptionType;
        this.target = target;
    }

    /** PathNotFound: "Cannot find path '...' because it does not exist." */
    static ProviderException pathNotFound(String path) {
        return new ProviderException("PathNotFound", ErrorCategory.ObjectNotFound, "ItemNotFoundException", path,
                "Cannot find path '" + path + "' because it does not exist.");
    }

    /** DirectoryExist: New-Item -ItemType Directory on a path that names an item already. */
    public static ProviderException directoryExists(Path path) {
        return new ProviderException("DirectoryExist", ErrorCategory.ResourceExists, "IOException", path.toString(),
                "An item with the specified name " + path + " already exists.");
    }

    static ProviderException driveNotFound(String drive) {
        return new ProviderException("DriveNotFound", ErrorCategory.ObjectNotFound, "DriveNotFoundException", drive,
                "Cannot find drive. A drive with the name '" + drive + "' does not exist.");
    }

    static ProviderException stackNotFound(String stackName) {
        return new ProviderException("Argument", ErrorCategory.InvalidArgument, "PSArgumentException", stackName,
                "Cannot find location stack '" + stackName + "'. It does not exist or it is not a container.");
    }

    /** An I/O failure, reported as pwsh reports the .NET IOException it would get. */
    static ProviderException ioError(String errorId, ErrorCategory category, String path, String message) {
        return new ProviderException(errorId, category, "IOException", path, message);
    }

    public String errorId() {
        return errorId;
    }

    public ErrorCategory category() {
        return category;
    }

    public String exceptionType() {
        return exceptionType;
    }

    public Object target() {
        return target;
    }
}
