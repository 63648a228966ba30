package dev.roster.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.roster.users.control.PasswordPolicy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordMeterTest {

    @Test
    void aPasswordIsRatedOncePerRequestAndAsThePolicyRatesIt() {
        AtomicInteger ratings = new AtomicInteger();
        PasswordPolicy policy = new PasswordPolicy(true) {
            @Override
            public Strength strength(String password) {
                ratings.incrementAndGet();
                return super.strength(password);
            }
        };
        PasswordMeter meter = new PasswordMeter(policy);

        PasswordPolicy.Strength first = meter.of("Corr3ct-Horse-Battery");
        assertSame(first, meter.of("Corr3ct-Horse-Battery"));
        assertEquals(1, ratings.get());
        assertEquals(new PasswordPolicy(true).strength("Corr3ct-Horse-Battery"), first);

        assertEquals(new PasswordPolicy(true).strength("Password1"), meter.of("Password1"));
        assertEquals(new PasswordPolicy(true).strength(null), meter.of(null));
        assertEquals(3, ratings.get());
    }
}
