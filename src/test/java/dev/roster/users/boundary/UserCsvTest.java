package dev.roster.users.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UserCsvTest {

    @Test
    void cellsThatStartAFormulaArePrefixedAndOthersAreLeftAlone() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"}) {
            assertEquals("'" + formula, UserCsv.safe(formula));
        }
        for (String plain : new String[] {"Grace", "a=1", " =1", "'quoted", "李雷", ""}) {
            assertEquals(plain, UserCsv.safe(plain));
        }
        assertNull(UserCsv.safe(null));
    }
}
