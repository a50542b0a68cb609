// Searchable multi-select list of a field's values.
#include "valuelistpicker.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr int kShownValues = 2000; // enough to browse; search narrows the rest
}

ValueListPicker::ValueListPicker(QWidget* parent)
    : QWidget(parent)
    , mButton(new QToolButton(this))
    , mPopup(new QFrame(this, Qt::Popup))
    , mSearch(new QLineEdit(mPopup))
    , mList(new QListWidget(mPopup))
{
    mButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    mButton->setPopupMode(QToolButton::InstantPopup);
    mButton->setMinimumWidth(160);
    mButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mButton);

    mPopup->setFrameShape(QFrame::StyledPanel);
    mSearch->setPlaceholderText(tr("Search values, or type a new one and press Enter"));
    mSearch->setClearButtonEnabled(true);
    auto popupLayout = new QVBoxLayout(mPopup);
    popupLayout->setContentsMargins(4, 4, 4, 4);
    popupLayout->addWidget(mSearch);
    popupLayout->addWidget(mList);
    mPopup->resize(360, 320);

    connect(mButton, &QToolButton::clicked, this, &ValueListPicker::showPopup);
    connect(mSearch, &QLineEdit::textChanged, this, &ValueListPicker::fillList);
    connect(mSearch, &QLineEdit::returnPressed, this, [this] {
        const QString v = mSearch->text().trimmed();
        if (v.isEmpty() || mSelected.contains(v))
            return;
        mSelected.append(v);
        updateButton();
        fillList();
        emit selectionChanged(mSelected);
    });
    connect(mList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (mFilling)
            return;
        const QString v = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked && !mSelected.contains(v))
            mSelected.append(v);
        else if (item->checkState() != Qt::Checked)
            mSelected.removeAll(v);
        updateButton();
        emit selectionChanged(mSelected);
    });
    updateButton();
}

void ValueListPicker::setChoices(const std::vector<std::pair<std::string, size_t>>& choices)
{
    mChoices = choices;
    fillList();
}

void ValueListPicker::setSelected(const QStringList& values)
{
    mSelected = values;
    updateButton();
    fillList();
}

void ValueListPicker::showPopup()
{
    fillList();
    const QPoint below = mButton->mapToGlobal(QPoint(0, mButton->height()));
    mPopup->move(below);
    mPopup->show();
    mSearch->setFocus();
}

void ValueListPicker::fillList()
{
    mFilling = true;
    mList->clear();
    const QString filter = mSearch->text().trimmed();
    const QLocale locale;
    auto addItem = [&](const QString& value, const QString& text) {
        auto item = new QListWidgetItem(text, mList);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(mSelected.contains(value) ? Qt::Checked : Qt::Unchecked);
    };
    // Chosen values first, so that they can be unticked without searching.
    for (const QString& v : mSelected)
        if (filter.isEmpty() || v.contains(filter, Qt::CaseInsensitive)) {
            size_t count = 0;
            for (const auto& [name, n] : mChoices)
                if (name == v.toStdString())
                    count = n;
            addItem(v, count ? tr("%1  (%2)").arg(v, locale.toString(qulonglong(count))) : v);
        }
    int shown = 0;
    for (const auto& [name, count] : mChoices) {
        const QString v = QString::fromStdString(name);
        if (mSelected.contains(v) || (!filter.isEmpty() && !v.contains(filter, Qt::CaseInsensitive)))
            continue;
        addItem(v, tr("%1  (%2)").arg(v, locale.toString(qulonglong(count))));
        if (++shown >= kShownValues)
            break;
    }
    mFilling = false;
}

void ValueListPicker::updateButton()
{
    QString text;
    if (mSelected.isEmpty())
        text = tr("choose values…");
    else if (mSelected.size() <= 3)
        text = mSelected.join(QStringLiteral(", "));
    else
        text = tr("%1, %2 and %3 more").arg(mSelected[0], mSelected[1]).arg(mSelected.size() - 2);
    mButton->setText(text + QStringLiteral(" ▾"));
    mButton->setToolTip(mSelected.join(QLatin1Char('\n')));
}

} // namespace sd
