package dev.roster.users.control;

import dev.roster.users.entity.HashingBusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Argon2id password hashing. Each hash is stored as a PHC string that carries its own
 * parameters, so hashes made under older settings still verify and can be upgraded at the
 * next login ({@link #match}). The defaults are OWASP's minimum (19 MiB, t=2, p=1).
 *
 * <p>Passwords are hashed in Unicode's NFKC form (as NIST SP 800-63B asks), so that "é" typed
 * as one character or as "e" and a combining accent is one password. A hash made before
 * passwords were normalised still matches the form it was made from, and is then made again.
 *
 * <p>Argon2's working memory (the {@code m} KiB of 1 KiB blocks) is reused from hash to hash:
 * freshly allocated, each login would leave 19 MiB of garbage that lives as long as the hash
 * (so a young collection copies it), and the collector's work would add a third to the
 * hashing cost. At most one hash per core runs at a time (more would not finish sooner, only
 * hold more memory), so one working memory per core serves every hash, whatever the number of
 * concurrent logins; blocks are wiped when a hash ends.
 *
 * <p>The hashes waiting for a core are bounded ({@code roster.hashing.max-waiting}); one more is
 * refused at once ({@link HashingBusyException}, 503). A waiting hash holds its request thread
 * (and the login's database connection): unbounded, a burst of logins took every request thread
 * and every other request, reads included, queued behind the hashes for seconds.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Argon2's least memory at one lane, for {@link #hashGenerated}. */
    private static final int GENERATED_MEMORY_KIB = 8;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,88})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** One hash per core at a time; the others wait their turn, first come first served. */
    private final Semaphore hashing = new Semaphore(CORES, true);

    /** Hashes running or waiting: a core's worth each, plus the ones allowed to wait. */
    private Semaphore admitted;

    /** Working memories of finished hashes, for the next ones: at most one per core stays. */
    private final BlockingQueue<Block[]> workingMemories = new ArrayBlockingQueue<>(CORES);

    @Inject
    @ConfigProperty(name = "roster.argon2.memory-kib", defaultValue = "19456")
    int memoryKib;

    @Inject
    @ConfigProperty(name = "roster.argon2.iterations", defaultValue = "2")
    int iterations;

    @Inject
    @ConfigProperty(name = "roster.argon2.parallelism", defaultValue = "1")
    int parallelism;

    /**
     * Hashes that may wait for a core. Eight per core on a two-core machine: a login waits at most
     * about eight hashes' time (a quarter of a second), and 14 of the 32 request threads stay free
     * for everything else however many logins arrive.
     */
    @Inject
    @ConfigProperty(name = "roster.hashing.max-waiting", defaultValue = "16")
    int maxWaiting;

    /** A hash of nothing anyone knows: checked against when an email is unknown, to cost the same time. */
    private String decoy;

    protected PasswordHasher() {
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this(memoryKib, iterations, parallelism, Integer.MAX_VALUE - CORES);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism, int maxWaiting) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.maxWaiting = maxWaiting;
        init();
    }

    @PostConstruct
    void init() {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 parameters out of range: m=" + memoryKib + " t=" + iterations + " p=" + parallelism);
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("roster.hashing.max-waiting must not be negative: " + maxWaiting);
        }
        admitted = new Semaphore(CORES + maxWaiting);
        byte[] unknowable = new byte[32];
        random.nextBytes(unknowable);
        decoy = hash(B64.encodeToString(unknowable));
    }

    public String hash(String password) {
        return hash(password, memoryKib, iterations, parallelism);
    }

    /**
     * Hashes a password that {@link PasswordGenerator} made, at Argon2's least cost (8 KiB, one
     * pass). A work factor guards guessable passwords; 117 random bits need none, as an API key's
     * SHA-256 needs none. The hash is outdated by {@link #needsRehash}, so the first login makes
     * it again at the configured cost. An import of 10,000 rows without passwords then takes
     * seconds instead of the minutes that 10,000 full hashes take.
     */
    public String hashGenerated(String password) {
        return hash(password, GENERATED_MEMORY_KIB, 1, 1);
    }

    private String hash(String password, int memoryKib, int iterations, int parallelism) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(normalized(password), salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** How a password matches a stored hash. */
    public enum Match {
        NONE,
        /** Matches, and the hash is as this hasher would make it now. */
        CURRENT,
        /** Matches, but the hash has older parameters or was made from an unnormalised password: hash it again. */
        OUTDATED
    }

    /** Whether the password matches the stored hash; a malformed hash matches nothing. */
    public boolean verify(String password, String phc) {
        return match(password, phc) != Match.NONE;
    }

    /** Whether, and how, the password matches the stored hash; a malformed hash matches nothing. */
    public Match match(String password, String phc) {
        String normalized = normalized(password);
        if (matches(normalized, phc)) {
            return needsRehash(phc) ? Match.OUTDATED : Match.CURRENT;
        }
        return !normalized.equals(password) && matches(password, phc) ? Match.OUTDATED : Match.NONE;
    }

    private static String normalized(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private boolean matches(String password, String phc) {
        Matcher m = PHC.matcher(phc == null ? "" : phc);
        if (!m.matches()) {
            return false;
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = argon2(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same work as {@link #verify} and always fails: the answer for an unknown account. */
    public boolean verifyDecoy(String password) {
        verify(password, decoy);
        return false;
    }

    /**
     * Refuses at once when a hash would be refused now, so that a login in a storm is turned away
     * before it costs any database work (under 256 clients sending logins, refusals that first
     * looked the account up took so much CPU that 7 logins a second got through). A hash that
     * follows still checks for itself.
     *
     * @throws HashingBusyException when as many hashes as may wait are already waiting
     */
    public void ensureRoom() {
        if (admitted.availablePermits() == 0) {
            throw new HashingBusyException();
        }
    }

    /** Whether the hash was made with other parameters than the configured ones. */
    public boolean needsRehash(String phc) {
        Matcher m = PHC.matcher(phc == null ? "" : phc);
        return !m.matches()
                || Integer.parseInt(m.group(1)) != memoryKib
                || Integer.parseInt(m.group(2)) != iterations
                || Integer.parseInt(m.group(3)) != parallelism;
    }

    /** @throws HashingBusyException when as many hashes as may wait are already waiting */
    private byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        if (!admitted.tryAcquire()) {
            throw new HashingBusyException();
        }
        try {
            hashing.acquireUninterruptibly();
            try {
                return argon2WithMemory(password, salt, memoryKib, iterations, parallelism, length);
            } finally {
                hashing.release();
            }
        } finally {
            admitted.release();
        }
    }

    private byte[] argon2WithMemory(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        int needed = blocksFor(memoryKib, parallelism);
        Block[] memory = workingMemories.poll();
        if (memory != null && memory.length < needed) {
            // A hash under older, larger parameters: it gets its own memory, the pooled one stays.
            workingMemories.offer(memory);
            memory = null;
        }
        if (memory == null) {
            memory = new Block[needed];
        }
        ReusedBlocks blocks = new ReusedBlocks(memory);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withBlockPool(blocks)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        // Only a memory the generator handed back whole (each block wiped), and of the configured size, is kept.
        if (memory.length == blocksFor(this.memoryKib, this.parallelism)) {
            workingMemories.offer(memory);
        }
        return out;
    }

    /** Argon2 uses at most max(m, 8p) blocks of 1 KiB, and Bouncy Castle four more as scratch. */
    private static int blocksFor(int memoryKib, int parallelism) {
        return Math.max(memoryKib, 8 * parallelism) + 4;
    }

    /**
     * The blocks of one hash, served from a working memory (and fresh beyond it). The generator
     * takes each block once and gives every one back at its end, when it is wiped. Confined to
     * the hashing thread, so no locking per block.
     */
    private static final class ReusedBlocks implements Argon2BytesGenerator.BlockPool {

        private final Block[] memory;
        private int next;

        ReusedBlocks(Block[] memory) {
            this.memory = memory;
        }

        @Override
        public Block allocate() {
            if (next == memory.length) {
                return new Block();
            }
            Block block = memory[next];
            if (block == null) {
                block = new Block();
                memory[next] = block;
            }
            next++;
            return block;
        }

        @Override
        public void deallocate(Block block) {
            block.clear();
        }
    }
}
