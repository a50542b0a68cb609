// Condition row: field, operator, type-aware value editor, funnel count, messages.
#include "conditionleafwidget.h"

#include "conditiondraghandle.h"
#include "conditioneditor.h"
#include "valuelistpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace sd {

namespace {

bool isListOp(Op op)
{
    return op == Op::In || op == Op::NotIn || op == Op::HasAny || op == Op::HasAll || op == Op::HasNone;
}

bool isEmptyOp(Op op)
{
    return op == Op::IsEmpty || op == Op::IsNotEmpty;
}

bool isDaysOp(Op op)
{
    return op == Op::WithinLastDays || op == Op::NotWithinLastDays;
}

bool takesIgnoreCase(Op op)
{
    return !isEmptyOp(op) && !isDaysOp(op) && op != Op::Lt && op != Op::Le && op != Op::Gt && op != Op::Ge
        && op != Op::Between;
}

// Whole numbers stay integers in the rule file ("value": 1000, not 1000.0).
nlohmann::json numberJson(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return nlohmann::json(int64_t(v));
    return nlohmann::json(v);
}

QString isoDate(double days)
{
    return QDate(1970, 1, 1).addDays(qint64(days)).toString(Qt::ISODate);
}

QString jsonScalarText(const nlohmann::json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_number())
        return QString::fromStdString(v.dump());
    return {};
}

nlohmann::json defaultScalar(FieldType type, const FieldProfile* p)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::List:
        return p && !p->values.empty() ? nlohmann::json(p->values.front().first) : nlohmann::json(std::string());
    case FieldType::Number:
        return numberJson(p && p->median ? *p->median : 0.0);
    case FieldType::Date:
        return (p && p->median ? isoDate(*p->median) : QDate::currentDate().toString(Qt::ISODate)).toStdString();
    case FieldType::Boolean:
        return true;
    }
    return {};
}

} // namespace

std::vector<Op> ConditionLeafWidget::operatorsFor(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return {Op::Eq, Op::Ne, Op::In, Op::NotIn, Op::Contains, Op::NotContains, Op::StartsWith, Op::EndsWith,
                Op::Matches, Op::IsEmpty, Op::IsNotEmpty};
    case FieldType::Number:
        return {Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Eq, Op::Ne, Op::Between, Op::In, Op::NotIn, Op::IsEmpty, Op::IsNotEmpty};
    case FieldType::Date:
        return {Op::WithinLastDays, Op::NotWithinLastDays, Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Eq, Op::Ne, Op::Between,
                Op::IsEmpty, Op::IsNotEmpty};
    case FieldType::Boolean:
        return {Op::Eq, Op::Ne, Op::IsEmpty, Op::IsNotEmpty};
    case FieldType::List:
        return {Op::HasAny, Op::HasAll, Op::HasNone, Op::Contains, Op::NotContains, Op::IsEmpty, Op::IsNotEmpty};
    }
    return {};
}

QString ConditionLeafWidget::operatorText(Op op, FieldType type)
{
    const bool date = type == FieldType::Date;
    switch (op) {
    case Op::Eq: return date ? tr("on") : type == FieldType::Number ? QStringLiteral("=") : tr("is");
    case Op::Ne: return date ? tr("not on") : type == FieldType::Number ? QStringLiteral("≠") : tr("is not");
    case Op::Lt: return date ? tr("before") : QStringLiteral("<");
    case Op::Le: return date ? tr("on or before") : QStringLiteral("≤");
    case Op::Gt: return date ? tr("after") : QStringLiteral(">");
    case Op::Ge: return date ? tr("on or after") : QStringLiteral("≥");
    case Op::Between: return tr("between");
    case Op::In: return tr("is one of");
    case Op::NotIn: return tr("is none of");
    case Op::Contains: return tr("contains");
    case Op::NotContains: return tr("does not contain");
    case Op::StartsWith: return tr("starts with");
    case Op::EndsWith: return tr("ends with");
    case Op::Matches: return tr("matches pattern");
    case Op::IsEmpty: return tr("is empty");
    case Op::IsNotEmpty: return tr("is not empty");
    case Op::WithinLastDays: return tr("within the last");
    case Op::NotWithinLastDays: return tr("not within the last");
    case Op::HasAny: return tr("has any of");
    case Op::HasAll: return tr("has all of");
    case Op::HasNone: return tr("has none of");
    }
    return QString::fromLatin1(opName(op));
}

