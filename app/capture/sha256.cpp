// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace galley {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

namespace {

// Fetched once: the implicit look-up behind EVP_sha256() costs a provider query per call. OpenSSL's
// configuration file is not read: it can only select providers and engines a digest does not need, and
// reading it was most of the 1.6 ms libcrypto added to every process start.
const EVP_MD *sha256Method()
{
    static const EVP_MD *const method = [] {
        OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
        return EVP_MD_fetch(nullptr, "SHA256", nullptr);
    }();
    return method;
}

} // namespace

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, sha256Method(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), std::size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(length);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned length = 0;
    EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
               &length, sha256Method(), nullptr);
    digest.truncate(length);
    return digest;
}

} // namespace galley
