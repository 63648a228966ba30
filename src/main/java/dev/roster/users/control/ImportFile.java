package dev.roster.users.control;

import dev.roster.problems.InvalidInputException;
import dev.roster.problems.TooLargeException;
import dev.roster.web.SecurityFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of users to import, read as a stream (Apache Commons CSV) and checked whole before
 * any row is applied, so that a broken file writes nothing. UTF-8 with or without a byte order
 * mark; comma or semicolon (Excel's choice in many locales), told by the header row; quoted fields
 * per RFC 4180; CRLF or LF; empty lines ignored. Columns are named by the header, in any case:
 * {@code email} (required), {@code display_name}, {@code password}, {@code is_admin},
 * {@code groups} ({@code ;} or {@code |} between names) and {@code status}; the export's own
 * {@code user_id}, {@code created_at} and {@code last_login_at} are accepted and ignored, so an
 * export imports as it is. Any other column is refused before a row is read.
 */
public final class ImportFile {

    public static final int MAX_ROWS = 10_000;
    /** What the security filter lets through to be read here (it refuses a longer announced body at once). */
    public static final int MAX_BYTES = SecurityFilter.STREAMED_BODY_MAX;

    static final List<String> COLUMNS = List.of("email", "display_name", "password", "is_admin", "groups", "status");
    private static final Set<String> IGNORED = Set.of("user_id", "created_at", "last_login_at");
    private static final int HEADER_MAX = 4096;

    private ImportFile() {
    }

    /** One row as the file gives it (text, untrimmed but for the header), with the line it starts on. */
    public record Row(long line, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /**
     * @throws InvalidInputException naming the line of a file that is not UTF-8 CSV, lacks the header or {@code email}, or has unknown columns
     * @throws TooLargeException past {@link #MAX_BYTES} or {@link #MAX_ROWS}
     */
    public static List<Row> read(InputStream body) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new Limited(body),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(HEADER_MAX);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(HEADER_MAX);
            char[] start = new char[HEADER_MAX];
            int n = reader.read(start);
            reader.reset();
            String headerLine = n <= 0 ? "" : new String(start, 0, n).lines().findFirst().orElse("");
            char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                try {
                    return rows(parser);
                } catch (IOException | UncheckedIOException e) {
                    throw unreadable(e, Math.max(1, parser.getCurrentLineNumber()));
                }
            }
        } catch (IOException e) {
            throw unreadable(e, 1);
        }
    }

    /** Not UTF-8, or broken quoting, at about this line. */
    private static InvalidInputException unreadable(Exception e, long line) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return invalid("line " + line + " is not UTF-8 text");
        }
        String reason = cause.getMessage() == null ? "unreadable" : cause.getMessage().replaceFirst(" at line: \\d+, position: \\d+", "");
        return invalid("line " + line + " is not valid CSV (" + reason + ")");
    }

    private static List<Row> rows(CSVParser parser) throws IOException {
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        long before = parser.getCurrentLineNumber();
        for (CSVRecord record : (Iterable<CSVRecord>) parser::iterator) {
            long line = before + 1;
            before = parser.getCurrentLineNumber();
            if (header.isEmpty()) {
                header = header(record);
                continue;
            }
            if (record.size() > header.size()) {
                throw invalid("line " + line + " has " + record.size() + " fields where the header names " + header.size());
            }
            if (rows.size() == MAX_ROWS) {
                throw new TooLargeException("The file holds more than " + MAX_ROWS + " rows; import it in parts");
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                if (!IGNORED.contains(header.get(i))) {
                    cells.put(header.get(i), unprotected(record.get(i)));
                }
            }
            rows.add(new Row(line, cells));
        }
        if (header.isEmpty()) {
            throw invalid("the file is empty: it needs a header row naming its columns, email among them");
        }
        return rows;
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = record.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = names.stream().filter(name -> !COLUMNS.contains(name) && !IGNORED.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw invalid("unknown column " + String.join(", ", unknown.stream().limit(5).toList()) + " (the columns are "
                    + String.join(", ", COLUMNS) + ")");
        }
        if (names.stream().distinct().count() < names.size()) {
            throw invalid("a column is named twice in the header");
        }
        if (!names.contains("email")) {
            throw invalid("the header has no email column");
        }
        return names;
    }

    /** A cell the export protected from spreadsheets ({@code '=...}) reads as it was. */
    static String unprotected(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("file", message);
    }

    /** The body, refused past {@link #MAX_BYTES}: read as it comes, never held whole. */
    private static final class Limited extends java.io.FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLargeException("The file is larger than the limit of " + MAX_BYTES + " bytes (5 MiB); import it in parts");
            }
        }
    }

    static List<String> groupNames(String cell) {
        return Arrays.stream(cell.split("[;|]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
