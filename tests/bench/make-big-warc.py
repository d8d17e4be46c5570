#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large .warc.gz from corpus pages, for the capture-reading benchmark (docs/benchmarks.md).

    tests/bench/make-big-warc.py CORPUS_HTML_DIR OUT.warc.gz [SIZE_MB]   (default 1024)

Per page: a request record and a response record (HTTP 200; every third corpus page gzip-encoded, every
fifth chunked), with a revisit record now and then, so the reader takes the paths a real crawl takes.
Pages repeat with distinct URLs and dates. Writing 1 GB of fresh deflate output takes a loaded machine
over an hour, so each response record is written as two gzip members: its WARC header (unique URL and
date) compressed fresh, then its HTTP block compressed once per corpus page and reused. A gzip reader sees
the same stream either way (concatenated members are one stream); the reader's work is unchanged.
"""
import gzip
import os
import sys


def header(kind, uri, date, content_type, length, serial):
    return (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n" % serial +
            b"WARC-Date: " + date + b"\r\nWARC-Target-URI: " + uri + b"\r\n"
            b"Content-Type: " + content_type + b"\r\nContent-Length: %d\r\n\r\n" % length)


def record(kind, uri, date, content_type, block, serial):
    return gzip.compress(header(kind, uri, date, content_type, len(block), serial) + block + b"\r\n\r\n")


def http_block(page, index):
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    body = page
    if index % 3 == 0:
        body = gzip.compress(page, compresslevel=6)
        headers += b"Content-Encoding: gzip\r\n"
    if index % 5 == 0:
        body = chunked(body)
        headers += b"Transfer-Encoding: chunked\r\n"
    else:
        headers += b"Content-Length: %d\r\n" % len(body)
    block = headers + b"\r\n" + body
    return len(block), gzip.compress(block + b"\r\n\r\n", compresslevel=6)


def chunked(body, size=8192):
    out = b"".join(b"%x\r\n" % len(body[i:i + size]) + body[i:i + size] + b"\r\n" for i in range(0, len(body), size))
    return out + b"0\r\n\r\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    corpus, out_path = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3] if len(sys.argv) > 3 else 1024) * 1024 * 1024
    pages = [open(os.path.join(corpus, name), "rb").read()
             for name in sorted(os.listdir(corpus)) if name.endswith(".html")]
    if not pages:
        sys.exit(f"no .html pages in {corpus}")
    blocks = [http_block(page, i) for i, page in enumerate(pages)]
    written = serial = count = 0
    with open(out_path, "wb") as out:
        while written < limit:
            uri = b"https://bench.example/%d" % count
            date = b"2024-%02d-%02dT%02d:%02d:%02dZ" % (1 + count // 100000 % 12, 1 + count // 3600 % 28,
                                                        count // 60 % 24, count % 60, count // 7 % 60)
            length, compressed_block = blocks[count % len(pages)]
            members = [record(b"request", uri, date, b"application/http; msgtype=request",
                              b"GET / HTTP/1.1\r\nHost: bench.example\r\n\r\n", serial + 1),
                       gzip.compress(header(b"response", uri, date, b"application/http; msgtype=response", length,
                                            serial + 2)),
                       compressed_block]
            serial += 2
            if count % 10 == 9:
                members.append(record(b"revisit", uri, date, b"application/http; msgtype=response",
                                     b"HTTP/1.1 200 OK\r\n\r\n", serial + 1))
                serial += 1
            for member in members:
                out.write(member)
                written += len(member)
            count += 1
    print(f"{out_path}: {count} pages, {written / 1048576:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
