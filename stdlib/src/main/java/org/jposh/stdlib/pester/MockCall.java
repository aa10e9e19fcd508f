package org.jposh.stdlib.pester;

import java.util.List;
import org.jposh.interpreter.runtime.OrderedDictionary;

/**
 * One call of a mocked command, for Assert-MockCalled: whose mock it was, its bound parameters, and where it happened (the
 * groups running then, outermost last, and the number of the test, or -1 outside tests).
 */
record MockCall(Mock.Target target, OrderedDictionary boundParameters, List<TestGroup> groups, int test) {
}
