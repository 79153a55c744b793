package io.livestage.adapters.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.Failure;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Untrusted;
import io.livestage.wire.StageJson;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * livestage over HTTP: one request per facade command, the stage view, capabilities and missed events as JSON, and a
 * server-sent event stream per user and room (docs/http.md, the OpenAPI document {@code openapi.json} beside this
 * class). A backend starts it around any {@link LiveStage}:
 *
 * <pre>{@code
 * var streams = new EventStreams();
 * var stage = new StageService(rooms, streams, clock, ids, deadlines, ServiceSettings.DEFAULTS);
 * var server = StageHttpServer.start(stage, streams, new BearerTokens(tokens), HttpSettings.DEFAULTS.withPort(8080));
 * }</pre>
 *
 * <p>The acting user is always the {@link Authenticator}'s answer; ids in a path or body only name subjects and
 * targets. Every answer that is not a success is an RFC 9457 problem with livestage's stable code; nothing a client
 * sends yields a 5xx (a 503 is the store's failure, never the request's). Javalin stays inside this class.
 */
public final class StageHttpServer implements AutoCloseable {

    private final Javalin app;
    private final ScheduledExecutorService heartbeats;
    private final ExecutorService writers;

    private final Routes routes;

    private StageHttpServer(Javalin app, Routes routes, ScheduledExecutorService heartbeats, ExecutorService writers) {
        this.app = app;
        this.routes = routes;
        this.heartbeats = heartbeats;
        this.writers = writers;
    }

