package th.poverty.household.bmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/**
 * An uploaded file received whole into a temporary file as it streams in, counted against the
 * limit and hashed, so a slow connection holds neither a transaction nor one of the few JDBC
 * connections. Closing it deletes the temporary file.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long bytes;
    private final String sha256;

    private SpooledUpload(Path file, long bytes, String sha256) {
        this.file = file;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** Receives the body; over {@code limit} bytes it is refused (413), cut short 400. */
    public static SpooledUpload receive(InputStream body, long limit) {
        Path spool;
        try {
            spool = Files.createTempFile("upload-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for an upload in this instance's temporary directory", e);
        }
        var counted = new UploadStream(body, limit);
        try (OutputStream out = Files.newOutputStream(spool)) {
            counted.transferTo(out);
        } catch (UploadStream.TooLarge e) {
            delete(spool);
            throw tooLarge(limit);
        } catch (IOException e) {
            delete(spool);
            throw new ProblemException(Problem.of(400, "upload-interrupted", "Upload interrupted",
                    "The file did not arrive whole: " + e.getMessage()).withField("body"));
        }
        return new SpooledUpload(spool, counted.bytes(), counted.sha256());
    }

    /** The file as text: UTF-8, bytes that are not UTF-8 replaced so that the CSV reader reports their row. */
    Reader reader() throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
    }

    public long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // the temporary directory is emptied when the instance restarts
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "upload-too-large", "Upload too large",
                "A file may have at most " + limit + " bytes; split it by district and upload the parts")
                .withField("body"));
    }
}
