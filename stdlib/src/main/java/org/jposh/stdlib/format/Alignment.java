package org.jposh.stdlib.format;

/** A table column's alignment (pwsh's TextAlignment); UNDEFINED defers to the column's. */
public enum Alignment {
    UNDEFINED, LEFT, CENTER, RIGHT
}
