package dev.roster.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "2026-05-07T21:12:09.008Z, 2026-05-07T21:12:09.008Z",
        "2026-05-07T21:12:09Z, 2026-05-07T21:12:09.000Z",
        "2026-05-07T21:12:09.999999999Z, 2026-05-07T21:12:09.999Z",
        "1970-01-01T00:00:00Z, 1970-01-01T00:00:00.000Z",
        "1969-12-31T23:59:59.001Z, 1969-12-31T23:59:59.001Z",
        "0000-01-01T00:00:00Z, 0000-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59.999Z, 9999-12-31T23:59:59.999Z",
        "2024-02-29T12:00:00.5Z, 2024-02-29T12:00:00.500Z",
    })
    void writesIsoUtcWithMilliseconds(String instant, String expected) {
        assertEquals(expected, Timestamps.format(Instant.parse(instant)));
    }

    @Test
    void writesWhatThePatternWritesForAnyInstant() {
        SplittableRandom random = new SplittableRandom(29);
        long min = Instant.parse("-20000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+20000-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), random.nextInt(1_000_000_000));
            assertEquals(PATTERN.format(instant), Timestamps.format(instant), instant.toString());
        }
        for (long second : new long[] {min, max, -62167219200L, -62167219201L, 253402300799L, 253402300800L}) {
            Instant instant = Instant.ofEpochSecond(second, 999_999_999);
            assertEquals(PATTERN.format(instant), Timestamps.format(instant), instant.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2027-01-31T00:00:00Z, 2027-01-31T00:00:00Z",
        "' 2027-01-31T01:00:00+01:00 ', 2027-01-31T00:00:00Z",
        "2027-01-31T00:00:00.123456789-05:30, 2027-01-31T05:30:00.123456789Z",
        "9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z",
        "2027-01-31T00:00Z, 2027-01-31T00:00:00Z",
    })
    void readsRfc3339Times(String text, String expected) {
        assertEquals(Instant.parse(expected), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01T00:00:00Z", "+2027-01-31T00:00:00Z", "-0001-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "27-01-31T00:00:00Z",
        "2027-02-30T00:00:00Z", "2027-01-31T24:00:00Z", "2027-01-31", "2027-01-31T00:00:00", "2027-01-31 00:00:00Z", ""})
    void readsNothingElse(String text) {
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse(text));
    }
}
