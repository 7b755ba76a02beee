package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every database behind the store must do; run against SQLite always and PostgreSQL when one is named. */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    /** Strings that break SQL built by concatenation, LIKE patterns, JSON or quoting. */
    static final List<String> HOSTILE = List.of(
            "'; DROP TABLE decision; --",
            "Robert'); DELETE FROM audit_record; --",
            "\" OR \"1\"=\"1",
            "' OR '1'='1' /*",
            "%_!\\%\\_",
            "$1 ? :name ${x} #{y}",
            "line\nbreak\ttab\r\n",
            "华为技术有限公司 ZTE Corporation — Ünïcödé 😀",
            "\\\\server\\share; SELECT pg_sleep(10);");

    Backend backend;
    TestClock clock;
    Database db;
    AuditLog audit;
    DecisionStore decisions;

    abstract Backend newBackend() throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        backend = newBackend();
        clock = new TestClock(T0);
        db = Database.open(backend.url(), backend.dataDirectory(), clock);
        audit = new AuditLog(db);
        decisions = new DecisionStore(db);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
        backend.close();
    }

    static DecisionRecord decision(String id, String outcome, Instant at) {
        return new DecisionRecord(id, at, "alice", LocalDate.of(2025, 3, 1), outcome, "PO-" + id,
                "{\"parties\":[{\"name\":\"Acme Telecom " + id + "\"}]}", "{\"outcome\":\"" + outcome + "\"}",
                List.of("ofac-sdn@3", "bundled@1"));
    }

    long rows(String table) throws SQLException {
        try (Connection c = backend.raw(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void raw(String... statements) throws SQLException {
        try (Connection c = backend.raw(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    void appendRecords(int n) {
        for (int i = 1; i <= n; i++) {
            clock.advance(Duration.ofSeconds(1));
            audit.append("alice", "test", "thing:" + i, "{\"n\":" + i + "}", List.of("ofac-sdn@" + i));
        }
    }

    @Nested
    class Opening {

        @Test
        void reopeningKeepsWhatWasStoredAndMigratesNothingTwice() {
            decisions.save(decision("d1", "ALLOW", T0));
            db.close();
            db = Database.open(backend.url(), backend.dataDirectory(), clock);
            assertThat(new DecisionStore(db).get("d1")).isPresent();
            assertThat(new AuditLog(db).verify().ok()).isTrue();
        }

        @Test
        void aFailingTransactionLeavesNeitherTheDecisionNorItsAuditRecord() {
            assertThatThrownBy(() -> db.transaction(c -> {
                decisions.save(decision("d1", "BLOCK", T0));
                throw new IllegalStateException("policy crashed after saving");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(decisions.get("d1")).isEmpty();
            assertThat(audit.head().seq()).isZero();
            assertThat(audit.verify().ok()).isTrue();
        }

        @Test
        void severalStoresCommitTogetherInOneTransaction() {
            db.transaction(c -> {
                decisions.save(decision("d1", "REVIEW", T0));
                new Cases(db).open("d1", "Huawei Tech", "bundled:huawei", "h1", "huawei tech", "close name", "alice");
                return null;
            });
            assertThat(decisions.get("d1")).isPresent();
            assertThat(new Cases(db).list(CaseStatus.OPEN, 10)).hasSize(1);
            assertThat(audit.head().seq()).isEqualTo(2);
        }

        @Test
        void aFailureCaughtInsideAnOuterTransactionStillRollsItBack() {
            decisions.save(decision("d1", "ALLOW", T0));
            assertThatThrownBy(() -> db.transaction(c -> {
                decisions.save(decision("d2", "ALLOW", T0));
                try {
                    decisions.save(decision("d1", "ALLOW", T0));
                } catch (IllegalStateException duplicate) {
                    // swallowed on purpose: the transaction must not commit half of its work anyway
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(decisions.get("d2")).isEmpty();
            assertThat(audit.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                    .containsExactly(true, 1L);
        }

        @Test
        void aWriteInsideAReadIsRefused() {
            assertThatThrownBy(() -> db.read(c -> decisions.save(decision("d1", "ALLOW", T0))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            assertThat(decisions.get("d1")).isEmpty();
        }
    }

    @Nested
    class Audit {

        @Test
        void eachRecordCarriesThePreviousRecordsHash() {
            appendRecords(3);
            List<AuditRecord> records = audit.list(1, 10);
            assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
            assertThat(records.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
            assertThat(records.get(1).prevHash()).isEqualTo(records.get(0).hash());
            assertThat(records.get(2).prevHash()).isEqualTo(records.get(1).hash());
            assertThat(audit.head()).isEqualTo(new AuditHead(3, records.get(2).hash()));
            assertThat(audit.verify()).isEqualTo(ChainVerification.intact(3));
        }

        @Test
        void theHashIsTheDocumentedEncodingOfTheStoredFields() {
            clock.advance(Duration.ofMillis(1234));
            AuditRecord r = audit.append("alice", "api-key.create", "api-key:k1", "{\"a\": 1}", List.of("x@1"));
            assertThat(r.hash()).isEqualTo(ChainHash.of(ChainHash.GENESIS, 1, "2025-03-01T09:00:01.234000Z",
                    "alice", "api-key.create", "api-key:k1", "{\"a\": 1}", "[\"x@1\"]"));
            assertThat(audit.get(1)).contains(r);
        }

        @Test
        void anEmptyChainVerifies() {
            assertThat(audit.verify()).isEqualTo(ChainVerification.intact(0));
            assertThat(audit.head()).isEqualTo(new AuditHead(0, ChainHash.GENESIS));
        }

        @Test
        void recordsAreFoundBySubject() {
            appendRecords(3);
            assertThat(audit.forSubject("thing:2")).singleElement().extracting(AuditRecord::seq).isEqualTo(2L);
        }

        @Test
        void aPayloadMustBeJson() {
            assertThatThrownBy(() -> audit.append("alice", "x", "y", "{not json", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload is not valid JSON");
            assertThatThrownBy(() -> audit.append("alice", "x", "y", "{} {}", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> audit.append(" ", "x", "y", "{}", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        }
    }

    @Nested
    class Tampering {

        @BeforeEach
        void fiveRecords() {
            appendRecords(5);
            assertThat(audit.verify().ok()).isTrue();
        }

        @Test
        void anEditedFieldIsFound() throws SQLException {
            raw("UPDATE audit_record SET actor = 'mallory' WHERE seq = 3");
            assertBrokenAt(3, "altered");
        }

        @Test
        void anEditedPayloadIsFoundEvenWhenItMeansTheSame() throws SQLException {
            raw("UPDATE audit_record SET payload = '{\"n\": 2}' WHERE seq = 2");
            assertBrokenAt(2, "altered");
        }

        @Test
        void aDeletedMiddleRecordIsFound() throws SQLException {
            raw("DELETE FROM audit_record WHERE seq = 3");
            assertBrokenAt(3, "missing");
        }

        @Test
        void aDeletedLastRecordIsFound() throws SQLException {
            raw("DELETE FROM audit_record WHERE seq = 5");
            assertBrokenAt(5, "removed from the end");
        }

        @Test
        void twoSwappedRecordsAreFound() throws SQLException {
            raw("UPDATE audit_record SET seq = -1 WHERE seq = 2",
                    "UPDATE audit_record SET seq = 2 WHERE seq = 3",
                    "UPDATE audit_record SET seq = 3 WHERE seq = -1");
            assertBrokenAt(2, "does not follow");
        }

        @Test
        void aForgedRecordOnTheEndIsFoundEvenWithACorrectHash() throws SQLException {
            AuditRecord last = audit.get(5).orElseThrow();
            String at = "2025-03-01T10:00:00.000000Z";
            String hash = ChainHash.of(last.hash(), 6, at, "alice", "decision", "decision:forged", "{}", "[]");
            try (Connection c = backend.raw(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_record VALUES (6, ?, 'alice', 'decision', 'decision:forged', '{}', '[]', ?, ?)")) {
                insert.setString(1, at);
                insert.setString(2, last.hash());
                insert.setString(3, hash);
                insert.executeUpdate();
            }
            assertBrokenAt(6, "beyond the head");
        }

        @Test
        void aForgedRecordInsertedInTheMiddleIsFound() throws SQLException {
            AuditRecord third = audit.get(3).orElseThrow();
            raw("UPDATE audit_record SET seq = 6 WHERE seq = 5", "UPDATE audit_record SET seq = 5 WHERE seq = 4");
            String at = "2025-03-01T09:00:03.500000Z";
            String hash = ChainHash.of(third.hash(), 4, at, "alice", "test", "thing:forged", "{}", "[]");
            try (Connection c = backend.raw(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_record VALUES (4, ?, 'alice', 'test', 'thing:forged', '{}', '[]', ?, ?)")) {
                insert.setString(1, at);
                insert.setString(2, third.hash());
                insert.setString(3, hash);
                insert.executeUpdate();
            }
            assertBrokenAt(5, "");
        }

        @Test
        void anEditedHeadIsFound() throws SQLException {
            raw("UPDATE audit_head SET seq = 4");
            assertBrokenAt(5, "beyond the head");
        }

        @Test
        void appendingAfterTamperingDoesNotHideIt() throws SQLException {
            raw("UPDATE audit_record SET subject = 'thing:other' WHERE seq = 1");
            appendRecords(2);
            assertBrokenAt(1, "altered");
        }

        private void assertBrokenAt(long seq, String reason) {
            ChainVerification v = audit.verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.firstBrokenSeq()).hasValue(seq);
            assertThat(v.reason()).contains(reason);
            assertThat(v.recordsChecked()).isLessThan(seq);
        }
    }

    @Nested
    class Decisions {

        @Test
        void aDecisionRoundTripsAndIsAudited() {
            DecisionRecord d = decision("d1", "BLOCK", T0.plusNanos(123_456_789));
            AuditRecord record = decisions.save(d);
            assertThat(decisions.get("d1")).contains(d);
            assertThat(d.createdAt()).isEqualTo(T0.plusNanos(123_456_000));
            assertThat(record.action()).isEqualTo("decision");
            assertThat(record.subject()).isEqualTo("decision:d1");
            assertThat(record.listVersions()).containsExactly("ofac-sdn@3", "bundled@1");
            assertThat(record.payload()).contains("\"decisionSha256\":\"" + Digests.sha256Hex(d.decisionJson()));
            assertThat(decisions.get("nope")).isEmpty();
        }

        @Test
        void aDuplicateIdIsRefusedAndLeavesNoAuditRecord() {
            decisions.save(decision("d1", "ALLOW", T0));
            assertThatThrownBy(() -> decisions.save(decision("d1", "BLOCK", T0)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("d1");
            assertThat(audit.head().seq()).isEqualTo(1);
            assertThat(decisions.get("d1").orElseThrow().outcome()).isEqualTo("ALLOW");
        }

        @Test
        void invalidJsonIsRefusedBeforeAnythingIsWritten() {
            assertThatThrownBy(() -> new DecisionRecord("d1", T0, "alice", LocalDate.of(2025, 3, 1), "ALLOW", "",
                    "{", "{}", List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("transactionJson");
        }

        @Test
        void searchIsNewestFirstAndFilters() {
            decisions.save(decision("a", "ALLOW", T0));
            decisions.save(decision("b", "BLOCK", T0.plusSeconds(60)));
            decisions.save(decision("c", "ALLOW", T0.plusSeconds(120)));
            decisions.save(decision("d", "REVIEW", T0.plus(Duration.ofDays(1))));
            DecisionQuery all = DecisionQuery.latest(10);
            assertThat(decisions.search(all)).extracting(DecisionRecord::id).containsExactly("d", "c", "b", "a");
            assertThat(decisions.search(all.withOutcome("ALLOW"))).extracting(DecisionRecord::id)
                    .containsExactly("c", "a");
            assertThat(decisions.search(all.between(T0.plusSeconds(60), T0.plusSeconds(121))))
                    .extracting(DecisionRecord::id).containsExactly("c", "b");
            assertThat(decisions.search(all.withText("acme TELECOM b"))).extracting(DecisionRecord::id)
                    .containsExactly("b");
            assertThat(decisions.search(all.withText("po-c"))).extracting(DecisionRecord::id).containsExactly("c");
            assertThat(decisions.search(all.page(2, 1))).extracting(DecisionRecord::id).containsExactly("c", "b");
            assertThat(decisions.count(all.withOutcome("ALLOW"))).isEqualTo(2);
            assertThat(decisions.search(all.withText("%"))).isEmpty();
        }

        @Test
        void textSearchFoldsCaseBeyondAscii() {
            decisions.save(new DecisionRecord("d1", T0, "alice", LocalDate.of(2025, 3, 1), "ALLOW", "ÄRZTE-1",
                    "{\"name\":\"ÜBER Telekom\"}", "{}", List.of()));
            assertThat(decisions.search(DecisionQuery.latest(5).withText("über"))).hasSize(1);
            assertThat(decisions.search(DecisionQuery.latest(5).withText("ärzte"))).hasSize(1);
        }

        @Test
        void countsByOutcomeAndByDay() {
            decisions.save(decision("a", "ALLOW", T0));
            decisions.save(decision("b", "ALLOW", T0.plusSeconds(3600)));
            decisions.save(decision("c", "BLOCK", T0.plusSeconds(7200)));
            decisions.save(decision("d", "ALLOW", T0.plus(Duration.ofDays(1))));
            decisions.save(decision("e", "BLOCK", T0.plus(Duration.ofDays(5))));
            Instant from = T0.minusSeconds(1);
            Instant to = T0.plus(Duration.ofDays(2));
            assertThat(decisions.countByOutcome(from, to)).isEqualTo(Map.of("ALLOW", 3L, "BLOCK", 1L));
            assertThat(decisions.countPerDay(from, to)).containsExactly(
                    new DayCount(LocalDate.of(2025, 3, 1), "ALLOW", 2),
                    new DayCount(LocalDate.of(2025, 3, 1), "BLOCK", 1),
                    new DayCount(LocalDate.of(2025, 3, 2), "ALLOW", 1));
        }
    }

    @Nested
    class Concurrency {

        @Test
        void fiftyThreadsSavingDecisionsNeverForkTheChainOrLoseADecision() throws Exception {
            int threads = 50;
            int each = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String id = "t" + thread + "-" + i;
                        seqs.add(decisions.save(decision(id, i % 2 == 0 ? "ALLOW" : "BLOCK", T0.plusMillis(i)))
                                .seq());
                    }
                    return seqs;
                }));
            }
            start.countDown();
            List<Long> seqs = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                seqs.addAll(f.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();
            int total = threads * each;
            assertThat(seqs).doesNotHaveDuplicates().hasSize(total);
            assertThat(audit.verify()).isEqualTo(ChainVerification.intact(total));
            assertThat(decisions.count(DecisionQuery.latest(1))).isEqualTo(total);
            assertThat(rows("decision")).isEqualTo(total);
            for (int t = 0; t < threads; t++) {
                assertThat(decisions.get("t" + t + "-" + (each - 1))).isPresent();
            }
        }

        @Test
        void whenReviewersDecideTheSameCaseAtOnceExactlyOneWins() throws Exception {
            decisions.save(decision("d1", "REVIEW", T0));
            Cases cases = new Cases(db);
            ReviewCase c = cases.open("d1", "ZTE", "bundled:zte", "h1", "zte", "close", "alice");
            int threads = 10;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String who = "reviewer" + t;
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        cases.decide(c.id(), Resolution.FALSE_POSITIVE, "different company", who);
                        return true;
                    } catch (IllegalStateException closed) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(wins).isEqualTo(1);
            assertThat(rows("suppression")).isEqualTo(1);
            assertThat(cases.events(c.id())).hasSize(2);
            assertThat(audit.verify().ok()).isTrue();
        }
    }

    @Nested
    class Injection {

        @Test
        void hostileTextInEveryDecisionFieldRoundTrips() throws SQLException {
            int i = 0;
            for (String s : HOSTILE) {
                String json = "{\"name\":" + quote(s) + "}";
                DecisionRecord d = new DecisionRecord(s + "#" + i, T0.plusSeconds(i), s, LocalDate.of(2025, 3, 1),
                        s, s, json, json, List.of(s, s + "@1"));
                decisions.save(d);
                assertThat(decisions.get(d.id())).contains(d);
                assertThat(decisions.search(DecisionQuery.latest(10).withOutcome(s))).containsExactly(d);
                assertThat(decisions.search(DecisionQuery.latest(50).withText(s)))
                        .extracting(DecisionRecord::id).contains(d.id());
                i++;
            }
            assertThat(rows("decision")).isEqualTo(HOSTILE.size());
            assertThat(audit.verify()).isEqualTo(ChainVerification.intact(HOSTILE.size()));
        }

        @Test
        void likeWildcardsInSearchTextAreLiteral() {
            decisions.save(decision("plain", "ALLOW", T0));
            decisions.save(new DecisionRecord("pct", T0, "alice", LocalDate.of(2025, 3, 1), "ALLOW", "100%_off!",
                    "{}", "{}", List.of()));
            assertThat(decisions.search(DecisionQuery.latest(10).withText("%"))).extracting(DecisionRecord::id)
                    .containsExactly("pct");
            assertThat(decisions.search(DecisionQuery.latest(10).withText("_"))).extracting(DecisionRecord::id)
                    .containsExactly("pct");
            assertThat(decisions.search(DecisionQuery.latest(10).withText("%_off!"))).hasSize(1);
            assertThat(decisions.search(DecisionQuery.latest(10).withText("0_"))).isEmpty();
        }

        @Test
        void hostileTextInAuditKeysCasesAndRegistryRoundTrips() {
            ApiKeys keys = new ApiKeys(db);
            Cases cases = new Cases(db);
            Suppressions suppressions = new Suppressions(db);
            Registry registry = new Registry(db);
            int i = 0;
            for (String s : HOSTILE) {
                AuditRecord r = audit.append(s, s, s, "{\"x\":" + quote(s) + "}", List.of(s));
                assertThat(audit.get(r.seq())).contains(r);

                NewApiKey key = keys.create(Role.REVIEWER, s, s);
                assertThat(keys.authenticate(key.plaintext())).contains(key.key());
                assertThat(keys.authenticate(s)).isEmpty();

                String decisionId = "d" + i;
                decisions.save(decision(decisionId, "REVIEW", T0));
                ReviewCase c = cases.open(decisionId, s, s + "p", s + "h", s, s, s);
                assertThat(cases.assign(c.id(), s, s).assignee()).contains(s);
                assertThat(cases.comment(c.id(), s, s).detail()).isEqualTo(s);
                ReviewCase closed = cases.decide(c.id(), Resolution.FALSE_POSITIVE, s, s);
                assertThat(cases.get(c.id())).contains(closed);
                assertThat(closed).extracting(ReviewCase::subject, ReviewCase::partyId, ReviewCase::entryHash,
                        ReviewCase::queryKey, ReviewCase::summary, ReviewCase::openedBy)
                        .containsExactly(s, s + "p", s + "h", s, s, s);
                assertThat(closed.reason()).contains(s);
                assertThat(suppressions.active(s, s + "p", s + "h")).isTrue();
                assertThat(suppressions.active(s, s + "p", s)).isFalse();

                RegistryEntry e = new RegistryEntry(s + i, RegistryKind.SUPPLIER, s, "{\"note\":" + quote(s) + "}");
                registry.upsert(e);
                assertThat(registry.get(e.id())).contains(e);
                registry.recordDecision(e.id(), decisionId);
                assertThat(registry.lastDecision(e.id()).orElseThrow().decisionId()).isEqualTo(decisionId);
                i++;
            }
            assertThat(registry.list(RegistryKind.SUPPLIER)).hasSize(HOSTILE.size());
            assertThat(audit.verify().ok()).isTrue();
        }

        @Test
        void textBothDatabasesCannotKeepIsRefusedTheSameWay() {
            assertThatThrownBy(() -> audit.append("al\u0000ice", "x", "y", "{}", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
            assertThatThrownBy(() -> audit.append("alice", "x\uD800", "y", "{}", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        }

        private String quote(String s) {
            return Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(s));
        }
    }

    @Nested
    class Keys {

        ApiKeys keys;

        @BeforeEach
        void keys() {
            keys = new ApiKeys(db);
        }

        @Test
        void aKeyIsShownOnceAndStoredOnlyAsItsHash() throws SQLException {
            NewApiKey created = keys.create(Role.SCREENER, "batch job", "admin");
            assertThat(created.plaintext()).startsWith("cordon_").hasSize("cordon_".length() + 43)
                    .matches("cordon_[A-Za-z0-9_-]{43}");
            assertThat(created.toString()).doesNotContain(created.plaintext());
            try (Connection c = backend.raw(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM api_key")) {
                rs.next();
                for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                    assertThat(String.valueOf(rs.getString(col))).doesNotContain(created.plaintext().substring(7));
                }
                assertThat(rs.getString("key_hash")).isEqualTo(Digests.sha256Hex(created.plaintext()));
            }
            assertThat(keys.authenticate(created.plaintext())).contains(created.key());
            assertThat(keys.authenticate(created.plaintext() + "x")).isEmpty();
            assertThat(keys.authenticate("nonsense")).isEmpty();
            assertThat(keys.create(Role.ADMIN, "other", "admin").plaintext()).isNotEqualTo(created.plaintext());
        }

        @Test
        void aRevokedKeyNoLongerAuthenticatesAndBothStepsAreAudited() {
            NewApiKey created = keys.create(Role.ADMIN, "ops", "root");
            clock.advance(Duration.ofMinutes(5));
            ApiKey revoked = keys.revoke(created.key().id(), "root");
            assertThat(revoked.revokedAt()).contains(T0.plus(Duration.ofMinutes(5)));
            assertThat(keys.authenticate(created.plaintext())).isEmpty();
            assertThat(keys.list()).containsExactly(revoked);
            assertThat(audit.forSubject("api-key:" + created.key().id())).extracting(AuditRecord::action)
                    .containsExactly("api-key.create", "api-key.revoke");
            assertThatThrownBy(() -> keys.revoke(created.key().id(), "root"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already revoked");
            assertThatThrownBy(() -> keys.revoke("key-missing", "root"))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("key-missing");
        }
    }

    @Nested
    class ReviewCases {

        Cases cases;
        Suppressions suppressions;

        @BeforeEach
        void aReviewDecision() {
            cases = new Cases(db);
            suppressions = new Suppressions(db);
            decisions.save(decision("d1", "REVIEW", T0));
        }

        ReviewCase openOne() {
            return cases.open("d1", "Huawei Technologies", "bundled:huawei", "hash-1", "huawei technologies",
                    "0.93 against HUAWEI TECHNOLOGIES CO., LTD.", "screener-key");
        }

        @Test
        void aCaseIsOpenedAssignedCommentedAndDecidedWithItsHistoryAudited() {
            ReviewCase opened = openOne();
            assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(opened.assignee()).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(cases.assign(opened.id(), "bob", "alice").assignee()).contains("bob");
            clock.advance(Duration.ofHours(1));
            cases.comment(opened.id(), "asked the supplier for its registration", "bob");
            clock.advance(Duration.ofHours(1));
            ReviewCase decided = cases.decide(opened.id(), Resolution.TRUE_MATCH, "same registration number", "bob");
            assertThat(decided.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(decided.resolution()).contains(Resolution.TRUE_MATCH);
            assertThat(decided.closedBy()).contains("bob");
            assertThat(decided.age(T0.plus(Duration.ofDays(9)))).isEqualTo(Duration.ofHours(3));

            List<CaseEvent> events = cases.events(opened.id());
            assertThat(events).extracting(CaseEvent::kind).containsExactly(CaseEventKind.OPENED,
                    CaseEventKind.ASSIGNED, CaseEventKind.COMMENTED, CaseEventKind.DECIDED);
            assertThat(events).extracting(CaseEvent::seq).containsExactly(1, 2, 3, 4);
            List<AuditRecord> trail = audit.forSubject("case:" + opened.id());
            assertThat(trail).extracting(AuditRecord::action)
                    .containsExactly("case.open", "case.assign", "case.comment", "case.decide");
            assertThat(events).extracting(CaseEvent::auditSeq)
                    .containsExactlyElementsOf(trail.stream().map(AuditRecord::seq).toList());
            assertThat(suppressions.forParty("bundled:huawei")).isEmpty();
        }

        @Test
        void aFalsePositiveSuppressesOnlyWhileTheEntryIsUnchanged() {
            ReviewCase c = openOne();
            assertThat(suppressions.active("huawei technologies", "bundled:huawei", "hash-1")).isFalse();
            cases.decide(c.id(), Resolution.FALSE_POSITIVE, "a shop in Lisbon of the same name", "bob");
            assertThat(suppressions.active("huawei technologies", "bundled:huawei", "hash-1")).isTrue();
            assertThat(suppressions.active("huawei technologies", "bundled:huawei", "hash-2")).isFalse();
            assertThat(suppressions.active("huawei tech", "bundled:huawei", "hash-1")).isFalse();
            assertThat(suppressions.forParty("bundled:huawei")).containsExactly(new Suppression(
                    "huawei technologies", "bundled:huawei", "hash-1", "a shop in Lisbon of the same name", c.id(), T0));
        }

        @Test
        void aCaseWithoutAListedEntrySuppressesNothing() {
            ReviewCase c = cases.open("d1", "decision", "", "", "", "ndaa-889-part-a: the buyer's kind is unknown",
                    "screener-key");
            assertThat(c.partyId()).isEmpty();
            ReviewCase decided = cases.decide(c.id(), Resolution.FALSE_POSITIVE, "the buyer is a company", "bob");
            assertThat(decided.resolution()).contains(Resolution.FALSE_POSITIVE);
            assertThat(suppressions.forParty("")).isEmpty();
            assertThat(suppressions.active("", "", "")).isFalse();
            ReviewCase unlisted = cases.open("d1", "buyer: Acme", "transaction:acme", "", "acme", "s", "bob");
            cases.decide(unlisted.id(), Resolution.FALSE_POSITIVE, "not the same Acme", "bob");
            assertThat(suppressions.forParty("transaction:acme")).isEmpty();
        }

        @Test
        void illegalStepsAreRefusedClearlyAndChangeNothing() {
            ReviewCase c = openOne();
            assertThatThrownBy(() -> cases.decide(c.id(), Resolution.TRUE_MATCH, " ", "bob"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            cases.decide(c.id(), Resolution.TRUE_MATCH, "same company", "bob");
            long head = audit.head().seq();
            assertThatThrownBy(() -> cases.decide(c.id(), Resolution.FALSE_POSITIVE, "changed my mind", "eve"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> cases.assign(c.id(), "eve", "eve"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> cases.comment("case-missing", "hello", "bob"))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("case-missing");
            assertThatThrownBy(() -> cases.decide("case-missing", Resolution.TRUE_MATCH, "x", "bob"))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> cases.open("d-missing", "x", "p", "h", "q", "s", "bob"))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("d-missing");
            assertThat(audit.head().seq()).isEqualTo(head);
            assertThat(suppressions.forParty("bundled:huawei")).isEmpty();
            assertThat(cases.get(c.id()).orElseThrow().resolution()).contains(Resolution.TRUE_MATCH);
            cases.comment(c.id(), "noted for the file", "carol");
            assertThat(cases.events(c.id())).hasSize(3);
        }

        @Test
        void casesAreListedByStatusOldestFirstWithTheirAge() {
            ReviewCase first = openOne();
            clock.advance(Duration.ofHours(2));
            ReviewCase second = openOne();
            clock.advance(Duration.ofHours(1));
            ReviewCase third = openOne();
            cases.decide(second.id(), Resolution.TRUE_MATCH, "same", "bob");
            List<ReviewCase> open = cases.list(CaseStatus.OPEN, 10);
            assertThat(open).extracting(ReviewCase::id).containsExactly(first.id(), third.id());
            assertThat(open.get(0).age(clock.instant())).isEqualTo(Duration.ofHours(3));
            assertThat(cases.list(CaseStatus.OPEN, 1)).extracting(ReviewCase::id).containsExactly(first.id());
            assertThat(cases.list(CaseStatus.CLOSED, 10)).extracting(ReviewCase::id).containsExactly(second.id());
            assertThat(cases.get("case-missing")).isEmpty();
        }
    }

    @Nested
    class Registries {

        Registry registry;

        @BeforeEach
        void registry() {
            registry = new Registry(db);
        }

        @Test
        void entriesAreInsertedReplacedAndListedByKind() {
            registry.upsert(new RegistryEntry("s2", RegistryKind.SUPPLIER, "Zeta Networks", "{}"));
            registry.upsert(new RegistryEntry("s1", RegistryKind.SUPPLIER, "Acme Telecom", "{\"country\":\"DE\"}"));
            registry.upsert(new RegistryEntry("p1", RegistryKind.PRODUCT, "Router X1", "{}"));
            RegistryEntry renamed = new RegistryEntry("s2", RegistryKind.SUPPLIER, "Beta Networks", "{\"v\":2}");
            registry.upsert(renamed);
            assertThat(registry.list(RegistryKind.SUPPLIER)).extracting(RegistryEntry::name)
                    .containsExactly("Acme Telecom", "Beta Networks");
            assertThat(registry.get("s2")).contains(renamed);
            assertThat(registry.list(RegistryKind.PERSON)).isEmpty();
        }

        @Test
        void theLastDecisionOfEachEntryIsKept() {
            registry.upsert(new RegistryEntry("s1", RegistryKind.SUPPLIER, "Acme", "{}"));
            registry.upsert(new RegistryEntry("s2", RegistryKind.SUPPLIER, "Beta", "{}"));
            decisions.save(decision("d1", "ALLOW", T0));
            decisions.save(decision("d2", "BLOCK", T0));
            registry.recordDecision("s1", "d1");
            clock.advance(Duration.ofMinutes(1));
            registry.recordDecision("s1", "d2");
            assertThat(registry.lastDecision("s1")).contains(new RegistryDecision("s1", "d2", T0.plusSeconds(60)));
            assertThat(registry.lastDecisions(RegistryKind.SUPPLIER)).containsOnlyKeys("s1");
            registry.upsert(new RegistryEntry("s1", RegistryKind.SUPPLIER, "Acme GmbH", "{}"));
            assertThat(registry.lastDecision("s1")).map(RegistryDecision::decisionId).contains("d2");
            assertThatThrownBy(() -> registry.recordDecision("s9", "d1")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> registry.recordDecision("s2", "d9")).isInstanceOf(NoSuchElementException.class);
            assertThat(registry.lastDecision("s2")).isEmpty();
        }

        @Test
        void theLastScreeningOfEachEntryReplacesTheOneBefore() {
            RegistryScreenings screenings = new RegistryScreenings(db);
            registry.upsert(new RegistryEntry("s1", RegistryKind.SUPPLIER, "Acme", "{}"));
            screenings.record("s1", List.of("l@1"), "[]");
            clock.advance(Duration.ofMinutes(1));
            RegistryScreening second = screenings.record("s1", List.of("l@2"), "[{\"party\":\"l/x\"}]");
            assertThat(screenings.get("s1")).contains(second);
            assertThat(screenings.all()).containsOnlyKeys("s1");
            assertThat(screenings.get("s1").orElseThrow().screenedAt()).isEqualTo(T0.plusSeconds(60));
            assertThatThrownBy(() -> screenings.record("s9", List.of(), "[]")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> screenings.record("s1", List.of(), "not json")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
