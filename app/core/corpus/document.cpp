#include "document.h"

#include <QCryptographicHash>

namespace Dossier {

QString Document::hashText(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Dossier
