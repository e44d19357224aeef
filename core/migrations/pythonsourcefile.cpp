// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/pythonsourcefile.h"

#include <QFile>
#include <QStringDecoder>

namespace migdesk::core {

namespace {

// PEP 263: `# -*- coding: latin-1 -*-` on line 1, or on line 2 below a comment line.
QByteArray codingCookie(const QByteArray& bytes)
{
    qsizetype lineStart = 0;
    for (int line = 0; line < 2 && lineStart < bytes.size(); ++line) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const QByteArray text = bytes.mid(lineStart, lineEnd - lineStart).trimmed();
        if (!text.startsWith('#')) {
            if (!text.isEmpty())
                return {};
        } else {
            const qsizetype at = text.indexOf("coding");
            if (at >= 0 && at + 6 < text.size() &&
                (text.at(at + 6) == ':' || text.at(at + 6) == '=')) {
                qsizetype p = at + 7;
                while (p < text.size() && (text.at(p) == ' ' || text.at(p) == '\t'))
                    ++p;
                QByteArray name;
                for (; p < text.size(); ++p) {
                    const char c = text.at(p);
                    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                      (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
                    if (!word)
                        break;
                    name += c;
                }
                return name.toLower().replace('_', '-');
            }
        }
        lineStart = lineEnd + 1;
    }
    return {};
}

bool isLatin1(const QByteArray& name)
{
    for (const char* alias :
         {"latin-1", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso-latin-1"}) {
        if (name == alias || name.startsWith(QByteArray(alias).append('-')))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> PythonSourceFile::read(const QString& path, QString* error)
{
    QFile file(path);
    // Unbuffered: readAll() reads the whole file at once, so QIODevice's 16 KB buffer would
    // only be allocated and copied through for every module of the project.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = tr("The file cannot be opened: %1.").arg(file.errorString());
        return std::nullopt;
    }
    return decode(file.readAll(), error);
}

std::optional<QString> PythonSourceFile::decode(const QByteArray& bytes, QString* error)
{
    if (isLatin1(codingCookie(bytes)))
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = tr("The file is not valid UTF-8 text, so Python cannot read it either.");
        return std::nullopt;
    }
    return text;
}

} // namespace migdesk::core
