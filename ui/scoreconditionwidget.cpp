// Score rule condition: always, one condition, or a compound condition shown as text.
#include "scoreconditionwidget.h"

#include "conditionleafwidget.h"
#include "fieldcatalog.h"
#include "rulesetdiff.h"
#include "valueparsing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sd {

namespace {

enum Mode { Always, Single, Compound };

bool isList(Op op)
{
    return op == Op::In || op == Op::NotIn || op == Op::HasAny || op == Op::HasAll || op == Op::HasNone;
}

bool noValue(Op op)
{
    return op == Op::IsEmpty || op == Op::IsNotEmpty;
}

} // namespace

ScoreConditionWidget::ScoreConditionWidget(FieldCatalog* catalog, QWidget* parent)
    : QWidget(parent), mCatalog(catalog)
{
    mMode = new QComboBox;
    mMode->addItem(tr("Always"), Always);
    mMode->addItem(tr("Only when"), Single);
    mMode->setToolTip(tr("Whether the rule gives its points to every lead or only where a condition holds"));
    mField = new QComboBox;
    mField->setMinimumContentsLength(14);
    mField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mOp = new QComboBox;
    mValue = new QLineEdit;
    mValue->setPlaceholderText(tr("value (a, b for several)"));
    mCompound = new QLabel;
    mCompound->setWordWrap(true);
    mCompound->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* leaf = new QWidget;
    auto* leafRow = new QHBoxLayout(leaf);
    leafRow->setContentsMargins(0, 0, 0, 0);
    leafRow->addWidget(mField, 2);
    leafRow->addWidget(mOp, 1);
    leafRow->addWidget(mValue, 2);
    auto* compound = new QWidget;
    auto* compoundRow = new QHBoxLayout(compound);
    compoundRow->setContentsMargins(0, 0, 0, 0);
    compoundRow->addWidget(mCompound, 1);
    mStack = new QStackedWidget;
    mStack->addWidget(new QWidget);
    mStack->addWidget(leaf);
    mStack->addWidget(compound);
    mError = new QLabel;
    mError->setWordWrap(true);
    mError->setObjectName(QStringLiteral("scoreConditionError"));
    mError->setStyleSheet(QStringLiteral("color: #c0392b"));
    mError->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mMode);
    row->addWidget(mStack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(mError);

    connect(mMode, &QComboBox::currentIndexChanged, this, [this] {
        if (mUpdating)
            return;
        const int mode = mMode->currentData().toInt();
        if (mode == Always) {
            emit conditionEdited(std::nullopt, tr("Score rule applies always"));
        } else if (mode == Single && mField->count() > 0) {
            const std::string field = mField->itemData(0).toString().toStdString();
            const auto f = mCatalog->field(field);
            emit conditionEdited(ConditionLeafWidget::defaultLeaf(field, f ? f->type : FieldType::Text, mCatalog->profile(field)),
                                 tr("Add score rule condition"));
        }
    });
    connect(mField, &QComboBox::activated, this, &ScoreConditionWidget::fieldChosen);
    connect(mOp, &QComboBox::activated, this, &ScoreConditionWidget::operatorChosen);
    connect(mValue, &QLineEdit::editingFinished, this, &ScoreConditionWidget::valueEntered);
}

void ScoreConditionWidget::setCondition(const std::optional<Condition>& when, const std::string& scoreId, bool enabled)
{
    mWhen = when;
    mScoreId = scoreId;
    mUpdating = true;
    const bool compound = when && when->kind != Condition::Kind::Leaf;
    if (mMode->count() == 3)
        mMode->removeItem(2);
    if (compound)
        mMode->addItem(tr("Only when (groups)"), Compound);
    mMode->setCurrentIndex(mMode->findData(!when ? Always : compound ? Compound : Single));
    rebuildFields();
    if (compound)
        mCompound->setText(QString::fromStdString(conditionText(*when)));
    showLeaf();
    mStack->setCurrentIndex(!when ? Always : compound ? Compound : Single);
    setEnabled(enabled);
    mUpdating = false;
}

void ScoreConditionWidget::setError(const QString& message)
{
    mError->setText(message);
    mError->setVisible(!message.isEmpty());
}

void ScoreConditionWidget::rebuildFields()
{
    mField->clear();
    for (const CatalogField& f : mCatalog->fields()) {
        if (f.name == mScoreId)
            continue;
        mField->addItem(f.score ? tr("%1 (score)").arg(QString::fromStdString(f.name)) : QString::fromStdString(f.name),
                        QString::fromStdString(f.name));
    }
}

FieldType ScoreConditionWidget::fieldType() const
{
    if (!mWhen || mWhen->kind != Condition::Kind::Leaf)
        return FieldType::Text;
    const auto f = mCatalog->field(mWhen->field);
    return f ? f->type : FieldType::Text;
}

