package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.event.Change;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.AnonymousNotAllowed;
import io.livestage.domain.rejection.InvalidQuestion;
import io.livestage.domain.rejection.QuestionNotOpen;
import io.livestage.domain.rejection.QuestionsDisabled;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.TooManyOpenQuestions;
import io.livestage.domain.rejection.UnknownQuestion;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Questions;
import io.livestage.domain.text.Texts;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Function;

/**
 * Stage questions: an audience member asks, everyone on stage receives it, the host or a co-host answers or dismisses
 * it. The author is told of each step; other audience members never see a question.
 */
final class QuestionRules {

    private QuestionRules() {}

    /**
     * {@code submitStageQuestion}: questions enabled, anonymity allowed if asked for, text valid after trimming (1 to
     * {@code maxQuestionLength} code points; newline and tab are the only control characters allowed), under the
     * open-question limit, and the cooldown passed.
     */
    static Either<Rejection, Seq<Draft>> submit(Context context, String rawText, boolean anonymous) {
        StagePolicy policy = context.policy();
        if (!policy.questionsEnabled()) {
            return reject(new QuestionsDisabled());
        }
        if (anonymous && !policy.allowAnonymousQuestions()) {
            return reject(new AnonymousNotAllowed());
        }
        String text = Texts.trim(rawText);
        Option<Rejection> invalid =
                Texts.freeTextProblem(text, policy.maxQuestionLength(), true).map(InvalidQuestion::new);
        if (invalid.isDefined()) {
            return reject(invalid.get());
        }
        UserId author = context.actor();
        Questions questions = context.call().questions();
        if (questions.openBy(author) >= policy.maxOpenQuestionsPerUser()) {
            return reject(new TooManyOpenQuestions(policy.maxOpenQuestionsPerUser()));
        }
        Option<Duration> wait =
                Cooldown.remaining(questions.lastAskedBy(author), policy.questionCooldown(), context.now());
        if (wait.isDefined()) {
            return reject(new RateLimited("asking another question", wait.get()));
        }
        QuestionSubmitted submitted = new QuestionSubmitted(questions.nextId(), text, anonymous, Option.some(author));
        return accept(Draft.to(Recipients.speakersAnd(author), submitted));
    }

    /** {@code answerQuestion}: the question exists in this call and is open. */
    static Either<Rejection, Seq<Draft>> answer(Context context, QuestionId id) {
        return close(context, id, QuestionAnswered::new);
    }

    /** {@code dismissQuestion}: the question exists in this call and is open. */
    static Either<Rejection, Seq<Draft>> dismiss(Context context, QuestionId id) {
        return close(context, id, QuestionDismissed::new);
    }

    private static Either<Rejection, Seq<Draft>> close(
            Context context, QuestionId id, Function<QuestionId, Change> outcome) {
        Option<Question> question = context.call().questions().get(id);
        if (question.isEmpty()) {
            return reject(new UnknownQuestion(id));
        }
        if (!question.get().isOpen()) {
            return reject(new QuestionNotOpen(id, question.get().status()));
        }
        return accept(Draft.to(Recipients.speakersAnd(question.get().author()), outcome.apply(id)));
    }
}
