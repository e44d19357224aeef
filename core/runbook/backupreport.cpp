// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupreport.h"

#include "runbook/stepresult.h"

namespace migdesk::core {

QJsonObject BackupReport::toJson() const
{
    QJsonObject o{{QStringLiteral("metadata_path"), metadataPath},
                  {QStringLiteral("metadata"), metadata.toJson()}};
    if (proof)
        o[QStringLiteral("proof")] = proof->toJson();
    if (upload)
        o[QStringLiteral("upload")] = upload->toJson();
    if (retention)
        o[QStringLiteral("retention")] = retention->toJson();
    return o;
}

} // namespace migdesk::core
