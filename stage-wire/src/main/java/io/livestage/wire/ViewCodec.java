package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.view.QuestionView;
import io.livestage.domain.view.StageView;
import io.vavr.collection.Seq;

/**
 * A {@link StageView} as one viewer's snapshot: every field of the record under its own name, absent options left
 * out, lists as arrays in the view's order, questions with their author only where the viewer may know it.
 */
final class ViewCodec {

    private static final String[] FIELDS = {
        "room",
        "name",
        "policy",
        "closed",
        "call",
        "atSequence",
        "host",
        "coHosts",
        "viewer",
        "standing",
        "myHand",
        "myInvitation",
        "speakers",
        "audienceCount",
        "hostAbsentUntil",
        "handQueue",
        "openQuestions",
        "myQuestions"
    };

    private ViewCodec() {}

    static ObjectNode encode(StageView view) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("room", view.room().value());
        json.put("name", view.name());
        json.set("policy", PolicyCodec.encode(view.policy()));
        json.put("closed", view.closed());
        view.call().forEach(call -> json.put("call", call.toString()));
        json.put("atSequence", view.atSequence());
        json.put("host", view.host().value());
        users(json.putArray("coHosts"), view.coHosts());
        json.put("viewer", view.viewer().value());
        json.put("standing", Names.constant(view.standing()));
        view.myHand().forEach(position -> json.put("myHand", position));
        view.myInvitation().forEach(expiry -> json.put("myInvitation", expiry.toString()));
        ArrayNode speakers = json.putArray("speakers");
        view.speakers()
                .forEach(speaker -> speakers.addObject()
                        .put("user", speaker.user().value())
                        .put("standing", Names.constant(speaker.standing())));
        json.put("audienceCount", view.audienceCount());
        view.hostAbsentUntil().forEach(deadline -> json.put("hostAbsentUntil", deadline.toString()));
        users(json.putArray("handQueue"), view.handQueue());
        questions(json.putArray("openQuestions"), view.openQuestions());
        questions(json.putArray("myQuestions"), view.myQuestions());
        return json;
    }

    static StageView decode(In in) {
        in.only(FIELDS);
        return in.make(() -> new StageView(
                Ids.room(in.field("room")),
                in.field("name").text(),
                PolicyCodec.decode(in.field("policy")),
                in.field("closed").bool(),
                in.optional("call").map(Ids::call),
                in.field("atSequence").longInteger(),
                Ids.user(in.field("host")),
                in.field("coHosts").array(Ids::user),
                Ids.user(in.field("viewer")),
                in.field("standing").oneOf(Standing.class, Names::constant),
                in.optional("myHand").map(In::integer),
                in.optional("myInvitation").map(In::instant),
                in.field("speakers")
                        .array(s -> new StageView.SpeakerView(
                                Ids.user(s.only("user", "standing").field("user")),
                                s.field("standing").oneOf(Standing.class, Names::constant))),
                in.field("audienceCount").integer(),
                in.optional("hostAbsentUntil").map(In::instant),
                in.field("handQueue").array(Ids::user),
                in.field("openQuestions").array(ViewCodec::question),
                in.field("myQuestions").array(ViewCodec::question)));
    }

    private static void users(ArrayNode array, Seq<UserId> users) {
        users.forEach(user -> array.add(user.value()));
    }

    private static void questions(ArrayNode array, Seq<QuestionView> questions) {
        questions.forEach(question -> {
            ObjectNode json = array.addObject();
            json.put("id", question.id().toString());
            json.put("text", question.text());
            question.author().forEach(author -> json.put("author", author.value()));
            json.put("anonymous", question.anonymous());
            json.put("status", Names.constant(question.status()));
            json.put("submittedAt", question.submittedAt().toString());
        });
    }

    private static QuestionView question(In in) {
        in.only("id", "text", "author", "anonymous", "status", "submittedAt");
        return new QuestionView(
                Ids.question(in.field("id")),
                in.field("text").text(),
                in.optional("author").map(Ids::user),
                in.field("anonymous").bool(),
                in.field("status").oneOf(QuestionStatus.class, Names::constant),
                in.field("submittedAt").instant());
    }
}
