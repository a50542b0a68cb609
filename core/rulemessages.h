// Pieces shared by the rule-file parser and the rule-set validator for their error reports:
// JSON Pointer tokens, user text quoted for a message, and translation of the messages.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace sd::rulemessages {

inline std::string pointerToken(std::string_view key)
{
    std::string out;
    out.reserve(key.size() + 1);
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

inline std::string indexToken(size_t i) { return '/' + std::to_string(i); }

// User text in a message: escaped like JSON and cut short, so that a hostile 50 MB name does not
// become a 50 MB message.
inline std::string quote(std::string_view s)
{
    constexpr size_t kMax = 80;
    std::string cut(s.substr(0, std::min(s.size(), kMax)));
    if (s.size() > kMax) {
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back(); // continuation bytes of a character the cut split
        if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0)
            cut.pop_back();
        cut += "...";
    }
    return nlohmann::json(cut).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// User-visible messages go through Qt's translation (STYLE.md 10). Call sites translate with
// QCoreApplication::translate("sd::RuleFile", "...") written out, because lupdate takes the context
// only from a literal next to the text; fillIn then fills the placeholders in one pass, so that user
// text containing "%2" stays as it is.
template <typename... Args> std::string fillIn(const QString& translated, const Args&... args)
{
    if constexpr (sizeof...(Args) > 0)
        return translated.arg(QString::fromStdString(args)...).toStdString();
    else
        return translated.toStdString();
}

} // namespace sd::rulemessages
