// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/filenames.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // bytes 0x80..0xFF map to U+DC80..U+DCFF

bool isEscapedByte(QChar c)
{
    return c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF;
}

// Length of the valid UTF-8 sequence starting at bytes[i], 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF are invalid, as in the standard).
qsizetype validSequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char lead = at(i);
    qsizetype length = 0;
    char32_t cp = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((at(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (at(i + k) & 0x3F);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

QString fileNameFromBytes(QByteArrayView bytes)
{
    if (QUtf8StringView(bytes).isValidUtf8())
        return QString::fromUtf8(bytes);
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype length = validSequenceLength(bytes, i);
        if (length == 0) {
            out.append(QChar(char16_t(kEscapeBase + static_cast<unsigned char>(bytes.at(i)))));
            ++i;
            continue;
        }
        out.append(QString::fromUtf8(bytes.sliced(i, length)));
        i += length;
    }
    return out;
}

QByteArray fileNameToBytes(const QString &name)
{
    if (std::none_of(name.cbegin(), name.cend(), isEscapedByte))
        return name.toUtf8();
    QByteArray out;
    out.reserve(name.size() * 2);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && !isEscapedByte(name.at(i)))
            continue;
        out += QStringView(name).sliced(runStart, i - runStart).toUtf8();
        if (i < name.size())
            out += char(name.at(i).unicode() - kEscapeBase);
        runStart = i + 1;
    }
    return out;
}

QString displayFileName(const QString &name)
{
    if (std::none_of(name.cbegin(), name.cend(), isEscapedByte))
        return name;
    QString out;
    for (const QChar c : name) {
        if (isEscapedByte(c))
            out +=
                QStringLiteral("\\x") +
                QString::number(c.unicode() - kEscapeBase, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool openFileByName(QFile *file, const QString &path, QString *error)
{
    const int fd = ::open(fileNameToBytes(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        *error = QStringLiteral("cannot open: ") + QString::fromLocal8Bit(std::strerror(e));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("is a folder, not a capture file");
        return false;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QStringLiteral("cannot open: ") + file->errorString();
        return false;
    }
    return true;
}

} // namespace galley
