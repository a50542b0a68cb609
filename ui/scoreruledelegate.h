// Cell editors of the score rules table: a kind chooser, the number fields for "per", a spin box
// with enough decimals for fitted points, and a free text cap (empty = no cap).
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace sd {

class ScoreRuleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setNumberFields(const QStringList& fields) { mNumberFields = fields; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList mNumberFields;
};

} // namespace sd
