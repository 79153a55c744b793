package io.livestage.domain.rejection;

/** The member already has {@code maxOpenQuestionsPerUser} open questions. */
public record TooManyOpenQuestions(int limit) implements Rejection {

    @Override
    public String code() {
        return "too_many_open_questions";
    }

    @Override
    public String message() {
        return "you already have " + limit + " open questions";
    }
}