Condition ConditionLeafWidget::withOperator(const Condition& leaf, Op op, FieldType type, const FieldProfile* profile)
{
    Condition c = leaf;
    c.op = op;
    const Op old = leaf.op;
    nlohmann::json first;
    if (leaf.value.is_array() && !leaf.value.empty())
        first = leaf.value.front();
    else if (!leaf.value.is_array())
        first = leaf.value;
    // An empty text (a condition not filled in yet) is no value to carry over.
    const bool oldScalarOk = !first.is_null() && !(first.is_string() && first.get<std::string>().empty())
        && !isDaysOp(old) && !isEmptyOp(old);
    if (isEmptyOp(op)) {
        c.value = nullptr;
    } else if (isDaysOp(op)) {
        c.value = isDaysOp(old) && leaf.value.is_number() ? leaf.value : nlohmann::json(30);
    } else if (op == Op::Between) {
        if (old == Op::Between && leaf.value.is_array() && leaf.value.size() == 2) {
            c.value = leaf.value;
        } else if (type == FieldType::Date) {
            const nlohmann::json lo = oldScalarOk ? first : defaultScalar(type, profile);
            const nlohmann::json hi = profile && profile->max ? nlohmann::json(isoDate(*profile->max).toStdString()) : lo;
            c.value = nlohmann::json::array({lo, hi});
        } else {
            const nlohmann::json lo = oldScalarOk ? first : defaultScalar(type, profile);
            const nlohmann::json hi = profile && profile->max ? numberJson(*profile->max) : lo;
            c.value = nlohmann::json::array({lo, hi});
        }
    } else if (isListOp(op)) {
        if (leaf.value.is_array() && isListOp(old))
            c.value = leaf.value;
        else if (oldScalarOk)
            c.value = nlohmann::json::array({first});
        else
            c.value = nlohmann::json::array();
    } else {
        c.value = oldScalarOk ? first : defaultScalar(type, profile);
    }
    if (!takesIgnoreCase(op) || (type != FieldType::Text && type != FieldType::List))
        c.ignoreCase = false;
    return c;
}

Condition ConditionLeafWidget::defaultLeaf(const std::string& field, FieldType type, const FieldProfile* profile)
{
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = field;
    switch (type) {
    case FieldType::Text: c.op = Op::Eq; break;
    case FieldType::Number: c.op = Op::Ge; break;
    case FieldType::Date: c.op = Op::WithinLastDays; break;
    case FieldType::Boolean: c.op = Op::Eq; break;
    case FieldType::List: c.op = Op::HasAny; break;
    }
    if (type == FieldType::Date)
        c.value = 30;
    else if (type == FieldType::List)
        c.value = nlohmann::json::array({defaultScalar(type, profile)});
    else
        c.value = defaultScalar(type, profile);
    return c;
}

ConditionLeafWidget::ConditionLeafWidget(ConditionEditor* editor, const ConditionPath& path, const Condition& leaf,
                                         QWidget* parent)
    : QFrame(parent)
    , mEditor(editor)
    , mPath(path)
    , mLeaf(leaf)
{
    setObjectName(QStringLiteral("conditionLeaf"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 3, 6, 3);
    outer->setSpacing(1);
    mRow = new QHBoxLayout;
    mRow->setSpacing(6);
    outer->addLayout(mRow);
    auto* handle = new ConditionDragHandle(path, this);
    handle->setStepHandler([this](int direction) { mEditor->moveStep(mPath, direction); });
    mRow->addWidget(handle);

    mHint = new QLabel(this);
    mError = new QLabel(this);
    QFont small = mHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    mHint->setFont(small);
    mHint->setForegroundRole(QPalette::PlaceholderText);
    mError->setFont(small);
    mError->setStyleSheet(QStringLiteral("color: #c62828;"));
    mError->setWordWrap(true);
    mError->hide();

    if (leaf.kind == Condition::Kind::SegmentRef)
        buildSegmentRow();
    else
        buildFieldRow();

    mCount = new QLabel(this);
    mCount->setObjectName(QStringLiteral("funnelCount"));
    mCount->setAccessibleName(tr("Leads left after this condition"));
    mCount->setMinimumWidth(90);
    mCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mRow->addWidget(mCount);

    auto wrap = new QToolButton(this);
    wrap->setIcon(QIcon(QStringLiteral(":/icons/group.svg")));
    wrap->setToolTip(tr("Wrap this condition in a group"));
    wrap->setAccessibleName(tr("Wrap in group"));
    wrap->setAutoRaise(true);
    connect(wrap, &QToolButton::clicked, this, [this] { mEditor->wrapAt(mPath, Condition::Kind::All); });
    auto remove = new QToolButton(this);
    remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAccessibleName(tr("Remove condition"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this] { mEditor->removeAt(mPath); });
    mRow->addWidget(wrap);
    mRow->addWidget(remove);

    auto hintRow = new QHBoxLayout;
    hintRow->setContentsMargins(18, 0, 0, 0);
    hintRow->addWidget(mHint);
    hintRow->addWidget(mError, 1);
    outer->addLayout(hintRow);
}

FieldType ConditionLeafWidget::fieldType() const
{
    if (auto f = mEditor->catalog().field(mLeaf.field))
        return f->type;
    return FieldType::Text;
}

void ConditionLeafWidget::buildSegmentRow()
{
    mRow->addWidget(new QLabel(tr("is in segment"), this));
    auto combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("segmentRef"));
    for (const auto& [id, name] : mEditor->segmentChoices())
        combo->addItem(QString::fromStdString(name), QString::fromStdString(id));
    if (combo->findData(QString::fromStdString(mLeaf.segment)) < 0)
        combo->addItem(QString::fromStdString(mLeaf.segment), QString::fromStdString(mLeaf.segment));
    combo->setCurrentIndex(combo->findData(QString::fromStdString(mLeaf.segment)));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Condition c = mLeaf;
        c.segment = combo->currentData().toString().toStdString();
        commit(c, QString());
    });
    mRow->addWidget(combo, 1);
}