void ScoreConditionWidget::showLeaf()
{
    mOp->clear();
    if (!mWhen || mWhen->kind != Condition::Kind::Leaf) {
        mValue->clear();
        return;
    }
    int at = mField->findData(QString::fromStdString(mWhen->field));
    if (at < 0) {
        mField->addItem(QString::fromStdString(mWhen->field), QString::fromStdString(mWhen->field));
        at = mField->count() - 1;
    }
    mField->setCurrentIndex(at);
    const FieldType type = fieldType();
    for (Op op : ConditionLeafWidget::operatorsFor(type))
        mOp->addItem(ConditionLeafWidget::operatorText(op, type), int(op));
    if (mOp->findData(int(mWhen->op)) < 0)
        mOp->addItem(QString::fromLatin1(opName(mWhen->op)), int(mWhen->op));
    mOp->setCurrentIndex(mOp->findData(int(mWhen->op)));
    mValue->setText(valueText(mWhen->value));
    mValue->setEnabled(!noValue(mWhen->op));
}

void ScoreConditionWidget::fieldChosen()
{
    const std::string field = mField->currentData().toString().toStdString();
    if (mWhen && mWhen->kind == Condition::Kind::Leaf && mWhen->field == field)
        return;
    const auto f = mCatalog->field(field);
    emit conditionEdited(ConditionLeafWidget::defaultLeaf(field, f ? f->type : FieldType::Text, mCatalog->profile(field)),
                         tr("Change score rule condition"));
}

void ScoreConditionWidget::operatorChosen()
{
    if (!mWhen || mWhen->kind != Condition::Kind::Leaf)
        return;
    const Op op = Op(mOp->currentData().toInt());
    if (op == mWhen->op)
        return;
    emit conditionEdited(ConditionLeafWidget::withOperator(*mWhen, op, fieldType(), mCatalog->profile(mWhen->field)),
                         tr("Change score rule condition"));
}

void ScoreConditionWidget::valueEntered()
{
    if (mUpdating || !mWhen || mWhen->kind != Condition::Kind::Leaf || noValue(mWhen->op))
        return;
    QString error;
    const auto value = parseValue(mValue->text(), mWhen->op, fieldType(), &error);
    if (!value) {
        setError(error);
        return;
    }
    if (*value == mWhen->value)
        return;
    Condition c = *mWhen;
    c.value = *value;
    emit conditionEdited(c, tr("Change score rule condition"));
}

QString ScoreConditionWidget::valueText(const nlohmann::json& value)
{
    const auto scalar = [](const nlohmann::json& v) {
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        if (v.is_number())
            return QString::fromStdString(formatNumber(v.get<double>()));
        if (v.is_boolean())
            return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        return QString();
    };
    if (!value.is_array())
        return scalar(value);
    QStringList parts;
    for (const nlohmann::json& v : value)
        parts << scalar(v);
    return parts.join(QStringLiteral(", "));
}

std::optional<nlohmann::json> ScoreConditionWidget::parseValue(const QString& text, Op op, FieldType type, QString* error)
{
    const auto scalar = [&](const QString& part) -> std::optional<nlohmann::json> {
        const std::string s = part.trimmed().toStdString();
        if (op == Op::WithinLastDays || op == Op::NotWithinLastDays) {
            const auto n = parseNumber(s);
            if (!n || *n < 0 || *n != std::floor(*n)) {
                *error = tr("“%1” is not a whole number of days").arg(part.trimmed());
                return std::nullopt;
            }
            return nlohmann::json(int64_t(*n));
        }
        switch (type) {
        case FieldType::Number: {
            auto n = parseNumber(s);
            if (!n) {
                bool ok = false;
                const double v = QLocale().toDouble(part.trimmed(), &ok);
                if (ok)
                    n = v;
            }
            if (!n) {
                *error = tr("“%1” is not a number").arg(part.trimmed());
                return std::nullopt;
            }
            return nlohmann::json(*n);
        }
        case FieldType::Boolean: {
            const auto b = parseBoolean(s);
            if (!b) {
                *error = tr("“%1” is not true or false").arg(part.trimmed());
                return std::nullopt;
            }
            return nlohmann::json(*b);
        }
        case FieldType::Date: {
            const auto d = parseDate(s, DateLayout::Iso);
            if (!d) {
                *error = tr("“%1” is not a date (YYYY-MM-DD)").arg(part.trimmed());
                return std::nullopt;
            }
            return nlohmann::json(formatIsoDate(*d));
        }
        case FieldType::Text:
        case FieldType::List:
            return nlohmann::json(s);
        }
        return std::nullopt;
    };
    if (op == Op::Between || isList(op)) {
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (op == Op::Between && parts.size() != 2) {
            *error = tr("between needs two values: low, high");
            return std::nullopt;
        }
        if (parts.isEmpty()) {
            *error = tr("give at least one value");
            return std::nullopt;
        }
        nlohmann::json out = nlohmann::json::array();
        for (const QString& p : parts) {
            auto v = scalar(p);
            if (!v)
                return std::nullopt;
            out.push_back(*v);
        }
        return out;
    }
    return scalar(text);
}

} // namespace sd
