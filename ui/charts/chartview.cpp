// Chart frame: export, clipboard, labels, tooltips.
#include "chartview.h"

#include "palettes.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

#include <cmath>

namespace sd {

QString formatCount(size_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString formatRate(double r, int decimals)
{
    return QLocale().toString(r * 100, 'f', decimals) + QLatin1Char('%');
}

ChartView::ChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    chart()->setAnimationOptions(QChart::NoAnimation); // repaint at once after every edit
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { repositionLabels(); });
}

void ChartView::showFigures(const ChartFigures& figures)
{
    hideTip();
    rebuild(figures);
    repositionLabels();
}

void ChartView::resetChart(const QString& title)
{
    // A screen reader names the chart by what it shows; the figures are in its CSV copy.
    setAccessibleName(title);
    for (Label& l : mLabels)
        delete l.item;
    mLabels.clear();
    delete mEmptyItem;
    mEmptyItem = nullptr;
    mEmptyMessage.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis* a : chart()->axes()) {
        chart()->removeAxis(a);
        delete a;
    }
    // The theme follows the palette (dark and high-contrast schemes); it is set while the chart is
    // empty because a theme recolours every series, and the series carry the segments' colours.
    const QChart::ChartTheme theme = isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        chart()->setTheme(theme);
        chart()->legend()->setAlignment(Qt::AlignBottom);
    }
    chart()->setTitle(title);
    chart()->legend()->setVisible(true);
}

void ChartView::showEmpty(const QString& title, const QString& message)
{
    resetChart(title);
    mEmptyMessage = message;
    mEmptyItem = new QGraphicsSimpleTextItem(message, chart());
    mEmptyItem->setBrush(palette().color(QPalette::PlaceholderText));
    repositionLabels();
}

QGraphicsSimpleTextItem* ChartView::addLabel(QAbstractSeries* series, QPointF value, const QString& text, QPointF offset,
                                             Qt::Alignment align)
{
    auto* item = new QGraphicsSimpleTextItem(text, chart());
    item->setZValue(20);
    item->setBrush(chart()->titleBrush()); // the theme's text colour
    QFont f = item->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    item->setFont(f);
    // A backdrop in the chart's own colour keeps the text readable where it crosses a line.
    auto* backdrop = new QGraphicsRectItem(item);
    backdrop->setFlag(QGraphicsItem::ItemStacksBehindParent);
    backdrop->setPen(Qt::NoPen);
    // The chart's background is a theme gradient; contrast with the label's text colour instead.
    QColor fill = item->brush().color().lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    fill.setAlpha(215);
    backdrop->setBrush(fill);
    fitBackdrop(item);
    mLabels.push_back({item, series, value, offset, align});
    return item;
}

void ChartView::fitBackdrop(QGraphicsSimpleTextItem* item)
{
    for (QGraphicsItem* child : item->childItems())
        if (auto* backdrop = qgraphicsitem_cast<QGraphicsRectItem*>(child))
            backdrop->setRect(item->boundingRect().adjusted(-3, -1, 3, 1));
}

void ChartView::moveLabel(QGraphicsSimpleTextItem* item, QPointF value, const QString& text)
{
    for (Label& l : mLabels)
        if (l.item == item) {
            l.value = value;
            item->setText(text);
            fitBackdrop(item);
        }
    repositionLabels();
}

void ChartView::repositionLabels()
{
    for (Label& l : mLabels) {
        if (!l.series)
            continue;
        const QPointF p = chart()->mapToPosition(l.value, l.series) + l.offset;
        const QRectF r = l.item->boundingRect();
        double x = p.x(), y = p.y();
        if (l.align & Qt::AlignRight)
            x -= r.width();
        else if (l.align & Qt::AlignHCenter)
            x -= r.width() / 2;
        if (l.align & Qt::AlignVCenter)
            y -= r.height() / 2;
        else if (l.align & Qt::AlignBottom)
            y -= r.height();
        l.item->setPos(x, y);
        l.item->setVisible(chart()->plotArea().adjusted(-60, -20, 60, 20).contains(p));
    }
    if (mEmptyItem) {
        const QRectF area = chart()->rect();
        const QRectF r = mEmptyItem->boundingRect();
        mEmptyItem->setPos(area.center() - QPointF(r.width() / 2, r.height() / 2));
    }
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    repositionLabels();
}

void ChartView::showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}

void ChartView::hideTip()
{
    QToolTip::hideText();
}

QString ChartView::csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString e = s;
    e.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + e + QLatin1Char('"');
}

QString ChartView::number(double v, int decimals)
{
    if (!std::isfinite(v))
        return {};
    return decimals < 0 ? QString::number(v, 'g', 15) : QString::number(v, 'f', decimals);
}

// Renders the chart scene at `size`: the chart is laid out at that size for the moment of painting
// (works for charts in hidden tabs, whose view was never laid out) and put back afterwards.
void ChartView::renderTo(QPainter* painter, const QSize& size) const
{
    auto* self = const_cast<ChartView*>(this);
    QChart* c = self->chart();
    const QRectF old = c->geometry();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    c->setGeometry(target);
    if (c->layout())
        c->layout()->activate();
    self->repositionLabels();
    c->scene()->render(painter, target, target);
    c->setGeometry(old);
    if (c->layout())
        c->layout()->activate();
    self->repositionLabels();
}

bool ChartView::exportPng(const QString& path, QString* error, const QSize& size) const
{
    const QSize s = size.isValid() ? size : this->size();
    const qreal dpr = 2; // crisp on high-density displays and in documents
    QImage image(s * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        renderTo(&p, s);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ChartView::exportSvg(const QString& path, QString* error, const QSize& size) const
{
    const QSize s = size.isValid() ? size : this->size();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    {
        QSvgGenerator gen;
        gen.setOutputDevice(&f);
        gen.setSize(s);
        gen.setViewBox(QRect(QPoint(0, 0), s));
        gen.setTitle(chart()->title());
        gen.setDescription(tr("Segment Designer chart"));
        QPainter p;
        if (!p.begin(&gen)) {
            if (error)
                *error = tr("Cannot write %1: the SVG could not be started").arg(path);
            f.cancelWriting();
            return false;
        }
        p.fillRect(QRect(QPoint(0, 0), s), Qt::white);
        renderTo(&p, s);
        p.end();
    }
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ChartView::copyFiguresCsv() const
{
    QApplication::clipboard()->setText(figuresCsv());
}

void ChartView::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
                                                chartName() + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy figures as CSV"), this, [this] { copyFiguresCsv(); });
    menu.addSeparator();
    menu.addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(false); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(true); });
    menu.exec(event->globalPos());
}

} // namespace sd
