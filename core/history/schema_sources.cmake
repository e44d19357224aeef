# SPDX-License-Identifier: GPL-3.0-or-later
# Schema snapshots and their diff, and the run mirror in the target database.
target_sources(migdesk_core PRIVATE
    history/historymirror.cpp history/historymirror.h
    history/schemacapture.cpp history/schemacapture.h
    history/schemachange.cpp history/schemachange.h
    history/schemadiff.cpp history/schemadiff.h
    history/schemasnapshot.cpp history/schemasnapshot.h
    history/schemasnapshotreader.cpp history/schemasnapshotreader.h
)
