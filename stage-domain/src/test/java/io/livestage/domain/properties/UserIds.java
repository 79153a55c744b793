package io.livestage.domain.properties;

import io.livestage.domain.id.UserId;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Every user id held anywhere in a value: its record components, options, collections and tuples, walked to the
 * bottom. Finds a user id however deeply an event or a view nests it, without relying on a {@code toString}.
 */
final class UserIds {

    private UserIds() {}

    static Set<UserId> in(Object value) {
        if (value == null || value instanceof String || value instanceof Enum<?> || value instanceof Number) {
            return HashSet.empty();
        }
        if (value instanceof UserId user) {
            return HashSet.of(user);
        }
        if (value instanceof Tuple2<?, ?> pair) {
            return in(pair._1()).union(in(pair._2()));
        }
        if (value instanceof Iterable<?> many) {
            Set<UserId> found = HashSet.empty();
            for (Object one : many) {
                found = found.union(in(one));
            }
            return found;
        }
        if (value.getClass().isRecord()) {
            Set<UserId> found = HashSet.empty();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                found = found.union(in(read(component, value)));
            }
            return found;
        }
        return HashSet.empty();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
