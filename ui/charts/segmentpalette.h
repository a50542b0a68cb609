// Colours of segments, the same in every chart of one evaluation: siblings get distinct colours
// from a qualitative palette by their position under their parent; remainders are grey.
#pragma once

#include "evaluator.h"

#include <QColor>
#include <QList>

#include <string>
#include <vector>

namespace sd {

class SegmentPalette
{
public:
    SegmentPalette() = default;
    explicit SegmentPalette(const std::vector<SegmentMembers>& segments);

    QColor color(int segmentIndex) const;       // -1 = all leads
    QColor color(const std::string& segmentId) const;

    static const QList<QColor>& qualitative();
    static QColor remainderColor() { return QColor(0xBA, 0xB0, 0xAC); }
    static QColor overallColor() { return QColor(0x44, 0x44, 0x44); }
    static QColor convertedColor() { return QColor(0x2C, 0xA0, 0x5A); }
    static QColor notConvertedColor() { return QColor(0xA9, 0xB8, 0xC6); }

private:
    std::vector<QColor> mColors;
    std::vector<std::string> mIds;
};

} // namespace sd
