// Statistics page (right): the selected segment's size, shares, conversion rate with its 95%
// interval, lift against all leads and against its parent, the significance of the difference
// from the rest of its parent, and holdout figures, next to the whole workspace's totals.
#pragma once

#include "evaluationsnapshot.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sd {

class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPanel(QWidget* parent = nullptr);

    void setSnapshot(const EvaluationSnapshotPtr& snapshot);
    void setSelectedSegment(const QString& id);
    // The text shown for a figure (tests).
    QString figure(const QString& name) const;

private:
    void refresh();
    QLabel* addRow(QFormLayout* form, const QString& name, const QString& label);

    EvaluationSnapshotPtr mSnapshot;
    QString mSegment;
    QLabel* mTitle;
    QLabel* mMessage;
    QWidget* mSegmentBox;
    std::map<QString, QLabel*> mFigures;
};

} // namespace sd
