package org.jposh.stdlib.pester;

import java.util.Locale;

/**
 * The operators of Should, named as Pester 4 names them (the parameter set of {@code Should -Be} is
 * {@code Be}); those that take array input get the whole pipeline input as one array, the others are
 * applied to each input object.
 */
enum ShouldOperator {
    BE("Be", true, "EQ"),
    BE_EXACTLY("BeExactly", true, "CEQ"),
    BE_NULL_OR_EMPTY("BeNullOrEmpty", true, null),
    BE_TRUE("BeTrue", false, null),
    BE_FALSE("BeFalse", false, null),
    MATCH("Match", false, null),
    MATCH_EXACTLY("MatchExactly", false, "CMATCH"),
    CONTAIN("Contain", true, null),
    HAVE_COUNT("HaveCount", true, null),
    BE_OF_TYPE("BeOfType", false, "HaveType"),
    BE_GREATER_THAN("BeGreaterThan", false, "GT"),
    BE_LESS_THAN("BeLessThan", false, "LT"),
    BE_GREATER_OR_EQUAL("BeGreaterOrEqual", false, "GE"),
    BE_LESS_OR_EQUAL("BeLessOrEqual", false, "LE"),
    BE_LIKE("BeLike", false, null),
    BE_LIKE_EXACTLY("BeLikeExactly", false, null),
    BE_IN("BeIn", false, null),
    EXIST("Exist", false, null),
    FILE_CONTENT_MATCH("FileContentMatch", false, null),
    FILE_CONTENT_MATCH_EXACTLY("FileContentMatchExactly", false, null),
    FILE_CONTENT_MATCH_MULTILINE("FileContentMatchMultiline", false, null),
    FILE_CONTENT_MATCH_MULTILINE_EXACTLY("FileContentMatchMultilineExactly", false, null),
    THROW("Throw", false, null);

    final String name;
    final boolean arrayInput;
    final String alias;

    ShouldOperator(String name, boolean arrayInput, String alias) {
        this.name = name;
        this.arrayInput = arrayInput;
        this.alias = alias;
    }

    /** The operator a name or alias stands for, ignoring case (the legacy syntax {@code Should Be 1}); null if none. */
    static ShouldOperator find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ShouldOperator op : values()) {
            if (op.name.toLowerCase(Locale.ROOT).equals(wanted)
                    || (op.alias != null && op.alias.toLowerCase(Locale.ROOT).equals(wanted))) {
                return op;
            }
        }
        return null;
    }
}
