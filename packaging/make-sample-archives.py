#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the archive samples of resources/samples/: a WARC.gz of two pages and a Chromium-style MHTML page.

The pages are invented for Galley (no real article is copied). The output is byte-for-byte reproducible
(fixed dates, gzip mtime 0), so re-running this script changes nothing unless the pages here change.
Run from the repository root: python3 packaging/make-sample-archives.py
"""
import base64
import gzip
import quopri
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "samples"

HARBOUR = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dock workers walk out at Europe's busiest port - The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Dock workers walk out at Europe's busiest port",
 "datePublished": "2024-04-09T07:45:00Z",
 "publisher": {"@type": "Organization", "name": "The Coastal Courier"}}
</script>
</head>
<body>
<header><a class="logo" href="/">The Coastal Courier</a>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li><li><a href="/sport">Sport</a></li></ul>
<button class="subscribe">Subscribe</button></header>
<div class="breaking">Breaking News</div>
<main>
<article class="story">
<h1 class="story-title">Dock workers walk out at Europe's busiest port</h1>
<div class="story-meta"><span class="date">April 9, 2024 7:45 AM UTC</span> <span class="updated">Updated 2 hours ago</span></div>
<figure class="lead-image">
<img src="https://courier.example/img/cranes.jpg" alt="Idle cranes at the container terminal">
<figcaption>Idle cranes at the container terminal on the Maasvlakte, April 8, 2024. REUTERS/Eline Bakker</figcaption>
</figure>
<div class="story-body">
<p>ROTTERDAM, April 9 (Reuters) - Dock workers at the port of Rotterdam stopped work for 24 hours on Tuesday in a dispute over automation and pensions, leaving dozens of container ships waiting at anchor in the North Sea.</p>
<p>The union said the walkout was the first at the port's container terminals in more than a decade and that further stoppages would follow if employers did not reopen talks by the end of the month.</p>
<div class="newsletter"><p>Sign up for our morning briefing</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<p>"Nobody here is against new cranes," a union spokesperson told reporters at the terminal gates. "We are against being told about them the day they arrive."</p>
<p>The port authority said it expected most of the backlog to clear within three days of work resuming.</p>
<p class="credits">Reporting by Sanne Verbeek; Editing by Hugh Lawson</p>
</div>
</article>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="/1">Markets open lower</a></li><li><a href="/2">Rail fares to rise</a></li></ol></aside>
</main>
<footer>Copyright 2024 The Coastal Courier. <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
</body>
</html>
"""

COUNCIL = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Stadtrat beschlie\u00dft neues Radwegenetz | Rheinische Rundschau</title>
<meta property="og:site_name" content="Rheinische Rundschau">
<meta property="article:published_time" content="2024-03-12T18:20:00+01:00">
</head>
<body>
<nav><a href="/">Startseite</a> | <a href="/lokales">Lokales</a> | <a href="/sport">Sport</a> | <a href="/kultur">Kultur</a></nav>
<div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
<article>
<p class="kicker">Verkehr</p>
<h1>Stadtrat beschlie\u00dft neues Radwegenetz</h1>
<p class="author">Von Jonas Weber und Lea Hoffmann</p>
<p class="date">12.03.2024, 18:20 Uhr</p>
<figure><img src="/bilder/radweg.jpg" alt="Radfahrer auf der Rheinuferstra\u00dfe">
<figcaption>Radfahrer auf der Rheinuferstra\u00dfe. Der neue Weg soll bis 2026 fertig sein. <span class="copyright">Foto: Karin M\u00fcller</span></figcaption></figure>
<p>K\u00d6LN (dpa) - Der Stadtrat hat am Dienstag mit gro\u00dfer Mehrheit ein neues Netz von Radwegen beschlossen, das die Innenstadt mit den \u00e4u\u00dferen Stadtteilen verbinden soll.</p>
<p>Die Kosten von rund 40 Millionen Euro sollen zur H\u00e4lfte aus F\u00f6rdermitteln des Landes kommen. Die ersten Abschnitte am Rheinufer sollen noch in diesem Sommer gebaut werden.</p>
<h2>Kritik vom Einzelhandel</h2>
<p>Vertreter des Einzelhandels warnten, dass wegfallende Parkpl\u00e4tze Kunden aus der Innenstadt vertreiben k\u00f6nnten. Die Verwaltung will die Folgen nach einem Jahr pr\u00fcfen lassen.</p>
<div class="teilen">Teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
</article>
<section class="kommentare"><h3>Kommentare (12)</h3><p>Endlich! Das h\u00e4tte man schon vor zehn Jahren machen sollen.</p></section>
<footer>\u00a9 Rheinische Rundschau 2024 | Impressum | Datenschutz</footer>
</body>
</html>
"""

TRAINS = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Night trains return to the Alps after a decade away | Alpine Dispatch</title>
<meta property="og:title" content="Night trains return to the Alps after a decade away">
<meta property="og:site_name" content="Alpine Dispatch">
<meta name="author" content="Claire Dubois">
<meta property="article:published_time" content="2024-05-02T06:00:00+02:00">
</head>
<body>
<div class="skip"><a href="#content">Skip to main content</a></div>
<div class="topbar">XS SM MD LG</div>
<main id="content">
<article>
<h1>Night trains return to the Alps after a decade away</h1>
<div class="byline">By <span class="author-name">Claire Dubois</span>, Transport Correspondent</div>
<time datetime="2024-05-02T06:00:00+02:00">2 May 2024</time>
<figure>
<img src="https://alpine.example/media/sleeper.png" alt="A sleeper train at Innsbruck station">
<figcaption>A sleeper train waits at Innsbruck station before its first run to Zurich. <small>Photo: Getty Images</small></figcaption>
</figure>
<p>INNSBRUCK, Austria \u2014 For the first time in ten years, passengers can board a train in Vienna after dinner and wake up in Zurich, as a revived night service through the Alps made its first run on Thursday.</p>
<p>The operator said all 240 berths on the opening week were sold within hours, and that it planned to add a third weekly service from September.</p>
<blockquote><p>"People want to travel without flying, but they also want to arrive rested," the operator's chief executive said.</p></blockquote>
<p>Rail campaigners welcomed the return but warned that ticket prices, at twice the cost of a budget flight, would keep the service out of reach for many families.</p>
<p>\u2014 The Associated Press contributed to this report.</p>
</article>
<aside class="related"><h2>More from Travel</h2><ul><li><a href="/x">Ski resorts brace for a short season</a></li></ul></aside>
</main>
</body>
</html>
"""


