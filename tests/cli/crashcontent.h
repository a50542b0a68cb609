// The rule-set text that the crash-safety test and its helper process both derive from a version
// number, so that the test can tell a whole version from a torn one.
#pragma once

#include <QByteArray>

namespace sd::crashtest {

inline QByteArray ruleSetContent(int version, int kb)
{
    QByteArray out = "{\"format\": \"segment-designer/rules\", \"version\": 1, \"name\": \"v" + QByteArray::number(version)
        + "\", \"fields\": {}, \"segments\": {\"mode\": \"exclusive\", \"children\": [";
    for (int i = 0; out.size() < qsizetype(kb) * 1024; ++i) {
        if (i)
            out += ", ";
        out += "{\"id\": \"s" + QByteArray::number(version) + "-" + QByteArray::number(i) + "\", \"name\": \"Segment "
            + QByteArray::number(i * 7919 % 100003) + "\"}";
    }
    return out + "]}}\n";
}

} // namespace sd::crashtest
