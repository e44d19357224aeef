// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace migdesk::core {

// Reads a .py file the way Python decodes it: UTF-8 (a BOM allowed) unless a coding cookie in
// the first two lines names Latin-1.
class PythonSourceFile
{
    Q_DECLARE_TR_FUNCTIONS(PythonSourceFile)
public:
    // nullopt and a translated sentence in *error when the file cannot be read or decoded.
    static std::optional<QString> read(const QString& path, QString* error);
    static std::optional<QString> decode(const QByteArray& bytes, QString* error);
};

} // namespace migdesk::core
