// Segment colours. Tableau 10 (without its grey, kept for remainders): distinct hues that stay
// apart for common colour-vision deficiencies in the first six.
#include "segmentpalette.h"

#include <map>

namespace sd {

const QList<QColor>& SegmentPalette::qualitative()
{
    static const QList<QColor> colors{QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0xE1, 0x57, 0x59),
                                      QColor(0x76, 0xB7, 0xB2), QColor(0x59, 0xA1, 0x4F), QColor(0xED, 0xC9, 0x48),
                                      QColor(0xB0, 0x7A, 0xA1), QColor(0xFF, 0x9D, 0xA7), QColor(0x9C, 0x75, 0x5F)};
    return colors;
}

SegmentPalette::SegmentPalette(const std::vector<SegmentMembers>& segments)
{
    std::map<int, int> nextUnderParent;
    mColors.reserve(segments.size());
    for (const SegmentMembers& s : segments) {
        mIds.push_back(s.id);
        if (s.remainder) {
            mColors.push_back(remainderColor());
            continue;
        }
        const int position = nextUnderParent[s.parent]++;
        mColors.push_back(qualitative()[position % qualitative().size()]);
    }
}

QColor SegmentPalette::color(int segmentIndex) const
{
    if (segmentIndex < 0 || size_t(segmentIndex) >= mColors.size())
        return overallColor();
    return mColors[size_t(segmentIndex)];
}

QColor SegmentPalette::color(const std::string& segmentId) const
{
    for (size_t i = 0; i < mIds.size(); ++i)
        if (mIds[i] == segmentId)
            return mColors[i];
    return overallColor();
}

} // namespace sd
