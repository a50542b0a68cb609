// Score histogram. Bars are stepped area series on a value axis, so bars, rate line and threshold
// lines share one score axis and a threshold maps to a pixel without any category arithmetic.
#include "scorehistogramchart.h"

#include <QAreaSeries>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <cmath>

namespace sd {

namespace {

QString opSymbol(Op op)
{
    switch (op) {
    case Op::Ge: return QStringLiteral("≥");
    case Op::Gt: return QStringLiteral(">");
    case Op::Le: return QStringLiteral("≤");
    case Op::Lt: return QStringLiteral("<");
    case Op::Eq: return QStringLiteral("=");
    case Op::Ne: return QStringLiteral("≠");
    case Op::Between: return QStringLiteral("between");
    default: return QString::fromLatin1(opName(op));
    }
}

// Bins with fewer leads than this get no rate point: their rate is noise.
constexpr size_t MinLeadsForRate = 30;

} // namespace

ScoreHistogramChart::ScoreHistogramChart(QWidget* parent)
    : ChartView(parent)
{
    setMouseTracking(true);
}

void ScoreHistogramChart::rebuild(const ChartFigures& figures)
{
    // A drag survives the re-evaluation it causes: the dragged threshold is found again by its
    // segment and pointer in the new figures.
    std::string dragSegment, dragPointer;
    if (mDragging >= 0 && size_t(mDragging) < mThresholds.size()) {
        dragSegment = mThresholds[size_t(mDragging)].segmentId;
        dragPointer = mThresholds[size_t(mDragging)].pointer;
    }
    mHistogram = figures.histogram;
    mThresholds = figures.thresholds;
    mLines.clear();
    mLineLabels.clear();
    mDragging = -1;
    mAnchor = nullptr;
    mScoreLabel = QString::fromStdString(figures.scoreLabel);
    const QString of = figures.level.parent < 0 ? tr("all leads") : QString::fromStdString(figures.level.parentName);
    const QString title = tr("%1 distribution over %2").arg(mScoreLabel.isEmpty() ? tr("Score") : mScoreLabel, of);
    if (!figures.hasScore) {
        showEmpty(tr("Score distribution"), tr("The rules define no score."));
        return;
    }
    if (mHistogram.binCount() == 0 || mHistogram.population == 0) {
        showEmpty(title, tr("No leads in this population."));
        return;
    }
    resetChart(title);
    const std::vector<double>& e = mHistogram.edges;
    mLo = e.front();
    mHi = e.back();
    mStep = std::pow(10.0, std::floor(std::log10((mHi - mLo) / 100.0)));

    auto* x = new QValueAxis;
    x->setTitleText(mScoreLabel);
    x->setRange(mLo, mHi);
    x->setLabelFormat(mStep >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%g"));
    // Ticks on round values from the score's minimum (the axis ends one bin past the top value).
    const double span = mHi - mLo;
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / 5)));
    const double interval = span / magnitude >= 25 ? 5 * magnitude : span / magnitude >= 10 ? 2 * magnitude : magnitude;
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(mLo);
    x->setTickInterval(interval);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Leads"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    size_t tallest = 0;
    auto* convertedTop = new QLineSeries;
    auto* totalTop = new QLineSeries;
    auto* convertedBottom = new QLineSeries;
    for (size_t k = 0; k < mHistogram.binCount(); ++k) {
        const double c = double(mHistogram.converted[k]), t = double(mHistogram.total(k));
        convertedTop->append(e[k], c);
        convertedTop->append(e[k + 1], c);
        convertedBottom->append(e[k], c);
        convertedBottom->append(e[k + 1], c);
        totalTop->append(e[k], t);
        totalTop->append(e[k + 1], t);
        tallest = std::max(tallest, mHistogram.total(k));
    }
    mTop = std::max(1.0, double(tallest) * 1.12);
    y->setRange(0, mTop);
    y->applyNiceNumbers();
    mTop = y->max();

    auto* rest = new QAreaSeries(totalTop, mHistogram.hasOutcome ? convertedBottom : nullptr);
    totalTop->setParent(rest);
    convertedBottom->setParent(rest);
    rest->setName(mHistogram.hasOutcome ? tr("Not converted") : tr("Leads"));
    rest->setColor(SegmentPalette::notConvertedColor());
    rest->setBorderColor(SegmentPalette::notConvertedColor().darker(120));
    chart()->addSeries(rest);
    rest->attachAxis(x);
    rest->attachAxis(y);
    QAreaSeries* converted = nullptr;
    if (mHistogram.hasOutcome) {
        converted = new QAreaSeries(convertedTop);
        convertedTop->setParent(converted);
        converted->setName(tr("Converted"));
        converted->setColor(SegmentPalette::convertedColor());
        converted->setBorderColor(SegmentPalette::convertedColor().darker(120));
        chart()->addSeries(converted);
        converted->attachAxis(x);
        converted->attachAxis(y);
    } else {
        delete convertedTop;
    }

    if (mHistogram.hasOutcome) {
        auto* yRate = new QValueAxis;
        yRate->setTitleText(tr("Conversion rate in bin (%)"));
        yRate->setRange(0, 100);
        yRate->setLabelFormat(QStringLiteral("%.0f"));
        yRate->setGridLineVisible(false);
        chart()->addAxis(yRate, Qt::AlignRight);
        auto* rate = new QLineSeries;
        rate->setName(tr("Conversion rate"));
        rate->setPen(QPen(SegmentPalette::overallColor(), 1.5));
        for (size_t k = 0; k < mHistogram.binCount(); ++k)
            if (mHistogram.total(k) >= MinLeadsForRate)
                rate->append((e[k] + e[k + 1]) / 2, 100.0 * double(mHistogram.converted[k]) / double(mHistogram.total(k)));
        chart()->addSeries(rate);
        rate->attachAxis(x);
        rate->attachAxis(yRate);
    }

    const ScoreHistogram h = mHistogram;
    auto tip = [this, h](const QPointF& p, bool on) {
        if (!on) {
            hideTip();
            return;
        }
        size_t k = 0;
        while (k + 1 < h.binCount() && p.x() >= h.edges[k + 1])
            ++k;
        const bool last = k + 1 == h.binCount();
        QString text = tr("<b>%1 %2 to %3</b> (%4)<br>%5 leads")
                           .arg(mScoreLabel.toHtmlEscaped(), number(h.edges[k]), number(h.edges[k + 1]),
                                last ? tr("inclusive") : tr("exclusive"), formatCount(h.total(k)));
        if (h.hasOutcome && h.total(k))
            text += tr("<br>%1 converted, %2 not<br>Rate %3")
                        .arg(formatCount(h.converted[k]), formatCount(h.notConverted[k]),
                             formatRate(double(h.converted[k]) / double(h.total(k)), 2));
        showTip(text);
    };
    connect(rest, &QAreaSeries::hovered, this, tip);
    if (converted)
        connect(converted, &QAreaSeries::hovered, this, tip);

    for (size_t i = 0; i < mThresholds.size(); ++i) {
        const ScoreThreshold& t = mThresholds[i];
        const std::string& name = figures.snapshot->segments[size_t(t.segmentIndex)].name;
        auto* line = new QLineSeries;
        line->setName(tr("%1: %2 %3").arg(QString::fromStdString(name), opSymbol(t.op), number(t.value)));
        QPen pen(figures.palette.color(t.segmentIndex).darker(110), 3);
        line->setPen(pen);
        line->append(t.value, 0);
        line->append(t.value, mTop);
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        mLines.push_back(line);
        mLineLabels.push_back(addLabel(line, QPointF(t.value, mTop), QString::fromStdString(name) + QLatin1Char(' ') +
                                                                         opSymbol(t.op) + QLatin1Char(' ') + number(t.value),
                                       QPointF(4, 8 + 14 * double(i % 4)), Qt::AlignLeft | Qt::AlignTop));
        connect(line, &QLineSeries::hovered, this, [this, i](const QPointF&, bool on) {
            if (!on || i >= mThresholds.size()) {
                hideTip();
                return;
            }
            showTip(tr("%1 %2 — drag to change the threshold").arg(opSymbol(mThresholds[i].op), number(mThresholds[i].value)));
        });
        mAnchor = line;
    }
    if (!mAnchor)
        mAnchor = static_cast<QLineSeries*>(rest->upperSeries());
    for (size_t i = 0; i < mThresholds.size() && !dragSegment.empty(); ++i)
        if (mThresholds[i].segmentId == dragSegment && mThresholds[i].pointer == dragPointer)
            mDragging = int(i);
}

