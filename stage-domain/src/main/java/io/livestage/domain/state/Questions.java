package io.livestage.domain.state;

import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The stage questions of a call, in submission order, with what the rate limits need per author: open questions and
 * the time of the last one. Lookups and updates are O(log n).
 *
 * @param byId every question of the call, by id (ids are consecutive from 1)
 * @param openByAuthor open questions per author (authors with none are absent)
 * @param lastAskedAt when each author last submitted
 */
public record Questions(
        TreeMap<QuestionId, Question> byId,
        HashMap<UserId, Integer> openByAuthor,
        HashMap<UserId, Instant> lastAskedAt) {

    public Questions {
        Objects.requireNonNull(byId, "byId");
        Objects.requireNonNull(openByAuthor, "openByAuthor");
        Objects.requireNonNull(lastAskedAt, "lastAskedAt");
    }

    /** No questions. */
    public static Questions empty() {
        return new Questions(TreeMap.empty(), HashMap.empty(), HashMap.empty());
    }

    /** The id the next question gets. */
    public QuestionId nextId() {
        return new QuestionId(byId.size() + 1);
    }

    /** The question with this id, if the call has it. */
    public Option<Question> get(QuestionId id) {
        return byId.get(id);
    }

    /** Open questions of one author. */
    public int openBy(UserId author) {
        return openByAuthor.get(author).getOrElse(0);
    }

    /** When the author last submitted, if ever in this call. */
    public Option<Instant> lastAskedBy(UserId author) {
        return lastAskedAt.get(author);
    }

    /** Open questions in submission order. O(n) in the call's questions. */
    public Seq<Question> open() {
        return byId.values().filter(Question::isOpen);
    }

    Questions add(Question question) {
        return new Questions(
                byId.put(question.id(), question),
                openByAuthor.put(question.author(), openBy(question.author()) + 1),
                lastAskedAt.put(question.author(), question.submittedAt()));
    }

    Questions close(QuestionId id, QuestionStatus status) {
        return get(id).filter(Question::isOpen)
                .map(question -> {
                    int stillOpen = openBy(question.author()) - 1;
                    return new Questions(
                            byId.put(id, question.withStatus(status)),
                            stillOpen == 0
                                    ? openByAuthor.remove(question.author())
                                    : openByAuthor.put(question.author(), stillOpen),
                            lastAskedAt);
                })
                .getOrElse(this);
    }
}
