package org.jposh.grammar.ast;

/** An array type: {@code int[]}, {@code string[,]} (rank 2), {@code int[][]} (an array of {@code int[]}). */
public record ArrayTypeName(Extent extent, ITypeName elementType, int rank) implements ITypeName {
    @Override
    public String fullName() {
        return name();
    }

    @Override
    public String name() {
        return elementType.fullName() + "[" + ",".repeat(rank - 1) + "]";
    }
}