void ScoreHistogramChart::placeThresholdLine(int index)
{
    const ScoreThreshold& t = mThresholds[size_t(index)];
    mLines[size_t(index)]->replace(QList<QPointF>{QPointF(t.value, 0), QPointF(t.value, mTop)});
    QString text = mLineLabels[size_t(index)]->text();
    const int cut = text.lastIndexOf(QLatin1Char(' '));
    moveLabel(mLineLabels[size_t(index)], QPointF(t.value, mTop), text.left(cut + 1) + number(t.value));
}

double ScoreHistogramChart::dragThresholdTo(int index, double value)
{
    if (index < 0 || size_t(index) >= mThresholds.size())
        return value;
    value = std::clamp(value, mLo, mHi);
    value = std::round(value / mStep) * mStep;
    // Rounding leaves representation noise (0.30000000000000004); a whole step count of 1 or more is exact.
    if (mStep >= 1)
        value = std::round(value);
    else
        value = std::round(value * 1e9) / 1e9;
    ScoreThreshold& t = mThresholds[size_t(index)];
    if (value == t.value)
        return value;
    t.value = value;
    placeThresholdLine(index);
    const QJsonValue json = value == std::floor(value) && std::fabs(value) < 9e15 ? QJsonValue(qint64(value)) : QJsonValue(value);
    emit conditionValueEdited(QString::fromStdString(t.segmentId), QString::fromStdString(t.pointer), json);
    return value;
}

