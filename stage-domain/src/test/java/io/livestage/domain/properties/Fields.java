package io.livestage.domain.properties;

import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A fixed number of small choices, each drawn from {@code 0..bound-1} in order. QuickTheories shrinks every choice
 * towards 0, so the first option of each choice is the one a shrunk counterexample shows.
 */
final class Fields {

    private Fields() {}

    /** One int per bound, each in {@code [0, bound)}. */
    static Gen<int[]> of(int... bounds) {
        Gen<int[]> fields = Generate.constant(() -> new int[0]);
        for (int bound : bounds) {
            fields = fields.zip(Generate.range(0, bound - 1), Fields::append);
        }
        return fields;
    }

    private static int[] append(int[] fields, int next) {
        int[] longer = Arrays.copyOf(fields, fields.length + 1);
        longer[fields.length] = next;
        return longer;
    }
}