def png(width, height, rgb):
    """A tiny solid-colour PNG, so the MHTML carries a real image part for the thumbnail."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def warc_record(kind, uri, date, content_type, block, record_id):
    head = [b"WARC/1.0", b"WARC-Type: " + kind, b"WARC-Date: " + date,
            b"WARC-Record-ID: <urn:uuid:" + record_id + b">"]
    if uri:
        head.append(b"WARC-Target-URI: " + uri)
    head += [b"Content-Type: " + content_type, b"Content-Length: " + str(len(block)).encode()]
    return b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http_response(body, content_type):
    return (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)


def member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_warc():
    records = [
        warc_record(b"warcinfo", None, b"2024-04-09T10:00:00Z", b"application/warc-fields",
                    b"software: Galley sample generator\r\nformat: WARC File Format 1.0\r\n",
                    b"00000000-0000-4000-8000-000000000001"),
        warc_record(b"request", b"https://courier.example/business/dock-workers-walk-out", b"2024-04-09T10:00:01Z",
                    b"application/http; msgtype=request",
                    b"GET /business/dock-workers-walk-out HTTP/1.1\r\nHost: courier.example\r\n\r\n",
                    b"00000000-0000-4000-8000-000000000002"),
        warc_record(b"response", b"https://courier.example/business/dock-workers-walk-out", b"2024-04-09T10:00:01Z",
                    b"application/http; msgtype=response",
                    http_response(HARBOUR.encode("utf-8"), b"text/html; charset=utf-8"),
                    b"00000000-0000-4000-8000-000000000003"),
        warc_record(b"response", b"https://rundschau.example/lokales/radwegenetz", b"2024-04-09T10:00:05Z",
                    b"application/http; msgtype=response",
                    http_response(COUNCIL.encode("iso-8859-1"), b"text/html"),
                    b"00000000-0000-4000-8000-000000000004"),
    ]
    (OUT / "morning-crawl.warc.gz").write_bytes(b"".join(member(r) for r in records))


def write_mhtml():
    boundary = b"----MultipartBoundary--GalleySample0123456789----"
    location = b"https://alpine.example/travel/night-trains-return"
    html = quopri.encodestring(TRAINS.encode("utf-8").replace(b"\n", b"\r\n"))
    image = base64.encodebytes(png(96, 64, (70, 110, 150))).replace(b"\n", b"\r\n")
    parts = [
        b"Content-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + location + b"\r\n\r\n" + html,
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://alpine.example/media/sleeper.png\r\n\r\n" + image,
    ]
    header = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + location + b"\r\n"
              b"Subject: Night trains return to the Alps after a decade away | Alpine Dispatch\r\n"
              b"Date: Thu, 2 May 2024 08:15:00 +0200\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + b"\"\r\n\r\n\r\n")
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts) + b"--" + boundary + b"--\r\n"
    (OUT / "night-trains.mhtml").write_bytes(header + body)


if __name__ == "__main__":
    write_warc()
    write_mhtml()
