package dev.roster.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.users.entity.HashingBusyException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // Small parameters keep the unit tests fast; the format and rules are the same.
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void hashIsAPhcStringCarryingItsParameters() {
        String hash = hasher.hash("Secret-123");

        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Secret-123");

        assertTrue(hasher.verify("Secret-123", hash));
        assertFalse(hasher.verify("secret-123", hash));
        assertFalse(hasher.verify("Secret-1234", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void comparesTheWholePasswordWithoutTruncation() {
        String longPassword = "A1" + "x".repeat(1022);
        String hash = hasher.hash(longPassword);

        assertTrue(hasher.verify(longPassword, hash));
        assertFalse(hasher.verify(longPassword.substring(0, 1023), hash));
        assertFalse(hasher.verify(longPassword + "x", hash));
    }

    @Test
    void unicodePasswordsWork() {
        String hash = hasher.hash("Pässwörd-密码-🔑");

        assertTrue(hasher.verify("Pässwörd-密码-🔑", hash));
        assertFalse(hasher.verify("Passwörd-密码-🔑", hash));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("Secret-123"), hasher.hash("Secret-123"));
    }

    @Test
    void hashesMadeWithOtherParametersStillVerifyAndAskForARehash() {
        PasswordHasher older = new PasswordHasher(512, 1, 1);
        String oldHash = older.hash("Secret-123");

        assertTrue(hasher.verify("Secret-123", oldHash));
        assertTrue(hasher.needsRehash(oldHash));
        assertFalse(hasher.needsRehash(hasher.hash("Secret-123")));
        assertTrue(new PasswordHasher(1024, 2, 1).needsRehash(hasher.hash("x")));
    }

    @Test
    void malformedHashesMatchNothing() {
        assertFalse(hasher.verify("Secret-123", null));
        assertFalse(hasher.verify("Secret-123", ""));
        assertFalse(hasher.verify("Secret-123", "$2a$10$abcdefghijklmnopqrstuu"));
        assertFalse(hasher.verify("Secret-123", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"));
        assertTrue(hasher.needsRehash("plain text"));
    }

    @Test
    void decoyNeverMatches() {
        assertFalse(hasher.verifyDecoy("anything"));
        assertFalse(hasher.verifyDecoy(""));
    }

    @Test
    void refusesNonsenseParameters() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1024, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(4, 1, 1));
    }

    /** A hash made by Bouncy Castle's generator alone, with fresh memory: what a reused working memory must agree with. */
    private static String reference(String password, int memoryKib, int iterations) {
        byte[] salt = "reference-salt-1".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(1).build());
        byte[] hash = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Test
    void aPasswordIsOneWhateverItsUnicodeForm() {
        String composed = "Caf\u00e9-ｐａｓｓ-1";
        String decomposed = "Cafe\u0301-ｐａｓｓ-1";
        String hash = hasher.hash(composed);

        assertEquals(PasswordHasher.Match.CURRENT, hasher.match(decomposed, hash));
        assertEquals(PasswordHasher.Match.CURRENT, hasher.match("Caf\u00e9-pass-1", hash), "full-width letters are the letters (NFKC)");
        assertEquals(PasswordHasher.Match.NONE, hasher.match("Cafe-pass-1", hash));
    }

    @Test
    void aHashOfAnUnnormalisedPasswordStillMatchesItAndAsksToBeMadeAgain() {
        String decomposed = "Cafe\u0301-123";
        String legacy = reference(decomposed, 1024, 1);

        assertEquals(PasswordHasher.Match.OUTDATED, hasher.match(decomposed, legacy));
        assertEquals(PasswordHasher.Match.NONE, hasher.match("Cafe-123", legacy));
        assertEquals(PasswordHasher.Match.CURRENT, hasher.match("Caf\u00e9-123", hasher.hash(decomposed)));
        assertEquals(PasswordHasher.Match.OUTDATED, hasher.match("Secret-123", reference("Secret-123", 512, 1)), "older parameters");
    }

    @Test
    void reusedWorkingMemoryGivesArgon2sOwnAnswerEveryTime() throws Exception {
        String same = reference("Secret-123", 1024, 1);
        String smaller = reference("Secret-123", 256, 2);
        String larger = reference("Secret-123", 2048, 1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String hash = List.of(same, smaller, larger).get(i % 3);
                answers.add(threads.submit(() -> hasher.verify("Secret-123", hash) && !hasher.verify("Secret-124", hash)));
            }
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void hashesBeyondTheWaitingBoundAreRefusedAtOnceAndTheBoundFreesAgain() throws Exception {
        PasswordHasher bounded = new PasswordHasher(1024, 200, 1, 1);
        String hash = bounded.hash("Secret-123");
        int cores = Runtime.getRuntime().availableProcessors();
        int callers = 2 * cores + 4;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    try {
                        return bounded.verify("Secret-123", hash) ? "verified" : "wrong";
                    } catch (HashingBusyException e) {
                        return "busy";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            // At most one hash per core runs and one more waits; each hash takes far longer than the callers take to arrive.
            assertTrue(outcomes.stream().filter("verified"::equals).count() <= cores + 1, outcomes::toString);
            assertTrue(outcomes.contains("busy"), outcomes::toString);
            assertFalse(outcomes.contains("wrong"), outcomes::toString);
        } finally {
            threads.shutdown();
        }
        assertTrue(bounded.verify("Secret-123", hash), "room again once the burst is over");
    }
}
