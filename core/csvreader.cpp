// Streaming CSV reading: bytes → (iconv) UTF-8 → libcsv → records with line numbers.
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csv.h>
#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <array>
#include <cerrno>
#include <cstring>

namespace sd {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kSniffBytes = 4 << 20;

bool isUtf8Name(const QString& enc)
{
    const QString e = enc.toUpper();
    return e == QLatin1String("UTF-8") || e == QLatin1String("UTF8") || e == QLatin1String("ASCII")
        || e == QLatin1String("US-ASCII");
}

// Returns the number of bytes of a valid UTF-8 prefix; sets *incomplete when the invalid part is
// only a sequence cut at the end of the buffer.
size_t validUtf8Prefix(const unsigned char* s, size_t n, bool* incomplete)
{
    size_t i = 0;
    *incomplete = false;
    while (i < n) {
        // Fast path over ASCII, 8 bytes at a time.
        while (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + size_t(len) > n) {
            for (size_t k = i + 1; k < n; ++k)
                if ((s[k] & 0xC0) != 0x80)
                    return i;
            *incomplete = true;
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if ((s[i + size_t(k)] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + size_t(k)] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += size_t(len);
    }
    return i;
}

struct BomInfo { QString encoding; int size = 0; };

BomInfo detectBom(const QByteArray& head)
{
    const auto* b = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype n = head.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {QStringLiteral("UTF-8"), 3};
    if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        return {QStringLiteral("UTF-32LE"), 4};
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        return {QStringLiteral("UTF-32BE"), 4};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {QStringLiteral("UTF-16LE"), 2};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {QStringLiteral("UTF-16BE"), 2};
    return {};
}

// Converts a whole buffer (used for sniffing only).
QByteArray convertToUtf8(const QByteArray& in, const QString& encoding)
{
    if (isUtf8Name(encoding))
        return in;
    iconv_t cd = iconv_open("UTF-8", encoding.toLatin1().constData());
    if (cd == iconv_t(-1))
        return {};
    QByteArray out;
    out.resize(in.size() * 4 + 16);
    char* src = const_cast<char*>(in.constData());
    size_t srcLeft = size_t(in.size());
    char* dst = out.data();
    size_t dstLeft = size_t(out.size());
    while (srcLeft > 0) {
        if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == size_t(-1)) {
            if (errno == EILSEQ && srcLeft > 0) { // sniffing tolerates a bad byte
                ++src;
                --srcLeft;
                continue;
            }
            break;
        }
    }
    iconv_close(cd);
    out.resize(out.size() - qsizetype(dstLeft));
    return out;
}

// UTF-16 text without a byte-order mark (some Windows exports): mostly-ASCII text puts a zero in
// every other byte. Empty when the bytes do not look like that.
QString utf16WithoutBom(const QByteArray& head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += head[i] == 0;
        zeroOdd += head[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs)
        return QStringLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

char sniffDelimiter(const QByteArray& text)
{
    static constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    // Count each candidate outside quotes on the first lines.
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> cur{};
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < 50; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            lines.push_back(cur);
            cur = {};
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++cur[k];
        }
    }
    if (std::any_of(cur.begin(), cur.end(), [](int v) { return v > 0; }))
        lines.push_back(cur);
    if (lines.empty())
        return ',';
    size_t best = 0;
    long bestScore = -1;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int headerCount = lines[0][k];
        if (headerCount == 0)
            continue;
        long consistent = 0;
        for (const auto& l : lines)
            if (l[k] == headerCount)
                ++consistent;
        const long score = consistent * 1000 + headerCount;
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return bestScore < 0 ? ',' : candidates[best];
}

int isSpaceNoTab(unsigned char c) { return c == ' '; }

struct ParseState
{
    QString limitError;        // a CsvLimits breach: the reading stops with this message
    std::vector<std::string> storage; // field bytes of the current record
    std::vector<std::string_view> views;
    size_t fieldCount = 0;
    qint64 line = 1;           // physical line being fed
    qint64 recordStart = 1;
    bool pendingStart = true;  // the next non-blank line starts a record
    qint64 index = 0;
    qint64 recordBytes = 0;    // bytes fed since the current record started
    const CsvRecordSink* sink = nullptr;
    bool stop = false;
    const QString* path = nullptr;
};

QString tooManyFields(const ParseState& st)
{
    return QCoreApplication::translate("sd::CsvReader", "%1: line %2: more than %3 columns, the limit for one row")
               .arg(*st.path).arg(st.recordStart).arg(CsvLimits::maxFields);
}

QString cellTooLong(const ParseState& st)
{
    return QCoreApplication::translate("sd::CsvReader", "%1: line %2: a field is longer than %3 MB, the limit for one cell (is a quote left open?)")
        .arg(*st.path).arg(st.recordStart).arg(CsvLimits::maxCellBytes >> 20);
}

QString recordTooLong(const ParseState& st)
{
    return QCoreApplication::translate("sd::CsvReader", "%1: line %2: a row is longer than %3 MB, the limit for one row (is a quote left open?)")
        .arg(*st.path).arg(st.recordStart).arg(CsvLimits::maxRecordBytes >> 20);
}

void onField(void* data, size_t len, void* ctx)
{
    auto* st = static_cast<ParseState*>(ctx);
    if (st->stop)
        return;
    if (st->fieldCount >= size_t(CsvLimits::maxFields)) {
        st->limitError = tooManyFields(*st);
        st->stop = true;
        return;
    }
    if (qint64(len) > CsvLimits::maxCellBytes) {
        st->limitError = cellTooLong(*st);
        st->stop = true;
        return;
    }
    if (st->fieldCount >= st->storage.size())
        st->storage.emplace_back();
    std::string& s = st->storage[st->fieldCount++];
    s.assign(data ? static_cast<const char*>(data) : "", data ? len : 0);
}

void onRecord(int, void* ctx)
{
    auto* st = static_cast<ParseState*>(ctx);
    st->recordBytes = 0;
    if (st->stop) {
        st->fieldCount = 0;
        return;
    }
    st->views.clear();
    for (size_t i = 0; i < st->fieldCount; ++i)
        st->views.emplace_back(st->storage[i]);
    CsvRecord rec;
    rec.fields = &st->views;
    rec.line = st->recordStart;
    rec.index = st->index++;
    st->fieldCount = 0;
    st->pendingStart = true;
    if (!(*st->sink)(rec))
        st->stop = true;
}

} // namespace

