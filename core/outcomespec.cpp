// Outcome specification: "FIELD[=VALUE]" → Condition, checked against the field's type.
#include "outcomespec.h"

#include "evaluator.h"
#include "valueparsing.h"

#include <QCoreApplication>

namespace sd {

namespace {

} // namespace

std::optional<Condition> parseOutcomeSpec(const ColumnTable& table, const std::string& spec, QString* error)
{
    const size_t eq = spec.find('=');
    const std::string field = std::string(trimAscii(spec.substr(0, eq)));
    const bool hasValue = eq != std::string::npos;
    const std::string value = hasValue ? std::string(trimAscii(spec.substr(eq + 1))) : std::string();
    if (field.empty()) {
        *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome needs a field name: FIELD or FIELD=VALUE");
        return std::nullopt;
    }
    const Column* c = table.column(field);
    if (!c) {
        *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome field \"%1\" is not in the data")
                     .arg(QString::fromStdString(field));
        return std::nullopt;
    }
    Condition cond;
    cond.kind = Condition::Kind::Leaf;
    cond.field = field;
    cond.op = Op::Eq;
    const QString qfield = QString::fromStdString(field);
    const QString qvalue = QString::fromStdString(value);
    if (c->type == FieldType::Boolean) {
        if (!hasValue) {
            cond.value = true;
            return cond;
        }
        auto b = parseBoolean(value);
        if (!b) {
            *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome field \"%1\" is a boolean; \"%2\" is not yes/no/true/false/1/0")
                         .arg(qfield, qvalue);
            return std::nullopt;
        }
        cond.value = *b;
        return cond;
    }
    if (!hasValue) {
        *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome field \"%1\" is not a boolean: give the converting value as %1=VALUE")
                     .arg(qfield);
        return std::nullopt;
    }
    switch (c->type) {
    case FieldType::Number: {
        auto d = parseNumber(value);
        if (!d) {
            *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome field \"%1\" is a number; \"%2\" is not a number")
                         .arg(qfield, qvalue);
            return std::nullopt;
        }
        cond.value = *d;
        break;
    }
    case FieldType::Date:
        if (!parseDate(value, DateLayout::Iso)) {
            *error = QCoreApplication::translate("sd::OutcomeSpec", "the outcome field \"%1\" is a date; \"%2\" is not a date YYYY-MM-DD")
                         .arg(qfield, qvalue);
            return std::nullopt;
        }
        cond.value = value;
        break;
    case FieldType::List:
        cond.op = Op::HasAny;
        cond.value = nlohmann::json::array({value});
        break;
    default:
        cond.value = value;
        break;
    }
    return cond;
}

bool outcomeRows(const ColumnTable& table, const Condition& outcome, Bitmap* rows, QString* error)
{
    Evaluator ev(table);
    return ev.evaluateCondition(outcome, rows, error);
}

} // namespace sd
