// The DOM builder behind readJsonDom: a SAX handler that keeps its own stack of open containers.
#include "jsondom.h"
#include "rulemessages.h"

#include <QCoreApplication>
#include <QString>

#include <deque>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sd {

namespace {

using rulemessages::fillIn;
using rulemessages::indexToken;
using rulemessages::pointerToken;

// Messages must be valid UTF-8 (the CLI prints them as JSON); parser messages quote raw bytes.
std::string validUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toStdString();
}


class DomBuilder : public nlohmann::json_sax<ojson>
{
public:
    DomBuilder(const QByteArray& bytes, size_t maxDepth, size_t maxValues)
        : mBytes(bytes), mMaxDepth(maxDepth), mMaxValues(maxValues)
    {
        // Never reallocated: frames hold deques (whose move may copy), and nodes point into them.
        mStack.reserve(maxDepth + 1);
    }

    ojson root;
    std::optional<RuleFileError> failure;

    bool null() override { return put(ojson()); }
    bool boolean(bool v) override { return put(ojson(v)); }
    bool number_integer(number_integer_t v) override { return put(ojson(v)); }
    bool number_unsigned(number_unsigned_t v) override { return put(ojson(v)); }
    bool number_float(number_float_t v, const string_t&) override { return put(ojson(v)); }
    bool string(string_t& v) override { return put(ojson(std::move(v))); }
    bool binary(binary_t&) override { return put(ojson()); } // JSON text has no binary values
    bool start_object(std::size_t) override { return open(ojson::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(ojson::array()); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override
    {
        mStack.back().key = k;
        mStack.back().hasKey = true;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& ex) override
    {
        if (ex.id == 406) { // nlohmann: a number that does not fit a double (1e999)
            failure = RuleFileError{pendingPointer(), validUtf8(fillIn(QCoreApplication::translate("sd::RuleFile", "number out of range: %1"),
                                                                       lastToken))};
            return false;
        }
        // Our own line/column (1-based, bytes), and nlohmann's description without its prefix.
        const size_t end = std::min<size_t>(position, size_t(mBytes.size()));
        size_t line = 1, column = 1;
        for (size_t i = 0; i < end; ++i) {
            if (mBytes[qsizetype(i)] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string what = ex.what();
        if (auto p = what.find("] "); p != std::string::npos)
            what.erase(0, p + 2);
        if (what.starts_with("parse error"))
            if (auto p = what.find(": "); p != std::string::npos)
                what.erase(0, p + 2);
        // The lexer reports the position after the offending byte.
        failure = RuleFileError{pendingPointer(), validUtf8(fillIn(QCoreApplication::translate("sd::RuleFile", "invalid JSON at line %1, column %2: %3"),
                                                                   std::to_string(line), std::to_string(column > 1 ? column - 1 : column),
                                                                   what))};
        return false;
    }

private:
    struct Frame
    {
        ojson* node;
        std::string key;
        bool hasKey = false;
        // An object's members are collected here and moved into the node, reserved to size, when
        // it closes: growing a vector of pair<const string, json> to millions of members would
        // copy every key at each reallocation and touch twice the memory it ends up using.
        std::deque<std::pair<std::string, ojson>> members;
    };

    ojson* add(ojson&& v)
    {
        if (mStack.empty()) {
            root = std::move(v);
            return &root;
        }
        Frame& f = mStack.back();
        if (f.node->is_array()) {
            auto& items = f.node->get_ref<ojson::array_t&>();
            items.push_back(std::move(v));
            return &items.back();
        }
        // No lookup of the key here: ordered_map's linear search would make a file with a million
        // fields quadratic. Duplicate keys are left to the caller.
        f.members.emplace_back(f.key, std::move(v));
        return &f.members.back().second; // deque: stays valid while more members are added
    }

    bool put(ojson&& v)
    {
        if (++mValues > mMaxValues) {
            failure = RuleFileError{pendingPointer(), fillIn(QCoreApplication::translate("sd::RuleFile", "the file has more than %1 values"),
                                                             std::to_string(mMaxValues))};
            return false;
        }
        add(std::move(v));
        if (!mStack.empty())
            mStack.back().hasKey = false; // the member is complete; errors now belong to the object
        return true;
    }

    bool open(ojson&& container)
    {
        if (mStack.size() + 1 > mMaxDepth) {
            failure = RuleFileError{pendingPointer(), fillIn(QCoreApplication::translate("sd::RuleFile", "the JSON is nested deeper than %1 levels"),
                                                             std::to_string(mMaxDepth))};
            return false;
        }
        if (++mValues > mMaxValues) {
            failure = RuleFileError{pendingPointer(), fillIn(QCoreApplication::translate("sd::RuleFile", "the file has more than %1 values"),
                                                             std::to_string(mMaxValues))};
            return false;
        }
        // The node stays where it is until it closes: an array grows only while it is the innermost
        // open container, and object members sit in a deque.
        mStack.push_back({add(std::move(container)), {}, false, {}});
        return true;
    }

    bool close()
    {
        Frame& f = mStack.back();
        if (f.node->is_object()) {
            auto& members = static_cast<ojson::object_t::Container&>(f.node->get_ref<ojson::object_t&>());
            members.reserve(f.members.size());
            for (auto& [k, v] : f.members)
                members.emplace_back(std::move(k), std::move(v));
        }
        mStack.pop_back();
        if (!mStack.empty())
            mStack.back().hasKey = false;
        return true;
    }

    // Pointer of the value being read, for errors in the middle of the text.
    std::string pendingPointer() const
    {
        std::string p;
        for (size_t i = 0; i < mStack.size(); ++i) {
            const Frame& f = mStack[i];
            if (f.node->is_array()) {
                // An open child container is already in the array; a pending scalar is not yet.
                const bool childOpen = i + 1 < mStack.size();
                p += indexToken(f.node->size() - (childOpen ? 1 : 0));
            } else {
                if (!f.hasKey)
                    break;
                p += pointerToken(f.key);
            }
        }
        return p;
    }

    const QByteArray& mBytes;
    size_t mMaxDepth;
    size_t mMaxValues;
    size_t mValues = 0;
    std::vector<Frame> mStack;
};


} // namespace

JsonDom readJsonDom(const QByteArray& bytes, size_t maxDepth, size_t maxValues)
{
    DomBuilder dom(bytes, maxDepth, maxValues);
    const char* begin = bytes.constData();
    ojson::sax_parse(begin, begin + bytes.size(), &dom);
    JsonDom out;
    out.failure = std::move(dom.failure);
    if (!out.failure)
        out.root = std::move(dom.root);
    return out;
}

std::optional<RuleFileError> findDuplicateKey(const ojson& root)
{
    // Depth first, children in document order, without recursion.
    std::vector<std::pair<const ojson*, std::string>> stack{{&root, std::string()}};
    while (!stack.empty()) {
        auto [node, pointer] = std::move(stack.back());
        stack.pop_back();
        std::vector<std::pair<const ojson*, std::string>> children;
        if (node->is_object()) {
            std::unordered_set<std::string_view> seen;
            for (const auto& [key, value] : jsonMembers(*node)) {
                if (!seen.insert(key).second)
                    return RuleFileError{pointer + pointerToken(key),
                                         fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate key %1"), rulemessages::quote(key))};
                children.emplace_back(&value, pointer + pointerToken(key));
            }
        } else if (node->is_array()) {
            size_t i = 0;
            for (const ojson& item : *node)
                children.emplace_back(&item, pointer + indexToken(i++));
        }
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(std::move(*it));
    }
    return std::nullopt;
}

} // namespace sd
