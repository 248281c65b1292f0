package com.epiduralestimator;

import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoEditStore;
import com.epiduralestimator.adapter.dynamodb.DynamoFacilitySchedule;
import com.epiduralestimator.adapter.dynamodb.DynamoFeeSchedule;
import com.epiduralestimator.adapter.dynamodb.DynamoRateLimitStore;
import com.epiduralestimator.adapter.dynamodb.DynamoSessionLedger;
import com.epiduralestimator.adapter.dynamodb.OfflineDynamoDb;
import com.epiduralestimator.adapter.memory.InMemoryFacilitySchedule;
import com.epiduralestimator.adapter.memory.InMemoryFeeSchedule;
import com.epiduralestimator.adapter.memory.InMemoryRateLimitStore;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.application.DirectoryData;
import com.epiduralestimator.application.FacilityLocator;
import com.epiduralestimator.application.LazyFacilityDirectory;
import com.epiduralestimator.application.CachingFacilitySchedule;
import com.epiduralestimator.application.CachingFeeSchedule;
import com.epiduralestimator.application.ClaimEditsCatalog;
import com.epiduralestimator.application.EditSource;
import com.epiduralestimator.application.EstimateService;
import com.epiduralestimator.application.FacilityRatesInCatalog;
import com.epiduralestimator.application.FamilyCatalogSource;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeLookup;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.application.SupportingDiagnosesResource;
import com.epiduralestimator.application.TenantRateLimit;
import com.epiduralestimator.application.WholeBillService;
import com.epiduralestimator.cmsdata.BundledDirectory;
import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.BundledFacilityCodes;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The one place where configuration is read and objects are wired. */
public final class DependencyFactory {
    private static final int FEE_CACHE_ENTRIES = 2_000;
    /** Index 0: without patient data (fees), 1: with (estimates, sessions). One per execution environment. */
    private static final Services[] LAMBDA = new Services[2];

    static {
        // The procedure families' data (rules/families/), read on the first use of the domain's catalog: given here,
        // not found by a ServiceLoader lookup on the first estimate (docs/performance.md).
        ProcedureCatalog.feed(new FamilyCatalogSource());
    }

    private DependencyFactory() {}

    /**
     * The deployed functions' wiring, built once per execution environment: DynamoDB through the SDK (which
     * honours AWS_ENDPOINT_URL_DYNAMODB) and the fee cache. A function that handles patient data refuses to start
     * without PATIENT_KEY_SECRET; the fees function is not given the secret and wires no patient use case.
     */
    public static synchronized Services lambdaServices(boolean handlesPatientData) {
        int slot = handlesPatientData ? 1 : 0;
        if (LAMBDA[slot] == null) {
            Config config = Config.fromEnvironment();
            Optional<byte[]> secret = handlesPatientData ? Optional.of(config.requirePatientKeySecret())
                    : Optional.empty();
            DynamoDbClient client = DynamoClients.create(Optional.empty());
            Services services = dynamo(config, client, secret, Clock.systemUTC());
            RateLimitSettings limit = RateLimitSettings.fromEnvironment();
            LAMBDA[slot] = handlesPatientData && limit.enabled()
                    ? services.withRateLimit(dynamoRateLimit(limit, client, Clock.systemUTC())) : services;
        }
        return LAMBDA[slot];
    }

    public static Services dynamo(Config config, DynamoDbClient client, Optional<byte[]> patientKeySecret,
                                  Clock clock) {
        // One store of claim-edit editions, whose list the fee schedule's first slice read brings along.
        DynamoEditStore edits = new DynamoEditStore(client, config.feeTable());
        return wire(config, new DynamoFeeSchedule(client, config.feeTable(), edits),
                new DynamoFacilitySchedule(client, config.feeTable()),
                new DynamoSessionLedger(client, config.sessionTable(), clock), patientKeySecret, clock, edits);
    }

    /** The per-tenant rate limit on the DynamoDB table {@code settings.table()} (the deployed patient functions). */
    public static TenantRateLimit dynamoRateLimit(RateLimitSettings settings, DynamoDbClient client, Clock clock) {
        return new TenantRateLimit(new DynamoRateLimitStore(client, settings.table()), settings.perMinute(),
                settings.allowance(), clock);
    }

    /** The per-tenant rate limit in this process ({@code serve --tenant-rate-limit}): exact, allowance 1. */
    public static TenantRateLimit memoryRateLimit(int perMinute, Clock clock) {
        return new TenantRateLimit(new InMemoryRateLimitStore(), perMinute, 1, clock);
    }

    /** The embedded default: in-memory stores seeded from the bundled CY2025 data. */
    public static Services memory(Config config, List<ScheduleData> schedule, byte[] patientKeySecret, Clock clock) {
        InMemoryFacilitySchedule facilities = new InMemoryFacilitySchedule(BundledFacility.loadAll(),
                Optional.of(new BundledFacilityCodes()));
        return wire(config, new FacilityRatesInCatalog(new InMemoryFeeSchedule(schedule), facilities.rateSets()),
                facilities, new InMemorySessionLedger(clock), Optional.of(patientKeySecret), clock);
    }

    /** As below, with the bundled facility data in memory. */
    public static Services wire(Config config, FeeSchedule schedule, SessionLedger ledger,
                                Optional<byte[]> patientKeySecret, Clock clock) {
        return wire(config, schedule, new InMemoryFacilitySchedule(BundledFacility.loadAll(),
                Optional.of(new BundledFacilityCodes())), ledger,
                patientKeySecret, clock);
    }

