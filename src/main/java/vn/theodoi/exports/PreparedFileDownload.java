package vn.theodoi.exports;

import java.io.InputStream;

/** A finished file and its bytes, read chunk by chunk as the stream is read. */
public record PreparedFileDownload(PreparedFileView file, InputStream content) {
}
