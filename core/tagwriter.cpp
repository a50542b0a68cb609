// Writing tagged lead lists. Output goes to a temporary file renamed into place, so a failure never
// leaves a half-written file.
#include "tagwriter.h"

#include "csvreader.h"
#include "pendingfile.h"
#include "valueparsing.h"
#include "xlsxverify.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sd {

namespace {

void appendCsv(std::string& out, std::string_view v)
{
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(v);
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// The rows' output columns after the input's own.
struct ExtraColumns
{
    std::vector<std::string> attributes; // union of attribute keys in file order
    std::vector<std::string> scores;
    bool holdout = false;
};

ExtraColumns extraColumns(const RuleSet& rules)
{
    ExtraColumns x;
    std::function<void(const Segment&)> walk = [&](const Segment& s) {
        for (const auto& [k, v] : s.attributes)
            if (std::find(x.attributes.begin(), x.attributes.end(), k) == x.attributes.end())
                x.attributes.push_back(k);
        if (s.holdout)
            x.holdout = true;
        for (const Segment& c : s.children)
            walk(c);
    };
    walk(rules.root);
    for (const Score& s : rules.scores)
        x.scores.push_back(s.id);
    return x;
}

std::string attributeOf(const std::vector<SegmentMembers>& segs, int index, const std::string& key)
{
    // The nearest segment on the path that sets the attribute.
    for (int i = index; i >= 0; i = segs[size_t(i)].parent) {
        if (const Segment* n = segs[size_t(i)].node)
            for (const auto& [k, v] : n->attributes)
                if (k == key)
                    return v;
    }
    return {};
}

} // namespace

bool tagFormatForPath(const QString& path, TagFormat* format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        *format = TagFormat::Csv;
    else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        *format = TagFormat::Jsonl;
    else if (suffix == QLatin1String("xlsx"))
        *format = TagFormat::Xlsx;
    else
        return false;
    return true;
}

std::vector<std::vector<int>> terminalSegments(const std::vector<SegmentMembers>& segments, size_t rows)
{
    std::vector<std::vector<int>> out(rows);
    std::vector<Bitmap> terminal;
    terminal.reserve(segments.size());
    for (const SegmentMembers& s : segments)
        terminal.push_back(s.members);
    for (size_t i = 0; i < segments.size(); ++i)
        if (segments[i].parent >= 0)
            terminal[size_t(segments[i].parent)].andNot(segments[i].members);
    for (size_t i = 0; i < segments.size(); ++i)
        terminal[i].forEach([&](size_t row) { out[row].push_back(int(i)); });
    return out;
}

std::string neutraliseFormula(std::string_view cell)
{
    if (cell.empty())
        return {};
    const char c = cell.front();
    if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !parseNumber(cell))
        return "'" + std::string(cell);
    return std::string(cell);
}

