// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/sha256.h"

// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, and kept in every 3.x: they
// run the same code (SHA instructions included) without a method fetched, and the first EVP fetch
// builds OpenSSL's provider tables, 3.3 M instructions of every process that hashes a page (a short
// `galley extract` spends ~25 M in all). Only the one-shot page hash takes this road.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

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
    // (Not SHA256(): in OpenSSL 3 it fetches the EVP method on every call.)
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, data.data(), std::size_t(data.size()));
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), &context);
    return digest;
}

} // namespace galley
