package org.jposh.stdlib.pester;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.stdlib.management.PSDriveInfo;

/**
 * A Describe or Context block while it runs: the setup and teardown blocks declared in it (which apply
 * to the It blocks that follow, in this block and the blocks nested in it), its TestDrive and its mocks.
 */
final class TestGroup {
    final String name;
    final boolean isDescribe;
    final List<ScriptBlock> beforeEach = new ArrayList<>();
    final List<ScriptBlock> afterEach = new ArrayList<>();
    final List<ScriptBlock> afterAll = new ArrayList<>();
    final List<Mock> mocks = new ArrayList<>();
    Path testDrive;
    /** The TestDrive of the enclosing Describe, back when this one ends. */
    PSDriveInfo outerTestDrive;

    TestGroup(String name, boolean isDescribe) {
        this.name = name;
        this.isDescribe = isDescribe;
    }
}
