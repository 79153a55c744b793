package io.livestage.examples.web;

import io.livestage.adapters.http.BearerTokens;
import io.livestage.adapters.http.EventStreams;
import io.livestage.adapters.http.HttpSettings;
import io.livestage.adapters.http.StageHttpServer;
import io.livestage.adapters.inmemory.ExecutorDeadlines;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The seed's AMA in a browser: an HTTP server ({@code adapters-http}) on in-memory adapters and the real clock, an AMA
 * room created by hana with kai as co-host, and one page URL per user (each with its own bearer token). The page
 * ({@code livestage-web/index.html}, using {@code clients/js}) shows the user's role, the stage, the hand queue
 * (moderators), the buttons {@code capabilities} allows, and the questions; it publishes a local camera track while
 * the user is a speaker.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.livestage.examples.web.WebDemo}
 * ({@code -Dlivestage.port=8080} by default; Ctrl-C stops it).
 */
public final class WebDemo implements AutoCloseable {

    /** The room every demo user joins. */
    public static final RoomId ROOM = RoomId.of("ama");

    /** The demo's users, in the order the URLs are printed: host, co-host, two audience members. */
    public static final java.util.List<String> USERS = java.util.List.of("hana", "kai", "bob", "carol");

    private final StageHttpServer server;
    private final ScheduledExecutorService scheduler;
    private final Map<String, String> tokens;

    private WebDemo(StageHttpServer server, ScheduledExecutorService scheduler, Map<String, String> tokens) {
        this.server = server;
        this.scheduler = scheduler;
        this.tokens = tokens;
    }

    /** Starts the demo on {@code port} (0: a free one) of {@code bindAddress}. */
    public static WebDemo start(String bindAddress, int port) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "livestage-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        InstantSource clock = InstantSource.system();
        EventStreams streams = new EventStreams();
        StageService stage = new StageService(
                new InMemoryRooms(),
                streams,
                clock,
                new SequentialIds(),
                new ExecutorDeadlines(scheduler, clock),
                ServiceSettings.DEFAULTS);
        Caller hana = Caller.of(UserId.of("hana"));
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .requireHost(true)
                .maxSpeakers(3)
                .build();
        stage.createRoom(hana, ROOM, "Ask me anything", policy);
        stage.assignCoHost(hana, ROOM, UserId.of("kai"));

        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, UserId> users = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (String user : USERS) {
            byte[] secret = new byte[12];
            random.nextBytes(secret);
            String token = user + "-" + HexFormat.of().formatHex(secret);
            tokens.put(user, token);
            users.put(token, UserId.of(user));
        }
        HttpSettings settings = HttpSettings.DEFAULTS
                .withBindAddress(bindAddress)
                .withPort(port)
                .withStaticResources("/livestage-web");
        StageHttpServer server = StageHttpServer.start(stage, streams, new BearerTokens(users), settings);
        return new WebDemo(server, scheduler, tokens);
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** The page of {@code user}, with their token, on {@code host} (such as {@code 127.0.0.1}). */
    public String url(String host, String user) {
        return "http://" + host + ":" + port() + "/?room=" + ROOM.value() + "&user=" + user + "#token="
                + tokens.get(user);
    }

    @Override
    public void close() {
        server.close();
        scheduler.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("livestage.port", 8080);
        WebDemo demo = start("127.0.0.1", port);
        System.out.println("livestage AMA demo on http://127.0.0.1:" + demo.port() + " (Ctrl-C stops it)");
        System.out.println("room \"" + ROOM.value() + "\": hana is host, kai co-host, bob and carol audience.");
        System.out.println("Open one page per user (each URL carries that user's bearer token):");
        for (String user : USERS) {
            System.out.printf("  %-6s %s%n", user, demo.url("127.0.0.1", user));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
        Thread.currentThread().join();
    }
}
