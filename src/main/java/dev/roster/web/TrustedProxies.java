package dev.roster.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request really comes from. {@code X-Forwarded-For} is believed only as far as it
 * was written by proxies listed in {@code roster.trusted-proxies} (addresses or CIDR ranges,
 * comma-separated): walking it from the right, the first address that is not a trusted
 * proxy is the client. Without trusted proxies the header is ignored, since anyone can send it.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private List<Range> ranges = List.of();

    @Inject
    void configure(@ConfigProperty(name = "roster.trusted-proxies") Optional<String> list) {
        ranges = parse(list.orElse(""));
    }

    protected TrustedProxies() {
    }

    public TrustedProxies(String list) {
        ranges = parse(list);
    }

    /**
     * Whether the client reached Roster over HTTPS: directly, or through a trusted proxy that
     * terminated TLS and says so in {@code X-Forwarded-Proto}. Decides HSTS and the cookie's Secure flag.
     */
    public boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        // The header first: it is absent on most requests, and the address check parses an address.
        return "https".equalsIgnoreCase(firstValue(request.getHeader("X-Forwarded-Proto"))) && isTrusted(request.getRemoteAddr());
    }

    /** The first of a forwarded header's comma-separated values (the one the nearest proxy wrote first), or null. */
    static String firstValue(String header) {
        if (header == null) {
            return null;
        }
        String first = header.split(",", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }

    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    public String clientAddress(String remote, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String client = remote;
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (address(hop).isEmpty()) {
                return client; // garbage in the header: keep the last address a trusted proxy vouched for
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean isTrusted(String ip) {
        Optional<InetAddress> address = address(ip);
        return address.isPresent() && ranges.stream().anyMatch(r -> r.contains(address.get()));
    }

    private record Range(InetAddress network, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] n = network.getAddress();
            if (a.length != n.length) {
                return false;
            }
            int total = a.length * 8;
            BigInteger mask = bits == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(total - bits);
            return new BigInteger(1, a).and(mask).equals(new BigInteger(1, n).and(mask));
        }
    }

    private static List<Range> parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            String[] parts = item.split("/", 2);
            InetAddress network = address(parts[0]).orElseThrow(() -> new IllegalArgumentException("roster.trusted-proxies: not an IP address: " + item));
            int max = network.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("roster.trusted-proxies: bad prefix length: " + item);
            }
            ranges.add(new Range(network, bits));
        }
        return List.copyOf(ranges);
    }

    /** The address if the text is an IP literal; never a DNS look-up. */
    private static Optional<InetAddress> address(String text) {
        boolean ipv4 = text != null && IPV4.matcher(text).matches()
                && java.util.Arrays.stream(text.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        // With a colon, InetAddress parses an IPv6 literal or fails; it never asks DNS.
        boolean ipv6 = text != null && text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
