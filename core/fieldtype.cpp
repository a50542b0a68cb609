// Field type names.
#include "fieldtype.h"

namespace sd {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Number: return QStringLiteral("number");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::List: return QStringLiteral("list");
    }
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromName(QStringView name)
{
    for (FieldType t : {FieldType::Text, FieldType::Number, FieldType::Date, FieldType::Boolean, FieldType::List})
        if (name == fieldTypeName(t))
            return t;
    return std::nullopt;
}

} // namespace sd