void ConditionLeafWidget::buildFieldRow()
{
    FieldCatalog& catalog = mEditor->catalog();
    mField = new QComboBox(this);
    mField->setObjectName(QStringLiteral("field"));
    mField->setAccessibleName(tr("Field"));
    mField->setEditable(true);
    mField->setInsertPolicy(QComboBox::NoInsert);
    mField->completer()->setFilterMode(Qt::MatchContains);
    mField->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mField->setMinimumContentsLength(14);
    mField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const CatalogField& f : catalog.fields()) {
        QString text = QString::fromStdString(f.name);
        if (f.score)
            text = tr("%1 (score)").arg(text);
        else if (f.missing)
            text = tr("%1 (missing)").arg(text);
        mField->addItem(text, QString::fromStdString(f.name));
    }
    const QString current = QString::fromStdString(mLeaf.field);
    if (mField->findData(current) < 0)
        mField->addItem(tr("%1 (unknown)").arg(current), current);
    mField->setCurrentIndex(mField->findData(current));
    connect(mField, &QComboBox::activated, this, [this](int index) {
        const std::string name = mField->itemData(index).toString().toStdString();
        if (name.empty() || name == mLeaf.field)
            return;
        const auto f = mEditor->catalog().field(name);
        const FieldType type = f ? f->type : FieldType::Text;
        commit(defaultLeaf(name, type, mEditor->catalog().profile(name)), QString(), true);
    });
    mRow->addWidget(mField);

    const FieldType type = fieldType();
    mOp = new QComboBox(this);
    mOp->setObjectName(QStringLiteral("op"));
    mOp->setAccessibleName(tr("Operator"));
    for (Op op : operatorsFor(type))
        mOp->addItem(operatorText(op, type), int(op));
    if (mOp->findData(int(mLeaf.op)) < 0)
        mOp->addItem(QString::fromLatin1(opName(mLeaf.op)), int(mLeaf.op));
    mOp->setCurrentIndex(mOp->findData(int(mLeaf.op)));
    connect(mOp, &QComboBox::activated, this, [this] {
        const Op op = Op(mOp->currentData().toInt());
        if (op == mLeaf.op)
            return;
        const FieldType t = fieldType();
        commit(withOperator(mLeaf, op, t, mEditor->catalog().profile(mLeaf.field)), QString(), true);
    });
    mRow->addWidget(mOp);

    mValueLayout = new QHBoxLayout;
    mValueLayout->setSpacing(4);
    mRow->addLayout(mValueLayout, 1);
    buildValueEditor();

    if ((type == FieldType::Text || type == FieldType::List) && takesIgnoreCase(mLeaf.op)) {
        mIgnoreCase = new QCheckBox(tr("ignore case"), this);
        mIgnoreCase->setObjectName(QStringLiteral("ignoreCase"));
        mIgnoreCase->setChecked(mLeaf.ignoreCase);
        connect(mIgnoreCase, &QCheckBox::toggled, this, [this](bool on) {
            Condition c = mLeaf;
            c.ignoreCase = on;
            commit(c, QString());
        });
        mRow->addWidget(mIgnoreCase);
    }
    mHint->setText(profileHint(mEditor->catalog().profile(mLeaf.field)));
}

