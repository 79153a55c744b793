package io.livestage.domain.catalogue;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.text.TextProblem;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;

/**
 * One instance of any payload or rejection record, built through its canonical constructor from a plausible value per
 * component type, so catalogue tests cover every kind the sealed interfaces permit without a hand-kept list.
 */
final class Samples {

    private Samples() {}

    /** An instance of {@code record}, which must be a record whose components this class knows how to fill. */
    static <T> T of(Class<T> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType());
        }
        try {
            return record.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a sample of " + record.getSimpleName(), e);
        }
    }

    private static Object value(Type type) {
        if (type instanceof ParameterizedType generic) {
            Object element = value(generic.getActualTypeArguments()[0]);
            Class<?> raw = (Class<?>) generic.getRawType();
            if (raw == Option.class) {
                return Option.some(element);
            }
            if (raw == Seq.class) {
                return Vector.of(element);
            }
            throw new AssertionError("no sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == int.class) {
            return 1;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == String.class) {
            return "sample";
        }
        if (raw == UserId.class) {
            return UserId.of("sample-user");
        }
        if (raw == RoomId.class) {
            return RoomId.of("sample-room");
        }
        if (raw == CallId.class) {
            return new CallId(RoomId.of("sample-room"), 1);
        }
        if (raw == QuestionId.class) {
            return new QuestionId(1);
        }
        if (raw == Instant.class) {
            return Instant.EPOCH;
        }
        if (raw == Duration.class) {
            return Duration.ofSeconds(5);
        }
        if (raw == StagePolicy.class) {
            return StagePolicy.defaults();
        }
        if (raw == InvalidId.class) {
            return new InvalidId("user id", TextProblem.BLANK);
        }
        if (raw == PolicyViolation.class) {
            return new PolicyViolation("maxSpeakers", "-1", "at least 0");
        }
        throw new AssertionError("no sample for " + type);
    }
}
