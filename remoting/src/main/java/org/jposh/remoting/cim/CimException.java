package org.jposh.remoting.cim;

import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * A failed CIM operation (Microsoft.Management.Infrastructure.CimException): WMI's message and the
 * HRESULT pwsh's CIM cmdlets put in the error id ({@code HRESULT 0x80041010}).
 */
public final class CimException extends RuntimeException {
    private final String messageId;
    private final ErrorCategory category;

    private CimException(String message, String messageId, ErrorCategory category) {
        super(message);
        this.messageId = messageId;
        this.category = category;
    }

    /** WBEM_E_INVALID_CLASS: no class of that name in the namespace. */
    public static CimException invalidClass() {
        return new CimException("Invalid class ", "HRESULT 0x80041010", ErrorCategory.MetadataError);
    }

    /** WBEM_E_INVALID_NAMESPACE. */
    public static CimException invalidNamespace() {
        return new CimException("Invalid namespace ", "HRESULT 0x8004100e", ErrorCategory.MetadataError);
    }

    /** WBEM_E_INVALID_QUERY: a query (or -Filter, -Property) that does not parse or names no property of the class. */
    public static CimException invalidQuery() {
        return new CimException("Invalid query ", "HRESULT 0x80041017", ErrorCategory.InvalidArgument);
    }

    /** WBEM_E_INVALID_QUERY_TYPE: a query dialect other than WQL. */
    public static CimException invalidQueryLanguage() {
        return new CimException("Invalid query language ", "HRESULT 0x80041018", ErrorCategory.InvalidArgument);
    }

    /** WBEM_E_NOT_FOUND: the instance asked for no longer exists. */
    public static CimException notFound() {
        return new CimException("Not found ", "HRESULT 0x80041002", ErrorCategory.ObjectNotFound);
    }

    /** The first part of the FullyQualifiedErrorId. */
    public String messageId() {
        return messageId;
    }

    public ErrorCategory category() {
        return category;
    }
}
