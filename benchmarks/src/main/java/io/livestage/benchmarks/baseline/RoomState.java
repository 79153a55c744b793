package io.livestage.benchmarks.baseline;

import io.livestage.domain.policy.StagePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One stage room as a team would write it by hand on {@code java.util} collections: the rules of the benchmark
 * workloads (joining, leaving, hands, promotion, demotion, questions, and the reactions to an empty call or an absent
 * host) with livestage's rejection codes and recipients. Each command checks its rules, emits its events and applies
 * each one to the maps in place ({@link #apply}), the same shape as livestage's decide-then-evolve, so a history can be
 * replayed.
 *
 * <p>Not thread-safe: {@link MutableStage} guards it with a lock; {@link CopyOnWriteStage} copies it whole on every
 * command. Differences from livestage that the workloads never meet: stage mode and direct promotion only, no
 * invitations, co-host appointment or bans, and closed questions are forgotten (answering one again is {@code
 * unknown_question}, not {@code question_not_open}).
 */
public final class RoomState {

    private final Limits limits;
    private final String host;
    private final LinkedHashSet<String> coHosts;
    private final HashSet<String> banned;
    private final HashMap<String, Member> participants;
    private final LinkedHashSet<String> onStage;
    private final LinkedHashMap<String, Long> hands;
    private final HashMap<String, Instant> handsLoweredAt;
    private final LinkedHashMap<Integer, Question> openQuestions;
    private final HashMap<String, Integer> openByAuthor;
    private final HashMap<String, Instant> lastAskedAt;
    private long sequence;
    private int questionsAsked;
    private boolean callLive;
    private Instant hostAbsentUntil;

    /** A room with its host and co-hosts, no call yet. */
    public RoomState(StagePolicy policy, String host, List<String> coHosts) {
        this.limits = Limits.of(policy);
        this.host = host;
        this.coHosts = new LinkedHashSet<>(coHosts);
        this.banned = new HashSet<>();
        this.participants = new HashMap<>();
        this.onStage = new LinkedHashSet<>();
        this.hands = new LinkedHashMap<>();
        this.handsLoweredAt = new HashMap<>();
        this.openQuestions = new LinkedHashMap<>();
        this.openByAuthor = new HashMap<>();
        this.lastAskedAt = new HashMap<>();
    }

    /** A copy of every map: what the copy-on-write baseline does before each command. */
    RoomState(RoomState other) {
        this.limits = other.limits;
        this.host = other.host;
        this.coHosts = new LinkedHashSet<>(other.coHosts);
        this.banned = new HashSet<>(other.banned);
        this.participants = new HashMap<>(other.participants);
        this.onStage = new LinkedHashSet<>(other.onStage);
        this.hands = new LinkedHashMap<>(other.hands);
        this.handsLoweredAt = new HashMap<>(other.handsLoweredAt);
        this.openQuestions = new LinkedHashMap<>(other.openQuestions);
        this.openByAuthor = new HashMap<>(other.openByAuthor);
        this.lastAskedAt = new HashMap<>(other.lastAskedAt);
        this.sequence = other.sequence;
        this.questionsAsked = other.questionsAsked;
        this.callLive = other.callLive;
        this.hostAbsentUntil = other.hostAbsentUntil;
    }

    public int size() {
        return participants.size();
    }

    public long sequence() {
        return sequence;
    }

    /** Everyone present, for delivering a broadcast. */
    public Iterable<String> participantIds() {
        return participants.keySet();
    }

    public boolean isPresent(String user) {
        return participants.containsKey(user);
    }

    // --- commands ---

    public Verdict join(String user, Instant now) {
        if (participants.containsKey(user)) {
            return Verdict.NOTHING;
        }
        if (banned.contains(user)) {
            return Verdict.refused("banned");
        }
        if (participants.size() >= limits.maxParticipants()) {
            return Verdict.refused("room_full");
        }
        boolean moderator = host.equals(user) || coHosts.contains(user);
        if (limits.requireHost() && !moderator && !moderatorPresent()) {
            return Verdict.refused("host_not_present");
        }
        Seat seat = host.equals(user) ? Seat.HOST : moderator ? Seat.CO_HOST : Seat.AUDIENCE;
        List<Event> events = new ArrayList<>(2);
        if (!callLive) {
            emit(events, now, Kind.CALL_STARTED, user, null, 0, null, null);
        }
        emit(events, now, Kind.PARTICIPANT_JOINED, user, seat, 0, null, null);
        return reacted(events, now);
    }

    public Verdict leave(String user, Instant now) {
        Member member = participants.get(user);
        if (member == null) {
            return Verdict.refused("not_in_call");
        }
        List<Event> events = new ArrayList<>(2);
        if (member.handUp()) {
            emit(events, now, Kind.HAND_LOWERED, user, null, 0, "LEFT", moderatorsAnd(user));
        }
        emit(events, now, Kind.PARTICIPANT_LEFT, user, null, 0, null, null);
        return reacted(events, now);
    }

    public Verdict raiseHand(String user, Instant now) {
        Member member = participants.get(user);
        if (member == null) {
            return Verdict.refused("not_in_call");
        }
        if (member.seat() != Seat.AUDIENCE) {
            return Verdict.refused("not_authorized");
        }
        if (member.handUp()) {
            return Verdict.NOTHING;
        }
        Instant lowered = handsLoweredAt.get(user);
        if (lowered != null && now.isBefore(lowered.plus(limits.handCooldown()))) {
            return Verdict.refused("rate_limited");
        }
        if (hands.size() >= limits.maxRaisedHands()) {
            return Verdict.refused("hand_queue_full");
        }
        List<Event> events = new ArrayList<>(1);
        emit(events, now, Kind.HAND_RAISED, user, null, hands.size() + 1, null, moderatorsAnd(user));
        return reacted(events, now);
    }

    public Verdict lowerHand(String actor, String target, Instant now) {
        Member acting = participants.get(actor);
        if (acting == null) {
            return Verdict.refused("not_in_call");
        }
        boolean self = actor.equals(target);
        if (!self && !acting.seat().isModerator()) {
            return Verdict.refused("not_authorized");
        }
        Member owner = participants.get(target);
        if (owner == null) {
            return Verdict.refused("target_not_in_call");
        }
        if (!owner.handUp()) {
            return self ? Verdict.NOTHING : Verdict.refused("hand_not_raised");
        }
        List<Event> events = new ArrayList<>(1);
        emit(events, now, Kind.HAND_LOWERED, target, null, 0, self ? "WITHDRAWN" : "DISMISSED", moderatorsAnd(target));
        return reacted(events, now);
    }

    public Verdict promote(String actor, String target, Instant now) {
        Member acting = participants.get(actor);
        if (acting == null) {
            return Verdict.refused("not_in_call");
        }
        if (!acting.seat().isModerator()) {
            return Verdict.refused("not_authorized");
        }
        Member member = participants.get(target);
        if (member == null) {
            return Verdict.refused("target_not_in_call");
        }
        if (member.seat() != Seat.AUDIENCE) {
            return Verdict.refused("already_speaker");
        }
        if (onStage.size() >= limits.maxSpeakers()) {
            return Verdict.refused("stage_full");
        }
        List<Event> events = new ArrayList<>(2);
        if (member.handUp()) {
            emit(events, now, Kind.HAND_LOWERED, target, null, 0, "PROMOTED", moderatorsAnd(target));
        }
        emit(events, now, Kind.ROLE_CHANGED, target, Seat.SPEAKER, 0, "PROMOTED", null);
        return reacted(events, now);
    }

    public Verdict demote(String actor, String target, Instant now) {
        Member acting = participants.get(actor);
        if (acting == null) {
            return Verdict.refused("not_in_call");
        }
        boolean self = actor.equals(target);
        Member member = participants.get(target);
        Seat seat = member == null ? null : member.seat();
        if (seat == Seat.HOST) {
            return Verdict.refused("target_is_host");
        }
        boolean allowed = seat == Seat.CO_HOST
                ? acting.seat() == Seat.HOST || self
                : acting.seat().isModerator() || self;
        if (!allowed) {
            return Verdict.refused("not_authorized");
        }
        if (member == null) {
            return Verdict.refused("target_not_in_call");
        }
        if (seat == Seat.AUDIENCE) {
            return Verdict.refused("already_audience");
        }
        List<Event> events = new ArrayList<>(2);
        if (seat == Seat.CO_HOST) {
            emit(events, now, Kind.CO_HOST_REVOKED, target, null, 0, null, null);
        }
        emit(events, now, Kind.ROLE_CHANGED, target, Seat.AUDIENCE, 0, self ? "STEPPED_DOWN" : "DEMOTED", null);
        return reacted(events, now);
    }

    public Verdict submitQuestion(String actor, String text, boolean anonymous, Instant now) {
        Member acting = participants.get(actor);
        if (acting == null) {
            return Verdict.refused("not_in_call");
        }
        if (acting.seat() != Seat.AUDIENCE) {
            return Verdict.refused("not_authorized");
        }
        if (anonymous && !limits.allowAnonymousQuestions()) {
            return Verdict.refused("anonymous_not_allowed");
        }
        String trimmed = text.strip();
        if (!acceptableQuestion(trimmed)) {
            return Verdict.refused("invalid_question");
        }
        if (openByAuthor.getOrDefault(actor, 0) >= limits.maxOpenQuestionsPerUser()) {
            return Verdict.refused("too_many_open_questions");
        }
        Instant asked = lastAskedAt.get(actor);
        if (asked != null && now.isBefore(asked.plus(limits.questionCooldown()))) {
            return Verdict.refused("rate_limited");
        }
        List<Event> events = new ArrayList<>(1);
        emit(events, now, Kind.QUESTION_SUBMITTED, actor, null, questionsAsked + 1, trimmed, speakersAnd(actor));
        return reacted(events, now);
    }

    public Verdict answerQuestion(String actor, int question, Instant now) {
        return close(actor, question, Kind.QUESTION_ANSWERED, now);
    }

    public Verdict dismissQuestion(String actor, int question, Instant now) {
        return close(actor, question, Kind.QUESTION_DISMISSED, now);
    }

    private Verdict close(String actor, int id, Kind outcome, Instant now) {
        Member acting = participants.get(actor);
        if (acting == null) {
            return Verdict.refused("not_in_call");
        }
        if (!acting.seat().isModerator()) {
            return Verdict.refused("not_authorized");
        }
        Question question = openQuestions.get(id);
        if (question == null) {
            return Verdict.refused("unknown_question");
        }
        List<Event> events = new ArrayList<>(1);
        emit(events, now, outcome, question.author(), null, id, null, speakersAnd(question.author()));
        return reacted(events, now);
    }

    // --- evolution ---

    /** Applies one event to the maps: what each command does after deciding, and what a replay does. */
    public void apply(Event event) {
        sequence = event.sequence();
        String user = event.user();
        switch (event.kind()) {
            case CALL_STARTED -> callLive = true;
            case PARTICIPANT_JOINED -> participants.put(user, new Member(event.seat(), 0));
            case PARTICIPANT_LEFT -> {
                Member gone = participants.remove(user);
                if (gone != null && gone.handUp()) {
                    hands.remove(user);
                }
                onStage.remove(user);
            }
            case HAND_RAISED -> {
                Member member = participants.get(user);
                participants.put(user, new Member(member.seat(), event.sequence()));
                hands.put(user, event.sequence());
            }
            case HAND_LOWERED -> {
                Member member = participants.get(user);
                participants.put(user, new Member(member.seat(), 0));
                hands.remove(user);
                handsLoweredAt.put(user, event.at());
            }
            case ROLE_CHANGED -> {
                Member member = participants.get(user);
                participants.put(user, new Member(event.seat(), member.handTicket()));
                if (event.seat() == Seat.SPEAKER) {
                    onStage.add(user);
                } else {
                    onStage.remove(user);
                }
            }
            case CO_HOST_REVOKED -> {
                coHosts.remove(user);
                participants.computeIfPresent(user, (id, member) -> new Member(Seat.SPEAKER, 0));
                onStage.add(user);
            }
            case QUESTION_SUBMITTED -> {
                questionsAsked = event.number();
                openQuestions.put(event.number(), new Question(event.number(), user, event.detail(), false));
                openByAuthor.merge(user, 1, Integer::sum);
                lastAskedAt.put(user, event.at());
            }
            case QUESTION_ANSWERED, QUESTION_DISMISSED -> {
                if (openQuestions.remove(event.number()) != null) {
                    openByAuthor.computeIfPresent(user, (id, open) -> open == 1 ? null : open - 1);
                }
            }
            case HOST_ABSENT -> hostAbsentUntil = event.at().plus(limits.hostAbsenceGrace());
            case HOST_RETURNED -> hostAbsentUntil = null;
            case CALL_ENDED -> {
                callLive = false;
                hostAbsentUntil = null;
                participants.clear();
                onStage.clear();
                hands.clear();
                handsLoweredAt.clear();
                openQuestions.clear();
                openByAuthor.clear();
                lastAskedAt.clear();
                questionsAsked = 0;
            }
        }
    }

    private void emit(
            List<Event> events,
            Instant now,
            Kind kind,
            String user,
            Seat seat,
            int number,
            String detail,
            List<String> to) {
        Event event =
                new Event(sequence + 1, now, kind, user, seat, number, detail, to == null ? List.of() : to, to == null);
        apply(event);
        events.add(event);
    }

    /** The consequences of the state a command left: an empty call ends; a required host's absence is noticed. */
    private Verdict reacted(List<Event> events, Instant now) {
        if (callLive && participants.isEmpty()) {
            emit(events, now, Kind.CALL_ENDED, null, null, 0, "EMPTY", null);
        } else if (callLive && limits.requireHost()) {
            boolean present = moderatorPresent();
            if (!present && hostAbsentUntil == null) {
                if (limits.hostAbsenceGrace().isZero()) {
                    emit(events, now, Kind.CALL_ENDED, null, null, 0, "HOST_ABSENT", null);
                } else {
                    emit(events, now, Kind.HOST_ABSENT, null, null, 0, null, null);
                }
            } else if (present && hostAbsentUntil != null) {
                emit(events, now, Kind.HOST_RETURNED, null, null, 0, null, null);
            }
        }
        return new Verdict(null, events);
    }

    private boolean moderatorPresent() {
        if (participants.containsKey(host)) {
            return true;
        }
        for (String coHost : coHosts) {
            if (participants.containsKey(coHost)) {
                return true;
            }
        }
        return false;
    }

    /** The host and co-hosts present, then {@code user} if not among them. */
    private List<String> moderatorsAnd(String user) {
        List<String> to = new ArrayList<>(4);
        addModerators(to);
        if (!to.contains(user)) {
            to.add(user);
        }
        return to;
    }

    /** Everyone on stage (the host and co-hosts present, then members on stage), then {@code user}. */
    private List<String> speakersAnd(String user) {
        List<String> to = new ArrayList<>(4 + onStage.size());
        addModerators(to);
        to.addAll(onStage);
        if (!to.contains(user)) {
            to.add(user);
        }
        return to;
    }

    private void addModerators(List<String> to) {
        if (participants.containsKey(host)) {
            to.add(host);
        }
        for (String coHost : coHosts) {
            if (participants.containsKey(coHost)) {
                to.add(coHost);
            }
        }
    }

    /** Livestage's free-text rule: not blank, at most the limit in code points, no control but newline and tab. */
    private boolean acceptableQuestion(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        int codePoints = 0;
        for (int i = 0; i < trimmed.length(); ) {
            int codePoint = trimmed.codePointAt(i);
            if (Character.isSurrogate((char) codePoint)) {
                return false;
            }
            if (Character.getType(codePoint) == Character.CONTROL && codePoint != '\n' && codePoint != '\t') {
                return false;
            }
            if (++codePoints > limits.maxQuestionLength()) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
