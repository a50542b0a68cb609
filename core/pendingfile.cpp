// Unnamed output files (O_TMPFILE) with a named fallback.
#include "pendingfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sd {

QString systemErrorText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

int syncToDisk(const QByteArray& path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int code = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return code;
}

namespace {

QByteArray randomPartName(const QByteArray& target)
{
    return target + '.' + QByteArray::number(QRandomGenerator::global()->generate(), 36) + ".part";
}

} // namespace

PendingFile::PendingFile(const QString& target)
    : mTarget(target)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(target).absolutePath());
#ifdef O_TMPFILE
    mFd = ::open(folder.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    // /proc/self/fd/N reopens the unnamed file by path, which is what a writer taking a path needs.
    if (mFd >= 0 && ::access(QByteArray("/proc/self/fd/" + QByteArray::number(mFd)).constData(), W_OK) == 0) {
        mWritePath = QStringLiteral("/proc/self/fd/%1").arg(mFd);
        return;
    }
    if (mFd >= 0)
        ::close(mFd);
    mFd = -1;
#endif
    // Unnamed files need a Linux file system that has them (not FAT, not some network mounts). The
    // named stand-in is new and ours: never another export's file, never followed through a link.
    const QByteArray base = QFile::encodeName(target);
    for (int attempt = 0;; ++attempt) {
        const QByteArray part = randomPartName(base);
        const int fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            mWritePath = QFile::decodeName(part);
            return;
        }
        if (errno != EEXIST || attempt > 16) {
            mError = systemErrorText(errno);
            return;
        }
    }
}

PendingFile::~PendingFile()
{
    if (mFd >= 0)
        ::close(mFd);
    else if (!mCommitted && !mWritePath.isEmpty())
        QFile::remove(mWritePath);
}

bool PendingFile::commit(QString* error)
{
    auto fail = [&](int code) {
        if (error)
            *error = QCoreApplication::translate("sd::PendingFile", "%1: cannot write: %2").arg(mTarget, systemErrorText(code));
        return false;
    };
    if (!isOpen() || mCommitted)
        return fail(EBADF);
    const QByteArray target = QFile::encodeName(mTarget);
    QByteArray named = QFile::encodeName(mWritePath);
    if (mFd >= 0) {
        if (::fsync(mFd) != 0)
            return fail(errno);
        // linkat() will not replace a file, so the content gets a fresh temporary name first; the
        // write path (/proc/self/fd/N) is the unnamed file itself.
        const QByteArray self = named;
        for (int attempt = 0;; ++attempt) {
            named = randomPartName(target);
            if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, named.constData(), AT_SYMLINK_FOLLOW) == 0)
                break;
            if (errno != EEXIST || attempt > 16)
                return fail(errno);
        }
    } else if (const int code = syncToDisk(named, O_RDONLY)) {
        return fail(code);
    }
    if (::rename(named.constData(), target.constData()) != 0) {
        const int code = errno;
        ::unlink(named.constData());
        return fail(code);
    }
    mCommitted = true;
    syncToDisk(QFile::encodeName(QFileInfo(mTarget).absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace sd
