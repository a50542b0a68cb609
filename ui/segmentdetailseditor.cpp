// Segment details editor: name, mode, holdout, attributes.
#include "segmentdetailseditor.h"

#include "commands/renamesegmentcommand.h"
#include "commands/setattributescommand.h"
#include "commands/setchildmodecommand.h"
#include "commands/setholdoutcommand.h"
#include "ruledocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

SegmentDetailsEditor::SegmentDetailsEditor(RuleDocument* document, QWidget* parent)
    : QWidget(parent)
    , mDocument(document)
    , mName(new QLineEdit(this))
    , mIdLabel(new QLabel(this))
    , mMode(new QComboBox(this))
    , mHoldoutOn(new QCheckBox(tr("Holdout"), this))
    , mHoldout(new QDoubleSpinBox(this))
    , mAttributes(new QTableWidget(0, 2, this))
{
    mIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mIdLabel->setForegroundRole(QPalette::PlaceholderText);
    mMode->addItem(tr("Exclusive (priority order)"), int(ChildMode::Exclusive));
    mMode->addItem(tr("Overlapping"), int(ChildMode::Overlapping));
    mHoldout->setRange(0.5, 49.5);
    mHoldout->setSingleStep(0.5);
    mHoldout->setSuffix(tr(" %"));
    mHoldout->setToolTip(tr("Share of the segment's leads kept out of the campaign, to measure its lift"));
    mAttributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    mAttributes->horizontalHeader()->setStretchLastSection(true);
    mAttributes->verticalHeader()->hide();
    mAttributes->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto holdoutRow = new QHBoxLayout;
    holdoutRow->addWidget(mHoldoutOn);
    holdoutRow->addWidget(mHoldout, 1);

    auto form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), mName);
    form->addRow(tr("Id:"), mIdLabel);
    form->addRow(tr("Children:"), mMode);
    form->addRow(QString(), holdoutRow);

    auto add = new QToolButton(this);
    add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    add->setToolTip(tr("Add an attribute"));
    auto remove = new QToolButton(this);
    remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    remove->setToolTip(tr("Remove the selected attribute"));
    auto attrButtons = new QHBoxLayout;
    attrButtons->addWidget(new QLabel(tr("Attributes"), this));
    attrButtons->addStretch();
    attrButtons->addWidget(add);
    attrButtons->addWidget(remove);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(form);
    layout->addLayout(attrButtons);
    layout->addWidget(mAttributes, 1);

    connect(mName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!mId.isEmpty() && !text.trimmed().isEmpty())
            mDocument->push(new RenameSegmentCommand(mDocument, mId.toStdString(), text.trimmed().toStdString()));
    });
    connect(mMode, &QComboBox::activated, this, [this] {
        const auto mode = ChildMode(mMode->currentData().toInt());
        const Segment* s = mDocument->segment(mId.toStdString());
        if (s && s->mode != mode)
            mDocument->push(new SetChildModeCommand(mDocument, mId.toStdString(), mode));
    });
    connect(mHoldoutOn, &QCheckBox::clicked, this, [this](bool on) {
        mDocument->push(new SetHoldoutCommand(mDocument, mId.toStdString(),
                                              on ? std::optional<double>(mHoldout->value()) : std::nullopt));
    });
    connect(mHoldout, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!mUpdating && mHoldoutOn->isChecked())
            mDocument->push(new SetHoldoutCommand(mDocument, mId.toStdString(), v));
    });
    connect(mAttributes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!mUpdating)
            commitAttributes("row" + std::to_string(item->row()) + "col" + std::to_string(item->column()));
    });
    connect(add, &QToolButton::clicked, this, &SegmentDetailsEditor::addAttribute);
    connect(remove, &QToolButton::clicked, this, &SegmentDetailsEditor::removeAttribute);
    connect(mDocument, &RuleDocument::segmentChanged, this, [this](const QString& id) {
        if (id == mId)
            refresh();
    });
    connect(mDocument, &RuleDocument::reset, this, &SegmentDetailsEditor::refresh);
    refresh();
}

