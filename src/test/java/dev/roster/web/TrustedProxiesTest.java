package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        TrustedProxies none = new TrustedProxies("");
        assertEquals("10.0.0.5", none.clientAddress("10.0.0.5", "203.0.113.9"));
        assertEquals("10.0.0.5", none.clientAddress("10.0.0.5", null));
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8");
        assertEquals("198.51.100.7", proxies.clientAddress("198.51.100.7", "203.0.113.9"));
    }

    @Test
    void theFirstUntrustedHopFromTheRightIsTheClient() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 192.168.1.1");
        // The client forged the leftmost entry; the trusted proxies appended the rest.
        assertEquals("203.0.113.9", proxies.clientAddress("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.168.1.1"));
        assertEquals("203.0.113.9", proxies.clientAddress("10.1.2.3", "203.0.113.9"));
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        TrustedProxies proxies = new TrustedProxies("127.0.0.1");
        assertEquals("127.0.0.1", proxies.clientAddress("127.0.0.1", "evil.example.com"));
        assertEquals("127.0.0.1", proxies.clientAddress("127.0.0.1", "999.1.1.1"));
        assertEquals("127.0.0.1", proxies.clientAddress("127.0.0.1", "<script>"));
    }

    @Test
    void rangesMatchIpv4AndIpv6() {
        TrustedProxies proxies = new TrustedProxies("172.16.0.0/12, ::1, 2001:db8::/32");
        assertTrue(proxies.isTrusted("172.31.255.255"));
        assertFalse(proxies.isTrusted("172.32.0.1"));
        assertTrue(proxies.isTrusted("::1"));
        assertTrue(proxies.isTrusted("2001:db8:1::5"));
        assertFalse(proxies.isTrusted("2001:db9::5"));
        assertFalse(proxies.isTrusted("not-an-ip"));
    }

    @Test
    void aBrokenListIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("10.0.0.0/33"));
    }
}
