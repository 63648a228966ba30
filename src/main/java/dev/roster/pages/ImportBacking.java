package dev.roster.pages;

import dev.roster.problems.FacesProblems;
import dev.roster.users.boundary.ImportReport;
import dev.roster.users.boundary.UserImportService;
import dev.roster.users.control.ImportFile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The Import dialog of the User Management page: a CSV file is uploaded and judged at once as a
 * dry run (the preview, nothing written), then imported as it was previewed, and the result, with
 * the passwords generated for rows that had none, can be downloaded as CSV. The file is read and
 * judged by the API's own import ({@link UserImportService}, {@link ImportFile}).
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final CSVFormat RESULT = CSVFormat.RFC4180.builder().setHeader("line", "email", "result", "detail", "password").get();

    @Inject
    UserImportService imports;

    private byte[] file;
    private String fileName;
    private ImportReport.Result preview;
    private ImportReport.Result result;

    /** A fresh dialog. */
    public void start() {
        file = null;
        fileName = null;
        preview = null;
        result = null;
    }

    /** The chosen file, judged as a dry run; a file that is not a users' CSV is refused whole, with its line. */
    public void upload(FileUploadEvent event) {
        start();
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readNBytes(ImportFile.MAX_BYTES + 1);
            FacesProblems.attempt(() -> imports.importRows(ImportFile.read(new ByteArrayInputStream(content)), true)).ifPresent(judged -> {
                file = content;
                fileName = event.getFile().getFileName();
                preview = judged;
            });
        } catch (IOException e) {
            FacesProblems.error("The file could not be read: " + e.getMessage());
        }
    }

    /** Imports the previewed file. */
    public void confirm() {
        if (file == null) {
            return;
        }
        FacesProblems.attempt(() -> imports.importRows(ImportFile.read(new ByteArrayInputStream(file)), false)).ifPresent(done -> {
            result = done;
            preview = null;
            file = null;
            FacesProblems.info("Import of " + fileName + ": " + done.summary());
        });
    }

    /** The result as CSV, one row per line of the file, with the generated passwords. */
    public StreamedContent getResultCsv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, RESULT)) {
            for (ImportReport.Row row : result == null ? List.<ImportReport.Row>of() : result.rows()) {
                csv.printRecord(row.line(), row.email(), row.result(), row.detail(), row.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        return DefaultStreamedContent.builder().name("import-result.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public String getFileName() {
        return fileName;
    }

    public ImportReport.Result getPreview() {
        return preview;
    }

    public ImportReport.Result getResult() {
        return result;
    }
}