void SegmentDetailsEditor::setSegment(const QString& id)
{
    mId = id;
    refresh();
}

void SegmentDetailsEditor::refresh()
{
    const Segment* s = mId.isEmpty() || mId.endsWith(QLatin1Char('~')) ? nullptr : mDocument->segment(mId.toStdString());
    setEnabled(s != nullptr);
    mUpdating = true;
    const QString name = s ? QString::fromStdString(s->name) : QString();
    if (mName->text().trimmed() != name) // keep the cursor while the user types
        mName->setText(name);
    mIdLabel->setText(s ? QString::fromStdString(s->id) : QString());
    mMode->setCurrentIndex(mMode->findData(int(s ? s->mode : ChildMode::Overlapping)));
    mHoldoutOn->setChecked(s && s->holdout);
    mHoldout->setEnabled(s && s->holdout);
    if (s && s->holdout)
        mHoldout->setValue(*s->holdout);
    const auto attrs = s ? s->attributes : std::vector<std::pair<std::string, std::string>>{};
    bool same = int(attrs.size()) == mAttributes->rowCount();
    for (int r = 0; same && r < mAttributes->rowCount(); ++r)
        same = mAttributes->item(r, 0) && mAttributes->item(r, 1)
            && mAttributes->item(r, 0)->text().toStdString() == attrs[size_t(r)].first
            && mAttributes->item(r, 1)->text().toStdString() == attrs[size_t(r)].second;
    if (!same) {
        mAttributes->setRowCount(int(attrs.size()));
        for (size_t r = 0; r < attrs.size(); ++r) {
            mAttributes->setItem(int(r), 0, new QTableWidgetItem(QString::fromStdString(attrs[r].first)));
            mAttributes->setItem(int(r), 1, new QTableWidgetItem(QString::fromStdString(attrs[r].second)));
        }
    }
    mUpdating = false;
}

void SegmentDetailsEditor::commitAttributes(const std::string& mergeKey)
{
    SetAttributesCommand::Attributes attrs;
    for (int r = 0; r < mAttributes->rowCount(); ++r) {
        const QString key = mAttributes->item(r, 0) ? mAttributes->item(r, 0)->text().trimmed() : QString();
        const QString value = mAttributes->item(r, 1) ? mAttributes->item(r, 1)->text() : QString();
        if (!key.isEmpty())
            attrs.emplace_back(key.toStdString(), value.toStdString());
    }
    const Segment* s = mDocument->segment(mId.toStdString());
    if (s && s->attributes != attrs)
        mDocument->push(new SetAttributesCommand(mDocument, mId.toStdString(), attrs, mergeKey));
}

void SegmentDetailsEditor::addAttribute()
{
    const Segment* s = mDocument->segment(mId.toStdString());
    if (!s)
        return;
    // Suggest the attributes a CRM hand-off usually needs, in that order.
    std::string key;
    for (const char* k : {"sales_action", "campaign_track", "owner"}) {
        bool used = false;
        for (const auto& a : s->attributes)
            used = used || a.first == k;
        if (!used) {
            key = k;
            break;
        }
    }
    if (key.empty())
        key = "attribute_" + std::to_string(s->attributes.size() + 1);
    auto attrs = s->attributes;
    attrs.emplace_back(key, std::string());
    mDocument->push(new SetAttributesCommand(mDocument, mId.toStdString(), attrs));
    mAttributes->setCurrentCell(int(attrs.size()) - 1, 1);
    mAttributes->editItem(mAttributes->item(int(attrs.size()) - 1, 1));
}

void SegmentDetailsEditor::removeAttribute()
{
    const Segment* s = mDocument->segment(mId.toStdString());
    const int row = mAttributes->currentRow();
    if (!s || row < 0 || size_t(row) >= s->attributes.size())
        return;
    auto attrs = s->attributes;
    attrs.erase(attrs.begin() + row);
    mDocument->push(new SetAttributesCommand(mDocument, mId.toStdString(), attrs));
}

} // namespace sd