QWidget* ConditionLeafWidget::numberEditor(const nlohmann::json& value, const FieldProfile* profile,
                                           const QString& mergePart, std::function<void(double)> set)
{
    auto box = new QWidget(this);
    auto layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto spin = new QDoubleSpinBox(box);
    spin->setObjectName(QStringLiteral("number_") + mergePart);
    spin->setAccessibleName(tr("Value"));
    spin->setRange(-1e15, 1e15);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setMinimumWidth(110);
    spin->setValue(value.is_number() ? value.get<double>() : 0.0);
    layout->addWidget(spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [set](double v) { set(v); });
    if (profile && profile->min && profile->max && *profile->max > *profile->min) {
        const double lo = *profile->min, hi = *profile->max;
        // Counts, revenues and scores are often skewed (median 80, max 50,000): a logarithmic
        // slider then gives the common values most of its length.
        const bool logScale = lo >= 0 && profile->median && hi > 50 * (*profile->median + 1);
        const auto toPos = [lo, hi, logScale](double x) {
            x = std::clamp(x, lo, hi);
            const double t = logScale ? (std::log1p(x) - std::log1p(lo)) / (std::log1p(hi) - std::log1p(lo)) : (x - lo) / (hi - lo);
            return int(std::lround(t * 1000));
        };
        const auto fromPos = [lo, hi, logScale](int pos) {
            const double t = pos / 1000.0;
            double x = logScale ? std::expm1(std::log1p(lo) + t * (std::log1p(hi) - std::log1p(lo))) : lo + (hi - lo) * t;
            if (hi - lo >= 20)
                x = std::round(x); // whole steps read better on wide ranges
            return std::clamp(x, lo, hi);
        };
        auto slider = new QSlider(Qt::Horizontal, box);
        slider->setObjectName(QStringLiteral("slider_") + mergePart);
        slider->setAccessibleName(tr("Threshold"));
        slider->setRange(0, 1000);
        slider->setMinimumWidth(120);
        slider->setToolTip(logScale ? tr("Drag to move the threshold (logarithmic scale from the minimum to the maximum)")
                                    : tr("Drag to move the threshold between the field's minimum and maximum"));
        slider->setValue(toPos(spin->value()));
        connect(slider, &QSlider::valueChanged, this, [spin, fromPos, set](int pos) {
            const double x = fromPos(pos);
            const QSignalBlocker block(spin);
            spin->setValue(x);
            set(x);
        });
        connect(spin, &QDoubleSpinBox::valueChanged, slider, [slider, toPos](double x) {
            const QSignalBlocker block(slider);
            slider->setValue(toPos(x));
        });
        layout->addWidget(slider, 1);
    }
    return box;
}

QWidget* ConditionLeafWidget::dateEditor(const nlohmann::json& value, std::function<void(const QString&)> set)
{
    auto edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate d = value.is_string() ? QDate::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate)
                                      : QDate();
    edit->setDate(d.isValid() ? d : QDate::currentDate());
    connect(edit, &QDateEdit::dateChanged, this, [set](const QDate& date) { set(date.toString(Qt::ISODate)); });
    return edit;
}

