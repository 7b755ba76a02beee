package org.cordon.policy.product;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;

/**
 * Reads a CycloneDX JSON BOM (spec 1.4 to 1.6) into the tree of parts of the product it describes.
 *
 * <p>The result is the BOM's own component ({@code metadata.component}) as the single top, with the listed
 * components below it, when the BOM names one; otherwise the components nothing else depends on. Each
 * component's children are its nested {@code components}, to any depth, then the components the
 * {@code dependencies} graph says it depends on, where those are not already nested in it. A dependency cycle is
 * cut where it would come back to a component already on the way down. More than {@value #MAX_DEPTH} levels, or
 * a tree of more than {@value #MAX_COMPONENTS} components, is an error.
 *
 * <p>A malformed BOM is an error naming the JSON path ({@link BomException#path()}), never an empty result: not
 * JSON, a {@code bomFormat} other than CycloneDX, an unsupported {@code specVersion}, {@code components} that are
 * not an array of objects, a component without a name, a bom-ref used twice, a dependency on a bom-ref no
 * component or service has, a value the CycloneDX library cannot read (e.g. an unknown component type).
 *
 * <p>A reader may be shared between threads.
 *
 * <p>Only JSON is read. An XML BOM is refused outright, so no XML parser, and no external entity, is ever
 * involved.
 */
public final class CycloneDxBomReader {

    /** Levels of parts below and including the top; a real product is a few levels deep. */
    public static final int MAX_DEPTH = 64;
    /** Components in the tree, counting a shared dependency once under each component that depends on it. */
    public static final int MAX_COMPONENTS = 100_000;
    /** Size of a BOM read from text or a stream. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    // The library's parser builds its object mapper once: reusing it makes a small BOM 100 times faster to read.
    private final JsonParser cyclonedx = new JsonParser();

    /** Reads a BOM given as a JSON tree, e.g. the {@code bom} object of an item in a transaction. */
    public List<BomComponent> read(JsonNode bom) throws BomException {
        if (bom == null) {
            throw new BomException("", "no BOM given");
        }
        BomShape.check(bom);
        Bom parsed;
        try {
            parsed = cyclonedx.parse(JSON.writeValueAsBytes(bom));
        } catch (JsonProcessingException e) {
            throw new BomException("", "cannot write the BOM out for the CycloneDX parser: " + e.getOriginalMessage(), e);
        } catch (ParseException e) {
            throw fromLibrary(e);
        }
        return ComponentTree.of(parsed);
    }

    /** Reads a BOM given as JSON text. */
    public List<BomComponent> read(String json) throws BomException {
        if (json == null) {
            throw new BomException("", "no BOM given");
        }
        return readBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a BOM from a UTF-8 JSON stream, up to {@value #MAX_BYTES} bytes; the caller closes the stream. */
    public List<BomComponent> read(InputStream in) throws BomException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BomException("", "cannot read the BOM: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BomException("", "the BOM is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        return readBytes(bytes);
    }

    private List<BomComponent> readBytes(byte[] bytes) throws BomException {
        int first = firstSignificant(bytes);
        if (first < 0) {
            throw new BomException("", "the BOM is empty");
        }
        if (bytes[first] == '<') {
            throw new BomException("", "an XML BOM: only CycloneDX JSON is read");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BomException("", "not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new BomException("", "cannot read the BOM: " + e.getMessage(), e);
        }
        return read(tree);
    }

    /** Where the text starts, after a byte-order mark and white space; -1 when there is nothing. */
    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }

    /** The library's error with the JSON path Jackson recorded, e.g. {@code components[0].type}. */
    private static BomException fromLibrary(ParseException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return new BomException(path.toString(), mapping.getOriginalMessage(), e);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new BomException("", "the CycloneDX parser cannot read the BOM: " + cause.getMessage(), e);
    }
}
