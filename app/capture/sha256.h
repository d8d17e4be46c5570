// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace galley {

/// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them.
/// Qt 6.4's QCryptographicHash has only a portable C implementation: hashing each page for its id took a
/// fifth of `galley extract`'s time on HTML pages (docs/benchmarks.md, issue 19). Same digests.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); ///< the 32-byte digest; ends the hashing

    static QByteArray hash(QByteArrayView data);
    static QByteArray hexHash(QByteArrayView data) { return hash(data).toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace galley
