package org.cordon.ingest.ofac;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops the DOS end-of-file mark (Ctrl-Z, 0x1A) that OFAC still appends to its legacy files, so that it does not
 * read as a last one-column row. A 0x1A anywhere but at the very end passes through and is reported as the
 * malformed row it is. A UTF-8 byte-order mark at the start is dropped too. Works by always holding back the last character read until it is known not to be the last.
 */
final class EndOfFileMarkerFilter extends FilterReader {

    static final char MARKER = '\u001A';
    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final int NOTHING_HELD = -2;
    private static final int END = -1;
    private int held = NOTHING_HELD;

    EndOfFileMarkerFilter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? END : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (held == NOTHING_HELD) {
            // Only at the very start: a byte-order mark some tools prepend is not part of the first ent_num.
            held = in.read();
            if (held == BYTE_ORDER_MARK) {
                held = in.read();
            }
        }
        if (held == END) {
            return END;
        }
        buf[off] = (char) held;
        int more = len > 1 ? in.read(buf, off + 1, len - 1) : 0;
        if (more > 0) {
            // Deliver the held character and all but the last new one; hold that one back.
            held = buf[off + more];
            return more;
        }
        int next = in.read();
        if (next >= 0) {
            held = next;
            return 1;
        }
        held = END;
        return buf[off] == MARKER ? END : 1;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean ready() throws IOException {
        return held >= 0 || in.ready();
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset is not supported");
    }
}
