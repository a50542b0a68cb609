// Field types of the workspace and their names in files (rule file v1, workspace schema).
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

enum class FieldType { Text, Number, Date, Boolean, List };

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);

// A column of the workspace's lead table.
struct FieldDef
{
    qint64 id = 0;
    QString name;          // unique, case-insensitively; also the SQL column name in `leads`
    FieldType type = FieldType::Text;
    QString sourceColumn;  // header text the field was first imported from
    QStringList placeholders; // values that were read as empty at import
    int position = 0;
};

} // namespace sd