    /** As below, with only the bundled claim-edit editions. */
    public static Services wire(Config config, FeeSchedule schedule, FacilitySchedule facilities,
                                SessionLedger ledger, Optional<byte[]> patientKeySecret, Clock clock) {
        return wire(config, schedule, facilities, ledger, patientKeySecret, clock, EditSource.NONE);
    }

    /**
     * With no patient key secret only the fee lookup is wired (the fees function never sees patient data).
     *
     * @param loadedEdits the claim-edit editions loaded with load-edits, beside the bundled ones: read only when an
     *                    estimate first needs a table (docs/claims-edits.md)
     */
    public static Services wire(Config config, FeeSchedule schedule, FacilitySchedule facilities,
                                SessionLedger ledger, Optional<byte[]> patientKeySecret, Clock clock,
                                EditSource loadedEdits) {
        FeeSchedule cached = config.feeCacheTtl().isZero() ? schedule
                : new CachingFeeSchedule(schedule, clock, config.feeCacheTtl(), FEE_CACHE_ENTRIES);
        ClaimEditsCatalog edits = new ClaimEditsCatalog(new BundledEdits(), loadedEdits);
        FeeLookup fees = new FeeLookup(cached, edits);
        LazyFacilityDirectory directory = facilityDirectory(config);
        if (patientKeySecret.isEmpty()) {
            return new Services(fees, Optional.empty(), config.tenantClaim(), clock, directory);
        }
        SessionSettings sessions = SessionSettings.fromEnvironment();
        PatientKeys keys = patientKeys(patientKeySecret.get(), sessions);
        CoverageChecks checks = new CoverageChecks(SupportingDiagnosesResource.load(), edits);
        // Facility data is cached like fee slices, so that a warm facility estimate reads only the sessions.
        FacilitySchedule cachedFacilities = config.feeCacheTtl().isZero() ? facilities
                : new CachingFacilitySchedule(facilities, clock, config.feeCacheTtl(), FEE_CACHE_ENTRIES);
        return new Services(fees, Optional.of(new Services.PatientData(new EstimateService(fees, ledger, keys, checks,
                new WholeBillService(cachedFacilities, edits), new FacilityLocator(directory)),
                recorder(ledger, keys, sessions, clock))), config.tenantClaim(), clock, directory);
    }

    /** The facility directory (issue 21): FACILITY_DIRECTORY's files, else the bundled ones; read on first use. */
    private static LazyFacilityDirectory facilityDirectory(Config config) {
        return new LazyFacilityDirectory(new DirectoryFiles(config.facilityDirectory()));
    }

    /** FACILITY_DIRECTORY's files, else the bundled ones: a class, not lambdas, at init (docs/performance.md). */
    private static final class DirectoryFiles implements java.util.function.Supplier<DirectoryData> {
        private final Optional<java.nio.file.Path> dir;

        DirectoryFiles(Optional<java.nio.file.Path> dir) {
            this.dir = dir;
        }

        @Override
        public DirectoryData get() {
            return dir.isPresent() ? BundledDirectory.load(dir.get()) : BundledDirectory.load();
        }
    }

    /**
     * The session use case alone, on DynamoDB ({@code import-sessions}): patient keys and retention as the deployed
     * functions wire them, so an imported session is found by the estimates that follow.
     */
    public static SessionRecorder dynamoSessions(Config config, DynamoDbClient client, byte[] patientKeySecret,
                                                 Clock clock) {
        SessionSettings sessions = SessionSettings.fromEnvironment();
        return recorder(new DynamoSessionLedger(client, config.sessionTable(), clock),
                patientKeys(patientKeySecret, sessions), sessions, clock);
    }

    private static PatientKeys patientKeys(byte[] secret, SessionSettings sessions) {
        return new PatientKeys(secret, sessions.caseInsensitiveTenants());
    }

    private static SessionRecorder recorder(SessionLedger ledger, PatientKeys keys, SessionSettings sessions,
                                            Clock clock) {
        return new SessionRecorder(ledger, keys, clock, sessions.retentionYears());
    }

    /** The throw-away wiring SnapStart priming runs on; closing it closes its offline client. */
    public record Priming(List<Services> services, DynamoDbClient offline) implements AutoCloseable {
        @Override
        public void close() {
            offline.close();
        }
    }

    /**
     * Services for SnapStart priming: the bundled schedule in memory, and each DynamoDB adapter on a client that
     * answers from memory (each beside an in-memory store, so that an empty offline fee table does not stop a
     * request before it reaches the session ledger). Nothing of the real function's wiring is touched.
     */
    public static Priming priming(Config config, byte[] key, Clock clock) {
        DynamoDbClient offline = OfflineDynamoDb.client();
        List<ScheduleData> bundled = BundledSchedule.loadAll();
        Optional<byte[]> secret = Optional.of(key);
        String table = "snapstart-priming";
        return new Priming(List.of(
                memory(config, bundled, key, clock),
                // With the rate limit asking its table on every request: its UpdateItem is primed too.
                wire(config, new InMemoryFeeSchedule(bundled), new DynamoSessionLedger(offline, table), secret, clock)
                        .withRateLimit(new TenantRateLimit(new DynamoRateLimitStore(offline, table), 1_000_000, 1,
                                clock)),
                wire(config, new DynamoFeeSchedule(offline, table), new InMemorySessionLedger(), secret, clock)),
                offline);
    }
}
