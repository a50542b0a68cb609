// Overlap heatmap of the children of an overlapping parent: cell (row i, column j) holds the
// leads in both i and j, as a count and as a share of row i's leads; the colour follows the share.
#pragma once

#include "chartview.h"

namespace sd {

class OverlapChart : public ChartView
{
    Q_OBJECT

public:
    explicit OverlapChart(QWidget* parent = nullptr);
    QString figuresCsv() const override;
    QString chartName() const override { return QStringLiteral("overlap"); }

    // Colour of a cell for a share 0..1 (white to dark blue).
    static QColor shareColor(double share);

protected:
    void rebuild(const ChartFigures& figures) override;

private:
    OverlapMatrix mMatrix;
};

} // namespace sd
