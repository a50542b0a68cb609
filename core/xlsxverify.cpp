// Zip central directory → the sheet's local entry → raw inflate, keeping the last row number seen
// and the document's last bytes.
#include "xlsxverify.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <cstring>

namespace sd {

namespace {

quint32 le32(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
}

quint16 le16(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return quint16(b[0] | b[1] << 8);
}

} // namespace

bool verifyXlsxSheet(const QString& path, const char* entry, qint64 lastRow, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = QCoreApplication::translate("sd::XlsxVerify", "%1: the written file is incomplete (%2); is the disk full?")
                     .arg(path, why);
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    const qint64 size = f.size();
    // The end-of-central-directory record is in the last 64 KB + 22 bytes.
    const qint64 tailSize = std::min<qint64>(size, 65536 + 22);
    if (!f.seek(size - tailSize))
        return fail(f.errorString());
    const QByteArray tail = f.read(tailSize);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i)
        if (le32(tail.constData() + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return fail(QCoreApplication::translate("sd::XlsxVerify", "no zip directory"));
    const quint32 dirSize = le32(tail.constData() + eocd + 12), dirOffset = le32(tail.constData() + eocd + 16);
    if (dirOffset == 0xffffffffu)
        return true; // ZIP64 (over 4 GB): beyond what this check reads
    if (qint64(dirOffset) + dirSize > size || !f.seek(dirOffset))
        return fail(QCoreApplication::translate("sd::XlsxVerify", "a damaged zip directory"));
    const QByteArray dir = f.read(dirSize);
    const size_t entryLen = std::strlen(entry);
    qint64 local = -1;
    quint32 compressed = 0;
    quint16 method = 0;
    for (qsizetype p = 0; p + 46 <= dir.size() && le32(dir.constData() + p) == 0x02014b50;) {
        const quint16 nameLen = le16(dir.constData() + p + 28), extraLen = le16(dir.constData() + p + 30),
                      commentLen = le16(dir.constData() + p + 32);
        if (nameLen == entryLen && p + 46 + nameLen <= dir.size() && std::memcmp(dir.constData() + p + 46, entry, entryLen) == 0) {
            method = le16(dir.constData() + p + 10);
            compressed = le32(dir.constData() + p + 20);
            local = le32(dir.constData() + p + 42);
            break;
        }
        p += 46 + nameLen + extraLen + commentLen;
    }
    if (local < 0)
        return fail(QCoreApplication::translate("sd::XlsxVerify", "no worksheet"));
    if (compressed == 0xffffffffu)
        return true;
    if (!f.seek(local))
        return fail(f.errorString());
    const QByteArray header = f.read(30);
    if (header.size() < 30 || le32(header.constData()) != 0x04034b50 || (method != 0 && method != 8))
        return fail(QCoreApplication::translate("sd::XlsxVerify", "a damaged worksheet entry"));
    if (!f.seek(local + 30 + le16(header.constData() + 26) + le16(header.constData() + 28)))
        return fail(f.errorString());

    z_stream z{};
    if (method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return fail(QCoreApplication::translate("sd::XlsxVerify", "out of memory"));
    qint64 remaining = compressed;
    QByteArray in, out(1 << 16, Qt::Uninitialized);
    QByteArray carry;        // the last bytes of the previous output block
    qint64 lastSeen = 0;
    bool ended = method != 8;
    auto scan = [&](const char* data, qsizetype n) {
        QByteArray text = carry + QByteArray::fromRawData(data, n);
        static const QByteArray marker = "<row r=\"";
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            qint64 v = 0;
            qsizetype i = at + marker.size();
            bool digits = false;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                v = v * 10 + (text[i] - '0');
                ++i;
                digits = true;
            }
            if (digits && i < text.size())
                lastSeen = std::max(lastSeen, v);
        }
        carry = text.right(32);
    };
    while (remaining > 0) {
        in = f.read(std::min<qint64>(remaining, 1 << 16));
        if (in.isEmpty())
            break;
        remaining -= in.size();
        if (method == 0) {
            scan(in.constData(), in.size());
            continue;
        }
        z.next_in = reinterpret_cast<Bytef*>(in.data());
        z.avail_in = uInt(in.size());
        while (z.avail_in > 0 && !ended) {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&z);
                return fail(QCoreApplication::translate("sd::XlsxVerify", "a damaged worksheet"));
            }
            scan(out.constData(), out.size() - qsizetype(z.avail_out));
            ended = rc == Z_STREAM_END;
        }
    }
    if (method == 8)
        inflateEnd(&z);
    if (remaining > 0 || !ended || !carry.trimmed().endsWith("</worksheet>"))
        return fail(QCoreApplication::translate("sd::XlsxVerify", "the worksheet is cut off"));
    if (lastSeen != lastRow)
        return fail(QCoreApplication::translate("sd::XlsxVerify", "%1 of %2 rows").arg(lastSeen).arg(lastRow));
    return true;
}

} // namespace sd
