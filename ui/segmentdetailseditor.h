// The selected segment's details under the tree: name, id, how its children share its leads,
// holdout share and the attributes (sales action, campaign track, owner, …) that travel with the
// rule file to the CRM. Every change is an undo command; typing merges into one step.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sd {

class RuleDocument;

class SegmentDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentDetailsEditor(RuleDocument* document, QWidget* parent = nullptr);

    void setSegment(const QString& id);
    QString segment() const { return mId; }

private:
    void refresh();
    void commitAttributes(const std::string& mergeKey);
    void addAttribute();
    void removeAttribute();

    RuleDocument* mDocument;
    QString mId;
    QLineEdit* mName;
    QLabel* mIdLabel;
    QComboBox* mMode;
    QCheckBox* mHoldoutOn;
    QDoubleSpinBox* mHoldout;
    QTableWidget* mAttributes;
    bool mUpdating = false;
};

} // namespace sd
