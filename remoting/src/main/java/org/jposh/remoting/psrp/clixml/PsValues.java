package org.jposh.remoting.psrp.clixml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Structural equality of CLIXML values, safe on the cycles that references can create. */
public final class PsValues {
    private PsValues() {
    }

    /**
     * True when both values have the same content: same primitives (arrays by content), same object
     * shapes, and cycles in the same places. Two separate but equal objects compare equal to one
     * shared object: references are an encoding detail here.
     */
    public static boolean deepEquals(Object a, Object b) {
        return new Comparison().equal(a, b);
    }

    private static final class Comparison {
        /** Pairs already assumed equal, so a cycle ends the comparison instead of recursing forever. */
        private final Map<Object, List<Object>> assumed = new IdentityHashMap<>();

        boolean equal(Object a, Object b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null) {
                return false;
            }
            if (a instanceof byte[] x) {
                return b instanceof byte[] y && Arrays.equals(x, y);
            }
            if (a instanceof PsObjectData x) {
                return b instanceof PsObjectData y && (assume(x, y) || objects(x, y));
            }
            if (a instanceof PsCollection x) {
                return b instanceof PsCollection y && (assume(x, y) || x.kind() == y.kind() && lists(x.items(), y.items()));
            }
            if (a instanceof PsDictionary x) {
                return b instanceof PsDictionary y && (assume(x, y) || entries(x, y));
            }
            if (a instanceof PsMemberSet x) {
                return b instanceof PsMemberSet y && (assume(x, y) || properties(x.members(), y.members()));
            }
            return a.equals(b);
        }

        private boolean assume(Object a, Object b) {
            List<Object> partners = assumed.computeIfAbsent(a, k -> new ArrayList<>());
            for (Object p : partners) {
                if (p == b) {
                    return true;
                }
            }
            partners.add(b);
            return false;
        }

        private boolean objects(PsObjectData x, PsObjectData y) {
            return x.typeNames().equals(y.typeNames())
                    && Objects.equals(x.toStringValue(), y.toStringValue())
                    && equal(x.baseValue(), y.baseValue())
                    && properties(x.adaptedProperties(), y.adaptedProperties())
                    && properties(x.extendedProperties(), y.extendedProperties());
        }

        private boolean properties(List<PsProperty> x, List<PsProperty> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!x.get(i).name().equals(y.get(i).name()) || !equal(x.get(i).value(), y.get(i).value())) {
                    return false;
                }
            }
            return true;
        }

        private boolean lists(List<Object> x, List<Object> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean entries(PsDictionary x, PsDictionary y) {
            if (x.entries().size() != y.entries().size()) {
                return false;
            }
            for (int i = 0; i < x.entries().size(); i++) {
                PsDictionary.Entry ex = x.entries().get(i);
                PsDictionary.Entry ey = y.entries().get(i);
                if (!equal(ex.key(), ey.key()) || !equal(ex.value(), ey.value())) {
                    return false;
                }
            }
            return true;
        }
    }
}
