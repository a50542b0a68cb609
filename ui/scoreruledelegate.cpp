// Score rule cell editors.
#include "scoreruledelegate.h"

#include "scorerulesmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

#include <limits>

namespace sd {

QWidget* ScoreRuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (index.column()) {
    case ScoreRulesModel::KindColumn: {
        auto* box = new QComboBox(parent);
        box->addItem(tr("Fixed points"), int(ScoreRulesModel::FixedPoints));
        box->addItem(tr("Per field"), int(ScoreRulesModel::PerField));
        // Points per unit need a number field to multiply.
        if (mNumberFields.isEmpty())
            box->setItemData(1, 0, Qt::UserRole - 1);
        return box;
    }
    case ScoreRulesModel::PerColumn: {
        auto* box = new QComboBox(parent);
        box->addItems(mNumberFields);
        return box;
    }
    case ScoreRulesModel::PointsColumn: {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setDecimals(4);
        spin->setRange(-1e9, 1e9);
        spin->setFrame(false);
        return spin;
    }
    case ScoreRulesModel::CapColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("no cap"));
        edit->setFrame(false);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ScoreRuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const int at = index.column() == ScoreRulesModel::KindColumn ? box->findData(value.toInt()) : box->findText(value.toString());
        if (at < 0 && index.column() == ScoreRulesModel::PerColumn && !value.toString().isEmpty()) {
            box->addItem(value.toString());
            box->setCurrentIndex(box->count() - 1);
        } else {
            box->setCurrentIndex(std::max(at, 0));
        }
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ScoreRuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, index.column() == ScoreRulesModel::KindColumn ? box->currentData() : QVariant(box->currentText()));
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        model->setData(index, spin->value());
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, edit->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace sd
