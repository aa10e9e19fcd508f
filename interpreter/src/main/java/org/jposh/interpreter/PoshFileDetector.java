package org.jposh.interpreter;

import com.oracle.truffle.api.TruffleFile;
import java.nio.charset.Charset;
import java.util.Locale;

/** Recognises PowerShell scripts and modules by their extension. */
public final class PoshFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ps1") || lower.endsWith(".psm1") ? PoshLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
