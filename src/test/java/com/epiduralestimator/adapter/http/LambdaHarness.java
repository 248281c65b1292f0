package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.StoreUnavailableException;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.FeesFunction;
import com.epiduralestimator.lambda.EstimatesFunction;
import com.epiduralestimator.lambda.SessionsFunction;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the route handlers the way Lambda does: the bytes of an {@code events/*.json} file in, the response event
 * bytes out, on the embedded wiring (in-memory stores, bundled CY2025 schedule, development patient key) and a
 * clock that stands still at 2025-07-01T12:00Z unless a test moves it.
 */
final class LambdaHarness {
    static final Path EVENTS = Path.of("events");
    static final Instant NOW = Instant.parse("2025-07-01T12:00:00Z");
    /** The bundled CY2025 schedule, immutable: parsed once for every test. */
    private static final List<ScheduleData> SCHEDULE = BundledSchedule.loadAll();
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** The handler the template names for each route key. */
    private static final Map<String, String> FUNCTIONS = Map.of(
            "GET /v1/fees", "FeesFunction",
            "GET /v1/schedules", "FeesFunction",
            "GET /v1/facilities", "FeesFunction",
            "POST /v1/estimates", "EstimatesFunction",
            "POST /v1/sessions", "SessionsFunction",
            "POST /v1/sessions/search", "SessionsFunction",
            "POST /v1/sessions/batch", "SessionsFunction",
            "PUT /v1/sessions/{sessionId}", "SessionsFunction",
            "POST /v1/sessions/{sessionId}/void", "SessionsFunction");

    final MutableClock clock;
    final Services services;
    private final FeesHandler fees;
    private final EstimatesHandler estimates;
    private final SessionsHandler sessions;

    LambdaHarness() {
        this.clock = new MutableClock(NOW);
        this.services = DependencyFactory.memory(Config.from(Map.of()), SCHEDULE,
                Config.DEVELOPMENT_PATIENT_KEY, clock);
        this.fees = FeesFunction.handler(services);
        this.estimates = EstimatesFunction.handler(services);
        this.sessions = SessionsFunction.handler(services);
    }

    /** Handlers whose fee schedule and session store both fail as DynamoDB does when throttled past retries. */
    static LambdaHarness storeUnavailable() {
        return new LambdaHarness(DependencyFactory.wire(Config.from(Map.of()),
                new com.epiduralestimator.application.FeeSchedule() {
                    @Override
                    public com.epiduralestimator.application.ScheduleSlice slice(
                            com.epiduralestimator.application.SliceRequest request) {
                        throw new StoreUnavailableException("fee schedule read", Duration.ofSeconds(2), null);
                    }

                    @Override
                    public List<com.epiduralestimator.application.LoadedSchedule> loadedSchedules() {
                        throw new StoreUnavailableException("schedule catalog read", Duration.ofSeconds(2), null);
                    }
                },
                new SessionLedger() {
                    @Override
                    public List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from) {
                        throw new StoreUnavailableException("session read", Duration.ofSeconds(2), null);
                    }

                    @Override
                    public RecordOutcome record(RecordedSession session) {
                        throw new StoreUnavailableException("session write", Duration.ofSeconds(2), null);
                    }

                    @Override
                    public Optional<RecordedSession> find(String tenant, String sessionId) {
                        throw new StoreUnavailableException("session read", Duration.ofSeconds(2), null);
                    }

                    @Override
                    public boolean replace(RecordedSession updated, long expectedVersion) {
                        throw new StoreUnavailableException("session write", Duration.ofSeconds(2), null);
                    }
                }, Optional.of(Config.DEVELOPMENT_PATIENT_KEY), new MutableClock(NOW)));
    }

    /** The handlers on other wiring, e.g. DynamoDB; the services' clock must be a {@link MutableClock}. */
    static LambdaHarness on(Services services) {
        return new LambdaHarness(services);
    }

    private LambdaHarness(Services services) {
        this.clock = (MutableClock) services.clock();
        this.services = services;
        this.fees = FeesFunction.handler(services);
        this.estimates = EstimatesFunction.handler(services);
        this.sessions = SessionsFunction.handler(services);
    }

    /** What the handler wrote back: the API Gateway response event, with its body parsed when it is JSON. */
    record Response(String event, int status, Map<String, String> headers, String rawBody, JsonNode body) {
        String contentType() {
            return headers.get("content-type");
        }
    }

    static Stream<String> eventFiles() {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixture's event, its token granting every scope (a test may move a fixture to another route; the scopes
     * themselves are ScopesTest's).
     */
    static ObjectNode event(String file) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EVENTS.resolve(file).toFile());
            if (event.at("/requestContext/authorizer/jwt/claims") instanceof ObjectNode claims) {
                claims.put("scope", Scope.all());
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event of {@code file} with its body's fields replaced (e.g. another date of service). */
    static ObjectNode withBody(String file, Map<String, Object> changes) {
        ObjectNode event = event(file);
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(event.get("body").asText());
            changes.forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
            event.put("body", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return event;
    }

    static String function(JsonNode event) {
        String function = FUNCTIONS.get(event.get("routeKey").asText());
        if (function == null) {
            throw new IllegalArgumentException("no function for " + event.get("routeKey"));
        }
        return function;
    }

    Response invoke(String file) {
        return invoke(file, event(file));
    }

    Response invoke(String name, JsonNode event) {
        ApiHandler handler = switch (function(event)) {
            case "FeesFunction" -> fees;
            case "EstimatesFunction" -> estimates;
            case "SessionsFunction" -> sessions;
            default -> throw new IllegalStateException();
        };
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
            String raw = out.toString(StandardCharsets.UTF_8);
            JsonNode response = JSON.readTree(raw);
            Map<String, String> headers = JSON.convertValue(response.get("headers"),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
            String body = response.get("body").asText();
            JsonNode parsed = body.isEmpty() ? null : JSON.readTree(body);
            return new Response(name, response.get("statusCode").asInt(), headers, body, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the tests can move: replays must give back the stored recordedAt, not a new one. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