TagResult writeTags(const ColumnTable& table, const RuleSet& rules, const std::vector<SegmentMembers>& segments,
                    const Evaluator& evaluator, const TagRequest& request)
{
    TagResult result;
    const size_t n = table.rowCount();
    const ExtraColumns extra = extraColumns(rules);
    const std::vector<std::vector<int>> terminal = terminalSegments(segments, n);

    std::vector<std::string> header;
    for (const Column& c : table.columns())
        header.push_back(c.name);
    const size_t inputColumns = header.size();
    header.push_back("segment_id");
    header.push_back("segment_path");
    for (const std::string& a : extra.attributes)
        header.push_back(a);
    for (const std::string& s : extra.scores)
        header.push_back(s);
    if (extra.holdout)
        header.push_back("holdout");
    std::vector<const std::vector<double>*> scoreValues;
    for (const std::string& s : extra.scores)
        scoreValues.push_back(evaluator.scoreValues(s));

    auto wanted = [&](int seg) {
        if (request.onlySegments.empty())
            return true;
        for (int i = seg; i >= 0; i = segments[size_t(i)].parent)
            for (const std::string& id : request.onlySegments)
                if (segments[size_t(i)].id == id)
                    return true;
        return false;
    };

    // Produces the output rows of one input row: its cells (raw CSV text or table text) + tags.
    auto forEachOutputRow = [&](size_t row, const std::vector<std::string>& cells,
                                const std::function<void(const std::vector<std::string>&, const std::vector<bool>&)>& sinkRow) {
        std::vector<int> segs = terminal[row];
        if (segs.empty())
            segs.push_back(-1);
        for (int seg : segs) {
            if (seg >= 0 ? !wanted(seg) : !request.onlySegments.empty())
                continue;
            std::vector<std::string> out = cells;
            std::vector<bool> numeric(out.size(), false);
            for (size_t i = 0; i < table.columns().size() && i < numeric.size(); ++i)
                numeric[i] = table.columns()[i].type == FieldType::Number && table.columns()[i].present.test(row);
            out.push_back(seg >= 0 ? segments[size_t(seg)].id : std::string());
            out.push_back(seg >= 0 ? segments[size_t(seg)].namePath : std::string());
            numeric.resize(out.size(), false);
            for (const std::string& a : extra.attributes) {
                out.push_back(seg >= 0 ? attributeOf(segments, seg, a) : std::string());
                numeric.push_back(false);
            }
            for (const auto* v : scoreValues) {
                out.push_back(v ? formatNumber((*v)[row]) : std::string());
                numeric.push_back(v != nullptr);
            }
            if (extra.holdout) {
                std::string h;
                for (int i = seg; i >= 0; i = segments[size_t(i)].parent)
                    if (segments[size_t(i)].holdout) {
                        h = segments[size_t(i)].holdout->test(row) ? "holdout" : "treatment";
                        break;
                    }
                out.push_back(h);
                numeric.push_back(false);
            }
            sinkRow(out, numeric);
        }
    };

    // Input cells in row order, from the source CSV when there is one.
    auto forEachInputRow = [&](const std::function<bool(size_t, const std::vector<std::string>&)>& write) -> QString {
        bool cancelled = false;
        const auto f = [&](size_t row, const std::vector<std::string>& rowCells) {
            if (request.progress && row % 4096 == 0 && !request.progress(qint64(row), qint64(n))) {
                cancelled = true;
                return false;
            }
            return write(row, rowCells);
        };
        std::vector<std::string> cells(inputColumns);
        if (request.sourceCsv.isEmpty()) {
            for (size_t row = 0; row < n; ++row) {
                for (size_t i = 0; i < inputColumns; ++i)
                    cells[i] = table.columns()[i].cellText(row);
                if (!f(row, cells))
                    return QCoreApplication::translate("sd::TagWriter", "writing cancelled");
            }
            return {};
        }
        CsvFormat format;
        QString err;
        if (!sniffCsvFormat(request.sourceCsv, {}, &format, &err))
            return err;
        size_t row = 0;
        bool stopped = false;
        const CsvReadResult r = readCsv(request.sourceCsv, format, [&](const CsvRecord& rec) {
            if (rec.index == 0)
                return true;
            for (size_t i = 0; i < inputColumns; ++i)
                cells[i] = i < rec.fields->size() ? std::string(trimAscii((*rec.fields)[i])) : std::string();
            if (row >= n || !f(row++, cells)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (cancelled)
            return QCoreApplication::translate("sd::TagWriter", "writing cancelled");
        if (stopped)
            return QCoreApplication::translate("sd::TagWriter", "writing stopped");
        return r.ok ? QString() : r.error;
    };

    const QString path = request.outputPath;
    if (request.format == TagFormat::Xlsx) {
        // Written into a file with no name until it is complete, so a kill leaves nothing behind.
        PendingFile pending(path);
        if (!pending.isOpen()) {
            result.error = QCoreApplication::translate("sd::TagWriter", "%1: cannot write: %2").arg(path, pending.errorString());
            return result;
        }
        const QString tmp = pending.writePath();
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows stream to disk: bounded memory for large lists
        lxw_workbook* wb = workbook_new_opt(QFile::encodeName(tmp).constData(), &options);
        if (!wb) {
            result.error = QCoreApplication::translate("sd::TagWriter", "%1: cannot create").arg(path);
            return result;
        }
        lxw_format* bold = workbook_add_format(wb);
        format_set_bold(bold);
        lxw_format* dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        // Sheets: one for all leads, or one per top-level segment (in tree order) plus one for leads
        // that reached none. Names are made valid and unique within Excel's 31-character limit.
        struct Sheet
        {
            lxw_worksheet* ws = nullptr;
            lxw_row_t next = 1;
            qint64 lastWritten = 1; // rows without cells leave no <row> in the sheet
        };
        std::vector<Sheet> sheets;
        std::vector<int> sheetOfTop(segments.size(), -1);
        std::vector<std::string> usedNames;
        auto addSheet = [&](const std::string& wanted) {
            QString name = QString::fromStdString(wanted);
            for (QChar& ch : name)
                if (QStringLiteral("[]:*?/\\").contains(ch) || ch.unicode() < 0x20)
                    ch = QLatin1Char('_');
            name = name.trimmed();
            if (name.startsWith(QLatin1Char('\'')))
                name[0] = QLatin1Char('_');
            if (name.isEmpty())
                name = QStringLiteral("Sheet");
            std::string base = name.left(28).toStdString();
            std::string candidate = name.left(31).toStdString();
            for (int k = 2; std::find(usedNames.begin(), usedNames.end(), QString::fromStdString(candidate).toLower().toStdString()) != usedNames.end(); ++k)
                candidate = base + " " + std::to_string(k);
            usedNames.push_back(QString::fromStdString(candidate).toLower().toStdString());
            Sheet sh;
            sh.ws = workbook_add_worksheet(wb, candidate.c_str());
            for (size_t i = 0; i < header.size(); ++i)
                worksheet_write_string(sh.ws, 0, lxw_col_t(i), header[i].c_str(), bold);
            worksheet_freeze_panes(sh.ws, 1, 0);
            sheets.push_back(sh);
            return int(sheets.size()) - 1;
        };
        int otherSheet = -1;
        if (request.sheetPerSegment) {
            for (size_t i = 0; i < segments.size(); ++i)
                if (segments[i].parent < 0)
                    sheetOfTop[i] = addSheet(segments[i].name);
            otherSheet = addSheet("No segment");
        } else {
            otherSheet = addSheet("Leads");
        }
        auto sheetFor = [&](int seg) {
            if (!request.sheetPerSegment || seg < 0)
                return otherSheet;
            while (segments[size_t(seg)].parent >= 0)
                seg = segments[size_t(seg)].parent;
            return sheetOfTop[size_t(seg)];
        };
        bool tooMany = false;
        QString cellError;
        const QString err = forEachInputRow([&](size_t row, const std::vector<std::string>& cells) {
            bool ok = true;
            int outIndex = 0;
            std::vector<int> segs = terminal[row];
            if (segs.empty())
                segs.push_back(-1);
            forEachOutputRow(row, cells, [&](const std::vector<std::string>& out, const std::vector<bool>& numeric) {
                // forEachOutputRow skips filtered segments; find the one this output row belongs to.
                int seg = -1;
                for (; outIndex < int(segs.size()); ++outIndex) {
                    const int s = segs[size_t(outIndex)];
                    const std::string id = s >= 0 ? segments[size_t(s)].id : std::string();
                    if (id == out[inputColumns]) {
                        seg = s;
                        ++outIndex;
                        break;
                    }
                }
                Sheet& sh = sheets[size_t(sheetFor(seg))];
                if (sh.next >= LXW_ROW_MAX) {
                    ok = false;
                    tooMany = true;
                    return;
                }
                for (size_t i = 0; i < out.size() && ok; ++i) {
                    if (out[i].empty())
                        continue;
                    const Column* c = i < inputColumns ? &table.columns()[i] : nullptr;
                    const bool typed = c && c->present.test(row);
                    auto d = numeric[i] ? parseNumber(out[i]) : std::nullopt;
                    std::optional<Ymd> day;
                    if (typed && c->type == FieldType::Date)
                        day = parseDate(std::string_view(out[i]).substr(0, 10), DateLayout::Iso);
                    lxw_error e;
                    if (d) {
                        e = worksheet_write_number(sh.ws, sh.next, lxw_col_t(i), *d, nullptr);
                    } else if (day) {
                        lxw_datetime dt{day->year, day->month, day->day, 0, 0, 0};
                        e = worksheet_write_datetime(sh.ws, sh.next, lxw_col_t(i), &dt, dateFormat);
                    } else if (typed && c->type == FieldType::Boolean) {
                        e = worksheet_write_boolean(sh.ws, sh.next, lxw_col_t(i), c->truth.test(row) ? 1 : 0, nullptr);
                    } else {
                        e = worksheet_write_string(sh.ws, sh.next, lxw_col_t(i), out[i].c_str(), nullptr);
                    }
                    sh.lastWritten = qint64(sh.next) + 1;
                    if (e != LXW_NO_ERROR) {
                        // A cell a spreadsheet cannot hold (over 32,767 characters) is an error, not a blank.
                        cellError = e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                            ? QCoreApplication::translate("sd::TagWriter", "%1: row %2, column \"%3\": a cell longer than 32,767 characters does not fit in an XLSX sheet (write .csv or .jsonl instead)")
                                  .arg(path).arg(sh.next + 1).arg(QString::fromStdString(header[i]))
                            : QCoreApplication::translate("sd::TagWriter", "%1: row %2: %3")
                                  .arg(path).arg(sh.next + 1).arg(QString::fromUtf8(lxw_strerror(e)));
                        ok = false;
                    }
                }
                ++sh.next;
                ++result.rowsWritten;
            });
            return ok;
        });
        const lxw_error closeErr = workbook_close(wb);
        QString verifyError;
        for (size_t k = 0; k < sheets.size() && err.isEmpty() && closeErr == LXW_NO_ERROR && cellError.isEmpty(); ++k) {
            const QByteArray entry = "xl/worksheets/sheet" + QByteArray::number(qint64(k + 1)) + ".xml";
            if (!verifyXlsxSheet(tmp, entry.constData(), sheets[k].lastWritten, &verifyError))
                cellError = verifyError.replace(tmp, path);
        }
        if (!err.isEmpty() || closeErr != LXW_NO_ERROR || !cellError.isEmpty()) {
            result.error = !cellError.isEmpty() ? cellError
                : !err.isEmpty() ? (tooMany ? QCoreApplication::translate("sd::TagWriter", "%1: more rows than a spreadsheet holds (1,048,576)")
                                                  .arg(path) : err)
                                 : QCoreApplication::translate("sd::TagWriter", "%1: %2")
                                       .arg(path, QString::fromUtf8(lxw_strerror(closeErr)));
            return result;
        }
        // The rename replaces an existing file atomically: readers see the old file or the new one.
        if (!pending.commit(&result.error))
            return result;
        result.ok = true;
        return result;
    }

    QSaveFile file(path);
    // Unbuffered: rows are buffered here already, and a failed write then reports its real cause.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        result.error = QCoreApplication::translate("sd::TagWriter", "%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    std::string buf;
    buf.reserve(1 << 21);
    int writeErrno = 0;
    auto flush = [&] {
        errno = 0;
        if (file.write(buf.data(), qint64(buf.size())) != qint64(buf.size())) {
            writeErrno = errno;
            return false;
        }
        buf.clear();
        return true;
    };
    if (request.format == TagFormat::Csv) {
        for (size_t i = 0; i < header.size(); ++i) {
            if (i)
                buf += ',';
            appendCsv(buf, neutraliseFormula(header[i]));
        }
        buf += "\r\n";
    }
    bool writeOk = true;
    const QString err = forEachInputRow([&](size_t row, const std::vector<std::string>& cells) {
        forEachOutputRow(row, cells, [&](const std::vector<std::string>& out, const std::vector<bool>& numeric) {
            if (request.format == TagFormat::Csv) {
                for (size_t i = 0; i < out.size(); ++i) {
                    if (i)
                        buf += ',';
                    appendCsv(buf, numeric[i] ? out[i] : neutraliseFormula(out[i]));
                }
                buf += "\r\n";
            } else {
                nlohmann::ordered_json j;
                for (size_t i = 0; i < out.size(); ++i) {
                    const Column* c = i < inputColumns ? &table.columns()[i] : nullptr;
                    if (out[i].empty() && (c || i >= inputColumns + 2)) {
                        j[header[i]] = nullptr;
                    } else if (numeric[i]) {
                        auto d = parseNumber(out[i]);
                        j[header[i]] = d ? nlohmann::json(*d) : nlohmann::json(out[i]);
                    } else if (c && c->type == FieldType::Boolean && c->present.test(row)) {
                        j[header[i]] = c->truth.test(row);
                    } else if (c && c->type == FieldType::List) {
                        nlohmann::json items = nlohmann::json::array();
                        size_t start = 0;
                        while (!out[i].empty() && start <= out[i].size()) {
                            size_t end = out[i].find(';', start);
                            if (end == std::string::npos)
                                end = out[i].size();
                            const std::string_view item = trimAscii(std::string_view(out[i]).substr(start, end - start));
                            if (!item.empty())
                                items.push_back(std::string(item));
                            start = end + 1;
                        }
                        j[header[i]] = items;
                    } else {
                        j[header[i]] = out[i];
                    }
                }
                buf += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                buf += '\n';
            }
            ++result.rowsWritten;
        });
        if (buf.size() > (1 << 20) && !flush())
            writeOk = false;
        return writeOk;
    });
    if (!err.isEmpty() || !writeOk || !flush()) {
        // A failed write stops the rows early; its message, not the stop, is what the user needs
        // (taken before cancelling, which replaces it).
        const QString cause = writeErrno ? systemErrorText(writeErrno) : file.errorString();
        result.error = err.isEmpty() || !writeOk ? QCoreApplication::translate("sd::TagWriter", "%1: cannot write: %2")
                                                       .arg(path, cause) : err;
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = QCoreApplication::translate("sd::TagWriter", "%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace sd