int ScoreHistogramChart::thresholdAt(const QPoint& pos) const
{
    if (!mAnchor || mLines.empty())
        return -1;
    const QPointF scenePos = mapToScene(pos);
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().adjusted(-4, -4, 4, 4).contains(chartPos))
        return -1;
    int best = -1;
    double bestDistance = 6; // pixels
    for (size_t i = 0; i < mLines.size(); ++i) {
        const QPointF p = chart()->mapToPosition(QPointF(mThresholds[i].value, 0), mLines[i]);
        const double d = std::fabs(p.x() - chartPos.x());
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void ScoreHistogramChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        mDragging = thresholdAt(event->position().toPoint());
        if (mDragging >= 0) {
            event->accept();
            return;
        }
    }
    ChartView::mousePressEvent(event);
}

void ScoreHistogramChart::mouseMoveEvent(QMouseEvent* event)
{
    if (mDragging >= 0 && size_t(mDragging) < mLines.size()) {
        const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        const double v = dragThresholdTo(mDragging, chart()->mapToValue(chartPos, mLines[size_t(mDragging)]).x());
        showTip(tr("%1 %2").arg(opSymbol(mThresholds[size_t(mDragging)].op), number(v)));
        event->accept();
        return;
    }
    viewport()->setCursor(thresholdAt(event->position().toPoint()) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
    ChartView::mouseMoveEvent(event);
}

void ScoreHistogramChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (mDragging >= 0) {
        mDragging = -1;
        hideTip();
        event->accept();
        return;
    }
    ChartView::mouseReleaseEvent(event);
}

QString ScoreHistogramChart::figuresCsv() const
{
    QString out = QStringLiteral("bin_from,bin_to,leads,converted,not_converted,rate\n");
    for (size_t k = 0; k < mHistogram.binCount(); ++k) {
        const size_t t = mHistogram.total(k);
        out += number(mHistogram.edges[k]) + QLatin1Char(',') + number(mHistogram.edges[k + 1]) + QLatin1Char(',') +
               QString::number(qulonglong(t)) + QLatin1Char(',') + QString::number(qulonglong(mHistogram.converted[k])) +
               QLatin1Char(',') + QString::number(qulonglong(mHistogram.notConverted[k])) + QLatin1Char(',') +
               (mHistogram.hasOutcome && t ? number(double(mHistogram.converted[k]) / double(t)) : QString()) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace sd
