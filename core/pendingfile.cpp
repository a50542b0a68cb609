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

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool syncPath(const QByteArray& path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
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
    // Unnamed files need a Linux file system that has them (not FAT, not some network mounts).
    const QString part = target + QStringLiteral(".part");
    const int fd = ::open(QFile::encodeName(part).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        mError = systemError(errno);
        return;
    }
    ::close(fd);
    mWritePath = part;
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
            *error = QCoreApplication::translate("sd::PendingFile", "%1: cannot write: %2").arg(mTarget, systemError(code));
        return false;
    };
    if (!isOpen() || mCommitted)
        return fail(EBADF);
    const QByteArray target = QFile::encodeName(mTarget);
    QByteArray named = QFile::encodeName(mWritePath);
    if (mFd >= 0) {
        if (::fsync(mFd) != 0)
            return fail(errno);
        // linkat() will not replace a file, so the content gets a fresh temporary name first.
        for (int attempt = 0;; ++attempt) {
            named = target + '.' + QByteArray::number(QRandomGenerator::global()->generate(), 36) + ".part";
            const QByteArray self = "/proc/self/fd/" + QByteArray::number(mFd);
            if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, named.constData(), AT_SYMLINK_FOLLOW) == 0)
                break;
            if (errno != EEXIST || attempt > 16)
                return fail(errno);
        }
    } else if (!syncPath(named, O_RDONLY)) {
        return fail(errno);
    }
    if (::rename(named.constData(), target.constData()) != 0) {
        const int code = errno;
        ::unlink(named.constData());
        return fail(code);
    }
    mCommitted = true;
    syncPath(QFile::encodeName(QFileInfo(mTarget).absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace sd
