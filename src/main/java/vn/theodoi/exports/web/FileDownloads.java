package vn.theodoi.exports.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

import vn.theodoi.exports.PreparedFileDownload;
import vn.theodoi.exports.PreparedFileView;
import vn.theodoi.shared.web.DownloadResponses;

/** A prepared file as a download ({@link DownloadResponses}: saved, its Vietnamese name kept, never cached). */
final class FileDownloads {

    private FileDownloads() {
    }

    static ResponseEntity<Resource> of(PreparedFileDownload download) {
        PreparedFileView file = download.file();
        return DownloadResponses.attachment(file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(),
                new InputStreamResource(download.content()));
    }
}
