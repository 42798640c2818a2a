#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Dossier::TextDecoder {

Expected<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Result::failure(QCoreApplication::translate("Dossier::TextDecoder", "The text is not valid UTF-8."));
    return text;
}

} // namespace Dossier::TextDecoder