bool sniffCsvFormat(const QString& path, const CsvSniffOptions& options, CsvFormat* format, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("sd::CsvReader", "%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray head = f.read(kSniffBytes);
    const BomInfo bom = detectBom(head);
    CsvFormat fmt;
    fmt.hadBom = bom.size > 0;
    const QString requested = options.encoding.trimmed();
    if (!requested.isEmpty() && requested.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        iconv_t cd = iconv_open("UTF-8", requested.toLatin1().constData());
        if (cd == iconv_t(-1)) {
            if (error)
                *error = QCoreApplication::translate("sd::CsvReader", "unknown encoding \"%1\"").arg(requested);
            return false;
        }
        iconv_close(cd);
        fmt.encoding = requested.toUpper();
    } else if (!bom.encoding.isEmpty()) {
        fmt.encoding = bom.encoding;
    } else if (const QString utf16 = utf16WithoutBom(head); !utf16.isEmpty()) {
        fmt.encoding = utf16;
    } else {
        bool incomplete = false;
        const auto* b = reinterpret_cast<const unsigned char*>(head.constData());
        if (validUtf8Prefix(b, size_t(head.size()), &incomplete) == size_t(head.size()) || incomplete) {
            fmt.encoding = QStringLiteral("UTF-8");
        } else {
            uchardet_t ud = uchardet_new();
            uchardet_handle_data(ud, head.constData(), size_t(head.size()));
            uchardet_data_end(ud);
            QString detected = QString::fromLatin1(uchardet_get_charset(ud)).toUpper();
            uchardet_delete(ud);
            // Latin-1 text is decoded as Windows-1252, its superset for printable characters.
            if (detected.isEmpty() || detected == QLatin1String("ASCII") || detected == QLatin1String("ISO-8859-1"))
                detected = QStringLiteral("WINDOWS-1252");
            fmt.encoding = detected;
        }
    }
    if (options.delimiter) {
        fmt.delimiter = options.delimiter;
    } else {
        const QByteArray text = convertToUtf8(head.mid(bom.size), fmt.encoding);
        fmt.delimiter = sniffDelimiter(text);
    }
    *format = fmt;
    return true;
}

CsvReadResult readCsv(const QString& path, const CsvFormat& format, const CsvRecordSink& sink,
                      const CsvProgress& progress, const CsvRange& range)
{
    CsvReadResult result;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("sd::CsvReader", "%1: cannot open: %2").arg(path, f.errorString());
        return result;
    }
    const qint64 total = f.size();
    const qint64 rangeEnd = range.end < 0 ? total : std::min(range.end, total);
    if (range.begin > 0 && !f.seek(range.begin)) {
        result.error = QCoreApplication::translate("sd::CsvReader", "%1: cannot read: %2").arg(path, f.errorString());
        return result;
    }
    qint64 remaining = rangeEnd - range.begin;
    const bool utf8 = isUtf8Name(format.encoding);
    iconv_t cd = iconv_t(-1);
    if (!utf8) {
        cd = iconv_open("UTF-8", format.encoding.toLatin1().constData());
        if (cd == iconv_t(-1)) {
            result.error = QCoreApplication::translate("sd::CsvReader", "unknown encoding \"%1\"").arg(format.encoding);
            return result;
        }
    }

    csv_parser parser;
    csv_init(&parser, CSV_STRICT_FINI | CSV_APPEND_NULL);
    csv_set_delim(&parser, static_cast<unsigned char>(format.delimiter));
    // libcsv's built-in test (space or tab) is much faster than a callback; a tab delimiter needs one.
    if (format.delimiter == '\t')
        csv_set_space_func(&parser, isSpaceNoTab);

    ParseState st;
    st.sink = &sink;
    st.path = &path;
    st.index = range.firstIndex;
    QByteArray raw;      // bytes read, not yet converted
    QByteArray utf;      // converted bytes, not yet parsed
    QByteArray convBuf;
    qint64 done = 0;
    bool first = true;
    bool atEof = false;
    bool lastWasCr = false; // a CR ended the previous fed segment; a following LF belongs to it

    auto fail = [&](const QString& msg) {
        result.error = msg;
        csv_free(&parser);
        if (cd != iconv_t(-1))
            iconv_close(cd);
        return result;
    };
    // A NUL character is never text: the file is binary, or UTF-16 that sniffing could not tell.
    auto nulError = [&](qsizetype from) -> QString {
        const qsizetype at = utf.indexOf('\0', from);
        if (at < 0)
            return {};
        const qint64 line = st.line + std::count(utf.cbegin(), utf.cbegin() + at, '\n');
        return QCoreApplication::translate("sd::CsvReader", "%1: line %2: the file contains a NUL byte; it is binary data or UTF-16 without a byte-order mark, not CSV text")
            .arg(path).arg(line);
    };

    while (!atEof) {
        QByteArray chunk = remaining > 0 ? f.read(std::min(kChunk, remaining)) : QByteArray();
        remaining -= chunk.size();
        if (chunk.isEmpty())
            atEof = true;
        done += chunk.size();
        raw.append(chunk);
        if (first && !raw.isEmpty() && range.begin == 0) {
            const BomInfo bom = detectBom(raw);
            if (bom.size && (utf8 ? bom.encoding == QLatin1String("UTF-8") : true))
                raw.remove(0, bom.size);
            first = false;
        }
        // Decode to UTF-8.
        qsizetype usable = 0;
        if (utf8) {
            bool incomplete = false;
            const size_t ok = validUtf8Prefix(reinterpret_cast<const unsigned char*>(raw.constData()), size_t(raw.size()), &incomplete);
            if (ok < size_t(raw.size()) && (!incomplete || atEof)) {
                // Point at the line of the bad byte: lines fed so far plus newlines before it.
                const qint64 line = st.line + std::count(utf.cbegin(), utf.cend(), '\n')
                    + std::count(raw.cbegin(), raw.cbegin() + qsizetype(ok), '\n');
                return fail(QCoreApplication::translate("sd::CsvReader", "%1: line %2: invalid UTF-8; the file may use another encoding (try --encoding windows-1252)")
                                .arg(path).arg(line));
            }
            const qsizetype before = utf.size();
            utf.append(raw.constData(), qsizetype(ok));
            raw.remove(0, qsizetype(ok));
            usable = utf.size();
            if (const QString nul = nulError(before); !nul.isEmpty())
                return fail(nul);
        } else {
            convBuf.resize(raw.size() * 4 + 16);
            char* src = raw.data();
            size_t srcLeft = size_t(raw.size());
            char* dst = convBuf.data();
            size_t dstLeft = size_t(convBuf.size());
            if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == size_t(-1) && errno != EINVAL) {
                const qint64 line = st.line + std::count(utf.cbegin(), utf.cend(), '\n');
                return fail(QCoreApplication::translate("sd::CsvReader", "%1: near line %2: bytes that are not valid %3")
                                .arg(path).arg(line).arg(format.encoding));
            }
            if (atEof && srcLeft > 0)
                return fail(QCoreApplication::translate("sd::CsvReader", "%1: the file ends inside a %2 character")
                                .arg(path, format.encoding));
            const qsizetype before = utf.size();
            utf.append(convBuf.constData(), convBuf.size() - qsizetype(dstLeft));
            raw.remove(0, raw.size() - qsizetype(srcLeft));
            usable = utf.size();
            if (const QString nul = nulError(before); !nul.isEmpty())
                return fail(nul);
        }
        // Feed libcsv one physical line at a time so that records know their line numbers.
        const char* data = utf.constData();
        qsizetype pos = 0;
        while (pos < usable && !st.stop) {
            qsizetype end = pos;
            while (end < usable && data[end] != '\n' && data[end] != '\r')
                ++end;
            if (end >= usable && !atEof) {
                // An incomplete line: wait for more bytes, unless the record is already too long.
                if (st.recordBytes + (end - pos) > CsvLimits::maxRecordBytes) {
                    if (st.pendingStart)
                        st.recordStart = st.line;
                    return fail(recordTooLong(st));
                }
                break;
            }
            qsizetype segEnd = end < usable ? end + 1 : end;
            if (lastWasCr && pos == end && end < usable && data[end] == '\n') {
                // LF of a CRLF whose CR ended the previous segment.
                lastWasCr = false;
                if (csv_parse(&parser, data + pos, size_t(segEnd - pos), onField, onRecord, &st) != size_t(segEnd - pos))
                    return fail(QCoreApplication::translate("sd::CsvReader", "%1: line %2: %3")
                                    .arg(path).arg(st.line).arg(QString::fromUtf8(csv_strerror(csv_error(&parser)))));
                if (!st.limitError.isEmpty())
                    return fail(st.limitError);
                pos = segEnd;
                continue;
            }
            if (end < usable && data[end] == '\r' && end + 1 < usable && data[end + 1] == '\n')
                segEnd = end + 2;
            lastWasCr = end < usable && data[end] == '\r' && segEnd == end + 1;
            const bool blank = (end == pos);
            if (st.pendingStart && !blank) {
                st.recordStart = st.line;
                st.pendingStart = false;
            }
            st.recordBytes += segEnd - pos;
            if (st.recordBytes > CsvLimits::maxRecordBytes)
                return fail(recordTooLong(st));
            if (csv_parse(&parser, data + pos, size_t(segEnd - pos), onField, onRecord, &st) != size_t(segEnd - pos))
                return fail(QCoreApplication::translate("sd::CsvReader", "%1: line %2: %3")
                                .arg(path).arg(st.line).arg(QString::fromUtf8(csv_strerror(csv_error(&parser)))));
            if (!st.limitError.isEmpty())
                return fail(st.limitError);
            if (qint64(parser.entry_pos) > CsvLimits::maxCellBytes)
                return fail(cellTooLong(st));
            if (end < usable)
                ++st.line;
            pos = segEnd;
        }
        utf.remove(0, pos);
        if (st.stop) {
            result.cancelled = true;
            break;
        }
        if (progress && !progress(done, total)) {
            result.cancelled = true;
            break;
        }
    }
    if (!result.cancelled && rangeEnd < total) {
        // A partial range: the caller checks that it ended between records.
        result.endsAtRecordBoundary = parser.pstate == 0 && utf.isEmpty();
    } else if (!result.cancelled) {
        // libcsv reports an open quote at the end only in its strict mode, which also refuses
        // stray quotes inside fields that real files have; so the state is checked here
        // (pstate 2 = inside a field). Without this the rows after the quote vanish into one cell.
        if (parser.pstate == 2 && parser.quoted)
            return fail(QCoreApplication::translate("sd::CsvReader", "%1: line %2: a quoted field is not closed before the end of the file")
                            .arg(path).arg(st.recordStart));
        if (csv_fini(&parser, onField, onRecord, &st) != 0)
            return fail(QCoreApplication::translate("sd::CsvReader", "%1: line %2: a quoted field is not closed before the end of the file")
                            .arg(path).arg(st.recordStart));
        if (!st.limitError.isEmpty())
            return fail(st.limitError);
        if (st.stop)
            result.cancelled = true;
    }
    csv_free(&parser);
    if (cd != iconv_t(-1))
        iconv_close(cd);
    result.ok = !result.cancelled;
    result.records = st.index;
    result.bytes = done;
    return result;
}

