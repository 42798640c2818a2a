#pragma once

#include "bundle.h"
#include "result.h"

namespace Dossier {

// Writes a Bundle's annotations as CSV for spreadsheets (RFC 4180: CRLF
// between records, fields with a comma, quote or line break quoted, quotes
// doubled), UTF-8 with a byte-order mark so that spreadsheet apps pick the
// encoding. One row per annotation: document title, date and publisher,
// quote, note, tags (separated by "; "), colour, code-point offsets (end
// exclusive), times. A field starting with =, +, -, @, tab or CR is
// prefixed with ' so that no spreadsheet runs it as a formula.
class CsvWriter
{
public:
    static Result write(const Bundle &bundle, const QString &path);
    static QByteArray csv(const Bundle &bundle);
    static QString field(const QString &value);
};

} // namespace Dossier