void ConditionLeafWidget::buildValueEditor()
{
    const FieldType type = fieldType();
    const FieldProfile* profile = mEditor->catalog().profile(mLeaf.field);
    const Op op = mLeaf.op;
    auto setValue = [this](nlohmann::json v, const QString& part) {
        Condition c = mLeaf;
        c.value = std::move(v);
        commit(c, part);
    };

    if (isEmptyOp(op))
        return;
    if (isDaysOp(op)) {
        auto spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("days"));
        spin->setRange(0, 100000);
        spin->setSuffix(tr(" days"));
        spin->setValue(mLeaf.value.is_number() ? int(mLeaf.value.get<double>()) : 30);
        connect(spin, &QSpinBox::valueChanged, this, [setValue](int n) { setValue(n, QStringLiteral("days")); });
        mValueLayout->addWidget(spin);
        mValueLayout->addWidget(new QLabel(tr("before the as-of date"), this));
        mValueLayout->addStretch();
        return;
    }
    if (op == Op::Between) {
        const nlohmann::json lo = mLeaf.value.is_array() && mLeaf.value.size() == 2 ? mLeaf.value[0] : nlohmann::json();
        const nlohmann::json hi = mLeaf.value.is_array() && mLeaf.value.size() == 2 ? mLeaf.value[1] : nlohmann::json();
        auto setBound = [this](int which, nlohmann::json v) {
            Condition c = mLeaf;
            if (!c.value.is_array() || c.value.size() != 2)
                c.value = nlohmann::json::array({v, v});
            c.value[size_t(which)] = std::move(v);
            commit(c, which == 0 ? QStringLiteral("lo") : QStringLiteral("hi"));
        };
        if (type == FieldType::Date) {
            mValueLayout->addWidget(dateEditor(lo, [setBound](const QString& d) { setBound(0, d.toStdString()); }));
            mValueLayout->addWidget(new QLabel(tr("and"), this));
            mValueLayout->addWidget(dateEditor(hi, [setBound](const QString& d) { setBound(1, d.toStdString()); }));
        } else {
            mValueLayout->addWidget(numberEditor(lo, nullptr, QStringLiteral("lo"), [setBound](double v) { setBound(0, numberJson(v)); }));
            mValueLayout->addWidget(new QLabel(tr("and"), this));
            mValueLayout->addWidget(numberEditor(hi, nullptr, QStringLiteral("hi"), [setBound](double v) { setBound(1, numberJson(v)); }));
        }
        mValueLayout->addStretch();
        return;
    }
    if (isListOp(op)) {
        if (type == FieldType::Text || type == FieldType::List) {
            auto picker = new ValueListPicker(this);
            picker->setObjectName(QStringLiteral("values"));
            if (profile)
                picker->setChoices(profile->values);
            QStringList selected;
            if (mLeaf.value.is_array())
                for (const auto& v : mLeaf.value)
                    selected << jsonScalarText(v);
            picker->setSelected(selected);
            connect(picker, &ValueListPicker::selectionChanged, this, [setValue](const QStringList& values) {
                nlohmann::json array = nlohmann::json::array();
                for (const QString& v : values)
                    array.push_back(v.toStdString());
                setValue(std::move(array), QStringLiteral("values"));
            });
            mValueLayout->addWidget(picker, 1);
            return;
        }
        // Numbers and dates: a comma-separated list.
        auto edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("valueList"));
        QStringList parts;
        if (mLeaf.value.is_array())
            for (const auto& v : mLeaf.value)
                parts << jsonScalarText(v);
        edit->setText(parts.join(QStringLiteral(", ")));
        edit->setPlaceholderText(type == FieldType::Date ? tr("2024-01-31, 2024-02-29") : tr("1, 2, 3"));
        connect(edit, &QLineEdit::textEdited, this, [this, setValue, type](const QString& text) {
            nlohmann::json array = nlohmann::json::array();
            for (const QString& raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString part = raw.trimmed();
                bool ok = false;
                if (type == FieldType::Number) {
                    const double v = QLocale::c().toDouble(part, &ok);
                    if (ok)
                        array.push_back(numberJson(v));
                } else {
                    ok = QDate::fromString(part, Qt::ISODate).isValid();
                    if (ok)
                        array.push_back(part.toStdString());
                }
                if (!ok) {
                    mLocalError = tr("“%1” is not a %2").arg(part, type == FieldType::Number ? tr("number") : tr("date (YYYY-MM-DD)"));
                    setError(QString());
                    return;
                }
            }
            mLocalError.clear();
            setValue(std::move(array), QStringLiteral("values"));
        });
        mValueLayout->addWidget(edit, 1);
        return;
    }
    switch (type) {
    case FieldType::Number:
        mValueLayout->addWidget(numberEditor(mLeaf.value, profile, QStringLiteral("value"),
                                             [setValue](double v) { setValue(numberJson(v), QStringLiteral("value")); }), 1);
        return;
    case FieldType::Date:
        mValueLayout->addWidget(dateEditor(mLeaf.value, [setValue](const QString& d) { setValue(d.toStdString(), QStringLiteral("value")); }));
        mValueLayout->addStretch();
        return;
    case FieldType::Boolean: {
        auto toggle = new QCheckBox(this);
        toggle->setObjectName(QStringLiteral("boolean"));
        const bool on = mLeaf.value.is_boolean() ? mLeaf.value.get<bool>() : true;
        toggle->setChecked(on);
        toggle->setText(on ? tr("true") : tr("false"));
        connect(toggle, &QCheckBox::toggled, this, [setValue, toggle](bool checked) {
            toggle->setText(checked ? tr("true") : tr("false"));
            setValue(checked, QStringLiteral("value"));
        });
        mValueLayout->addWidget(toggle);
        mValueLayout->addStretch();
        return;
    }
    case FieldType::Text:
    case FieldType::List: {
        auto edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("text"));
        edit->setText(jsonScalarText(mLeaf.value));
        if (op == Op::Matches) {
            edit->setPlaceholderText(tr("regular expression, e.g. ^VP|Director"));
            connect(edit, &QLineEdit::textEdited, this, [this, setValue, edit](const QString& text) {
                const QRegularExpression re(text);
                // An incomplete pattern stays in the box, red, until it compiles; the rules keep the last valid one.
                if (!re.isValid()) {
                    mLocalError = tr("invalid regular expression: %1 (at %2)").arg(re.errorString()).arg(re.patternErrorOffset());
                    edit->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
                    setError(QString());
                    return;
                }
                mLocalError.clear();
                edit->setStyleSheet(QString());
                setValue(text.toStdString(), QStringLiteral("value"));
            });
        } else {
            if (profile && !profile->values.empty()) {
                QStringList values;
                for (size_t i = 0; i < profile->values.size() && i < 500; ++i)
                    values << QString::fromStdString(profile->values[i].first);
                auto completer = new QCompleter(values, edit);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                completer->setFilterMode(Qt::MatchContains);
                edit->setCompleter(completer);
                connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
                        [setValue](const QString& v) { setValue(v.toStdString(), QStringLiteral("value")); });
            }
            connect(edit, &QLineEdit::textEdited, this, [setValue](const QString& text) {
                setValue(text.toStdString(), QStringLiteral("value"));
            });
        }
        mValueLayout->addWidget(edit, 1);
        return;
    }
    }
}

