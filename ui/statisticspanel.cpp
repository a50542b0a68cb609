// Statistics page.
#include "statisticspanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sd {

StatisticsPanel::StatisticsPanel(QWidget* parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mMessage(new QLabel(this))
    , mSegmentBox(new QGroupBox(tr("Selected segment"), this))
{
    QFont f = mTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    mTitle->setFont(f);
    mTitle->setWordWrap(true);
    mMessage->setWordWrap(true);
    mMessage->setForegroundRole(QPalette::PlaceholderText);

    auto segmentForm = new QFormLayout(mSegmentBox);
    addRow(segmentForm, QStringLiteral("size"), tr("Leads"));
    addRow(segmentForm, QStringLiteral("shareTotal"), tr("Share of all leads"));
    addRow(segmentForm, QStringLiteral("shareParent"), tr("Share of parent"));
    addRow(segmentForm, QStringLiteral("conversions"), tr("Conversions"));
    addRow(segmentForm, QStringLiteral("rate"), tr("Conversion rate"));
    addRow(segmentForm, QStringLiteral("ci"), tr("95% interval"));
    addRow(segmentForm, QStringLiteral("lift"), tr("Lift vs all leads"));
    addRow(segmentForm, QStringLiteral("liftParent"), tr("Lift vs parent"));
    addRow(segmentForm, QStringLiteral("pValue"), tr("p vs rest of parent"));
    addRow(segmentForm, QStringLiteral("holdout"), tr("Holdout"));

    auto totals = new QGroupBox(tr("All leads"), this);
    auto totalForm = new QFormLayout(totals);
    addRow(totalForm, QStringLiteral("total"), tr("Leads"));
    addRow(totalForm, QStringLiteral("totalRate"), tr("Conversion rate"));
    addRow(totalForm, QStringLiteral("segments"), tr("Segments"));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(mTitle);
    layout->addWidget(mMessage);
    layout->addWidget(mSegmentBox);
    layout->addWidget(totals);
    layout->addStretch();
    refresh();
}

QLabel* StatisticsPanel::addRow(QFormLayout* form, const QString& name, const QString& label)
{
    auto value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(label, value);
    mFigures[name] = value;
    return value;
}

QString StatisticsPanel::figure(const QString& name) const
{
    auto it = mFigures.find(name);
    return it == mFigures.end() ? QString() : it->second->text();
}

void StatisticsPanel::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
    refresh();
}

void StatisticsPanel::setSelectedSegment(const QString& id)
{
    mSegment = id;
    refresh();
}

void StatisticsPanel::refresh()
{
    for (auto& [name, label] : mFigures)
        label->setText(QStringLiteral("–"));
    const QLocale locale;
    auto pct = [&](double v) { return locale.toString(100.0 * v, 'f', 1) + QStringLiteral(" %"); };
    auto count = [&](size_t n) { return locale.toString(qulonglong(n)); };
    if (!mSnapshot) {
        mTitle->setText(tr("Statistics"));
        mMessage->setText(tr("Figures appear when the workspace has loaded."));
        mSegmentBox->setEnabled(false);
        return;
    }
    if (!mSnapshot->error.isEmpty()) {
        mTitle->setText(tr("Statistics"));
        mMessage->setText(tr("The rules cannot be evaluated: %1").arg(mSnapshot->error));
        mSegmentBox->setEnabled(false);
        return;
    }
    const size_t total = mSnapshot->table ? mSnapshot->table->rowCount() : 0;
    const bool outcome = mSnapshot->outcome.has_value();
    const size_t converted = outcome ? mSnapshot->outcome->count() : 0;
    mFigures[QStringLiteral("total")]->setText(count(total));
    mFigures[QStringLiteral("totalRate")]->setText(outcome && total ? pct(double(converted) / double(total)) : tr("no outcome"));
    mFigures[QStringLiteral("segments")]->setText(count(mSnapshot->segments.size()));

    const int i = mSnapshot->indexOf(mSegment.toStdString());
    mSegmentBox->setEnabled(i >= 0);
    if (i < 0) {
        mTitle->setText(tr("Statistics"));
        mMessage->setText(mSegment.isEmpty() ? tr("Select a segment to see its figures.") : tr("Counting…"));
        return;
    }
    const SegmentMembers& m = mSnapshot->segments[size_t(i)];
    const SegmentStats& st = mSnapshot->stats[size_t(i)];
    mTitle->setText(QString::fromStdString(m.namePath));
    mMessage->setText(outcome ? QString() : tr("The rules define no outcome, so there are no conversion figures."));
    const size_t parentSize = m.parent < 0 ? total : mSnapshot->stats[size_t(m.parent)].all.size;
    mFigures[QStringLiteral("size")]->setText(count(st.all.size));
    mFigures[QStringLiteral("shareTotal")]->setText(total ? pct(double(st.all.size) / double(total)) : QStringLiteral("–"));
    mFigures[QStringLiteral("shareParent")]->setText(parentSize ? pct(double(st.all.size) / double(parentSize)) : QStringLiteral("–"));
    if (!outcome)
        return;
    mFigures[QStringLiteral("conversions")]->setText(count(st.all.conversions));
    if (st.all.size > 0) {
        mFigures[QStringLiteral("rate")]->setText(pct(st.all.rate()));
        mFigures[QStringLiteral("ci")]->setText(tr("%1 – %2").arg(pct(st.ciLow), pct(st.ciHigh)));
    }
    if (st.lift)
        mFigures[QStringLiteral("lift")]->setText(tr("%1×").arg(locale.toString(*st.lift, 'f', 2)));
    if (st.liftParent)
        mFigures[QStringLiteral("liftParent")]->setText(tr("%1×").arg(locale.toString(*st.liftParent, 'f', 2)));
    if (st.pValue)
        mFigures[QStringLiteral("pValue")]->setText(*st.pValue < 0.0001 ? tr("< 0.0001") : locale.toString(*st.pValue, 'g', 2));
    if (st.treatment && st.holdout)
        mFigures[QStringLiteral("holdout")]->setText(
            tr("%1 held out · rate %2 vs %3").arg(count(st.holdout->size), pct(st.holdout->rate()), pct(st.treatment->rate())));
}

} // namespace sd
