// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QUrl>

/// A picture's address as a page gives it, made safe to hand on. Pages put all sorts of things where a
/// URL belongs: lazy-loading scripts keep a JSON blob in `data-src` (`{"default":{"w":"80",...}}`), a
/// placeholder word ("lazy"), a `srcset` list; saved pages point at local files with spaces and umlauts
/// ("./page_files/Grafik Übersicht.jpg"). What leaves the extractor as Image::src is a URI reference
/// (RFC 3986): absolute when the page's base is known, else relative as printed, percent-encoded.
namespace galley::imageurl {

/// The `via` of the provenance span of an image whose page gives no usable address (the attribute held
/// no URL): the image keeps its caption and credit, its `src` stays empty, and the window warns.
inline constexpr QLatin1StringView UnusableSourceVia{"html:img-unusable-src"};

/// The address inside one attribute value, unresolved: the value itself when it is a URL reference, the
/// widest candidate of a srcset list ("a.jpg 480w, b.jpg 1200w" -> "b.jpg"), the URL inside a JSON
/// blob; empty when there is none (a placeholder word, "data:" URIs, script).
/// `*unusable` is set when the value was not empty yet held no URL.
QString urlIn(QStringView value, bool *unusable = nullptr);

/// Whether `ref` can stand as a URL reference of a picture once spaces are encoded: no quotes, angle
/// brackets, braces or control characters; http(s) or a protocol-relative or relative path holding a
/// '/' or a file name with an extension. ("lazy", "true", "{...}", "javascript:..." are not.)
bool isUrlReference(QStringView ref);

/// `ref` resolved against `base` (without a base `ref` stays relative) and percent-encoded
/// where RFC 3986 requires it (spaces, non-ASCII). Empty when `ref` is not a URL reference.
QString resolve(const QString &ref, const QUrl &base);

/// Whether `s` is a URI reference that a standard's anyURI / IRI field accepts as it stands: non-empty,
/// no white space, control characters or characters RFC 3987 leaves out, percent signs followed by two
/// hex digits, and a valid scheme when it has one. Exporters check Image::src with it.
bool isIriReference(QStringView s);

} // namespace galley::imageurl