QString ConditionLeafWidget::profileHint(const FieldProfile* p) const
{
    if (!p)
        return mEditor->catalog().hasTable() ? QString() : tr("values appear when the workspace has loaded");
    const QLocale locale;
    const QString filled = p->rows ? tr("%1 % filled").arg(locale.toString(100.0 * double(p->present) / double(p->rows), 'f', 0))
                                   : QString();
    switch (p->type) {
    case FieldType::Number:
        if (!p->min)
            return filled;
        return tr("min %1 · median %2 · max %3 · %4")
            .arg(locale.toString(*p->min, 'g', 10), locale.toString(*p->median, 'g', 10), locale.toString(*p->max, 'g', 10), filled);
    case FieldType::Date:
        if (!p->min)
            return filled;
        return tr("from %1 to %2 · median %3 · %4").arg(isoDate(*p->min), isoDate(*p->max), isoDate(*p->median), filled);
    case FieldType::Boolean:
        return tr("true %1 · false %2 · %3")
            .arg(locale.toString(qulonglong(p->trueCount)), locale.toString(qulonglong(p->falseCount)), filled);
    case FieldType::Text:
    case FieldType::List: {
        QStringList top;
        for (size_t i = 0; i < p->values.size() && i < 3; ++i)
            top << tr("%1 (%2)").arg(QString::fromStdString(p->values[i].first), locale.toString(qulonglong(p->values[i].second)));
        const QString distinct = p->values.size() >= 5000 ? tr("5,000+ distinct values") : tr("%1 distinct values").arg(p->values.size());
        return tr("%1 · most common: %2 · %3").arg(distinct, top.join(QStringLiteral(", ")), filled);
    }
    }
    return {};
}

void ConditionLeafWidget::commit(const Condition& leaf, const QString& mergePart, bool rebuild)
{
    mLeaf = leaf;
    mEditor->replaceAt(mPath, leaf, mergePart, rebuild);
}

void ConditionLeafWidget::setCount(const QString& text, const QString& toolTip)
{
    mCount->setText(text);
    mCount->setToolTip(toolTip);
}

void ConditionLeafWidget::setError(const QString& message)
{
    QString text = mLocalError;
    if (!message.isEmpty())
        text = text.isEmpty() ? message : text + QLatin1Char('\n') + message;
    mError->setText(text);
    mError->setVisible(!text.isEmpty());
    setStyleSheet(text.isEmpty() ? QString()
                                 : QStringLiteral("#conditionLeaf { border: 1px solid #c62828; background: #fdecea; }"));
}

} // namespace sd
