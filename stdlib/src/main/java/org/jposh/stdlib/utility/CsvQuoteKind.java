package org.jposh.stdlib.utility;

/** BaseCsvWritingCommand.QuoteKind, the values of -UseQuotes. */
public enum CsvQuoteKind {
    Never,
    Always,
    /** Only fields holding the delimiter, a double quote or a line feed. */
    AsNeeded
}