namespace {

// Records copied out of the parser: field bytes in one buffer, with offsets.
struct RecordBatch
{
    std::string bytes;
    std::vector<size_t> fieldEnds;     // end offset of each field in bytes
    std::vector<size_t> recordEnds;    // end index into fieldEnds of each record
    std::vector<qint64> lines, indexes;
    qint64 bytesDone = 0;
};

} // namespace

CsvReadResult readCsvPipelined(const QString& path, const CsvFormat& format, const CsvRecordSink& sink,
                               const CsvProgress& progress)
{
    constexpr size_t kBatchRecords = 2048;
    constexpr size_t kMaxQueued = 8;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<RecordBatch> queue;
    bool producerDone = false;
    std::atomic<bool> stop{false};
    CsvReadResult parsed;

    std::thread producer([&] {
        RecordBatch batch;
        qint64 lastBytes = 0;
        auto push = [&] {
            batch.bytesDone = lastBytes;
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < kMaxQueued || stop.load(); });
            queue.push_back(std::move(batch));
            batch = RecordBatch();
            changed.notify_all();
        };
        parsed = readCsv(path, format, [&](const CsvRecord& rec) {
            for (std::string_view f : *rec.fields) {
                batch.bytes.append(f);
                batch.fieldEnds.push_back(batch.bytes.size());
            }
            batch.recordEnds.push_back(batch.fieldEnds.size());
            batch.lines.push_back(rec.line);
            batch.indexes.push_back(rec.index);
            if (batch.recordEnds.size() >= kBatchRecords)
                push();
            return !stop.load();
        }, [&](qint64 done, qint64) {
            lastBytes = done;
            return !stop.load();
        });
        if (!batch.recordEnds.empty())
            push();
        std::lock_guard lock(mutex);
        producerDone = true;
        changed.notify_all();
    });

    bool cancelled = false;
    std::vector<std::string_view> fields;
    const qint64 total = QFileInfo(path).size();
    for (;;) {
        RecordBatch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty() || producerDone; });
            if (queue.empty())
                break;
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        size_t field = 0;
        for (size_t r = 0; r < batch.recordEnds.size() && !cancelled; ++r) {
            fields.clear();
            for (; field < batch.recordEnds[r]; ++field) {
                const size_t begin = field ? batch.fieldEnds[field - 1] : 0;
                fields.emplace_back(batch.bytes.data() + begin, batch.fieldEnds[field] - begin);
            }
            CsvRecord rec;
            rec.fields = &fields;
            rec.line = batch.lines[r];
            rec.index = batch.indexes[r];
            if (!sink(rec))
                cancelled = true;
        }
        if (!cancelled && progress && !progress(batch.bytesDone, total))
            cancelled = true;
        if (cancelled) {
            stop = true;
            std::lock_guard lock(mutex);
            queue.clear();
            changed.notify_all();
            break;
        }
    }
    producer.join();
    if (cancelled) {
        parsed.ok = false;
        parsed.cancelled = true;
    }
    return parsed;
}

} // namespace sd