    /**
     * Starts listening as {@code settings} say.
     *
     * @param stage the facade every request goes to
     * @param streams the publisher the service was given (so streams follow each event), or a fresh one (streams
     *     then follow at each heartbeat)
     * @param authenticator who is calling
     * @param settings port, bind address, body limit, origins, heartbeat, static files
     */
    public static StageHttpServer start(
            LiveStage stage, EventStreams streams, Authenticator authenticator, HttpSettings settings) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(settings, "settings");
        ExecutorService writers = Executors.newCachedThreadPool(daemons("livestage-sse-"));
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemons("livestage-beat-"));
        Routes routes = new Routes(stage, streams, authenticator, settings, writers);
        Javalin app = Javalin.create(config -> configure(config, settings, routes));
        try {
            app.start(settings.bindAddress(), settings.port());
        } catch (RuntimeException failed) {
            writers.shutdownNow();
            heartbeats.shutdownNow();
            throw failed;
        }
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(streams::heartbeat, every, every, TimeUnit.MILLISECONDS);
        return new StageHttpServer(app, routes, heartbeats, writers);
    }

    /** The port it listens on (the chosen one when the settings said 0). */
    public int port() {
        return app.port();
    }

    /** Every route, as {@code METHOD path} in OpenAPI's path syntax: what {@code openapi.json} must document. */
    java.util.List<String> routes() {
        return java.util.List.copyOf(routes.declared);
    }

    /** Stops listening and ends every open stream. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        app.stop();
        writers.shutdownNow();
    }

    private static void configure(JavalinConfig config, HttpSettings settings, Routes routes) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        settings.staticResources()
                .ifPresent(folder -> config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = folder;
                    files.location = Location.CLASSPATH;
                }));
        routes.declare(config);
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The handlers, apart from the server's lifecycle. */
    private static final class Routes {

        private static final String USER = "livestage.user";

        private final LiveStage stage;
        private final EventStreams streams;
        private final Authenticator authenticator;
        private final HttpSettings settings;
        private final ExecutorService writers;

        Routes(
                LiveStage stage,
                EventStreams streams,
                Authenticator authenticator,
                HttpSettings settings,
                ExecutorService writers) {
            this.stage = stage;
            this.streams = streams;
            this.authenticator = authenticator;
            this.settings = settings;
            this.writers = writers;
        }

        /** What {@link #declare} registered, as {@code METHOD path}: checked against openapi.json by a test. */
        final java.util.List<String> declared = new java.util.ArrayList<>();

        void declare(JavalinConfig config) {
            var routes = config.routes;
            routes.before("/api/*", this::guard);
            routes.options("/api/*", ctx -> ctx.status(204));
            on(routes, "GET", "/api/info", ctx -> Answers.json(ctx, 200, StageJson.encodeInfo(stage.features())));
            on(routes, "POST", "/api/rooms", ctx -> createRoom(ctx, Option.none()));
            on(
                    routes,
                    "PUT",
                    "/api/rooms/{room}",
                    ctx -> Answers.withRoom(ctx, room -> createRoom(ctx, Option.some(room))));
            on(
                    routes,
                    "GET",
                    "/api/rooms/{room}/view",
                    ctx -> Answers.withRoom(
                            ctx, room -> Answers.outcome(ctx, stage.stageView(user(ctx), room), StageJson::encode)));
            on(routes, "GET", "/api/rooms/{room}/capabilities", this::capabilities);
            on(routes, "GET", "/api/rooms/{room}/events", this::eventsSince);
            on(routes, "GET", "/api/rooms/{room}/stream", this::stream);
            for (CommandRoute route : CommandRoutes.ALL) {
                on(routes, "POST", route.path(), ctx -> command(ctx, route));
            }
            routes.exception(HttpResponseException.class, (failure, ctx) -> Answers.problem(ctx, framework(failure)));
            routes.exception(Exception.class, (failure, ctx) -> Answers.problem(ctx, Problem.internal(failure)));
        }

        private void on(RoutesConfig routes, String method, String path, Handler handler) {
            declared.add(method + " " + path);
            switch (method) {
                case "GET" -> routes.get(path, handler);
                case "POST" -> routes.post(path, handler);
                default -> routes.put(path, handler);
            }
        }

        /** Cross-origin headers for allowed origins, then the caller's identity (all but info and preflights). */
        private void guard(Context ctx) {
            Cors.apply(ctx, settings.allowedOrigins());
            if (ctx.method().name().equals("OPTIONS") || ctx.path().equals("/api/info")) {
                return;
            }
            var user = authenticator.authenticate(name -> java.util.Optional.ofNullable(ctx.header(name)));
            if (user.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer");
                Answers.problem(
                        ctx,
                        Problem.of(401, "unauthenticated", "no valid credentials: send Authorization: Bearer <token>"));
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.attribute(USER, user.get());
        }

        private static UserId user(Context ctx) {
            return Objects.requireNonNull(ctx.attribute(USER), "the guard runs before every handler");
        }

        private static Caller caller(Context ctx) {
            Caller caller = Caller.of(user(ctx));
            String key = ctx.header("Idempotency-Key");
            return key == null ? caller : caller.withIdempotencyKey(key);
        }

        private void createRoom(Context ctx, Option<RoomId> chosen) {
            Bodies.read(ctx, settings.maxBodyBytes())
                    .ifPresent(body -> Answers.decoded(ctx, CommandBody.decode("createRoom", false, body), intent -> {
                        CreateRoom create = (CreateRoom) intent;
                        var outcome = chosen.fold(
                                () -> stage.createRoom(caller(ctx), create.name(), create.policy()),
                                room -> stage.createRoom(caller(ctx), room, create.name(), create.policy()));
                        Answers.accepted(ctx, 201, outcome);
                    }));
        }

        private void command(Context ctx, CommandRoute route) {
            Bodies.read(ctx, settings.maxBodyBytes()).ifPresent(body -> {
                String raw = ctx.pathParam(route.aboutCall() ? "call" : "room");
                var subject = route.aboutCall()
                        ? CallId.parse(raw).map(id -> (Object) id)
                        : RoomId.parse(raw).map(id -> (Object) id);
                Answers.decoded(
                        ctx,
                        CommandBody.decode(route.type(), route.aboutCall(), body),
                        intent -> Answers.accepted(
                                ctx,
                                200,
                                Untrusted.withId(
                                        subject, id -> route.invocation().invoke(stage, caller(ctx), id, intent))));
            });
        }

        private void capabilities(Context ctx) {
            Answers.withRoom(ctx, room -> {
                String target = ctx.queryParam("target");
                UserId viewer = user(ctx);
                var outcome = target == null
                        ? stage.capabilities(viewer, room, Option.none())
                        : Untrusted.withId(
                                UserId.parse(target), other -> stage.capabilities(viewer, room, Option.some(other)));
                Answers.outcome(ctx, outcome, StageJson::encode);
            });
        }

        private void eventsSince(Context ctx) {
            Answers.withRoom(
                    ctx,
                    room -> Sequences.after(ctx, "after", ctx.queryParam("after"))
                            .ifPresent(after ->
                                    Answers.outcome(ctx, stage.eventsSince(user(ctx), room, after), Deliveries::json)));
        }

        /**
         * Opens the caller's stream of a room from {@code Last-Event-ID} (a reconnect), else {@code ?after=} (the
         * sequence of the stage view the client started from), else the room's sequence now.
         */
        private void stream(Context ctx) throws Exception {
            var parsed = Answers.room(ctx);
            if (parsed.isEmpty()) {
                return;
            }
            RoomId room = parsed.get();
            String header = ctx.header("Last-Event-ID");
            var given = header != null
                    ? Sequences.after(ctx, "Last-Event-ID", header)
                    : Sequences.after(ctx, "after", ctx.queryParam("after"));
            if (given.isEmpty()) {
                return;
            }
            long after;
            if (header == null && ctx.queryParam("after") == null) {
                var now = stage.currentSequence(room);
                if (!now.isAccepted()) {
                    Answers.outcome(ctx, now, value -> "");
                    return;
                }
                after = now.accepted().get();
            } else {
                var known = stage.eventsSince(user(ctx), room, given.get());
                boolean resync = known.failed().exists(failure -> failure instanceof Failure.ResyncRequired);
                if (!known.isAccepted() && !resync) {
                    Answers.outcome(ctx, known, value -> "");
                    return;
                }
                after = given.get();
            }
            UserId user = user(ctx);
            new SseHandler(client -> {
                        client.keepAlive();
                        UserStream stream = new UserStream(stage, user, room, after, new SseSink(client), writers);
                        client.onClose(() -> streams.remove(stream));
                        client.sendComment("livestage stream of " + user + " in " + room + " after " + after);
                        streams.add(stream);
                        stream.wake();
                    })
                    .handle(ctx);
        }

        private static Problem framework(HttpResponseException failure) {
            switch (failure.getStatus()) {
                case 404:
                    return Problem.of(404, "not_found", "no such route");
                case 405:
                    return Problem.of(405, "method_not_allowed", "the route does not take this method");
                case 413:
                    return Problem.of(413, "body_too_large", "the body is larger than the server accepts");
                default:
                    return failure.getStatus() < 500
                            ? Problem.of(failure.getStatus(), "bad_request", "the request is malformed")
                            : Problem.internal(failure);
            }
        }
    }
}
