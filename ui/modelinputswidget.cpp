// Outcome picker and field checklist. Values offered for a text outcome are its most common ones.
#include "modelinputswidget.h"

#include "outcomespec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {

ModelInputsWidget::ModelInputsWidget(std::shared_ptr<const ColumnTable> table, QWidget* parent)
    : QWidget(parent), mTable(std::move(table))
{
    mOutcomeField = new QComboBox(this);
    mOutcomeValue = new QComboBox(this);
    mOutcomeValue->setEditable(true);
    mFields = new QListWidget(this);
    const Column* key = mTable->keyColumn();
    for (const Column& c : mTable->columns()) {
        if (c.type == FieldType::Boolean || c.type == FieldType::Text || c.type == FieldType::Number)
            mOutcomeField->addItem(QString::fromStdString(c.name));
        if (c.type == FieldType::List || &c == key)
            continue;
        auto* item = new QListWidgetItem(QString::fromStdString(c.name), mFields);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // A boolean field is the usual outcome; prefer the last one, as exports put results at the end.
    for (int i = mOutcomeField->count() - 1; i >= 0; --i) {
        const Column* c = mTable->column(mOutcomeField->itemText(i).toStdString());
        if (c && c->type == FieldType::Boolean) {
            mOutcomeField->setCurrentIndex(i);
            break;
        }
    }
    auto* all = new QPushButton(tr("All"), this);
    auto* none = new QPushButton(tr("None"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < mFields->count(); ++i)
            if (!mFields->item(i)->isHidden())
                mFields->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < mFields->count(); ++i)
            mFields->item(i)->setCheckState(Qt::Unchecked);
    });
    auto* form = new QFormLayout;
    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(mOutcomeField, 1);
    outcomeRow->addWidget(new QLabel(QStringLiteral("="), this));
    outcomeRow->addWidget(mOutcomeValue, 1);
    form->addRow(tr("Converted when"), outcomeRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Fields the model may use:"), this), 1);
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(mFields, 1);
    connect(mOutcomeField, &QComboBox::currentIndexChanged, this, [this] {
        fillValues();
        emit changed();
    });
    connect(mOutcomeValue, &QComboBox::currentTextChanged, this, &ModelInputsWidget::changed);
    connect(mFields, &QListWidget::itemChanged, this, &ModelInputsWidget::changed);
    fillValues();
}

void ModelInputsWidget::fillValues()
{
    mOutcomeValue->clear();
    const std::string name = mOutcomeField->currentText().toStdString();
    const Column* c = mTable->column(name);
    // The outcome cannot also be an input: it would predict itself.
    for (int i = 0; i < mFields->count(); ++i) {
        QListWidgetItem* item = mFields->item(i);
        const bool outcome = item->text().toStdString() == name;
        item->setHidden(outcome);
        if (outcome)
            item->setCheckState(Qt::Unchecked);
    }
    if (!c)
        return;
    if (c->type == FieldType::Boolean) {
        mOutcomeValue->addItems({QStringLiteral("true"), QStringLiteral("false")});
    } else if (c->type == FieldType::Text && c->dictionary) {
        std::vector<size_t> counts(c->dictionary->size(), 0);
        for (uint32_t code : c->codes)
            ++counts[code];
        std::vector<uint32_t> order;
        for (uint32_t code = 1; code < counts.size(); ++code)
            if (counts[code])
                order.push_back(code);
        std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return counts[a] > counts[b]; });
        for (size_t i = 0; i < std::min<size_t>(order.size(), 50); ++i)
            mOutcomeValue->addItem(QString::fromUtf8(c->dictionary->at(order[i]).data(), qsizetype(c->dictionary->at(order[i]).size())));
    }
}

std::optional<Condition> ModelInputsWidget::outcome(QString* error) const
{
    const QString field = mOutcomeField->currentText();
    if (field.isEmpty()) {
        *error = tr("The data has no field that could be the outcome.");
        return std::nullopt;
    }
    const QString value = mOutcomeValue->currentText().trimmed();
    const QString spec = value.isEmpty() ? field : field + QLatin1Char('=') + value;
    return parseOutcomeSpec(*mTable, spec.toStdString(), error);
}

std::vector<std::string> ModelInputsWidget::fields() const
{
    std::vector<std::string> out;
    for (int i = 0; i < mFields->count(); ++i)
        if (!mFields->item(i)->isHidden() && mFields->item(i)->checkState() == Qt::Checked)
            out.push_back(mFields->item(i)->text().toStdString());
    return out;
}

void ModelInputsWidget::setOutcome(const QString& field, const QString& value)
{
    mOutcomeField->setCurrentText(field);
    fillValues();
    mOutcomeValue->setCurrentText(value);
}

void ModelInputsWidget::setFields(const std::vector<std::string>& fields)
{
    for (int i = 0; i < mFields->count(); ++i) {
        QListWidgetItem* item = mFields->item(i);
        const bool on = std::find(fields.begin(), fields.end(), item->text().toStdString()) != fields.end();
        item->setCheckState(on && !item->isHidden() ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace sd
