// Runs a fuzz target's body over saved inputs, without libFuzzer: every crash or broken invariant
// the fuzzers found stays a test in the ordinary (and the sanitized) build. Arguments are files or
// folders of inputs; it fails when it finds no input, so a moved corpus cannot pass unseen.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            std::sort(found.begin(), found.end());
            inputs << found;
        } else if (QFileInfo(arg).isFile()) {
            inputs << arg;
        } else {
            std::fprintf(stderr, "fuzz replay: no such input: %s\n", argv[i]);
            return 1;
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "fuzz replay: no inputs\n");
        return 1;
    }
    for (const QString& path : inputs) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz replay: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        // A finding aborts inside the target; the last line printed names its input.
        std::fprintf(stderr, "fuzz replay: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    }
    std::printf("fuzz replay: %lld inputs, no finding\n", static_cast<long long>(inputs.size()));
    return 0;
}
