package io.livestage.domain.properties;

import org.quicktheories.core.Gen;

/**
 * One command of a sequence, as a handful of small numbers. The numbers are read against the room at the moment the
 * command is issued ({@link Interpreter}), so dropping or simplifying one seed leaves the others meaning much the same.
 * Every field shrinks towards 0, its plainest reading: a shrunk seed is a plausible command by the person who would
 * plausibly issue it.
 *
 * @param kind a draw below {@link Kind#TOTAL_WEIGHT}: which intent
 * @param twist what is wrong with the command, if anything (see {@link Twist})
 * @param pick which of the plausible actors (or, with a twist, which member or user) to take
 * @param variant which of the plausible targets; also the question text, the question, or the room-creation variant
 * @param flag ban, anonymous, or "the actor themself" as the target of a hand or a demotion
 * @param pause index into {@link #PAUSES}: how far the clock moves before the command
 */
record CommandSeed(int kind, int twist, int pick, int variant, boolean flag, int pause) {

    /** Seconds the clock moves before a command. */
    static final int[] PAUSES = {0, 0, 1, 3, 6, 11, 31, 61};

    /** What can be wrong with a command; most commands have no twist. */
    enum Twist {
        /** The plausible actor, target and call. */
        NONE,
        /** The actor is a member chosen by {@code pick}, whatever their standing. */
        ANY_ACTOR,
        /** The target is anyone chosen by {@code pick}, the stranger included. */
        ANY_TARGET,
        /** The command names the call before the current one, or the next one, or another room's call or room. */
        WRONG_CALL,
        /** The actor is a user the room never saw in its call. */
        STRANGER,
        /** The scheduler issues a user's command, or a user issues a deadline. */
        WRONG_KIND;

        /** Seven in twelve commands have no twist; each twist has one chance in twelve. */
        static Twist of(int draw) {
            return draw < 7 ? NONE : values()[draw - 6];
        }
    }

    static final int TWISTS = 12;
    static final int PICKS = 7;
    static final int VARIANTS = 6;

    static Gen<CommandSeed> seeds() {
        return Fields.of(Kind.TOTAL_WEIGHT, TWISTS, PICKS, VARIANTS, 2, PAUSES.length)
                .map(f -> new CommandSeed(f[0], f[1], f[2], f[3], f[4] == 1, f[5]));
    }

    Kind intentKind() {
        return Kind.of(kind);
    }

    Twist twisted() {
        return Twist.of(twist);
    }

    long pauseSeconds() {
        return PAUSES[pause];
    }
}
