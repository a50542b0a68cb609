// An output file that has no name until it is complete, for writers that need a path to write to
// (libxlsxwriter opens its file by name). On Linux it is an unnamed file in the target's folder
// (O_TMPFILE): a kill or a crash while it is written leaves nothing behind, and commit() links it
// in under a temporary name and renames that over the target, so readers see the old file or the
// whole new one. Where unnamed files are not available it is a new TARGET.<random>.part, renamed the same way.
#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// The text of an errno value, for messages.
QString systemErrorText(int code);
// Opens PATH with FLAGS (O_RDONLY for a file, O_RDONLY | O_DIRECTORY for a folder) and fsyncs it:
// 0, or the errno of the open or the fsync that failed.
int syncToDisk(const QByteArray& path, int flags);

class PendingFile
{
public:
    explicit PendingFile(const QString& target);
    ~PendingFile(); // without a commit, the content is dropped
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    bool isOpen() const { return !mWritePath.isEmpty(); }
    // Why the file could not be created (when !isOpen()).
    QString errorString() const { return mError; }
    // The path to open and write the content through; reading it back works too.
    QString writePath() const { return mWritePath; }
    // Flushes the content to disk and gives it the target's name, replacing a file there.
    bool commit(QString* error);

private:
    QString mTarget;
    QString mWritePath;
    QString mError;
    int mFd = -1;          // the unnamed file, or -1 for the .part fallback
    bool mCommitted = false;
};

} // namespace sd
