// The common frame of every chart: a QChartView that shows one aspect of ChartFigures, with
// figures as CSV on the clipboard, PNG and SVG export, hover tooltips and text labels that follow
// the plot area when the view is resized.
#pragma once

#include "chartfigures.h"

#include <QChartView>
#include <QPointer>

#include <functional>
#include <vector>

class QGraphicsSimpleTextItem;

namespace sd {

class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    // Rebuilds the chart from new figures (on the UI thread; figures are computed already).
    void showFigures(const ChartFigures& figures);
    // The figures the chart shows, as CSV with a header row (dot decimals, no thousands separators).
    virtual QString figuresCsv() const = 0;
    // A file-name friendly name of the chart ("sizes", "conversion", …).
    virtual QString chartName() const = 0;

    bool exportPng(const QString& path, QString* error, const QSize& size = {}) const;
    bool exportSvg(const QString& path, QString* error, const QSize& size = {}) const;
    void copyFiguresCsv() const;
    // The text shown instead of a chart when there is nothing to draw; empty when drawing.
    QString emptyMessage() const { return mEmptyMessage; }

protected:
    virtual void rebuild(const ChartFigures& figures) = 0;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    // Removes every series, axis and label; sets the title.
    void resetChart(const QString& title);
    // Shows a message in place of the chart (no data, no outcome, …).
    void showEmpty(const QString& title, const QString& message);
    // A text item anchored at a value of `series`, shifted by `offset` pixels; kept in place on resize.
    QGraphicsSimpleTextItem* addLabel(QAbstractSeries* series, QPointF value, const QString& text,
                                      QPointF offset = {}, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // Moves a label made by addLabel to a new value and text.
    void moveLabel(QGraphicsSimpleTextItem* item, QPointF value, const QString& text);
    void showTip(const QString& text);
    void hideTip();
    void repositionLabels();

    static QString csvField(const QString& s);
    static QString number(double v, int decimals = -1);

private:
    static void fitBackdrop(QGraphicsSimpleTextItem* item);
    void exportWithDialog(bool svg);
    void renderTo(QPainter* painter, const QSize& size) const;

    struct Label
    {
        QGraphicsSimpleTextItem* item;
        QPointer<QAbstractSeries> series;
        QPointF value, offset;
        Qt::Alignment align;
    };
    std::vector<Label> mLabels;
    QGraphicsSimpleTextItem* mEmptyItem = nullptr;
    QString mEmptyMessage;
};

// Formats a count with the locale's digit grouping: "12,345".
QString formatCount(size_t n);
// Formats a rate (0..1) as a percentage: "12.3%".
QString formatRate(double r, int decimals = 1);

} // namespace sd
