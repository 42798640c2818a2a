#pragma once

// What every libFuzzer target of tests/fuzz shares: a Qt application object
// made once (Qt sees only the program name, never libFuzzer's flags), a
// scratch folder, and a file there for entry points that read a path.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace Dossier::Fuzz {

// Makes the application object (a QGuiApplication on the offscreen platform
// when gui is true, for Qt PDF) and the scratch folder. Call from
// LLVMFuzzerInitialize.
inline void start(char **argv, bool gui = false)
{
    static int argc = 1;
    static char *args[] = {argv[0], nullptr};
    QStandardPaths::setTestModeEnabled(true); // no user data touched
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, args);
    } else {
        static QCoreApplication app(argc, args);
    }
}

inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir;
}

// Writes the input to scratch()/name and returns the path.
inline QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property the entry point promised does not hold: a finding like a crash.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        qCritical("fuzz: property violated: %s", what);
        std::abort();
    }
}

} // namespace Dossier::Fuzz
