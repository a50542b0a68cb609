// Bounded JSON reading for files from anywhere (rule files, JsonLogic documents). nlohmann's
// iterative SAX parser fills a DOM built here, with limits on nesting and on the number of values, so
// hostile text gives an error, never a crash or a hang. A syntax error is reported with
// its line and column and the JSON Pointer of the value being read.
#pragma once

#include "rulefile.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace sd {

using ojson = nlohmann::ordered_json;

struct JsonDom
{
    ojson root;
    std::optional<RuleFileError> failure; // set when the text was not read whole
};

// A file with millions of values is not something a person wrote; stopping there bounds the memory
// a hostile file can take (about 16 bytes per value plus containers).
inline constexpr size_t kMaxJsonValues = 4'000'000;

// Objects keep their members in document order; duplicate keys are all kept (the caller reports
// them, for instance with findDuplicateKey). Only resource exhaustion throws (std::bad_alloc).
JsonDom readJsonDom(const QByteArray& bytes, size_t maxDepth, size_t maxValues = kMaxJsonValues);

// The first key, in document order, that appears a second time in its object: the error points at
// the second appearance. Nothing when every object's keys are distinct.
std::optional<RuleFileError> findDuplicateKey(const ojson& root);

// An object's members as the vector they are (ordered_map hides the vector's indexing).
inline const ojson::object_t::Container& jsonMembers(const ojson& obj)
{
    return static_cast<const ojson::object_t::Container&>(obj.get_ref<const ojson::object_t&>());
}

// Appends a member without ordered_map's linear key search (objects may have millions of members).
inline void appendJsonMember(ojson& obj, const std::string& key, ojson value)
{
    if (!obj.is_object())
        obj = ojson::object();
    static_cast<ojson::object_t::Container&>(obj.get_ref<ojson::object_t&>()).emplace_back(key, std::move(value));
}

} // namespace sd
