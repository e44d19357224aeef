<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityReport</name>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>query time</source>
        <translation>Abfragezeit</translation>
    </message>
    <message>
        <source>xact time</source>
        <translation>Xact-Zeit</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source> [long]</source>
        <translation> [lang]</translation>
    </message>
    <message>
        <source> [blocked by %1]</source>
        <translation> [blockiert von %1]</translation>
    </message>
    <message>
        <source>└ %1 waiting for %2 on %3 (%4 blocked in total)
</source>
        <translation>└ %1 wartend auf %2 für %3 (insgesamt %4 blockiert)
</translation>
    </message>
    <message>
        <source>Ungranted locks</source>
        <translation>Nicht gewährte Sperren</translation>
    </message>
    <message>
        <source>Sessions: %1 · running longer than %2: %3 · waiting on a lock: %4
</source>
        <translation>Sitzungen: %1 · länger als %2 laufend: %3 · auf Sperre wartend: %4
</translation>
    </message>
    <message>
        <source>wait event</source>
        <translation>Warteereignis</translation>
    </message>
    <message>
        <source>Locks: %1 · not granted: %2 · root blockers: %3
</source>
        <translation>Sperren: %1 · nicht gewährt: %2 · Hauptblockierer: %3
</translation>
    </message>
    <message>
        <source>pid %1 (%2, %3)</source>
        <translation>pid %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 holds %2 and blocks %3: %4
</source>
        <translation>%1 hält %2 und blockiert %3: %4
</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>eine Sperre</translation>
    </message>
</context>
<context>
    <name>AssessmentBuilder</name>
    <message numerus="yes">
        <source>matches (%n pending)</source>
        <translation>
            <numerusform>stimmt überein (%n ausstehende Migration)</numerusform>
            <numerusform>stimmt überein (%n ausstehende Migrationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>differs: Django plans %1; migdesk read %2</source>
        <translation>weicht ab: Django plant %1; migdesk hat %2 gelesen</translation>
    </message>
    <message>
        <source>The Django project folder %1 does not exist.</source>
        <translation>Der Django-Projektordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Django project %1</source>
        <translation>Django-Projekt %1</translation>
    </message>
    <message>
        <source>No Django app with a migrations package was found under %1. Point at the project&apos;s root folder (where manage.py is).</source>
        <translation>Unter %1 wurde keine Django-App mit einem migrations-Paket gefunden. Geben Sie den Stammordner des Projekts an (in dem manage.py liegt).</translation>
    </message>
    <message>
        <source>The SQL folder %1 does not exist.</source>
        <translation>Der SQL-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>SQL folder %1</source>
        <translation>SQL-Ordner %1</translation>
    </message>
    <message>
        <source>sqlmigrate %1 %2</source>
        <translation>sqlmigrate %1 %2</translation>
    </message>
    <message>
        <source>run the undo file %1</source>
        <translation>Undo-Datei %1 ausführen</translation>
    </message>
    <message>
        <source>restore the backup: no undo file</source>
        <translation>Sicherung wiederherstellen: keine Undo-Datei</translation>
    </message>
    <message>
        <source>pid %1 (%2) has run a query for %3: %4</source>
        <translation>pid %1 (%2) führt seit %3 eine Abfrage aus: %4</translation>
    </message>
    <message>
        <source>pid %1 waits for %2 on %3</source>
        <translation>pid %1 wartet auf %2 für %3</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>%1: %2 pending, %3 applied. Overall risk %4 (score %5), estimated %6.
</source>
        <translation>%1: %2 ausstehend, %3 angewendet. Gesamtrisiko %4 (Punktzahl %5), geschätzt %6.
</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Blockers now:</source>
        <translation>Aktuelle Blockierer:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Empfehlungen:</translation>
    </message>
    <message>
        <source>problem: %1:%2: %3</source>
        <translation>Problem: %1:%2: %3</translation>
    </message>
    <message>
        <source>Django&apos;s own plan: %1</source>
        <translation>Djangos eigener Plan: %1</translation>
    </message>
    <message>
        <source>Migration assessment: %1</source>
        <translation>Migrationsbewertung: %1</translation>
    </message>
    <message>
        <source>**Overall risk: %1** (runbook score %2), %3 pending, estimated %4.</source>
        <translation>**Gesamtrisiko: %1** (Runbook-Punktzahl %2), %3 ausstehend, geschätzt %4.</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>lock time</source>
        <translation>Sperrdauer</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Blockers now</source>
        <translation>Aktuelle Blockierer</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Overall risk &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; (runbook score %3), %4 pending, estimated %5.</source>
        <translation>Gesamtrisiko &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; (Runbook-Punktzahl %3), %4 ausstehend, geschätzt %5.</translation>
    </message>
    <message>
        <source>Zero-downtime rollout</source>
        <translation>Zero-Downtime-Rollout</translation>
    </message>
    <message numerus="yes">
        <source>Nothing pending; %n applied.</source>
        <translation>
            <numerusform>Nichts ausstehend; %n angewendet.</numerusform>
            <numerusform>Nichts ausstehend; %n angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending, overall %1, %2 points</source>
        <translation>
            <numerusform>%n ausstehend, gesamt %1, %2 Punkte</numerusform>
            <numerusform>%n ausstehend, gesamt %1, %2 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blocker(s) on the server right now</source>
        <translation>
            <numerusform>; %n Blockierer gerade auf dem Server</numerusform>
            <numerusform>; %n Blockierer gerade auf dem Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>The backup was cancelled; nothing it had written was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts von dem, was sie geschrieben hatte, wurde behalten.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No backup folder was given: choose the folder the backup files go to.</source>
        <translation>Es wurde kein Sicherungsordner angegeben: Wählen Sie den Ordner, in den die Sicherungsdateien geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder: choose a folder.</source>
        <translation>Der Sicherungsordner %1 ist eine Datei, kein Ordner: Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist and cannot be created (is a part of the path a file, or not writable?): choose a folder migdesk may write to.</source>
        <translation>Der Sicherungsordner %1 existiert nicht und kann nicht angelegt werden (ist ein Teil des Pfads eine Datei oder nicht beschreibbar?): Wählen Sie einen Ordner, in den migdesk schreiben darf.</translation>
    </message>
    <message>
        <source>Created the backup folder %1.</source>
        <translation>Sicherungsordner %1 angelegt.</translation>
    </message>
    <message>
        <source>Cannot connect to the database to back it up: %1</source>
        <translation>Keine Verbindung zur Datenbank, um sie zu sichern: %1</translation>
    </message>
    <message>
        <source>pg_dump %1 at %2, pg_restore %3 at %4, server PostgreSQL %5.</source>
        <translation>pg_dump %1 unter %2, pg_restore %3 unter %4, Server PostgreSQL %5.</translation>
    </message>
    <message>
        <source>Reading the table sizes</source>
        <translation>Tabellengrößen werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %2; %n table(s) with %3 of rows to dump.</source>
        <translation>
            <numerusform>Datenbank %1: %2; %n Tabelle mit %3 Zeilendaten zu sichern.</numerusform>
            <numerusform>Datenbank %1: %2; %n Tabellen mit %3 Zeilendaten zu sichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the snapshot for the row counts</source>
        <translation>Snapshot für die Zeilenzählung wird gestartet</translation>
    </message>
    <message>
        <source>Exporting the snapshot for the row counts</source>
        <translation>Snapshot für die Zeilenzählung wird exportiert</translation>
    </message>
    <message>
        <source>Locking the tables for the row counts</source>
        <translation>Tabellen für die Zeilenzählung werden gesperrt</translation>
    </message>
    <message>
        <source>one of the tables</source>
        <translation>eine der Tabellen</translation>
    </message>
    <message>
        <source>The backup waited %1 to lock %2: another session holds or is waiting for an exclusive lock on it (a migration, ALTER TABLE or VACUUM FULL). Let that session finish or end it (the Locks pane shows it), then start the backup again; nothing was written.</source>
        <translation>Die Sicherung hat %1 gewartet, um %2 zu sperren: Eine andere Sitzung hält eine exklusive Sperre darauf oder wartet auf eine (eine Migration, ALTER TABLE oder VACUUM FULL). Lassen Sie diese Sitzung zu Ende laufen oder beenden Sie sie (der Bereich Sperren zeigt sie), und starten Sie die Sicherung dann erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Snapshot %1 exported; the row counts will be read in it.</source>
        <translation>Snapshot %1 exportiert; die Zeilenzahlen werden darin gelesen.</translation>
    </message>
    <message>
        <source>Backups named like this one keep appearing in %1: is another backup of the same database writing there? Wait for it to finish.</source>
        <translation>In %1 erscheinen laufend Sicherungen mit gleichem Namensmuster: Schreibt dort eine andere Sicherung derselben Datenbank? Warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Running %1 %2 (%3).</source>
        <translation>%1 %2 wird ausgeführt (%3).</translation>
    </message>
    <message>
        <source>pg_dump at %1 did not start: %2. Reinstall the PostgreSQL client or point migdesk at a working one.</source>
        <translation>pg_dump unter %1 ist nicht gestartet: %2. Installieren Sie den PostgreSQL-Client neu oder verweisen Sie migdesk auf einen funktionierenden.</translation>
    </message>
    <message numerus="yes">
        <source>pg_dump read the database&apos;s catalog (%n step(s)).</source>
        <translation>
            <numerusform>pg_dump hat den Katalog der Datenbank gelesen (%n Schritt).</numerusform>
            <numerusform>pg_dump hat den Katalog der Datenbank gelesen (%n Schritte).</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_dump is reading the catalog</source>
        <translation>pg_dump liest den Katalog</translation>
    </message>
    <message>
        <source>%1 of %2 tables dumped</source>
        <translation>%1 von %2 Tabellen gesichert</translation>
    </message>
    <message>
        <source>pg_dump is finishing the archive</source>
        <translation>pg_dump schließt das Archiv ab</translation>
    </message>
    <message numerus="yes">
        <source>Dumping %1 and %n more table(s) (%2 of %3 done)</source>
        <translation>
            <numerusform>%1 und %n weitere Tabelle werden gesichert (%2 von %3 fertig)</numerusform>
            <numerusform>%1 und %n weitere Tabellen werden gesichert (%2 von %3 fertig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dumping %1 (table %2 of %3)</source>
        <translation>%1 wird gesichert (Tabelle %2 von %3)</translation>
    </message>
    <message>
        <source>, %1 written</source>
        <translation>, %1 geschrieben</translation>
    </message>
    <message>
        <source>pg_dump stopped because another session asked for an exclusive lock on table %1 during the dump (a migration, ALTER TABLE or VACUUM FULL). Let that session finish, then start the backup again; nothing was kept.</source>
        <translation>pg_dump wurde beendet, weil eine andere Sitzung während der Sicherung eine exklusive Sperre auf die Tabelle %1 angefordert hat (eine Migration, ALTER TABLE oder VACUUM FULL). Lassen Sie diese Sitzung zu Ende laufen und starten Sie die Sicherung dann erneut; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>pg_dump gave up after waiting %1 for a lock on table %2: another session holds or is waiting for an exclusive lock on it (a migration, ALTER TABLE or VACUUM FULL). Let that session finish or end it (the Locks pane shows it), then start the backup again; nothing was kept.</source>
        <translation>pg_dump hat nach %1 Warten auf eine Sperre für die Tabelle %2 aufgegeben: Eine andere Sitzung hält eine exklusive Sperre darauf oder wartet auf eine (eine Migration, ALTER TABLE oder VACUUM FULL). Lassen Sie diese Sitzung zu Ende laufen oder beenden Sie sie (der Bereich Sperren zeigt sie), und starten Sie die Sicherung dann erneut; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>pg_dump stopped unexpectedly (%1); nothing was kept. The server log may say why.</source>
        <translation>pg_dump wurde unerwartet beendet (%1); es wurde nichts behalten. Das Server-Log nennt vielleicht den Grund.</translation>
    </message>
    <message>
        <source>pg_dump could not write the backup into %1 (%2). Free space there (or choose another folder) and start again; the partial backup was removed.</source>
        <translation>pg_dump konnte die Sicherung nicht nach %1 schreiben (%2). Schaffen Sie dort Platz (oder wählen Sie einen anderen Ordner) und starten Sie erneut; die unvollständige Sicherung wurde entfernt.</translation>
    </message>
    <message>
        <source>pg_dump failed (exit code %1): %2. Nothing was kept.</source>
        <translation>pg_dump ist fehlgeschlagen (Exit-Code %1): %2. Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Cannot write the backup into %1: %2. Choose a folder migdesk may write to; nothing was written.</source>
        <translation>Die Sicherung kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen Ordner, in den migdesk schreiben darf; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>custom format, to %1</source>
        <translation>Custom-Format, nach %1</translation>
    </message>
    <message>
        <source>Writing the backup to %1 failed after %2: %3. Free space there (or choose another folder) and start again; the partial file was removed.</source>
        <translation>Das Schreiben der Sicherung nach %1 ist nach %2 fehlgeschlagen: %3. Schaffen Sie dort Platz (oder wählen Sie einen anderen Ordner) und starten Sie erneut; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>pg_dump exited successfully but wrote nothing: the backup would be empty. Check that pg_dump is PostgreSQL&apos;s own; nothing was kept.</source>
        <translation>pg_dump wurde erfolgreich beendet, hat aber nichts geschrieben: Die Sicherung wäre leer. Prüfen Sie, ob pg_dump das von PostgreSQL ist; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Writing the backup to %1 failed at the end: %2. Free space there (or choose another folder) and start again; the partial file was removed.</source>
        <translation>Das Schreiben der Sicherung nach %1 ist am Ende fehlgeschlagen: %2. Schaffen Sie dort Platz (oder wählen Sie einen anderen Ordner) und starten Sie erneut; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>The backup file %1 has %2 bytes on disk but %3 were written: the disk or file system lost data. Choose another folder.</source>
        <translation>Die Sicherungsdatei %1 hat %2 Bytes auf der Festplatte, geschrieben wurden aber %3: Festplatte oder Dateisystem haben Daten verloren. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>pg_dump finished in %1: %2 written to %3, SHA-256 %4.</source>
        <translation>pg_dump in %1 fertig: %2 nach %3 geschrieben, SHA-256 %4.</translation>
    </message>
    <message numerus="yes">
        <source>directory format, %n job(s), to %1</source>
        <translation>
            <numerusform>Verzeichnisformat, %n Job, nach %1</numerusform>
            <numerusform>Verzeichnisformat, %n Jobs, nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_dump exited successfully but wrote no table of contents: the backup would be unusable. Check that pg_dump is PostgreSQL&apos;s own; nothing was kept.</source>
        <translation>pg_dump wurde erfolgreich beendet, hat aber kein Inhaltsverzeichnis geschrieben: Die Sicherung wäre unbrauchbar. Prüfen Sie, ob pg_dump das von PostgreSQL ist; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup folder %1 to %2: choose a folder migdesk may write to; nothing was kept.</source>
        <translation>Der fertige Sicherungsordner %1 kann nicht in %2 umbenannt werden: Wählen Sie einen Ordner, in den migdesk schreiben darf; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>pg_dump finished in %1.</source>
        <translation>pg_dump in %1 fertig.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1</source>
        <translation>SHA-256 von %1 wird berechnet</translation>
    </message>
    <message>
        <source>Cannot read back %1 to compute its checksum: %2. Nothing was kept.</source>
        <translation>%1 kann zur Berechnung der Prüfsumme nicht zurückgelesen werden: %2. Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Checksums computed</source>
        <translation>Prüfsummen berechnet</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 of the %n file(s) in %1 computed, %2 in all.</source>
        <translation>
            <numerusform>SHA-256 der %n Datei in %1 berechnet, insgesamt %2.</numerusform>
            <numerusform>SHA-256 der %n Dateien in %1 berechnet, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Zeilen von %1 werden gezählt</translation>
    </message>
    <message numerus="yes">
        <source>Counted the rows of %n table(s) in the dump&apos;s snapshot in %1.</source>
        <translation>
            <numerusform>Zeilen von %n Tabelle im Snapshot der Sicherung in %1 gezählt.</numerusform>
            <numerusform>Zeilen von %n Tabellen im Snapshot der Sicherung in %1 gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 %2.</source>
        <translation>%1 %2 wird ausgeführt.</translation>
    </message>
    <message>
        <source>%1 at %2 did not start: %3. Reinstall the PostgreSQL client; nothing was kept.</source>
        <translation>%1 unter %2 ist nicht gestartet: %3. Installieren Sie den PostgreSQL-Client neu; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>it gave no reason.</source>
        <translation>ohne Angabe eines Grundes.</translation>
    </message>
    <message>
        <source>Checking that pg_restore can read the backup</source>
        <translation>Es wird geprüft, ob pg_restore die Sicherung lesen kann</translation>
    </message>
    <message>
        <source>Reading the new backup&apos;s table of contents</source>
        <translation>Inhaltsverzeichnis der neuen Sicherung wird gelesen</translation>
    </message>
    <message>
        <source>%1 The backup is unusable and was removed; back up again.</source>
        <translation>%1 Die Sicherung ist unbrauchbar und wurde entfernt; sichern Sie erneut.</translation>
    </message>
    <message>
        <source>pg_restore --list finds no entries in the new backup: it is unusable and was removed; back up again.</source>
        <translation>pg_restore --list findet keine Einträge in der neuen Sicherung: Sie ist unbrauchbar und wurde entfernt; sichern Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>pg_restore --list reads %n entry(s) from the backup.</source>
        <translation>
            <numerusform>pg_restore --list liest %n Eintrag aus der Sicherung.</numerusform>
            <numerusform>pg_restore --list liest %n Einträge aus der Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the plain SQL %1 from the backup</source>
        <translation>Reines SQL %1 wird aus der Sicherung geschrieben</translation>
    </message>
    <message>
        <source>Writing the plain SQL</source>
        <translation>Reines SQL wird geschrieben</translation>
    </message>
    <message>
        <source>%1 Free space in %2 or leave out the plain SQL; nothing was kept.</source>
        <translation>%1 Schaffen Sie Platz in %2 oder verzichten Sie auf das reine SQL; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>pg_restore wrote no plain SQL from the backup; nothing was kept.</source>
        <translation>pg_restore hat kein reines SQL aus der Sicherung geschrieben; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 in %3; nothing was kept.</source>
        <translation>%1 kann in %3 nicht in %2 umbenannt werden; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Plain SQL %1 written: %2, SHA-256 %3.</source>
        <translation>Reines SQL %1 geschrieben: %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>%1 Without it the backup cannot be verified, so nothing was kept.</source>
        <translation>%1 Ohne sie kann die Sicherung nicht geprüft werden, daher wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Metadata written to %1.</source>
        <translation>Metadaten nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>A custom-format archive is written by one pg_dump process; parallel jobs apply to the directory format only.</source>
        <translation>Ein Archiv im Custom-Format wird von einem einzigen pg_dump-Prozess geschrieben; parallele Jobs gelten nur für das Verzeichnisformat.</translation>
    </message>
    <message>
        <source>Backed up %1 (%2) to %3: %4 in %5, SHA-256 computed as it was written, readable by pg_restore.</source>
        <translation>%1 (%2) nach %3 gesichert: %4 in %5, SHA-256 beim Schreiben berechnet, von pg_restore lesbar.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 (%3 format, compression level %4) started.</source>
        <translation>Sicherung von %1 nach %2 (Format %3, Kompressionsstufe %4) gestartet.</translation>
    </message>
</context>
<context>
    <name>BackupMetadata</name>
    <message>
        <source>The backup metadata lacks its timestamp, database or format: it was not written by migdesk or was edited.</source>
        <translation>Den Metadaten der Sicherung fehlen Zeitstempel, Datenbank oder Format: Sie wurden nicht von migdesk geschrieben oder wurden bearbeitet.</translation>
    </message>
    <message>
        <source>The backup metadata lists a file without a name or SHA-256.</source>
        <translation>Die Metadaten der Sicherung führen eine Datei ohne Namen oder SHA-256 auf.</translation>
    </message>
    <message>
        <source>The backup metadata lists no files.</source>
        <translation>Die Metadaten der Sicherung führen keine Dateien auf.</translation>
    </message>
    <message>
        <source>Cannot read the backup metadata %1: %2.</source>
        <translation>Die Metadaten der Sicherung %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The backup metadata %1 is not valid JSON (%2).</source>
        <translation>Die Metadaten der Sicherung %1 sind kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>Cannot write the backup metadata %1: %2.</source>
        <translation>Die Metadaten der Sicherung %1 können nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>BackupProof</name>
    <message>
        <source>The proof was cancelled.</source>
        <translation>Der Nachweis wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Starting a throwaway PostgreSQL to restore the backup into.</source>
        <translation>Ein temporäres PostgreSQL wird gestartet, um die Sicherung darin wiederherzustellen.</translation>
    </message>
    <message>
        <source>Starting a throwaway PostgreSQL</source>
        <translation>Temporäres PostgreSQL wird gestartet</translation>
    </message>
    <message>
        <source>Cannot start a throwaway PostgreSQL to prove the backup (%1): install the PostgreSQL server package, or take the backup without the proof.</source>
        <translation>Für den Nachweis der Sicherung kann kein temporäres PostgreSQL gestartet werden (%1): Installieren Sie das PostgreSQL-Serverpaket oder erstellen Sie die Sicherung ohne Nachweis.</translation>
    </message>
    <message>
        <source>Cannot create the proof database in the throwaway PostgreSQL (%1): take the backup without the proof and report this.</source>
        <translation>Die Nachweis-Datenbank kann im temporären PostgreSQL nicht angelegt werden (%1): Erstellen Sie die Sicherung ohne Nachweis und melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>The backup did not restore into a throwaway PostgreSQL (%1), so it would not restore in a rollback either: take a new backup.</source>
        <translation>Die Sicherung ließ sich nicht in einem temporären PostgreSQL wiederherstellen (%1), also auch nicht bei einem Rollback: Erstellen Sie eine neue Sicherung.</translation>
    </message>
    <message>
        <source>Cannot connect to the restored copy (%1): take the backup without the proof and report this.</source>
        <translation>Keine Verbindung zur wiederhergestellten Kopie (%1): Erstellen Sie die Sicherung ohne Nachweis und melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Cannot list the restored tables (%1).</source>
        <translation>Die wiederhergestellten Tabellen können nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Zeilen von %1 werden gezählt</translation>
    </message>
    <message>
        <source>Cannot count the rows of the restored %1 (%2).</source>
        <translation>Die Zeilen der wiederhergestellten Tabelle %1 können nicht gezählt werden (%2).</translation>
    </message>
    <message>
        <source>%1 (%2 rows, not restored)</source>
        <translation>%1 (%2 Zeilen, nicht wiederhergestellt)</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 restored)</source>
        <translation>%1 (%2 Zeilen, %3 wiederhergestellt)</translation>
    </message>
    <message>
        <source>Row count differs: %1.</source>
        <translation>Zeilenzahl weicht ab: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The backup restored into a throwaway PostgreSQL (%n table(s)), but its row counts were not recorded when it was taken, so they could not be compared: take the backup with the proof option to record them.</source>
        <translation>
            <numerusform>Die Sicherung wurde in einem temporären PostgreSQL wiederhergestellt (%n Tabelle), aber ihre Zeilenzahlen wurden beim Erstellen nicht aufgezeichnet und konnten daher nicht verglichen werden: Erstellen Sie die Sicherung mit der Nachweis-Option, um sie aufzuzeichnen.</numerusform>
            <numerusform>Die Sicherung wurde in einem temporären PostgreSQL wiederhergestellt (%n Tabellen), aber ihre Zeilenzahlen wurden beim Erstellen nicht aufgezeichnet und konnten daher nicht verglichen werden: Erstellen Sie die Sicherung mit der Nachweis-Option, um sie aufzuzeichnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restored copy differs from the source in %n table(s), %1: the backup does not hold what the database held when it was taken; take a new backup.</source>
        <translation>
            <numerusform>Die wiederhergestellte Kopie weicht in %n Tabelle von der Quelle ab, %1: Die Sicherung enthält nicht, was die Datenbank beim Erstellen enthielt; erstellen Sie eine neue Sicherung.</numerusform>
            <numerusform>Die wiederhergestellte Kopie weicht in %n Tabellen von der Quelle ab, %1: Die Sicherung enthält nicht, was die Datenbank beim Erstellen enthielt; erstellen Sie eine neue Sicherung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup restored into a throwaway PostgreSQL and all %n table(s) have the row counts of the source.</source>
        <translation>
            <numerusform>Die Sicherung wurde in einem temporären PostgreSQL wiederhergestellt, und die %n Tabelle hat die Zeilenzahl der Quelle.</numerusform>
            <numerusform>Die Sicherung wurde in einem temporären PostgreSQL wiederhergestellt, und alle %n Tabellen haben die Zeilenzahlen der Quelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>The backup folder %1 does not exist: check the retention folder setting.</source>
        <translation>Der Sicherungsordner %1 existiert nicht: Prüfen Sie die Einstellung des Aufbewahrungsordners.</translation>
    </message>
    <message>
        <source>Retention clean-up is off: no number of days to keep backups was set.</source>
        <translation>Die Aufbewahrungsbereinigung ist aus: Es wurde keine Anzahl Tage festgelegt, die Sicherungen aufbewahrt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n backup(s) in %1 are older than %2 days.</source>
        <translation>
            <numerusform>Aufbewahrung: %n Sicherung in %1 ist älter als %2 Tage.</numerusform>
            <numerusform>Aufbewahrung: %n Sicherungen in %1 sind älter als %2 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will delete %1 (taken %2, %3):</source>
        <translation>%1 wird gelöscht (erstellt %2, %3):</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>%1 kann nicht gelöscht werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retention clean-up was cancelled after %n backup(s).</source>
        <translation>
            <numerusform>Die Aufbewahrungsbereinigung wurde nach %n Sicherung abgebrochen.</numerusform>
            <numerusform>Die Aufbewahrungsbereinigung wurde nach %n Sicherungen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the directory %1: it still holds files the backup did not write, or cannot be removed.</source>
        <translation>Verzeichnis %1 behalten: Es enthält noch Dateien, die nicht von der Sicherung stammen, oder kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Retention clean-up could not delete %1: check the folder&apos;s permissions; the other old backups were deleted.</source>
        <translation>Die Aufbewahrungsbereinigung konnte %1 nicht löschen: Prüfen Sie die Berechtigungen des Ordners; die anderen alten Sicherungen wurden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Retention clean-up deleted %n backup(s) older than %1 days and freed %2.</source>
        <translation>
            <numerusform>Die Aufbewahrungsbereinigung hat %n Sicherung gelöscht, die älter als %1 Tage war, und %2 freigegeben.</numerusform>
            <numerusform>Die Aufbewahrungsbereinigung hat %n Sicherungen gelöscht, die älter als %1 Tage waren, und %2 freigegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <source>Proving the backup: restoring it into a throwaway local cluster.</source>
        <translation>Nachweis der Sicherung: Sie wird in einem temporären lokalen Cluster wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was written but not proven: %1</source>
        <translation>Die Sicherung wurde geschrieben, aber nicht nachgewiesen: %1</translation>
    </message>
    <message>
        <source>The backup is complete at %1 but its upload failed: %2</source>
        <translation>Die Sicherung unter %1 ist vollständig, aber ihr Hochladen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Retention clean-up: %1 The backup itself is complete.</source>
        <translation>Aufbewahrungsbereinigung: %1 Die Sicherung selbst ist vollständig.</translation>
    </message>
    <message>
        <source>Cancelled after the dump: proof, upload or clean-up did not run.</source>
        <translation>Nach dem Dump abgebrochen: Nachweis, Hochladen oder Bereinigung wurden nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Cannot read the backup file %1 (%2): check its permissions, or use another backup.</source>
        <translation>Die Sicherungsdatei %1 kann nicht gelesen werden (%2): Prüfen Sie ihre Berechtigungen oder verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup check was cancelled before it finished.</source>
        <translation>Die Prüfung der Sicherung wurde vor ihrem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1 (%2): check the disk, or use another backup.</source>
        <translation>Die Sicherungsdatei %1 kann nicht gelesen werden (%2): Prüfen Sie die Festplatte oder verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Checking the SHA-256 of %1</source>
        <translation>SHA-256 von %1 wird geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>pg_restore at %1 did not start (%2): reinstall the PostgreSQL client.</source>
        <translation>pg_restore unter %1 ist nicht gestartet (%2): Installieren Sie den PostgreSQL-Client neu.</translation>
    </message>
    <message>
        <source>pg_restore cannot read %1 (%2): the archive is damaged or was written by a newer pg_dump; take a new backup or use a newer pg_restore.</source>
        <translation>pg_restore kann %1 nicht lesen (%2): Das Archiv ist beschädigt oder wurde von einem neueren pg_dump geschrieben; erstellen Sie eine neue Sicherung oder verwenden Sie ein neueres pg_restore.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Checking the backup %1 against its metadata %2.</source>
        <translation>Die Sicherung %1 wird mit ihren Metadaten %2 abgeglichen.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist: check the path, or choose another backup.</source>
        <translation>Die Sicherung %1 existiert nicht: Prüfen Sie den Pfad oder wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>migdesk cannot vouch for %1 without its metadata %2, which holds the sizes and checksums recorded when it was written: use a backup migdesk wrote, or take a new one.</source>
        <translation>migdesk kann sich für %1 nicht verbürgen ohne die Metadaten %2, die die beim Schreiben aufgezeichneten Größen und Prüfsummen enthalten: Verwenden Sie eine von migdesk geschriebene Sicherung oder erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1, so the backup cannot be checked: take a new backup or use another one.</source>
        <translation>%1, daher kann die Sicherung nicht geprüft werden: Erstellen Sie eine neue Sicherung oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <source>The metadata %1 lists no custom or directory-format archive, so there is nothing to restore: take a new backup with migdesk.</source>
        <translation>Die Metadaten %1 führen kein Archiv im Custom- oder Verzeichnisformat auf, es gibt also nichts wiederherzustellen: Erstellen Sie mit migdesk eine neue Sicherung.</translation>
    </message>
    <message>
        <source>The metadata %1 does not list %2, so it cannot vouch for it: choose the backup the metadata belongs to, or its .json.</source>
        <translation>Die Metadaten %1 führen %2 nicht auf und können sich daher nicht dafür verbürgen: Wählen Sie die Sicherung, zu der die Metadaten gehören, oder deren .json.</translation>
    </message>
    <message>
        <source>The backup file %1 is missing: it was moved or deleted after the backup was written; take a new backup or use another one.</source>
        <translation>Die Sicherungsdatei %1 fehlt: Sie wurde nach dem Schreiben verschoben oder gelöscht; erstellen Sie eine neue Sicherung oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <source>The backup file %1 is %2 shorter than when it was written, so it was cut short (a full disk or an interrupted copy): take a new backup or use another one.</source>
        <translation>Die Sicherungsdatei %1 ist %2 kürzer als beim Schreiben, wurde also abgeschnitten (volle Festplatte oder abgebrochene Kopie): Erstellen Sie eine neue Sicherung oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <source>The backup file %1 is %2 longer than when it was written, so it was changed afterwards: take a new backup or use another one.</source>
        <translation>Die Sicherungsdatei %1 ist %2 länger als beim Schreiben, wurde also nachträglich verändert: Erstellen Sie eine neue Sicherung oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <source>The SHA-256 checksum of %1 does not match the one recorded when it was written, so its contents were changed or damaged: take a new backup or use another one.</source>
        <translation>Die SHA-256-Prüfsumme von %1 stimmt nicht mit der beim Schreiben aufgezeichneten überein, der Inhalt wurde also verändert oder beschädigt: Erstellen Sie eine neue Sicherung oder verwenden Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) of the backup (%1) have their recorded size and SHA-256.</source>
        <translation>
            <numerusform>Die %n Datei der Sicherung (%1) hat ihre aufgezeichnete Größe und SHA-256.</numerusform>
            <numerusform>Alle %n Dateien der Sicherung (%1) haben ihre aufgezeichnete Größe und SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore --list reads %n item(s) from %1.</source>
        <translation>
            <numerusform>pg_restore --list liest %n Element aus %1.</numerusform>
            <numerusform>pg_restore --list liest %n Elemente aus %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>CheckRun</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was cancelled after %n check(s).</source>
        <translation>
            <numerusform>%1 wurde nach %n Prüfung abgebrochen.</numerusform>
            <numerusform>%1 wurde nach %n Prüfungen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s) (%2); the first: %3</source>
        <translation>
            <numerusform>%1: %n Prüfung fehlgeschlagen (%2); die erste: %3</numerusform>
            <numerusform>%1: %n Prüfungen fehlgeschlagen (%2); die erste: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed with %n warning(s): %2.</source>
        <translation>
            <numerusform>%1 bestanden mit %n Warnung: %2.</numerusform>
            <numerusform>%1 bestanden mit %n Warnungen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed; %n check(s) skipped: %2.</source>
        <translation>
            <numerusform>%1 bestanden; %n Prüfung übersprungen: %2.</numerusform>
            <numerusform>%1 bestanden; %n Prüfungen übersprungen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed: all %n check(s) green.</source>
        <translation>
            <numerusform>%1 bestanden: die %n Prüfung ist grün.</numerusform>
            <numerusform>%1 bestanden: alle %n Prüfungen grün.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Give either --profile or --dsn, not both.</source>
        <translation>Geben Sie entweder --profile oder --dsn an, nicht beides.</translation>
    </message>
    <message>
        <source>The --dsn value is not a valid connection string: %1</source>
        <translation>Der Wert von --dsn ist keine gültige Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;. Create it in the console (File &gt; Connect).</source>
        <translation>Es gibt kein Verbindungsprofil namens &apos;%1&apos;. Legen Sie es in der Konsole an (Datei &gt; Verbinden).</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil NAME verbinden.</translation>
    </message>
    <message>
        <source>Connect with a libpq URI or conninfo string.</source>
        <translation>Mit einer libpq-URI oder conninfo-Zeichenfolge verbinden.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Commands: %2. See migdesk --help.</source>
        <translation>&apos;%1&apos; ist kein Befehl. Befehle: %2. Siehe migdesk --help.</translation>
    </message>
    <message>
        <source>Seconds between the two samples that give transactions/s (0: skip).</source>
        <translation>Sekunden zwischen den beiden Messungen für Transaktionen/s (0: überspringen).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>--sample-seconds takes a number of seconds from 0 to 60.</source>
        <translation>--sample-seconds erwartet eine Anzahl Sekunden von 0 bis 60.</translation>
    </message>
    <message>
        <source>Only the N largest tables.</source>
        <translation>Nur die N größten Tabellen.</translation>
    </message>
    <message>
        <source>List partitions as well as their (rolled-up) partitioned tables.</source>
        <translation>Partitionen zusätzlich zu ihren (zusammengefassten) partitionierten Tabellen auflisten.</translation>
    </message>
    <message>
        <source>--top takes a whole number of tables (0: all).</source>
        <translation>--top erwartet eine ganze Zahl von Tabellen (0: alle).</translation>
    </message>
    <message>
        <source>Seconds after which a running query counts as long (default 60).</source>
        <translation>Sekunden, nach denen eine laufende Abfrage als lang gilt (Standard 60).</translation>
    </message>
    <message>
        <source>--long takes a number of seconds.</source>
        <translation>--long erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>A Django project folder, read without Python.</source>
        <translation>Ein Django-Projektordner, ohne Python gelesen.</translation>
    </message>
    <message>
        <source>A folder of V&lt;version&gt;__&lt;name&gt;.sql files.</source>
        <translation>Ein Ordner mit Dateien V&lt;version&gt;__&lt;name&gt;.sql.</translation>
    </message>
    <message>
        <source>The project&apos;s manage.py: real SQL from sqlmigrate and a cross-check.</source>
        <translation>Die manage.py des Projekts: echtes SQL von sqlmigrate und ein Abgleich.</translation>
    </message>
    <message>
        <source>The Python interpreter for manage.py.</source>
        <translation>Der Python-Interpreter für manage.py.</translation>
    </message>
    <message>
        <source>Give the migrations to assess: either --django PATH or --sql-dir PATH.</source>
        <translation>Geben Sie die zu bewertenden Migrationen an: entweder --django PATH oder --sql-dir PATH.</translation>
    </message>
    <message>
        <source>Exit 1 on a finding of this severity or worse (error, warning, info).</source>
        <translation>Exit-Code 1 bei einem Befund dieses oder eines höheren Schweregrads (error, warning, info).</translation>
    </message>
    <message>
        <source>The server_version_num the SQL will run on (default 150000).</source>
        <translation>Die server_version_num des Servers, auf dem das SQL laufen wird (Standard 150000).</translation>
    </message>
    <message>
        <source>SQL files to lint.</source>
        <translation>Zu prüfende SQL-Dateien.</translation>
    </message>
    <message>
        <source>Name the SQL files to lint: migdesk lint FILE.sql...</source>
        <translation>Nennen Sie die zu prüfenden SQL-Dateien: migdesk lint FILE.sql...</translation>
    </message>
    <message>
        <source>--severity takes error, warning or info.</source>
        <translation>--severity erwartet error, warning oder info.</translation>
    </message>
    <message>
        <source>--pg-version takes a server_version_num such as 150000.</source>
        <translation>--pg-version erwartet eine server_version_num wie 150000.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Django project folder.</source>
        <translation>Der Ordner des Django-Projekts.</translation>
    </message>
    <message>
        <source>A folder of V&lt;version&gt;__&lt;name&gt;.sql migrations.</source>
        <translation>Ein Ordner mit Migrationen V&lt;version&gt;__&lt;name&gt;.sql.</translation>
    </message>
    <message>
        <source>The project&apos;s manage.py.</source>
        <translation>Die manage.py des Projekts.</translation>
    </message>
    <message>
        <source>development, staging or production, for a --dsn or PG* target (default production: the safe assumption).</source>
        <translation>development, staging oder production, für ein --dsn- oder PG*-Ziel (Standard production: die sichere Annahme).</translation>
    </message>
    <message>
        <source>The production database&apos;s name, typed to confirm a change.</source>
        <translation>Der Name der Produktionsdatenbank, eingetippt, um eine Änderung zu bestätigen.</translation>
    </message>
    <message>
        <source>Where the run log goes.</source>
        <translation>Wohin das Lauf-Log geschrieben wird.</translation>
    </message>
    <message>
        <source>The folder with pg_dump and pg_restore.</source>
        <translation>Der Ordner mit pg_dump und pg_restore.</translation>
    </message>
    <message>
        <source>Do not send the webhook notification.</source>
        <translation>Keine Webhook-Benachrichtigung senden.</translation>
    </message>
    <message>
        <source>--environment takes development, staging or production.</source>
        <translation>--environment erwartet development, staging oder production.</translation>
    </message>
    <message>
        <source>Give either --django or --sql-dir, not both.</source>
        <translation>Geben Sie entweder --django oder --sql-dir an, nicht beides.</translation>
    </message>
    <message>
        <source>Give the migrations: --django PATH (with --manage-py) or --sql-dir PATH.</source>
        <translation>Geben Sie die Migrationen an: --django PATH (mit --manage-py) oder --sql-dir PATH.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log-Datei: %1</translation>
    </message>
    <message>
        <source>Interrupted: cancelling the running step…</source>
        <translation>Unterbrochen: Der laufende Schritt wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1: %2 in %3.</source>
        <translation>%1: %2 in %3.</translation>
    </message>
    <message>
        <source>The run is complete but the history did not record it: %1 The run log %2 has everything.</source>
        <translation>Der Lauf ist abgeschlossen, aber der Verlauf hat ihn nicht aufgezeichnet: %1 Das Lauf-Log %2 enthält alles.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of 0 or more.</source>
        <translation>--%1 erwartet eine ganze Zahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>--format takes custom or directory.</source>
        <translation>--format erwartet custom oder directory.</translation>
    </message>
    <message>
        <source>--jobs needs --format directory: pg_dump writes a custom archive with one process.</source>
        <translation>--jobs erfordert --format directory: pg_dump schreibt ein Custom-Archiv mit einem einzigen Prozess.</translation>
    </message>
    <message>
        <source>custom (default) or directory.</source>
        <translation>custom (Standard) oder directory.</translation>
    </message>
    <message>
        <source>Parallel jobs (directory format).</source>
        <translation>Parallele Jobs (Verzeichnisformat).</translation>
    </message>
    <message>
        <source>Where the backup will go (disk check).</source>
        <translation>Wohin die Sicherung geschrieben wird (Festplattenprüfung).</translation>
    </message>
    <message>
        <source>Seconds after which a query counts as long (60).</source>
        <translation>Sekunden, ab denen eine Abfrage als lang gilt (60).</translation>
    </message>
    <message>
        <source>Preflight of %1</source>
        <translation>Preflight von %1</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>Also write a plain SQL dump.</source>
        <translation>Zusätzlich einen reinen SQL-Dump schreiben.</translation>
    </message>
    <message>
        <source>Restore the backup into a throwaway local cluster and compare row counts.</source>
        <translation>Die Sicherung in einem temporären lokalen Cluster wiederherstellen und die Zeilenzahlen vergleichen.</translation>
    </message>
    <message>
        <source>One argument of the upload command (repeat it; placeholders {file} {metadata} {sha256} {name} {dir}).</source>
        <translation>Ein Argument des Upload-Befehls (wiederholbar; Platzhalter {file} {metadata} {sha256} {name} {dir}).</translation>
    </message>
    <message>
        <source>Delete migdesk&apos;s own backups older than N days from the folder.</source>
        <translation>Eigene Sicherungen von migdesk, die älter als N Tage sind, aus dem Ordner löschen.</translation>
    </message>
    <message>
        <source>Seconds pg_dump waits for a table lock before giving up (30).</source>
        <translation>Sekunden, die pg_dump auf eine Tabellensperre wartet, bevor es aufgibt (30).</translation>
    </message>
    <message>
        <source>Say where the backup goes: --dir PATH.</source>
        <translation>Geben Sie an, wohin die Sicherung geschrieben wird: --dir PATH.</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Sicherung von %1</translation>
    </message>
    <message>
        <source>Show the plan and its SQL; change nothing.</source>
        <translation>Den Plan und sein SQL zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Migrate up to APP:NAME (Django) or VERSION (SQL folder).</source>
        <translation>Bis APP:NAME (Django) oder VERSION (SQL-Ordner) migrieren.</translation>
    </message>
    <message>
        <source>Milliseconds a statement may wait for a lock before it is retried (5000).</source>
        <translation>Millisekunden, die eine Anweisung auf eine Sperre warten darf, bevor sie wiederholt wird (5000).</translation>
    </message>
    <message>
        <source>Milliseconds a statement may run (1800000; 0: no limit).</source>
        <translation>Millisekunden, die eine Anweisung laufen darf (1800000; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Retries after a lock timeout (3).</source>
        <translation>Wiederholungen nach einem Lock-Timeout (3).</translation>
    </message>
    <message>
        <source>Milliseconds before the first retry, doubled each time (2000).</source>
        <translation>Millisekunden bis zur ersten Wiederholung, jedes Mal verdoppelt (2000).</translation>
    </message>
    <message>
        <source>Migration plan (dry run) for %1</source>
        <translation>Migrationsplan (Probelauf) für %1</translation>
    </message>
    <message>
        <source>Migration of %1</source>
        <translation>Migration von %1</translation>
    </message>
    <message>
        <source>An HTTP endpoint that must answer 2xx.</source>
        <translation>Ein HTTP-Endpunkt, der mit 2xx antworten muss.</translation>
    </message>
    <message>
        <source>Seconds to wait for it (5).</source>
        <translation>Sekunden, die darauf gewartet wird (5).</translation>
    </message>
    <message>
        <source>A file of smoke queries with expected results.</source>
        <translation>Eine Datei mit Smoke-Abfragen und erwarteten Ergebnissen.</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>Verifikation von %1</translation>
    </message>
    <message>
        <source>Migrate backwards to APP:NAME or APP:zero (Django) or VERSION (SQL folder).</source>
        <translation>Rückwärts migrieren bis APP:NAME oder APP:zero (Django) oder VERSION (SQL-Ordner).</translation>
    </message>
    <message>
        <source>Migrate each app back to the migration before its latest.</source>
        <translation>Jede App auf die Migration vor ihrer neuesten zurückführen.</translation>
    </message>
    <message>
        <source>Restore this migdesk backup (file, directory or .json).</source>
        <translation>Diese migdesk-Sicherung wiederherstellen (Datei, Verzeichnis oder .json).</translation>
    </message>
    <message>
        <source>Where the pre-rollback backup goes (default: the restored backup&apos;s folder).</source>
        <translation>Wohin die Sicherung vor dem Rollback geschrieben wird (Standard: der Ordner der wiederhergestellten Sicherung).</translation>
    </message>
    <message>
        <source>Say what would be done; change nothing.</source>
        <translation>Angeben, was getan würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Choose one way back: --to APP:NAME, --previous or --restore BACKUP.</source>
        <translation>Wählen Sie einen Weg zurück: --to APP:NAME, --previous oder --restore BACKUP.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Say where the pre-rollback backup goes: --backup-dir PATH.</source>
        <translation>Geben Sie an, wohin die Sicherung vor dem Rollback geschrieben wird: --backup-dir PATH.</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>development, staging or production, for a --dsn or PG* target, as the history records it (default production, as the runbook commands).</source>
        <translation>development, staging oder production, für ein Ziel per --dsn oder PG*, so wie der Verlauf es aufzeichnet (Standard production, wie bei den Runbook-Befehlen).</translation>
    </message>
    <message>
        <source>The history did not record the assessment: %1</source>
        <translation>Der Verlauf hat die Bewertung nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-03-14, or a date and time such as 2026-03-14T09:30.</source>
        <translation>--%1 erwartet ein Datum wie 2026-03-14 oder Datum und Uhrzeit wie 2026-03-14T09:30.</translation>
    </message>
    <message>
        <source>The history store %1 cannot be opened: %2</source>
        <translation>Der Verlaufsspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>outside migdesk</source>
        <translation>außerhalb von migdesk</translation>
    </message>
    <message>
        <source>Nothing in the history matches.
</source>
        <translation>Im Verlauf passt nichts.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>MIGRATION</source>
        <translation>MIGRATION</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>There is no run %1 in the history on this machine nor in the target&apos;s %2. `migdesk history` lists the runs with their ids.</source>
        <translation>Es gibt keinen Lauf %1, weder im Verlauf auf diesem Rechner noch in %2 des Ziels. `migdesk history` listet die Läufe mit ihren IDs auf.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the start of %n mirrored run(s); give more of the uuid.</source>
        <translation>
            <numerusform>%1 passt auf %n gespiegelten Lauf; geben Sie mehr von der UUID an.</numerusform>
            <numerusform>%1 passt auf %n gespiegelte Läufe; geben Sie mehr von der UUID an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what happened from DATE on.</source>
        <translation>Nur was ab DATE geschah.</translation>
    </message>
    <message>
        <source>Only runs of this kind (migrate, backup, ...) or &quot;migration&quot; for the database&apos;s own records.</source>
        <translation>Nur Läufe dieser Art (migrate, backup, ...) oder &quot;migration&quot; für die Aufzeichnungen der Datenbank selbst.</translation>
    </message>
    <message>
        <source>html (default), md or json.</source>
        <translation>html (Standard), md oder json.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of printing it.</source>
        <translation>Den Bericht nach FILE schreiben, statt ihn auszugeben.</translation>
    </message>
    <message>
        <source>Without RUN_ID: the runs from DATE on.</source>
        <translation>Ohne RUN_ID: die Läufe ab DATE.</translation>
    </message>
    <message>
        <source>Without RUN_ID: the runs before DATE.</source>
        <translation>Ohne RUN_ID: die Läufe vor DATE.</translation>
    </message>
    <message>
        <source>Without RUN_ID: only runs of this kind.</source>
        <translation>Ohne RUN_ID: nur Läufe dieser Art.</translation>
    </message>
    <message>
        <source>A run&apos;s id or uuid, as `migdesk history` shows it.</source>
        <translation>ID oder UUID eines Laufs, wie `migdesk history` sie anzeigt.</translation>
    </message>
    <message>
        <source>--format takes html, md or json.</source>
        <translation>--format erwartet html, md oder json.</translation>
    </message>
    <message>
        <source>Name one run (migdesk report RUN_ID) or a date range (--since DATE [--until DATE]).</source>
        <translation>Geben Sie einen Lauf (migdesk report RUN_ID) oder einen Zeitraum (--since DATE [--until DATE]) an.</translation>
    </message>
    <message>
        <source>No run in the history matches that range.</source>
        <translation>Kein Lauf im Verlauf fällt in diesen Zeitraum.</translation>
    </message>
    <message>
        <source>There is no run %1 in the history (%2). `migdesk history` lists the runs with their ids; a run made on another machine needs the target&apos;s connection (--profile or --dsn).</source>
        <translation>Es gibt keinen Lauf %1 im Verlauf (%2). `migdesk history` listet die Läufe mit ihren IDs auf; für einen Lauf von einem anderen Rechner ist die Verbindung zum Ziel nötig (--profile oder --dsn).</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1.
</source>
        <translation>Bericht nach %1 geschrieben.
</translation>
    </message>
    <message>
        <source>Fail on every table without a primary key and foreign key without an index, not only on those the last run introduced.</source>
        <translation>Bei jeder Tabelle ohne Primärschlüssel und jedem Fremdschlüssel ohne Index fehlschlagen, nicht nur bei denen, die der letzte Lauf eingeführt hat.</translation>
    </message>
    <message>
        <source>--compress takes a gzip level from 0 (none) to 9 (smallest files, slowest dump).</source>
        <translation>--compress erwartet eine gzip-Stufe von 0 (keine) bis 9 (kleinste Dateien, langsamster Dump).</translation>
    </message>
    <message>
        <source>pg_dump&apos;s gzip level, 0-9 (default 1: fast).</source>
        <translation>gzip-Stufe von pg_dump, 0-9 (Standard 1: schnell).</translation>
    </message>
    <message>
        <source>Usage: migdesk [--demo] [--lang LANG]
       migdesk &lt;command&gt; [connection] [options]

The console for PostgreSQL schema migrations. Without a command it opens the window.

Options:
  --demo             open the console on a throwaway local database with sample data
  --lang LANG        user interface language (en, de); default: the system&apos;s
  -v, --version      print the version
  -h, --help         print this help

Commands:
  overview           server, size, uptime, sessions, cache hit ratio, transactions/s, largest tables
  tables [--top N] [--partitions]
                     every table with total, heap, index and TOAST size, rows, activity, vacuum
  activity [--long SECONDS]
                     sessions with state, durations, waits and blockers; exit 1 when a query runs
                     longer than SECONDS (default 60)
  locks              the blocking tree and the ungranted locks; exit 1 when a lock is waited for
  assess (--django PATH | --sql-dir PATH) [--manage-py PATH --python PATH]
         [--sample-seconds N]
                     pending migrations with the runbook&apos;s score, lint findings and live lock
                     impact; exit 1 when the overall risk is high or a blocker is running
  lint FILE.sql... [--severity error|warning|info] [--pg-version NUM]
                     the SQL linter alone, no database; exit 1 on a finding of that severity

Runbook steps (each writes a run log, --log-dir, and notifies the webhook kept for the profile):
  preflight [--django PATH | --sql-dir PATH] [--backup-dir PATH] [--long SECONDS]
                     the checklist: pending and risk, size, long queries, locks, disk, pg_dump
  backup --dir PATH [--format custom|directory] [--jobs N] [--compress N] [--plain]
         [--prove] [--upload-arg ARG...] [--retention-days N]
         [--lock-wait-timeout SECONDS]
                     pg_dump with SHA-256, pg_restore --list and metadata JSON
  migrate (--django PATH --manage-py PATH [--python PATH] | --sql-dir PATH)
          [--dry-run] [--target APP:NAME] [--confirm DBNAME] [--lock-timeout MS]
          [--retries N]
                     apply pending migrations with lock_timeout and retries
  verify [--django PATH --manage-py PATH | --sql-dir PATH] [--health-url URL]
         [--smoke FILE] [--strict]
                     pending, primary keys, foreign-key indexes, invalid indexes, NOT VALID,
                     smoke queries, health endpoint, manage.py check; a missing key or index
                     the last run introduced fails, an older one warns (--strict: fails)
  rollback (--to APP:NAME | --previous | --restore BACKUP) [--backup-dir PATH]
           [--confirm DBNAME] [--dry-run]
                     pre-rollback backup, then migrate backwards or restore, then verify
  --environment ENV  for --dsn targets: development, staging or production (default production)
  --confirm DBNAME   on production, the database name typed to allow a change

History (the runs recorded on this machine; with a connection also the target&apos;s own records):
  history [--profile NAME | --dsn DSN] [--since DATE] [--kind KIND]
                     runs, mirrored runs from other machines, django_migrations and the SQL
                     folder&apos;s history, newest first; migrations applied outside migdesk marked
  report (RUN_ID | --since DATE [--until DATE] [--kind KIND]) [--format html|md|json]
         [--output FILE] [--profile NAME | --dsn DSN]
                     a run or a date range as a self-contained HTML page, Markdown or JSON;
                     with a connection, a run mirrored from another machine too

Connection (for commands):
  --profile NAME     a saved connection profile (password from the keychain)
  --dsn DSN          a libpq URI or conninfo string
  (neither)          the PG* environment variables, PGSERVICE and ~/.pgpass
  --json             machine-readable output

Exit codes: 0 ok, 1 the step failed or found problems, 2 bad usage or input, 3 cannot connect.
</source>
        <translation>Aufruf: migdesk [--demo] [--lang LANG]
       migdesk &lt;Befehl&gt; [Verbindung] [Optionen]

Die Konsole für PostgreSQL-Schemamigrationen. Ohne Befehl öffnet sie das Fenster.

Optionen:
  --demo             die Konsole auf einer temporären lokalen Datenbank mit Beispieldaten öffnen
  --lang LANG        Sprache der Oberfläche (en, de); Standard: die des Systems
  -v, --version      die Version ausgeben
  -h, --help         diese Hilfe ausgeben

Befehle:
  overview           Server, Größe, Laufzeit, Sitzungen, Cache-Trefferquote, Transaktionen/s, größte Tabellen
  tables [--top N] [--partitions]
                     jede Tabelle mit Gesamt-, Heap-, Index- und TOAST-Größe, Zeilen, Aktivität, Vacuum
  activity [--long SECONDS]
                     Sitzungen mit Zustand, Dauer, Wartezuständen und Blockierern; Exit 1, wenn eine Abfrage
                     länger als SECONDS läuft (Standard 60)
  locks              der Blockierungsbaum und die nicht gewährten Sperren; Exit 1, wenn auf eine Sperre gewartet wird
  assess (--django PATH | --sql-dir PATH) [--manage-py PATH --python PATH]
         [--sample-seconds N]
                     ausstehende Migrationen mit der Bewertung des Runbooks, Lint-Befunden und Auswirkung
                     auf aktuelle Sperren; Exit 1, wenn das Gesamtrisiko hoch ist oder ein Blockierer läuft
  lint FILE.sql... [--severity error|warning|info] [--pg-version NUM]
                     nur der SQL-Linter, ohne Datenbank; Exit 1 bei einem Befund dieses Schweregrads

Runbook-Schritte (jeder schreibt ein Lauf-Log, --log-dir, und benachrichtigt den Webhook des Profils):
  preflight [--django PATH | --sql-dir PATH] [--backup-dir PATH] [--long SECONDS]
                     die Checkliste: Ausstehendes und Risiko, Größe, lange Abfragen, Sperren, Festplatte, pg_dump
  backup --dir PATH [--format custom|directory] [--jobs N] [--compress N] [--plain]
         [--prove] [--upload-arg ARG...] [--retention-days N]
         [--lock-wait-timeout SECONDS]
                     pg_dump mit SHA-256, pg_restore --list und Metadaten-JSON
  migrate (--django PATH --manage-py PATH [--python PATH] | --sql-dir PATH)
          [--dry-run] [--target APP:NAME] [--confirm DBNAME] [--lock-timeout MS]
          [--retries N]
                     ausstehende Migrationen mit lock_timeout und Wiederholungen anwenden
  verify [--django PATH --manage-py PATH | --sql-dir PATH] [--health-url URL]
         [--smoke FILE] [--strict]
                     Ausstehendes, Primärschlüssel, Fremdschlüssel-Indizes, ungültige Indizes, NOT VALID,
                     Smoke-Abfragen, Health-Endpunkt, manage.py check; ein fehlender Schlüssel oder
                     Index aus dem letzten Lauf schlägt fehl, ein älterer warnt (--strict: schlägt fehl)
  rollback (--to APP:NAME | --previous | --restore BACKUP) [--backup-dir PATH]
           [--confirm DBNAME] [--dry-run]
                     Sicherung vor dem Rollback, dann Rückwärtsmigration oder Wiederherstellung, dann Prüfung
  --environment ENV  für --dsn-Ziele: development, staging oder production (Standard production)
  --confirm DBNAME   auf production der eingetippte Datenbankname, der eine Änderung erlaubt

Verlauf (die auf diesem Rechner aufgezeichneten Läufe; mit Verbindung auch die Aufzeichnungen des Ziels):
  history [--profile NAME | --dsn DSN] [--since DATE] [--kind KIND]
                     Läufe, gespiegelte Läufe anderer Rechner, django_migrations und der Verlauf des
                     SQL-Ordners, neueste zuerst; außerhalb von migdesk angewendete Migrationen markiert
  report (RUN_ID | --since DATE [--until DATE] [--kind KIND]) [--format html|md|json]
         [--output FILE] [--profile NAME | --dsn DSN]
                     ein Lauf oder ein Zeitraum als eigenständige HTML-Seite, Markdown oder JSON;
                     mit Verbindung auch ein von einem anderen Rechner gespiegelter Lauf

Verbindung (für Befehle):
  --profile NAME     ein gespeichertes Verbindungsprofil (Passwort aus dem Schlüsselbund)
  --dsn DSN          eine libpq-URI oder ein conninfo-String
  (keins von beiden) die PG*-Umgebungsvariablen, PGSERVICE und ~/.pgpass
  --json             maschinenlesbare Ausgabe

Exit-Codes: 0 OK, 1 der Schritt ist fehlgeschlagen oder hat Probleme gefunden, 2 falsche Verwendung oder Eingabe, 3 keine Verbindung.
</translation>
    </message>
    <message>
        <source>Measure each table&apos;s query and write rate over this many seconds (default 0: at once, the traffic since the tables pane&apos;s latest hourly sample in the history, else the averages since the statistics were reset).</source>
        <translation>Die Abfrage- und Schreibrate jeder Tabelle über so viele Sekunden messen (Standard 0: sofort, der Verkehr seit der letzten stündlichen Stichprobe des Bereichs Tabellen im Verlauf, sonst die Durchschnitte seit dem Zurücksetzen der Statistiken).</translation>
    </message>
</context>
<context>
    <name>ConnInfo</name>
    <message>
        <source>&apos;%1&apos; is neither a URI, a key=value string nor a service name</source>
        <translation>&apos;%1&apos; ist weder eine URI noch eine key=value-Zeichenfolge noch ein Dienstname</translation>
    </message>
    <message>
        <source>out of memory while parsing the connection string</source>
        <translation>nicht genügend Speicher beim Parsen der Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSL mode; use one of %2.</source>
        <translation>&apos;%1&apos; ist kein SSL-Modus; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>The host name cannot contain spaces.</source>
        <translation>Der Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>The connection string contains a password. Remove it and enter the password in the password field, which keeps it in the system keychain.</source>
        <translation>Die Verbindungszeichenfolge enthält ein Passwort. Entfernen Sie es und geben Sie das Passwort im Passwortfeld ein, das es im System-Schlüsselbund ablegt.</translation>
    </message>
</context>
<context>
    <name>DatabaseRunLock</name>
    <message>
        <source>Cannot take the database&apos;s run lock for %1: %2</source>
        <translation>Die Laufsperre der Datenbank für %1 kann nicht genommen werden: %2</translation>
    </message>
    <message>
        <source>Refused %1: another migdesk run is writing to this database (it has just finished or its holder cannot be read). Try again in a moment.</source>
        <translation>Abgelehnt (%1): Ein anderer migdesk-Lauf schreibt in diese Datenbank (er ist gerade fertig geworden, oder sein Halter lässt sich nicht lesen). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Refused %1: another migdesk run is writing to this database: %2 (database role %3 from %4, backend pid %5), since %6 UTC (%7 s ago). One writing run at a time: wait for it to finish, or end it there.</source>
        <translation>Abgelehnt (%1): Ein anderer migdesk-Lauf schreibt in diese Datenbank: %2 (Datenbankrolle %3 von %4, Backend-PID %5), seit %6 UTC (vor %7 s). Immer nur ein schreibender Lauf: Warten Sie, bis er fertig ist, oder beenden Sie ihn dort.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source> (server said: %1)</source>
        <translation> (Server meldet: %1)</translation>
    </message>
    <message>
        <source>The connection settings are not valid: %1. Check the URI or conninfo string.</source>
        <translation>Die Verbindungseinstellungen sind ungültig: %1. Prüfen Sie die URI oder die conninfo-Zeichenfolge.</translation>
    </message>
    <message>
        <source>Cannot connect: the host name could not be resolved. Check the host name and your DNS.</source>
        <translation>Verbindung nicht möglich: Der Hostname konnte nicht aufgelöst werden. Prüfen Sie den Hostnamen und Ihr DNS.</translation>
    </message>
    <message>
        <source>Cannot connect: no PostgreSQL server is reachable at that host and port. Check that the server is running and the host, port and firewall are right.</source>
        <translation>Verbindung nicht möglich: Unter diesem Host und Port ist kein PostgreSQL-Server erreichbar. Prüfen Sie, ob der Server läuft und ob Host, Port und Firewall stimmen.</translation>
    </message>
    <message>
        <source>Cannot connect: the server did not answer in time. Check the network path or raise connect_timeout.</source>
        <translation>Verbindung nicht möglich: Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie den Netzwerkpfad oder erhöhen Sie connect_timeout.</translation>
    </message>
    <message>
        <source>Authentication failed: the server rejected the password for this user. Check the user name and password.</source>
        <translation>Authentifizierung fehlgeschlagen: Der Server hat das Passwort für diesen Benutzer abgelehnt. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The server asks for a password and none was given. Enter the password, or add it to ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort, es wurde aber keines angegeben. Geben Sie das Passwort ein oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The database does not exist on this server%1. Check the database name.</source>
        <translation>Die Datenbank existiert auf diesem Server nicht%1. Prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <source>The user does not exist on this server%1. Check the user name.</source>
        <translation>Der Benutzer existiert auf diesem Server nicht%1. Prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>The server refuses connections from this host for this user and database (pg_hba.conf)%1. Ask the server&apos;s administrator for access.</source>
        <translation>Der Server lehnt Verbindungen von diesem Host für diesen Benutzer und diese Datenbank ab (pg_hba.conf)%1. Bitten Sie den Administrator des Servers um Zugriff.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection. Set SSL mode to &apos;require&apos; or stronger.</source>
        <translation>Der Server verlangt eine verschlüsselte Verbindung. Setzen Sie den SSL-Modus auf &apos;require&apos; oder strenger.</translation>
    </message>
    <message>
        <source>SSL was required but the server does not support it. Use SSL mode &apos;prefer&apos; or enable SSL on the server.</source>
        <translation>SSL wurde verlangt, aber der Server unterstützt es nicht. Verwenden Sie den SSL-Modus &apos;prefer&apos; oder aktivieren Sie SSL auf dem Server.</translation>
    </message>
    <message>
        <source>The server has no free connection slots. Try again later or close idle sessions.</source>
        <translation>Der Server hat keine freien Verbindungsplätze mehr. Versuchen Sie es später erneut oder schließen Sie inaktive Sitzungen.</translation>
    </message>
    <message>
        <source>The server is starting up or shutting down and does not accept connections. Try again in a moment.</source>
        <translation>Der Server fährt gerade hoch oder herunter und nimmt keine Verbindungen an. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the server was lost%1. migdesk will reconnect.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen%1. migdesk verbindet sich erneut.</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>Nicht mit dem Server verbunden: %1</translation>
    </message>
    <message>
        <source>The query was stopped by statement_timeout. The server is busy or the query is heavy; try again or raise the timeout.</source>
        <translation>Die Abfrage wurde durch statement_timeout abgebrochen. Der Server ist ausgelastet oder die Abfrage ist aufwendig; versuchen Sie es erneut oder erhöhen Sie das Timeout.</translation>
    </message>
    <message>
        <source>The query gave up waiting for a lock (lock_timeout): another session holds it. See the activity pane for the blocker.</source>
        <translation>Die Abfrage hat das Warten auf eine Sperre aufgegeben (lock_timeout): Eine andere Sitzung hält sie. Die blockierende Sitzung sehen Sie im Bereich Aktivität.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refused: this is a read-only inspection connection and the statement would write.</source>
        <translation>Abgelehnt: Dies ist eine schreibgeschützte Verbindung zur Inspektion, und die Anweisung würde schreiben.</translation>
    </message>
    <message>
        <source>Permission denied%1. The user lacks a privilege this needs.</source>
        <translation>Zugriff verweigert%1. Dem Benutzer fehlt eine dafür nötige Berechtigung.</translation>
    </message>
    <message>
        <source>The SQL has a syntax error: %1</source>
        <translation>Das SQL enthält einen Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1, and migdesk needs PostgreSQL %2 or newer: its catalog queries use what came with %2. Upgrade the server, or inspect it with psql.</source>
        <translation>Der Server läuft mit PostgreSQL %1, migdesk braucht PostgreSQL %2 oder neuer: seine Katalogabfragen nutzen, was mit %2 kam. Aktualisieren Sie den Server oder untersuchen Sie ihn mit psql.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>The demo script %1 is missing from this build.</source>
        <translation>Das Demo-Skript %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Loading the demo database failed in %1: %2</source>
        <translation>Das Laden der Demo-Datenbank ist in %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DjangoCheck</name>
    <message>
        <source>manage.py check</source>
        <translation>manage.py check</translation>
    </message>
    <message>
        <source>no manage.py</source>
        <translation>keine manage.py</translation>
    </message>
    <message>
        <source>No manage.py is configured, so Django&apos;s own checks cannot run; set the project&apos;s manage.py and Python to include them.</source>
        <translation>Es ist keine manage.py eingerichtet, daher können Djangos eigene Prüfungen nicht laufen; geben Sie die manage.py und das Python des Projekts an, um sie einzubeziehen.</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Django&apos;s system checks report errors: %1.</source>
        <translation>Djangos Systemprüfungen melden Fehler: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Django&apos;s system checks warn: %1.</source>
        <translation>Djangos Systemprüfungen warnen: %1.</translation>
    </message>
    <message>
        <source>no issues</source>
        <translation>keine Probleme</translation>
    </message>
</context>
<context>
    <name>DjangoMigrateProcess</name>
    <message>
        <source>%1 does not exist. Point migdesk at the project&apos;s manage.py.</source>
        <translation>%1 existiert nicht. Geben Sie migdesk die manage.py des Projekts an.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Check the Python interpreter&apos;s path.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Prüfen Sie den Pfad des Python-Interpreters.</translation>
    </message>
    <message>
        <source>Cancelling: the backend could not be signalled (%1); stopping manage.py instead.</source>
        <translation>Abbruch: Dem Backend konnte kein Signal gesendet werden (%1); stattdessen wird manage.py beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: pg_cancel_backend() sent to %n session(s) of %1.</source>
        <translation>
            <numerusform>Abbruch: pg_cancel_backend() an %n Sitzung von %1 gesendet.</numerusform>
            <numerusform>Abbruch: pg_cancel_backend() an %n Sitzungen von %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>manage.py is still running; terminating it (the server rolls back its open transaction).</source>
        <translation>manage.py läuft noch; es wird beendet (der Server rollt seine offene Transaktion zurück).</translation>
    </message>
    <message>
        <source>manage.py exited with code %1</source>
        <translation>manage.py wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>manage.py crashed</source>
        <translation>manage.py ist abgestürzt</translation>
    </message>
    <message>
        <source>Running %1 manage.py migrate %2 %3 --verbosity 2 --no-input, through migdesk&apos;s wrapper, which times each SQL statement Django sends</source>
        <translation>Starte %1 manage.py migrate %2 %3 --verbosity 2 --no-input über den Wrapper von migdesk, der jede SQL-Anweisung misst, die Django sendet</translation>
    </message>
    <message>
        <source>Running %1 manage.py migrate %2 %3 --verbosity 2 --no-input (its statements are not timed: migdesk&apos;s wrapper could not be written to a temporary folder)</source>
        <translation>Starte %1 manage.py migrate %2 %3 --verbosity 2 --no-input (seine Anweisungen werden nicht gemessen: der Wrapper von migdesk konnte nicht in einen temporären Ordner geschrieben werden)</translation>
    </message>
</context>
<context>
    <name>DjangoMigrationReader</name>
    <message>
        <source>%1 is not written as a literal list, so it was not read.</source>
        <translation>%1 ist nicht als literale Liste geschrieben und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>An entry of %1 is not a literal (app, migration) pair and was skipped.</source>
        <translation>Ein Eintrag von %1 ist kein literales Paar (App, Migration) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 is not written as True or False, so Django&apos;s default was kept.</source>
        <translation>%1 ist nicht als True oder False geschrieben; Djangos Vorgabewert wurde beibehalten.</translation>
    </message>
    <message>
        <source>The migration is not valid Python: %1.</source>
        <translation>Die Migration ist kein gültiges Python: %1.</translation>
    </message>
    <message>
        <source>The module has no Migration class, so Django cannot load it.</source>
        <translation>Das Modul hat keine Migration-Klasse, daher kann Django es nicht laden.</translation>
    </message>
    <message>
        <source>An entry of operations is not an operation call and was skipped.</source>
        <translation>Ein Eintrag von operations ist kein Operationsaufruf und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>DjangoProject</name>
    <message>
        <source>The app configuration is not valid Python: %1; the app is labelled %2 after its directory.</source>
        <translation>Die App-Konfiguration ist kein gültiges Python: %1; die App erhält nach ihrem Verzeichnis das Label %2.</translation>
    </message>
    <message>
        <source>The apps in %1 and %2 both have the label %3, which Django does not allow; only the first is read.</source>
        <translation>Die Apps in %1 und %2 haben beide das Label %3, was Django nicht zulässt; nur die erste wird gelesen.</translation>
    </message>
    <message>
        <source>The settings modules set %1 to different models (%2), so migdesk assumes Django&apos;s default for it.</source>
        <translation>Die Settings-Module setzen %1 auf verschiedene Modelle (%2); migdesk nimmt daher Djangos Vorgabewert an.</translation>
    </message>
</context>
<context>
    <name>DjangoTargetGuard</name>
    <message>
        <source>Refused %1: migdesk could not read which server it is connected to (%2).</source>
        <translation>Abgelehnt (%1): migdesk konnte nicht lesen, mit welchem Server es verbunden ist (%2).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Refused %1: migdesk could not ask Django which database it connects to (%2), so it cannot be sure Django would change %3 and nothing else.</source>
        <translation>Abgelehnt (%1): migdesk konnte Django nicht fragen, mit welcher Datenbank es sich verbindet (%2), und kann daher nicht sicher sein, dass Django %3 und nichts anderes ändern würde.</translation>
    </message>
    <message>
        <source>Refused %1: Django&apos;s own connection reaches database %2 on a server started %3 UTC (version %4), not %5 on the server started %6 UTC that migdesk checked, backed up and had you confirm. The project&apos;s settings choose their database themselves (DATABASE_URL, a host of their own): make them read the PG* variables migdesk passes, or point migdesk at the database Django uses. Nothing was run.</source>
        <translation>Abgelehnt (%1): Djangos eigene Verbindung erreicht die Datenbank %2 auf einem Server, gestartet %3 UTC (Version %4), nicht %5 auf dem Server, gestartet %6 UTC, den migdesk geprüft, gesichert und von Ihnen hat bestätigen lassen. Die Einstellungen des Projekts wählen ihre Datenbank selbst (DATABASE_URL, ein eigener Host): Lassen Sie sie die PG*-Variablen lesen, die migdesk übergibt, oder richten Sie migdesk auf die Datenbank, die Django verwendet. Es wurde nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>Health endpoint</source>
        <translation>Health-Endpunkt</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>No health URL was given; set one to have the application itself checked after the migration.</source>
        <translation>Es wurde keine Health-URL angegeben; geben Sie eine an, damit die Anwendung selbst nach der Migration geprüft wird.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL; give the application&apos;s health endpoint, such as http://localhost:8000/api/health/.</source>
        <translation>%1 ist keine http://- oder https://-URL; geben Sie den Health-Endpunkt der Anwendung an, etwa http://localhost:8000/api/health/.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no answer in %1</source>
        <translation>keine Antwort in %1</translation>
    </message>
    <message>
        <source>%1 did not answer within %2: the application may be down or hanging; check its logs before going on.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet: Die Anwendung ist vielleicht nicht erreichbar oder hängt; prüfen Sie ihre Logs, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2</source>
        <translation>HTTP %1 in %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 instead of 2xx: the application reports itself unhealthy; check its logs before going on.</source>
        <translation>%1 hat HTTP %2 %3 statt 2xx geantwortet: Die Anwendung meldet sich als nicht funktionsfähig; prüfen Sie ihre Logs, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2): is the application running and is the URL right?</source>
        <translation>%1 war nicht erreichbar (%2): Läuft die Anwendung, und stimmt die URL?</translation>
    </message>
</context>
<context>
    <name>HistoryMirror</name>
    <message>
        <source>A run without a uuid or start time cannot be mirrored.</source>
        <translation>Ein Lauf ohne UUID oder Startzeit kann nicht gespiegelt werden.</translation>
    </message>
    <message>
        <source>the target database</source>
        <translation>die Zieldatenbank</translation>
    </message>
    <message>
        <source>The run is recorded locally but not mirrored to %1: the role may not create or write %2 (server said: %3). To mirror runs there, grant the role CREATE on the database (the first run then creates the %4 schema), or create the table once as its owner and grant the role USAGE on schema %4 and SELECT, INSERT, UPDATE on %2.</source>
        <translation>Der Lauf ist lokal aufgezeichnet, aber nicht nach %1 gespiegelt: Die Rolle darf %2 nicht anlegen oder beschreiben (Server meldete: %3). Um Läufe dorthin zu spiegeln, erteilen Sie der Rolle CREATE auf der Datenbank (der erste Lauf legt dann das Schema %4 an), oder legen Sie die Tabelle einmalig als ihr Eigentümer an und erteilen Sie der Rolle USAGE auf Schema %4 sowie SELECT, INSERT, UPDATE auf %2.</translation>
    </message>
    <message>
        <source>The run is recorded locally but not mirrored to %1: the session there is read-only (server said: %2). Runs are mirrored from a writable connection to the primary; a hot standby or an inspection-only connection cannot hold them.</source>
        <translation>Der Lauf ist lokal aufgezeichnet, aber nicht nach %1 gespiegelt: Die Sitzung dort ist schreibgeschützt (Server meldete: %2). Läufe werden über eine beschreibbare Verbindung zum Primary gespiegelt; ein Hot Standby oder eine reine Inspektionsverbindung kann sie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>The run is recorded locally but not mirrored to %1: %2</source>
        <translation>Der Lauf ist lokal aufgezeichnet, aber nicht nach %1 gespiegelt: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot open the run history %1: %2</source>
        <translation>Der Ausführungsverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the run history %1: %2</source>
        <translation>Der Ausführungsverlauf %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The run history was written by a newer migdesk (schema %1, this one knows %2). Upgrade migdesk or use another history file.</source>
        <translation>Der Ausführungsverlauf wurde von einem neueren migdesk geschrieben (Schema %1, dieses kennt %2). Aktualisieren Sie migdesk oder verwenden Sie eine andere Verlaufsdatei.</translation>
    </message>
    <message>
        <source>Cannot upgrade the run history to schema %1: %2</source>
        <translation>Der Ausführungsverlauf kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in the history: %1</source>
        <translation>Die Ausführung kann nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the run log to the history: %1</source>
        <translation>Das Ausführungsprotokoll kann nicht in den Verlauf geschrieben werden: %1</translation>
    </message>
    <message>
        <source>there is no run %1.</source>
        <translation>es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Cannot record the run&apos;s steps in the history: %1</source>
        <translation>Die Schritte des Laufs können nicht im Verlauf aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the schema snapshot in the history: %1</source>
        <translation>Der Schema-Snapshot kann nicht im Verlauf aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the table sizes in the history: %1</source>
        <translation>Die Tabellengrößen können nicht im Verlauf aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The run history %1 could not be read (%2): check the file and its folder; moved aside, it is started anew.</source>
        <translation>Der Verlauf %1 konnte nicht gelesen werden (%2): Prüfen Sie die Datei und ihren Ordner; beiseitegelegt wird er neu begonnen.</translation>
    </message>
</context>
<context>
    <name>LintReport</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2: %3 [%4]
</source>
        <translation>%1: %2: %3 [%4]
</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>rewrites table</source>
        <translation>schreibt Tabelle um</translation>
    </message>
    <message>
        <source>scans table</source>
        <translation>durchsucht Tabelle</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Statements: %1, errors: %2, warnings: %3</source>
        <translation>Anweisungen: %1, Fehler: %2, Warnungen: %3</translation>
    </message>
</context>
<context>
    <name>LiveImpact</name>
    <message>
        <source>%1 does not exist yet in this database: no live impact to weigh.</source>
        <translation>%1 existiert in dieser Datenbank noch nicht: keine Live-Auswirkung abzuwägen.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>rewrites %1 (%2) under %3: about %4</source>
        <translation>schreibt %1 (%2) unter einer Sperre %3 um: etwa %4</translation>
    </message>
    <message>
        <source>scans %1 (%2) under %3: about %4</source>
        <translation>durchsucht %1 (%2) unter einer Sperre %3: etwa %4</translation>
    </message>
    <message>
        <source>takes %1 on %2 (%3) briefly</source>
        <translation>setzt kurz eine Sperre %1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>, during which every query on it waits</source>
        <translation>, in dieser Zeit wartet jede Abfrage auf die Tabelle</translation>
    </message>
    <message>
        <source>, during which every write to it waits</source>
        <translation>, in dieser Zeit wartet jeder Schreibzugriff auf die Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>; %n session(s) hold locks on it now, the oldest transaction open for %1</source>
        <translation>
            <numerusform>; %n Sitzung hält gerade Sperren auf der Tabelle, ihre Transaktion ist seit %1 offen</numerusform>
            <numerusform>; %n Sitzungen halten gerade Sperren auf der Tabelle, die älteste Transaktion ist seit %1 offen</numerusform>
        </translation>
    </message>
    <message>
        <source>, so the statement would itself queue behind them and block everything after it</source>
        <translation>, sodass sich die Anweisung selbst dahinter einreihen und alles nach ihr blockieren würde</translation>
    </message>
    <message>
        <source> (about %1 queries at the rate measured over %2)</source>
        <translation> (etwa %1 Abfragen bei der über %2 gemessenen Rate)</translation>
    </message>
    <message>
        <source> (about %1 queries at the average rate since the statistics were reset %2 ago)</source>
        <translation> (etwa %1 Abfragen bei der mittleren Rate seit dem Zurücksetzen der Statistik vor %2)</translation>
    </message>
    <message>
        <source> (about %1 queries at the average rate since the server started %2 ago)</source>
        <translation> (etwa %1 Abfragen bei der mittleren Rate seit dem Serverstart vor %2)</translation>
    </message>
    <message>
        <source> (how many queries would queue is unknown: the statistics cover less than an hour; measure with assess --sample-seconds)</source>
        <translation> (wie viele Abfragen sich anstauen würden, ist unbekannt: die Statistik umfasst weniger als eine Stunde; messen Sie mit assess --sample-seconds)</translation>
    </message>
    <message>
        <source> (about %1 queries at the rate since the tables pane&apos;s sample %2 ago)</source>
        <translation> (etwa %1 Abfragen bei der Rate seit der Stichprobe des Bereichs Tabellen vor %2)</translation>
    </message>
</context>
<context>
    <name>LockBlockerWatch</name>
    <message>
        <source>last query started %1, %2 ago</source>
        <translation>letzte Abfrage gestartet %1, vor %2</translation>
    </message>
    <message>
        <source>pid %1 (user %2, application %3, %4, %5: %6)</source>
        <translation>PID %1 (Benutzer %2, Anwendung %3, %4, %5: %6)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 holds the row or transaction lock it waited for</source>
        <translation>%1 hält die Zeilen- oder Transaktionssperre, auf die gewartet wurde</translation>
    </message>
    <message>
        <source>%1 holds a lock on %2 or waits ahead of it</source>
        <translation>%1 hält eine Sperre auf %2 oder wartet davor</translation>
    </message>
    <message>
        <source>%1 holds a lock (%2) on %3</source>
        <translation>%1 hält eine Sperre (%2) auf %3</translation>
    </message>
</context>
<context>
    <name>LockTimeoutRetry</name>
    <message>
        <source>the session holding the lock was not seen</source>
        <translation>die Sitzung, die die Sperre hält, wurde nicht gesehen</translation>
    </message>
    <message>
        <source>%1 gave up waiting for a lock (lock_timeout %2 ms): %3. It does not run in one transaction, so it is not retried.</source>
        <translation>%1 hat das Warten auf eine Sperre aufgegeben (lock_timeout %2 ms): %3. Es läuft nicht in einer Transaktion und wird daher nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave up waiting for a lock (lock_timeout %2 ms), the last of %n attempt(s): %3.</source>
        <translation>
            <numerusform>%1 hat das Warten auf eine Sperre aufgegeben (lock_timeout %2 ms), beim letzten von %n Versuch: %3.</numerusform>
            <numerusform>%1 hat das Warten auf eine Sperre aufgegeben (lock_timeout %2 ms), beim letzten von %n Versuchen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave up waiting for a lock (lock_timeout %2 ms) and was rolled back: %3. Retry %4 of %5 in %6.</source>
        <translation>%1 hat das Warten auf eine Sperre aufgegeben (lock_timeout %2 ms) und wurde zurückgerollt: %3. Wiederholung %4 von %5 in %6.</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry %1.</source>
        <translation>Beim Warten auf die Wiederholung von %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ManagePy</name>
    <message>
        <source>%1 does not exist. Point migdesk at the project&apos;s manage.py.</source>
        <translation>%1 existiert nicht. Geben Sie migdesk die manage.py des Projekts an.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Check the Python interpreter&apos;s path.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Prüfen Sie den Pfad des Python-Interpreters.</translation>
    </message>
    <message>
        <source>manage.py %1 did not finish within %2 s.</source>
        <translation>manage.py %1 wurde nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>manage.py %1 failed: %2</source>
        <translation>manage.py %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>manage.py %1 could not run the checks: %2</source>
        <translation>manage.py %1 konnte die Prüfungen nicht ausführen: %2</translation>
    </message>
    <message>
        <source>manage.py shell did not say which database Django connects to.</source>
        <translation>manage.py shell hat nicht gesagt, mit welcher Datenbank sich Django verbindet.</translation>
    </message>
</context>
<context>
    <name>MigrationCharacter</name>
    <message>
        <source>%1 drops %2 again</source>
        <translation>%1 löscht %2 wieder</translation>
    </message>
    <message>
        <source>%1 restores %2 empty</source>
        <translation>%1 stellt %2 leer wieder her</translation>
    </message>
    <message>
        <source>restore the backup: %1 has no reverse</source>
        <translation>Sicherung wiederherstellen: %1 hat keine Umkehrung</translation>
    </message>
    <message>
        <source>migrate backwards loses data (%1): restore the backup to keep it</source>
        <translation>Rückwärtsmigration verliert Daten (%1): Sicherung wiederherstellen, um sie zu behalten</translation>
    </message>
    <message>
        <source>migrate backwards</source>
        <translation>rückwärts migrieren</translation>
    </message>
    <message>
        <source>%1 removes (%2) in the same step as it adds or migrates data (%3): split it, so that code that no longer needs the old schema is deployed before the removal.</source>
        <translation>%1 entfernt (%2) im selben Schritt, in dem sie hinzufügt oder Daten migriert (%3): Teilen Sie sie auf, damit Code, der das alte Schema nicht mehr braucht, vor dem Entfernen ausgerollt wird.</translation>
    </message>
    <message>
        <source>1 · additive: apply before deploying the code</source>
        <translation>1 · additiv: vor dem Deployment des Codes anwenden</translation>
    </message>
    <message>
        <source>3 · background data migration, after the code deploy</source>
        <translation>3 · Datenmigration im Hintergrund, nach dem Deployment des Codes</translation>
    </message>
    <message>
        <source>5 · destructive clean-up: last, after verification</source>
        <translation>5 · destruktives Aufräumen: zuletzt, nach der Verifikation</translation>
    </message>
    <message>
        <source>1 · schema change: apply before deploying the code</source>
        <translation>1 · Schemaänderung: vor dem Deployment des Codes anwenden</translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message>
        <source>restore the backup (migdesk could not read this migration&apos;s module)</source>
        <translation>Sicherung wiederherstellen (migdesk konnte das Modul dieser Migration nicht lesen)</translation>
    </message>
    <message>
        <source>Django backwards: manage.py migrate %1 %2</source>
        <translation>Django rückwärts: manage.py migrate %1 %2</translation>
    </message>
    <message>
        <source>A Django project is migrated by its own manage.py, and none is set: give the project&apos;s manage.py (and the Python that runs it), then run again.</source>
        <translation>Ein Django-Projekt wird mit seiner eigenen manage.py migriert, und keine ist eingerichtet: Geben Sie die manage.py des Projekts (und das Python, das sie ausführt) an und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Django&apos;s migration plan could not be read: %1</source>
        <translation>Djangos Migrationsplan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The applied migrations could not be read: %1</source>
        <translation>Die angewendeten Migrationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target %1 is not APP:NAME, such as catalog:0002_product_price.</source>
        <translation>Das Ziel %1 hat nicht die Form APP:NAME, etwa catalog:0002_product_price.</translation>
    </message>
    <message>
        <source>Django&apos;s plan has no migration %1 in app %2. Check the target with manage.py showmigrations.</source>
        <translation>Djangos Plan enthält keine Migration %1 in der App %2. Prüfen Sie das Ziel mit manage.py showmigrations.</translation>
    </message>
    <message>
        <source>The target %1 matches more than one migration of %2; give its full name.</source>
        <translation>Das Ziel %1 passt auf mehr als eine Migration von %2; geben Sie den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>%1.%2 is already applied; to go back to it, roll back instead.</source>
        <translation>%1.%2 ist bereits angewendet; um dorthin zurückzukehren, führen Sie stattdessen ein Rollback aus.</translation>
    </message>
    <message>
        <source>migdesk could not read %1.%2 from the project folder %3, so it cannot tell what it needs.</source>
        <translation>migdesk konnte %1.%2 nicht aus dem Projektordner %3 lesen und kann daher nicht sagen, was die Migration braucht.</translation>
    </message>
    <message>
        <source>-- sqlmigrate failed: %1</source>
        <translation>-- sqlmigrate fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The migration folder has %n problem(s), so nothing is run until it is fixed: %1</source>
        <translation>
            <numerusform>Der Migrationsordner hat %n Problem, daher wird nichts ausgeführt, bis es behoben ist: %1</numerusform>
            <numerusform>Der Migrationsordner hat %n Probleme, daher wird nichts ausgeführt, bis sie behoben sind: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The applied versions could not be read: %1</source>
        <translation>Die angewendeten Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 The folder no longer matches what was applied, so nothing is run: restore the file as it was applied, or find out why it changed, then run again.</source>
        <translation>%1 Der Ordner stimmt nicht mehr mit dem überein, was angewendet wurde, daher wird nichts ausgeführt: Stellen Sie die Datei so wieder her, wie sie angewendet wurde, oder klären Sie, warum sie sich geändert hat, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The folder has no version %1 (no file V%1__&lt;description&gt;.sql).</source>
        <translation>Der Ordner hat keine Version %1 (keine Datei V%1__&lt;description&gt;.sql).</translation>
    </message>
    <message>
        <source>undo file %1</source>
        <translation>Undo-Datei %1</translation>
    </message>
    <message>
        <source>restore the backup (no undo file U%1__*.sql)</source>
        <translation>Sicherung wiederherstellen (keine Undo-Datei U%1__*.sql)</translation>
    </message>
    <message>
        <source>No migrations to run: set a Django project (with its manage.py) or a SQL migration folder.</source>
        <translation>Keine Migrationen auszuführen: Geben Sie ein Django-Projekt (mit seiner manage.py) oder einen SQL-Migrationsordner an.</translation>
    </message>
    <message>
        <source>Migrate (dry run) on %1 from %2.</source>
        <translation>Migration (Probelauf) auf %1 aus %2.</translation>
    </message>
    <message>
        <source>Migrate on %1 from %2, as application_name %3.</source>
        <translation>Migration auf %1 aus %2, als application_name %3.</translation>
    </message>
    <message>
        <source>A pending script cannot be read, so nothing is run: %1</source>
        <translation>Ein ausstehendes Skript kann nicht gelesen werden, daher wird nichts ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>MigrationGraph</name>
    <message>
        <source>Migration %1 is defined twice (also in %2); only the first is read.</source>
        <translation>Migration %1 ist doppelt definiert (auch in %2); nur die erste wird gelesen.</translation>
    </message>
    <message>
        <source>Migration %1 depends on %2, which does not exist.</source>
        <translation>Migration %1 hängt von %2 ab, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Migration %1 depends on %2, which does not exist: Django cannot use the squashed migration %3 instead because only some of the migrations it replaces are applied.</source>
        <translation>Migration %1 hängt von %2 ab, die es nicht gibt: Django kann die zusammengefasste Migration %3 nicht an ihrer Stelle verwenden, weil nur ein Teil der von ihr ersetzten Migrationen angewendet ist.</translation>
    </message>
    <message>
        <source>Migration %1 is to run before %2, which does not exist.</source>
        <translation>Migration %1 soll vor %2 laufen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Migrations %1 depend on each other in a circle, so none of them can be applied first.</source>
        <translation>Die Migrationen %1 hängen im Kreis voneinander ab, daher kann keine von ihnen zuerst angewendet werden.</translation>
    </message>
    <message>
        <source>Migration %1 is recorded as applied, but its dependency %2 is not; Django refuses to migrate this database.</source>
        <translation>Migration %1 ist als angewendet verzeichnet, ihre Abhängigkeit %2 aber nicht; Django verweigert die Migration dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>MigrationReverter</name>
    <message>
        <source>A Django project is migrated backwards by its own manage.py, and none is set: give the project&apos;s manage.py (and the Python that runs it), or roll back by restoring the backup.</source>
        <translation>Ein Django-Projekt wird mit seiner eigenen manage.py rückwärts migriert, und keine ist eingerichtet: Geben Sie die manage.py des Projekts (und das Python, das sie ausführt) an oder führen Sie das Rollback durch Wiederherstellen der Sicherung aus.</translation>
    </message>
    <message>
        <source>Going back to the previous migration takes app names (%1); to go to a named migration, roll back to APP:NAME instead.</source>
        <translation>Die Rückkehr zur vorherigen Migration erwartet App-Namen (%1); um zu einer benannten Migration zu gehen, führen Sie stattdessen ein Rollback auf APP:NAME aus.</translation>
    </message>
    <message>
        <source>The project in %1 has no app %2 with migrations.</source>
        <translation>Das Projekt in %1 hat keine App %2 mit Migrationen.</translation>
    </message>
    <message>
        <source>App %1 has no applied migration to go back from.</source>
        <translation>Die App %1 hat keine angewendete Migration, von der zurückgegangen werden kann.</translation>
    </message>
    <message>
        <source>The rollback target %1 is not APP:NAME or APP:zero, such as catalog:0002_product_price.</source>
        <translation>Das Rollback-Ziel %1 hat nicht die Form APP:NAME oder APP:zero, etwa catalog:0002_product_price.</translation>
    </message>
    <message>
        <source>App %1 has no migration %2.</source>
        <translation>Die App %1 hat keine Migration %2.</translation>
    </message>
    <message>
        <source>%2 matches more than one migration of %1; give its full name.</source>
        <translation>%2 passt auf mehr als eine Migration von %1; geben Sie den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>%1 is not applied: going to it would apply migrations, which is migrate&apos;s work, not a rollback&apos;s.</source>
        <translation>%1 ist nicht angewendet: Dorthin zu gehen würde Migrationen anwenden, und das ist Aufgabe von migrate, nicht eines Rollbacks.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Going back to %1:%2 would unapply %3, which cannot be migrated backwards: %4 has no reverse. Roll back by restoring the backup instead.</source>
        <translation>Die Rückkehr zu %1:%2 würde %3 zurücknehmen, das nicht rückwärts migriert werden kann: %4 hat keine Umkehrung. Führen Sie das Rollback stattdessen durch Wiederherstellen der Sicherung aus.</translation>
    </message>
    <message>
        <source>-- Unapply %1</source>
        <translation>-- %1 zurücknehmen</translation>
    </message>
    <message>
        <source>-- sqlmigrate --backwards failed: %1</source>
        <translation>-- sqlmigrate --backwards fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The migration folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Version %1 is not applied; roll back to an applied version, or to zero.</source>
        <translation>Version %1 ist nicht angewendet; führen Sie ein Rollback auf eine angewendete Version oder auf zero aus.</translation>
    </message>
    <message>
        <source>Version %1 (%2) has no undo file U%1__&lt;description&gt;.sql, so it cannot be rolled back by migrations: roll back by restoring the backup instead.</source>
        <translation>Version %1 (%2) hat keine Undo-Datei U%1__&lt;description&gt;.sql und kann daher nicht über Migrationen zurückgerollt werden: Führen Sie das Rollback stattdessen durch Wiederherstellen der Sicherung aus.</translation>
    </message>
    <message>
        <source>Nothing to roll back from: set a Django project (with its manage.py) or a SQL migration folder.</source>
        <translation>Nichts zurückzurollen: Geben Sie ein Django-Projekt (mit seiner manage.py) oder einen SQL-Migrationsordner an.</translation>
    </message>
    <message>
        <source>Rolling back to a named migration needs the target: APP:NAME, APP:zero, or a version.</source>
        <translation>Ein Rollback auf eine benannte Migration braucht das Ziel: APP:NAME, APP:zero oder eine Version.</translation>
    </message>
    <message>
        <source>each app to its previous migration</source>
        <translation>jede App auf ihre vorherige Migration</translation>
    </message>
    <message>
        <source>%1 to the previous migration</source>
        <translation>%1 auf die vorherige Migration</translation>
    </message>
    <message>
        <source>back to %1</source>
        <translation>zurück auf %1</translation>
    </message>
    <message>
        <source>Rollback by migrations (dry run) on %1: %2.</source>
        <translation>Rollback über Migrationen (Probelauf) auf %1: %2.</translation>
    </message>
    <message>
        <source>Rollback by migrations on %1: %2, as application_name %3.</source>
        <translation>Rollback über Migrationen auf %1: %2, als application_name %3.</translation>
    </message>
</context>
<context>
    <name>MigrationRunReport</name>
    <message>
        <source>%1 from %2 back to %3</source>
        <translation>%1 von %2 zurück auf %3</translation>
    </message>
</context>
<context>
    <name>MigrationSequence</name>
    <message>
        <source>Nothing was applied before it.</source>
        <translation>Davor wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>Applied before it: %1.</source>
        <translation>Davor angewendet: %1.</translation>
    </message>
    <message>
        <source>Nothing was rolled back before it.</source>
        <translation>Davor wurde nichts zurückgerollt.</translation>
    </message>
    <message>
        <source>Rolled back before it: %1.</source>
        <translation>Davor zurückgerollt: %1.</translation>
    </message>
    <message>
        <source>Not attempted: %1.</source>
        <translation>Nicht versucht: %1.</translation>
    </message>
    <message>
        <source>the session holding the lock was not seen</source>
        <translation>die Sitzung, die die Sperre hält, wurde nicht gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not get its lock in %n attempt(s) (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then run migrate again.</source>
        <translation>
            <numerusform>%1 hat seine Sperre in %n Versuch nicht bekommen (lock_timeout %2 ms; jeder Versuch wurde zurückgerollt): %3. %4 Beenden Sie diese Sitzung oder warten Sie, bis sie fertig ist, und führen Sie migrate dann erneut aus.</numerusform>
            <numerusform>%1 hat seine Sperre in %n Versuchen nicht bekommen (lock_timeout %2 ms; jeder Versuch wurde zurückgerollt): %3. %4 Beenden Sie diese Sitzung oder warten Sie, bis sie fertig ist, und führen Sie migrate dann erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was lost while %1 ran (%2): the server rolled back its transaction, so %1 left nothing behind.</source>
        <translation>Die Verbindung zum Server ging verloren, während %1 lief (%2): Der Server hat seine Transaktion zurückgerollt, %1 hat also nichts hinterlassen.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while %1 ran (%2): it does not run in one transaction, so its statements before that point may have stayed applied; check them before running it again.</source>
        <translation>Die Verbindung zum Server ging verloren, während %1 lief (%2): Es läuft nicht in einer Transaktion, daher sind seine Anweisungen vor diesem Punkt womöglich angewendet geblieben; prüfen Sie sie, bevor Sie es erneut ausführen.</translation>
    </message>
    <message>
        <source>Check that the server is up, then run migrate again for the rest.</source>
        <translation>Prüfen Sie, ob der Server läuft, und führen Sie migrate dann für den Rest erneut aus.</translation>
    </message>
    <message>
        <source>Cancelled while %1 ran; its transaction was rolled back.</source>
        <translation>Während %1 lief abgebrochen; seine Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Cancelled while %1 ran; it does not run in one transaction, so its statements before the cancel stay applied.</source>
        <translation>Während %1 lief abgebrochen; es läuft nicht in einer Transaktion, daher bleiben seine Anweisungen vor dem Abbruch angewendet.</translation>
    </message>
    <message>
        <source>%1 failed and was rolled back: %2</source>
        <translation>%1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>%1 failed part-way; it does not run in one transaction, so its statements before the failing one stay applied: %2</source>
        <translation>%1 ist mittendrin fehlgeschlagen; es läuft nicht in einer Transaktion, daher bleiben seine Anweisungen vor der fehlerhaften angewendet: %2</translation>
    </message>
    <message>
        <source>Fix the migration, then run migrate again; roll back to undo what was applied.</source>
        <translation>Korrigieren Sie die Migration und führen Sie migrate dann erneut aus; führen Sie ein Rollback aus, um das Angewendete rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>Rolling %1 could not get its lock in %n attempt(s) (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then roll back again.</source>
        <translation>
            <numerusform>Das Zurückrollen von %1 hat seine Sperre in %n Versuch nicht bekommen (lock_timeout %2 ms; jeder Versuch wurde zurückgerollt): %3. %4 Beenden Sie diese Sitzung oder warten Sie, bis sie fertig ist, und führen Sie das Rollback dann erneut aus.</numerusform>
            <numerusform>Das Zurückrollen von %1 hat seine Sperre in %n Versuchen nicht bekommen (lock_timeout %2 ms; jeder Versuch wurde zurückgerollt): %3. %4 Beenden Sie diese Sitzung oder warten Sie, bis sie fertig ist, und führen Sie das Rollback dann erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was lost while rolling %1 (%2); the server rolled back the open transaction. %3 Check that the server is up and what is applied, then roll back again.</source>
        <translation>Die Verbindung zum Server ging beim Zurückrollen von %1 verloren (%2); der Server hat die offene Transaktion zurückgerollt. %3 Prüfen Sie, ob der Server läuft und was angewendet ist, und führen Sie das Rollback dann erneut aus.</translation>
    </message>
    <message>
        <source>Cancelled while rolling %1; its open transaction was rolled back. %2</source>
        <translation>Beim Zurückrollen von %1 abgebrochen; seine offene Transaktion wurde zurückgerollt. %2</translation>
    </message>
    <message>
        <source>Rolling %1 failed: %2 %3 Roll back by restoring the backup if it cannot be fixed.</source>
        <translation>Das Zurückrollen von %1 ist fehlgeschlagen: %2 %3 Führen Sie das Rollback durch Wiederherstellen der Sicherung aus, falls es sich nicht beheben lässt.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n step(s) would run, in this order; nothing is changed.</source>
        <translation>
            <numerusform>Probelauf: %n Schritt würde ausgeführt; es wird nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Schritte würden in dieser Reihenfolge ausgeführt; es wird nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to run, in this order:</source>
        <translation>
            <numerusform>%n auszuführender Schritt:</numerusform>
            <numerusform>%n auszuführende Schritte, in dieser Reihenfolge:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Nichts anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n migration(s) would be applied, in this order; nothing is changed.</source>
        <translation>
            <numerusform>Probelauf: %n Migration würde angewendet; es wird nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Migrationen würden in dieser Reihenfolge angewendet; es wird nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) to apply, in this order:</source>
        <translation>
            <numerusform>%n anzuwendende Migration:</numerusform>
            <numerusform>%n anzuwendende Migrationen, in dieser Reihenfolge:</numerusform>
        </translation>
    </message>
    <message>
        <source>risk %1 (score %2, %3)</source>
        <translation>Risiko %1 (Bewertung %2, %3)</translation>
    </message>
    <message>
        <source>risk not rated</source>
        <translation>Risiko nicht bewertet</translation>
    </message>
    <message>
        <source>%1. %2: %3; %4; rollback: %5</source>
        <translation>%1. %2: %3; %4; Rollback: %5</translation>
    </message>
    <message>
        <source>in one transaction</source>
        <translation>in einer Transaktion</translation>
    </message>
    <message>
        <source>not in one transaction</source>
        <translation>nicht in einer Transaktion</translation>
    </message>
    <message>
        <source>Point-in-time recovery target before the first migration: WAL position %1 (pg_current_wal_lsn()).</source>
        <translation>Ziel für Point-in-Time-Recovery vor der ersten Migration: WAL-Position %1 (pg_current_wal_lsn()).</translation>
    </message>
    <message>
        <source>Point-in-time recovery target before the rollback: WAL position %1 (pg_current_wal_lsn()).</source>
        <translation>Ziel für Point-in-Time-Recovery vor dem Rollback: WAL-Position %1 (pg_current_wal_lsn()).</translation>
    </message>
    <message>
        <source>The WAL position could not be read (%1); there is no point-in-time recovery target for this run.</source>
        <translation>Die WAL-Position konnte nicht gelesen werden (%1); für diesen Lauf gibt es kein Ziel für Point-in-Time-Recovery.</translation>
    </message>
    <message>
        <source>The WAL position could not be read (%1); there is no point-in-time recovery target for this rollback.</source>
        <translation>Die WAL-Position konnte nicht gelesen werden (%1); für dieses Rollback gibt es kein Ziel für Point-in-Time-Recovery.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>the migration</source>
        <translation>die Migration</translation>
    </message>
    <message>
        <source>the rollback</source>
        <translation>das Zurückrollen</translation>
    </message>
    <message>
        <source>Nothing to roll back.</source>
        <translation>Nichts zurückzurollen.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n migration(s) would be applied; nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: %n Migration würde angewendet; es wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Migrationen würden angewendet; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n rollback step(s) would run; nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: %n Rollback-Schritt würde ausgeführt; es wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Rollback-Schritte würden ausgeführt; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before rolling %1. %2</source>
        <translation>Vor dem Zurückrollen von %1 abgebrochen. %2</translation>
    </message>
    <message>
        <source>Cancelled before %1; nothing was applied.</source>
        <translation>Vor %1 abgebrochen; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>Cancelled before %1; applied: %2.</source>
        <translation>Vor %1 abgebrochen; angewendet: %2.</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>%1 wird angewendet</translation>
    </message>
    <message>
        <source>Rolling %1</source>
        <translation>%1 wird zurückgerollt</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3); rollback: %4</source>
        <translation>%1 wird angewendet (%2 von %3); Rollback: %4</translation>
    </message>
    <message>
        <source>Rolling %1 (%2 of %3)</source>
        <translation>%1 wird zurückgerollt (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 applied in %2.</source>
        <translation>%1 in %2 angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 applied in %2, after %n lock-timeout retry(s).</source>
        <translation>
            <numerusform>%1 in %2 angewendet, nach %n Wiederholung wegen Lock-Timeout.</numerusform>
            <numerusform>%1 in %2 angewendet, nach %n Wiederholungen wegen Lock-Timeout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolled %1 in %2.</source>
        <translation>%1 in %2 zurückgerollt.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s)</source>
        <translation>
            <numerusform>%n Migration angewendet</numerusform>
            <numerusform>%n Migrationen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in %1.</source>
        <translation>
            <numerusform>%n Migration in %1 angewendet.</numerusform>
            <numerusform>%n Migrationen in %1 angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back in %n step(s) in %1.</source>
        <translation>
            <numerusform>In %n Schritt in %1 zurückgerollt.</numerusform>
            <numerusform>In %n Schritten in %1 zurückgerollt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationWatchSnapshot</name>
    <message>
        <source>no migration running (between migrations)</source>
        <translation>keine Migration läuft (zwischen Migrationen)</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>idle in a failed transaction</source>
        <translation>untätig in einer fehlgeschlagenen Transaktion</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>%1, transaction open %2</source>
        <translation>%1, Transaktion offen seit %2</translation>
    </message>
    <message>
        <source>waiting %1 for %2 on %3</source>
        <translation>wartet seit %1 auf eine Sperre %2 auf %3</translation>
    </message>
    <message>
        <source>waiting for %1 on %2</source>
        <translation>wartet auf eine Sperre %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, blocked by pid %2</source>
        <translation>
            <numerusform>%1, blockiert von PID %2</numerusform>
            <numerusform>%1, blockiert von PIDs %2</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a lock (%1)</source>
        <translation>wartet auf eine Sperre (%1)</translation>
    </message>
    <message>
        <source>holds %1 on %2</source>
        <translation>hält %1 auf %2</translation>
    </message>
    <message>
        <source>holds no lock on a table</source>
        <translation>hält keine Sperre auf einer Tabelle</translation>
    </message>
    <message>
        <source>no session queued</source>
        <translation>keine Sitzung in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) queued</source>
        <translation>
            <numerusform>%n Sitzung in der Warteschlange</numerusform>
            <numerusform>%n Sitzungen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2% (%3)</source>
        <translation>%1, %2% (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no backend (between migrations)</source>
        <translation>%1: kein Backend (zwischen Migrationen)</translation>
    </message>
    <message>
        <source>pid %1 %2: %3</source>
        <translation>PID %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more backend(s) with this application name</source>
        <translation>
            <numerusform>%n weiteres Backend mit diesem Anwendungsnamen</numerusform>
            <numerusform>%n weitere Backends mit diesem Anwendungsnamen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source> (standby)</source>
        <translation> (Standby)</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Betriebszeit</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Largest tables</source>
        <translation>Größte Tabellen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>  (locked: estimate)</source>
        <translation>  (gesperrt: geschätzt)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>A script outside a transaction cannot run through a connection pooler: its settings could reach another server session than its statements. Connect to the PostgreSQL server directly.</source>
        <translation>Ein Skript außerhalb einer Transaktion kann nicht über einen Verbindungspooler laufen: seine Einstellungen könnten eine andere Serversitzung erreichen als seine Anweisungen. Verbinden Sie sich direkt mit dem PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <source>%1 was not found on PATH or under /usr/lib/postgresql: install the PostgreSQL client (postgresql-client-15 or newer).</source>
        <translation>%1 wurde weder im PATH noch unter /usr/lib/postgresql gefunden: Installieren Sie den PostgreSQL-Client (postgresql-client-15 oder neuer).</translation>
    </message>
    <message>
        <source>%1 was not found in %2: point the PostgreSQL programs setting at the folder that has it, or install the PostgreSQL client.</source>
        <translation>%1 wurde in %2 nicht gefunden: Stellen Sie die Einstellung für die PostgreSQL-Programme auf den Ordner, der es enthält, oder installieren Sie den PostgreSQL-Client.</translation>
    </message>
    <message>
        <source>%1 at %2 did not run (%3): reinstall the PostgreSQL client.</source>
        <translation>%1 unter %2 ließ sich nicht ausführen (%3): Installieren Sie den PostgreSQL-Client neu.</translation>
    </message>
    <message>
        <source>%1 at %2 did not print a version: is it really PostgreSQL&apos;s %1?</source>
        <translation>%1 unter %2 hat keine Version ausgegeben: Ist es wirklich das %1 von PostgreSQL?</translation>
    </message>
    <message>
        <source>%1 is version %2 but the server is PostgreSQL %3: an older %1 cannot handle a newer server. Install postgresql-client-%3 or newer.</source>
        <translation>%1 hat Version %2, der Server ist aber PostgreSQL %3: Ein älteres %1 kann mit einem neueren Server nicht umgehen. Installieren Sie postgresql-client-%3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>PoolerGuard</name>
    <message>
        <source>Refused %1: this connection goes through a connection pooler such as PgBouncer (the server&apos;s backend pid is not the one the connection was given), and %1 needs one server session from start to end, which a transaction pooler hands to other clients between transactions (its lock and session settings would reach the application). Connect to the PostgreSQL server directly for this step (its own host and port, not the pooler&apos;s); inspecting through the pooler is safe.</source>
        <translation>Abgelehnt (%1): Diese Verbindung läuft über einen Verbindungspooler wie PgBouncer (die Backend-PID des Servers ist nicht die, die der Verbindung genannt wurde), und %1 braucht von Anfang bis Ende dieselbe Serversitzung, die ein Transaktionspooler zwischen Transaktionen an andere Clients weitergibt (Sperre und Sitzungseinstellungen würden die Anwendung erreichen). Verbinden Sie sich für diesen Schritt direkt mit dem PostgreSQL-Server (dessen eigener Host und Port, nicht der des Poolers); Prüfen über den Pooler ist sicher.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>No migration source is configured (a Django project or a SQL folder).</source>
        <translation>Es ist keine Migrationsquelle eingerichtet (ein Django-Projekt oder ein SQL-Ordner).</translation>
    </message>
    <message>
        <source>could not assess</source>
        <translation>Bewertung nicht möglich</translation>
    </message>
    <message>
        <source>nothing to migrate</source>
        <translation>nichts zu migrieren</translation>
    </message>
    <message numerus="yes">
        <source>%n pending, overall %1 (score %2)</source>
        <translation>
            <numerusform>%n ausstehend, insgesamt %1 (Bewertung %2)</numerusform>
            <numerusform>%n ausstehend, insgesamt %1 (Bewertung %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The runbook rates this %1 risk and estimates %2; read the assessment, plan the window and have the rollback ready.</source>
        <translation>Das Runbook bewertet dies als Risiko %1 und schätzt %2; lesen Sie die Bewertung, planen Sie das Wartungsfenster und halten Sie das Rollback bereit.</translation>
    </message>
    <message>
        <source>The migration source has problems: %1</source>
        <translation>Die Migrationsquelle hat Probleme: %1</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 about %2 (locked)</source>
        <translation>%1 etwa %2 (gesperrt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>keine Tabellen</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 seit %2: %3</translation>
    </message>
    <message>
        <source>%1 idle in transaction for %2</source>
        <translation>%1 seit %2 untätig in Transaktion</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. A migration&apos;s lock would queue behind them and every query after it behind the migration: let them finish or cancel them first.</source>
        <translation>%1. Die Sperre einer Migration würde sich hinter ihnen einreihen und jede spätere Abfrage hinter der Migration: Lassen Sie sie zu Ende laufen oder brechen Sie sie vorher ab.</translation>
    </message>
    <message>
        <source>%1 waits for %2 on %3</source>
        <translation>%1 wartet auf eine Sperre %2 auf %3</translation>
    </message>
    <message>
        <source>%1, blocked by %2</source>
        <translation>%1, blockiert von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Wait until the waits clear before starting: a migration would join the queue.</source>
        <translation>%1. Warten Sie, bis sich die Wartezustände aufgelöst haben, bevor Sie beginnen: Eine Migration würde sich in die Warteschlange einreihen.</translation>
    </message>
    <message>
        <source>No backup folder is chosen, so its free space was not checked.</source>
        <translation>Es ist kein Sicherungsordner gewählt, daher wurde sein freier Platz nicht geprüft.</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2 is a file, not a folder. Choose another backup folder.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner. Wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <source>not writable</source>
        <translation>nicht beschreibbar</translation>
    </message>
    <message>
        <source>The backup folder %1 is not writable (%2): fix its permissions or choose another folder.</source>
        <translation>Der Sicherungsordner %1 ist nicht beschreibbar (%2): Korrigieren Sie seine Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created in %2 (%3): fix the permissions or choose another folder.</source>
        <translation>Der Sicherungsordner %1 kann in %2 nicht angelegt werden (%3): Korrigieren Sie die Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 free in %2, but the dump&apos;s size cannot be estimated without the database.</source>
        <translation>%1 frei in %2, aber die Größe des Dumps lässt sich ohne die Datenbank nicht schätzen.</translation>
    </message>
    <message>
        <source>could not estimate</source>
        <translation>keine Schätzung möglich</translation>
    </message>
    <message>
        <source>%1 free, dump up to %2</source>
        <translation>%1 frei, Dump bis zu %2</translation>
    </message>
    <message>
        <source>Only %1 is free on %2 and the dump may take up to %3: free space or choose another backup folder.</source>
        <translation>Auf %2 sind nur %1 frei, und der Dump kann bis zu %3 groß werden: Schaffen Sie Platz oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <source>%1 free on %2 is less than twice the dump&apos;s estimated %3: anything else writing there could fill the disk during the backup.</source>
        <translation>%1 frei auf %2 ist weniger als das Doppelte der geschätzten Dump-Größe von %3: Alles andere, was dort schreibt, könnte die Festplatte während der Sicherung füllen.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>Ausführungsmodus</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Dry run: nothing will be changed; the plan and its SQL are shown.</source>
        <translation>Probelauf: Es wird nichts geändert; der Plan und sein SQL werden angezeigt.</translation>
    </message>
    <message>
        <source>live run on production</source>
        <translation>echter Lauf auf Produktion</translation>
    </message>
    <message>
        <source>Live run on production: the database name %1 must be typed to confirm before anything is changed.</source>
        <translation>Echter Lauf auf Produktion: Der Datenbankname %1 muss zur Bestätigung eingetippt werden, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>live run</source>
        <translation>echter Lauf</translation>
    </message>
    <message>
        <source>Live run: the pending migrations will be applied to %1.</source>
        <translation>Echter Lauf: Die ausstehenden Migrationen werden auf %1 angewendet.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>The database could not be reached (see Connection).</source>
        <translation>Die Datenbank war nicht erreichbar (siehe Verbindung).</translation>
    </message>
    <message>
        <source>Pending migrations and risk</source>
        <translation>Ausstehende Migrationen und Risiko</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>Largest tables</source>
        <translation>Größte Tabellen</translation>
    </message>
    <message>
        <source>Queries running over %1</source>
        <translation>Abfragen, die länger als %1 laufen</translation>
    </message>
    <message>
        <source>Ungranted locks</source>
        <translation>Nicht gewährte Sperren</translation>
    </message>
    <message>
        <source>Free disk for the backup</source>
        <translation>Freier Speicherplatz für die Sicherung</translation>
    </message>
    <message>
        <source>manage.py check</source>
        <translation>manage.py check</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2</source>
        <translation>PostgreSQL %1 als %2</translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <source>This is a production profile without a database name, so it cannot be confirmed: name the database in the profile.</source>
        <translation>Dies ist ein Produktionsprofil ohne Datenbanknamen, daher kann nicht bestätigt werden: Tragen Sie den Datenbanknamen im Profil ein.</translation>
    </message>
    <message>
        <source>This changes the production database %1: type its name to confirm (on the command line: --confirm %1).</source>
        <translation>Dies ändert die Produktionsdatenbank %1: Tippen Sie zur Bestätigung ihren Namen ein (auf der Kommandozeile: --confirm %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the name of the production database (%2): nothing was changed. Type the name exactly.</source>
        <translation>„%1“ ist nicht der Name der Produktionsdatenbank (%2): Es wurde nichts geändert. Tippen Sie den Namen genau ein.</translation>
    </message>
</context>
<context>
    <name>PythonExpressionParser</name>
    <message>
        <source>invalid syntax</source>
        <translation>ungültige Syntax</translation>
    </message>
    <message>
        <source>cannot mix bytes and nonbytes literals</source>
        <translation>Bytes- und Nicht-Bytes-Literale können nicht gemischt werden</translation>
    </message>
    <message>
        <source>keyword argument repeated: %1</source>
        <translation>Schlüsselwortargument wiederholt: %1</translation>
    </message>
    <message>
        <source>positional argument follows keyword argument</source>
        <translation>Positionsargument folgt auf Schlüsselwortargument</translation>
    </message>
</context>
<context>
    <name>PythonModule</name>
    <message>
        <source>unexpected indent</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected an indented block</source>
        <translation>eingerückter Block erwartet</translation>
    </message>
</context>
<context>
    <name>PythonSourceFile</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text, so Python cannot read it either.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text, daher kann auch Python sie nicht lesen.</translation>
    </message>
</context>
<context>
    <name>PythonTokenizer</name>
    <message>
        <source>unindent does not match any outer indentation level</source>
        <translation>Ausrückung passt zu keiner äußeren Einrückungsebene</translation>
    </message>
    <message>
        <source>unexpected end of file after line continuation character</source>
        <translation>unerwartetes Dateiende nach Zeilenfortsetzungszeichen</translation>
    </message>
    <message>
        <source>unexpected character after line continuation character</source>
        <translation>unerwartetes Zeichen nach Zeilenfortsetzungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; wurde nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes dreifach quotiertes String-Literal (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>unterminated string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes String-Literal (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>bytes can only contain ASCII literal characters</source>
        <translation>Bytes dürfen nur ASCII-Zeichen enthalten</translation>
    </message>
    <message>
        <source>truncated \xXX escape</source>
        <translation>abgeschnittene \xXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>truncated \uXXXX escape</source>
        <translation>abgeschnittene \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>illegal Unicode character</source>
        <translation>ungültiges Unicode-Zeichen</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos;</source>
        <translation>ungültiges Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unmatched &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ohne Gegenstück</translation>
    </message>
    <message>
        <source>closing bracket &apos;%1&apos; does not match &apos;%2&apos; opened on line %3</source>
        <translation>schließende Klammer &apos;%1&apos; passt nicht zu &apos;%2&apos; aus Zeile %3</translation>
    </message>
    <message>
        <source>too many nested parentheses (Python allows %1)</source>
        <translation>zu viele verschachtelte Klammern (Python erlaubt %1)</translation>
    </message>
    <message>
        <source>unterminated f-string: a replacement field is never closed</source>
        <translation>nicht abgeschlossener f-String: ein Ersetzungsfeld wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated string literal inside an f-string&apos;s replacement field</source>
        <translation>nicht abgeschlossenes String-Literal im Ersetzungsfeld eines f-Strings</translation>
    </message>
</context>
<context>
    <name>RecordedAssessment</name>
    <message>
        <source>Assessing %1 against %2.</source>
        <translation>%1 wird für %2 bewertet.</translation>
    </message>
</context>
<context>
    <name>RecordedRun</name>
    <message>
        <source>%1@%2, who typed %3</source>
        <translation>%1@%2, hat %3 eingetippt</translation>
    </message>
    <message numerus="yes">
        <source>Schema changes made by this run: %n.</source>
        <translation>
            <numerusform>Schemaänderungen durch diesen Lauf: %n.</numerusform>
            <numerusform>Schemaänderungen durch diesen Lauf: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema snapshot %1 the run is not in the history: %2</source>
        <translation>Der Schema-Snapshot %1 dem Lauf fehlt im Verlauf: %2</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>The run is not mirrored to %1: the local history does not have it (%2).</source>
        <translation>Der Lauf ist nicht nach %1 gespiegelt: Der lokale Verlauf enthält ihn nicht (%2).</translation>
    </message>
    <message>
        <source>The run is mirrored into %1 (%2) for reviewers on other machines.</source>
        <translation>Der Lauf ist nach %1 (%2) gespiegelt, für Prüfer auf anderen Rechnern.</translation>
    </message>
    <message>
        <source>The run is not mirrored while it runs: %1</source>
        <translation>Der Lauf wird nicht gespiegelt, solange er läuft: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>migdesk run %1</source>
        <translation>migdesk-Lauf %1</translation>
    </message>
    <message>
        <source>migdesk runs</source>
        <translation>migdesk-Läufe</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>pg_restore cannot read %1</source>
        <translation>pg_restore kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>pg_restore was stopped</source>
        <translation>pg_restore wurde gestoppt</translation>
    </message>
    <message>
        <source>pg_restore at %1 did not start: %2</source>
        <translation>pg_restore unter %1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pg_restore failed with exit code %1</source>
        <translation>pg_restore ist mit Exit-Code %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 is a plain SQL dump, which pg_restore cannot read: restore it by hand with psql, or choose the custom or directory-format backup beside it.</source>
        <translation>%1 ist ein reiner SQL-Dump, den pg_restore nicht lesen kann: Stellen Sie ihn von Hand mit psql wieder her oder wählen Sie die Sicherung im Custom- oder Verzeichnisformat daneben.</translation>
    </message>
    <message>
        <source>The restore was cancelled while the backup was checked; the database was not touched.</source>
        <translation>Die Wiederherstellung wurde während der Prüfung der Sicherung abgebrochen; die Datenbank wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Refused before touching the database: %1</source>
        <translation>Abgelehnt, bevor die Datenbank angetastet wurde: %1</translation>
    </message>
    <message>
        <source>The backup was taken of %1 and is restored into %2.</source>
        <translation>Die Sicherung wurde von %1 erstellt und wird in %2 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>A parallel restore (%n job(s)) is not atomic: if it fails or is cancelled part way, the database is left partly restored.</source>
        <translation>
            <numerusform>Eine parallele Wiederherstellung (%n Job) ist nicht atomar: Schlägt sie fehl oder wird sie mittendrin abgebrochen, bleibt die Datenbank teilweise wiederhergestellt.</numerusform>
            <numerusform>Eine parallele Wiederherstellung (%n Jobs) ist nicht atomar: Schlägt sie fehl oder wird sie mittendrin abgebrochen, bleibt die Datenbank teilweise wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 (taken %2) into %3 in %4.</source>
        <translation>%1 (erstellt %2) in %3 wiederhergestellt, Dauer %4.</translation>
    </message>
    <message>
        <source>The restore was cancelled; it ran in one transaction, so %1 is as it was before.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; sie lief in einer Transaktion, daher ist %1 wie vorher.</translation>
    </message>
    <message>
        <source>The restore was cancelled part way; a parallel restore is not atomic, so %1 is partly restored: restore again before using it.</source>
        <translation>Die Wiederherstellung wurde mittendrin abgebrochen; eine parallele Wiederherstellung ist nicht atomar, daher ist %1 teilweise wiederhergestellt: Stellen Sie erneut wieder her, bevor Sie die Datenbank verwenden.</translation>
    </message>
    <message>
        <source>%1; it ran in one transaction, so %2 was left as it was: fix the cause and restore again.</source>
        <translation>%1; sie lief in einer Transaktion, daher blieb %2 unverändert: Beheben Sie die Ursache und stellen Sie erneut wieder her.</translation>
    </message>
    <message>
        <source>%1; a parallel restore is not atomic, so %2 may be partly restored: fix the cause and restore again, or restore with one job.</source>
        <translation>%1; eine parallele Wiederherstellung ist nicht atomar, daher ist %2 womöglich teilweise wiederhergestellt: Beheben Sie die Ursache und stellen Sie erneut wieder her, oder stellen Sie mit einem Job wieder her.</translation>
    </message>
    <message>
        <source>psql or pg_restore did not start: %1 %2</source>
        <translation>psql oder pg_restore ist nicht gestartet: %1 %2</translation>
    </message>
    <message>
        <source>psql exit code %1</source>
        <translation>psql-Exit-Code %1</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>die Wiederherstellung</translation>
    </message>
    <message>
        <source>In one transaction, committed only once pg_restore has exited 0: %1 then the backup.</source>
        <translation>In einer Transaktion, die erst festgeschrieben wird, wenn pg_restore mit 0 beendet ist: %1, dann die Sicherung.</translation>
    </message>
    <message>
        <source>pg_restore was killed before the end of the backup</source>
        <translation>pg_restore wurde vor dem Ende der Sicherung beendet</translation>
    </message>
    <message>
        <source>pg_restore exit code %1</source>
        <translation>pg_restore-Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>RollbackStep</name>
    <message>
        <source>Pending again after the rollback, as intended.</source>
        <translation>Nach dem Rollback wie beabsichtigt wieder ausstehend.</translation>
    </message>
    <message>
        <source>Every check passed; the rolled-back migrations are pending again.</source>
        <translation>Alle Prüfungen bestanden; die zurückgerollten Migrationen stehen wieder aus.</translation>
    </message>
    <message>
        <source>Check every file of %1 against the SHA-256 in its metadata and read it with pg_restore --list; a corrupt or cut-short backup is refused and nothing is changed.</source>
        <translation>Jede Datei von %1 mit der SHA-256 aus ihren Metadaten abgleichen und mit pg_restore --list lesen; eine beschädigte oder abgeschnittene Sicherung wird abgelehnt, und es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Take a pre-rollback backup of %1 into %2, so that the rollback itself can be undone.</source>
        <translation>Eine Sicherung von %1 vor dem Rollback nach %2 erstellen, damit sich das Rollback selbst rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Restore it with pg_restore --clean --if-exists and %1 parallel jobs: every object in the backup is dropped and recreated. A parallel restore is not one transaction: if it fails part-way, restore again.</source>
        <translation>Sie mit pg_restore --clean --if-exists und %1 parallelen Jobs wiederherstellen: Jedes Objekt der Sicherung wird gelöscht und neu angelegt. Eine parallele Wiederherstellung ist keine einzelne Transaktion: Schlägt sie mittendrin fehl, stellen Sie erneut wieder her.</translation>
    </message>
    <message>
        <source>Restore it in one transaction: drop every user schema with what it contains, then load the backup through psql --single-transaction. The database ends exactly as the backup was, and a failure leaves it as it was.</source>
        <translation>Sie in einer Transaktion wiederherstellen: Jedes Benutzerschema mit seinem Inhalt löschen, dann die Sicherung mit psql --single-transaction laden. Die Datenbank ist danach genau im Zustand der Sicherung, und ein Fehler lässt sie unverändert.</translation>
    </message>
    <message>
        <source>Data written since the backup was taken is lost (it stays in the pre-rollback backup).</source>
        <translation>Daten, die seit dem Erstellen der Sicherung geschrieben wurden, gehen verloren (sie bleiben in der Sicherung vor dem Rollback erhalten).</translation>
    </message>
    <message>
        <source>Migrating backwards is not possible: %1</source>
        <translation>Rückwärts migrieren ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to migrate backwards: no applied migration matches.</source>
        <translation>Nichts rückwärts zu migrieren: Keine angewendete Migration passt.</translation>
    </message>
    <message>
        <source>Migrate %1 backwards from %2 to %3.</source>
        <translation>%1 rückwärts von %2 auf %3 migrieren.</translation>
    </message>
    <message>
        <source>Run the verification again (pending migrations are expected afterwards).</source>
        <translation>Die Verifikation erneut ausführen (ausstehende Migrationen sind danach zu erwarten).</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Wählen Sie die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Rollback step 1: checking the backup %1 before anything else.</source>
        <translation>Rollback-Schritt 1: Die Sicherung %1 wird vor allem anderen geprüft.</translation>
    </message>
    <message>
        <source>The backup was refused and nothing was changed: %1</source>
        <translation>Die Sicherung wurde abgelehnt, und es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The backup is of database %1, not %2: nothing was changed. Choose a backup of %2.</source>
        <translation>Die Sicherung stammt von der Datenbank %1, nicht von %2: Es wurde nichts geändert. Wählen Sie eine Sicherung von %2.</translation>
    </message>
    <message>
        <source>Choose a folder for the pre-rollback backup: a rollback is never run without one.</source>
        <translation>Wählen Sie einen Ordner für die Sicherung vor dem Rollback: Ein Rollback läuft nie ohne sie.</translation>
    </message>
    <message>
        <source>Rollback step 2: pre-rollback backup.</source>
        <translation>Rollback-Schritt 2: Sicherung vor dem Rollback.</translation>
    </message>
    <message>
        <source>The pre-rollback backup did not complete, so nothing was rolled back: %1</source>
        <translation>Die Sicherung vor dem Rollback wurde nicht abgeschlossen, daher wurde nichts zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Cancelled after the pre-rollback backup: nothing was rolled back.</source>
        <translation>Nach der Sicherung vor dem Rollback abgebrochen: Es wurde nichts zurückgerollt.</translation>
    </message>
    <message>
        <source>Rollback step 3: restoring %1.</source>
        <translation>Rollback-Schritt 3: %1 wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Rollback step 3: migrating backwards.</source>
        <translation>Rollback-Schritt 3: Rückwärtsmigration.</translation>
    </message>
    <message>
        <source>The rollback did not complete: %1 The pre-rollback backup is %2.</source>
        <translation>Das Rollback wurde nicht abgeschlossen: %1 Die Sicherung vor dem Rollback ist %2.</translation>
    </message>
    <message>
        <source>Rollback step 4: verifying.</source>
        <translation>Rollback-Schritt 4: Verifikation.</translation>
    </message>
    <message>
        <source>Rolled back, but the verification found problems: %1</source>
        <translation>Zurückgerollt, aber die Verifikation hat Probleme gefunden: %1</translation>
    </message>
    <message>
        <source>Restored %1 and verified.</source>
        <translation>%1 wiederhergestellt und verifiziert.</translation>
    </message>
    <message>
        <source>Migrated backwards and verified.</source>
        <translation>Rückwärts migriert und verifiziert.</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <source>Cannot create the folder for the run log %1. Check that it is writable.</source>
        <translation>Der Ordner für das Lauf-Log %1 kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the run log %1: %2.</source>
        <translation>Das Lauf-Log %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>%1 run on %2</source>
        <translation>%1-Lauf auf %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Production confirmed by</source>
        <translation>Produktion bestätigt von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>WAL position before migrating</source>
        <translation>WAL-Position vor der Migration</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>read from the target database&apos;s mirror</source>
        <translation>aus dem Spiegel der Zieldatenbank gelesen</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Run uuid</source>
        <translation>Lauf-UUID</translation>
    </message>
    <message>
        <source>Step durations</source>
        <translation>Dauer der Schritte</translation>
    </message>
    <message>
        <source>Runs and applied migrations per day</source>
        <translation>Läufe und angewendete Migrationen pro Tag</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>applied migrations</source>
        <translation>angewendete Migrationen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied migration(s)</source>
        <translation>
            <numerusform>%n angewendete Migration</numerusform>
            <numerusform>%n angewendete Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No steps recorded.</source>
        <translation>Keine Schritte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Lock wait</source>
        <translation>Sperrwartezeit</translation>
    </message>
    <message>
        <source>Most blocked</source>
        <translation>Max. blockiert</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>SQL of</source>
        <translation>SQL von</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check or rule</source>
        <translation>Prüfung oder Regel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Nothing was logged.</source>
        <translation>Es wurde nichts protokolliert.</translation>
    </message>
    <message>
        <source>Written by migdesk on %1.</source>
        <translation>Von migdesk am %1 geschrieben.</translation>
    </message>
    <message>
        <source>migdesk runs from %1 to %2</source>
        <translation>migdesk-Läufe vom %1 bis %2</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>migdesk runs</source>
        <translation>migdesk-Läufe</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>Keine Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 failed.</source>
        <translation>
            <numerusform>%n Lauf, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Läufe, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Applied migrations</source>
        <translation>Angewendete Migrationen</translation>
    </message>
    <message>
        <source>Time in runs</source>
        <translation>Zeit in Läufen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Table sizes before and after</source>
        <translation>Tabellengrößen vorher und nachher</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller table(s) in the JSON report.</source>
        <translation>
            <numerusform>%n weitere, kleinere Tabelle steht im JSON-Bericht.</numerusform>
            <numerusform>%n weitere, kleinere Tabellen stehen im JSON-Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements of</source>
        <translation>Anweisungen von</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>Run log: %1</source>
        <translation>Lauf-Log: %1</translation>
    </message>
    <message>
        <source>Outcome: **%1** in %2</source>
        <translation>Ergebnis: **%1** in %2</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Run log: `%1`</source>
        <translation>Lauf-Log: `%1`</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: %2. Choose another folder.</source>
        <translation>Der Bericht kann nicht unter %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>RunbookScore</name>
    <message>
        <source>&lt; 1 minute</source>
        <translation>&lt; 1 Minute</translation>
    </message>
    <message>
        <source>1-5 minutes</source>
        <translation>1–5 Minuten</translation>
    </message>
    <message>
        <source>5-30 minutes</source>
        <translation>5–30 Minuten</translation>
    </message>
    <message>
        <source>30+ minutes</source>
        <translation>30+ Minuten</translation>
    </message>
    <message>
        <source>Consider zero-downtime migration strategies</source>
        <translation>Zero-Downtime-Migrationsstrategien erwägen</translation>
    </message>
    <message>
        <source>Safe to apply during normal maintenance window</source>
        <translation>Im normalen Wartungsfenster sicher anwendbar</translation>
    </message>
    <message>
        <source>Minimal downtime expected</source>
        <translation>Minimale Ausfallzeit erwartet</translation>
    </message>
    <message>
        <source>Schedule during low-traffic period</source>
        <translation>In einer verkehrsarmen Zeit einplanen</translation>
    </message>
    <message>
        <source>Prepare rollback plan</source>
        <translation>Rollback-Plan vorbereiten</translation>
    </message>
    <message>
        <source>Consider extended maintenance window</source>
        <translation>Erweitertes Wartungsfenster erwägen</translation>
    </message>
    <message>
        <source>HIGH RISK: Plan carefully</source>
        <translation>HOHES RISIKO: Sorgfältig planen</translation>
    </message>
    <message>
        <source>Test thoroughly in staging environment</source>
        <translation>Gründlich in der Staging-Umgebung testen</translation>
    </message>
    <message>
        <source>Prepare detailed rollback procedures</source>
        <translation>Detaillierte Rollback-Verfahren vorbereiten</translation>
    </message>
    <message>
        <source>Consider breaking into smaller migrations</source>
        <translation>Aufteilung in kleinere Migrationen erwägen</translation>
    </message>
    <message>
        <source>Schedule during extended maintenance window</source>
        <translation>In einem erweiterten Wartungsfenster einplanen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Dangerous</source>
        <translation>Gefährlich</translation>
    </message>
    <message>
        <source>Schema-only</source>
        <translation>Nur Schema</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Additiv</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destruktiv</translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <source>new table</source>
        <translation>neue Tabelle</translation>
    </message>
    <message>
        <source>new join table</source>
        <translation>neue Verknüpfungstabelle</translation>
    </message>
    <message>
        <source>new database objects</source>
        <translation>neue Datenbankobjekte</translation>
    </message>
    <message>
        <source>nullable column</source>
        <translation>NULL-fähige Spalte</translation>
    </message>
    <message>
        <source>concurrent index</source>
        <translation>Index mit CONCURRENTLY</translation>
    </message>
    <message>
        <source>constraint not validated</source>
        <translation>nicht geprüfte Einschränkung</translation>
    </message>
    <message>
        <source>validation that lets writes continue</source>
        <translation>Prüfung, bei der Schreibzugriffe weiterlaufen</translation>
    </message>
    <message>
        <source>no change to existing rows</source>
        <translation>keine Änderung an bestehenden Zeilen</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>Umbenennung</translation>
    </message>
    <message>
        <source>NOT NULL column with a default</source>
        <translation>Spalte mit NOT NULL und Vorgabewert</translation>
    </message>
    <message>
        <source>drop index</source>
        <translation>Löschen eines Index</translation>
    </message>
    <message>
        <source>compatible type change</source>
        <translation>kompatible Typänderung</translation>
    </message>
    <message>
        <source>index build that blocks writes</source>
        <translation>Indexaufbau, der Schreibzugriffe blockiert</translation>
    </message>
    <message>
        <source>constraint validated under lock</source>
        <translation>unter Sperre geprüfte Einschränkung</translation>
    </message>
    <message>
        <source>drop constraint</source>
        <translation>Löschen einer Einschränkung</translation>
    </message>
    <message>
        <source>not rated by the runbook</source>
        <translation>vom Runbook nicht bewertet</translation>
    </message>
    <message>
        <source>drop column</source>
        <translation>Löschen einer Spalte</translation>
    </message>
    <message>
        <source>drop table</source>
        <translation>Löschen einer Tabelle</translation>
    </message>
    <message>
        <source>drop of database objects</source>
        <translation>Löschen von Datenbankobjekten</translation>
    </message>
    <message>
        <source>incompatible type change</source>
        <translation>inkompatible Typänderung</translation>
    </message>
    <message>
        <source>large data migration</source>
        <translation>große Datenmigration</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Eindeutigkeitseinschränkung</translation>
    </message>
    <message>
        <source>NOT NULL column without a default</source>
        <translation>Spalte mit NOT NULL ohne Vorgabewert</translation>
    </message>
    <message>
        <source>SQL that cannot be read</source>
        <translation>nicht lesbares SQL</translation>
    </message>
    <message>
        <source>table emptied</source>
        <translation>Tabelle geleert</translation>
    </message>
    <message>
        <source>procedural code</source>
        <translation>prozeduraler Code</translation>
    </message>
</context>
<context>
    <name>SchemaCapture</name>
    <message>
        <source>before the run</source>
        <translation>vor dem Lauf</translation>
    </message>
    <message>
        <source>after the run</source>
        <translation>nach dem Lauf</translation>
    </message>
    <message>
        <source>The schema %1 was not recorded for the history: %2</source>
        <translation>Das Schema %1 wurde nicht für den Verlauf aufgezeichnet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema %1 recorded for the history: %n table(s).</source>
        <translation>
            <numerusform>Schema %1 für den Verlauf aufgezeichnet: %n Tabelle.</numerusform>
            <numerusform>Schema %1 für den Verlauf aufgezeichnet: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table sizes %1 were not recorded for the history: %2</source>
        <translation>Die Tabellengrößen %1 wurden nicht für den Verlauf aufgezeichnet: %2</translation>
    </message>
</context>
<context>
    <name>SchemaChange</name>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Eindeutigkeitseinschränkung</translation>
    </message>
    <message>
        <source>exclusion constraint</source>
        <translation>Ausschlusseinschränkung</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>Check-Einschränkung</translation>
    </message>
    <message>
        <source>Added table %1 (%2).</source>
        <translation>Tabelle %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Dropped table %1 (%2).</source>
        <translation>Tabelle %1 gelöscht (%2).</translation>
    </message>
    <message>
        <source>Attached table %1 as a partition of %2.</source>
        <translation>Tabelle %1 als Partition von %2 angehängt.</translation>
    </message>
    <message>
        <source>Detached table %1 from %2: it is a table of its own now.</source>
        <translation>Tabelle %1 von %2 abgehängt: Sie ist jetzt eine eigenständige Tabelle.</translation>
    </message>
    <message>
        <source>Table %1 is now a partition of %2 (was of %3).</source>
        <translation>Tabelle %1 ist jetzt eine Partition von %2 (vorher von %3).</translation>
    </message>
    <message>
        <source>Added column %1 (%2).</source>
        <translation>Spalte %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Dropped column %1 (%2).</source>
        <translation>Spalte %1 gelöscht (%2).</translation>
    </message>
    <message>
        <source>Changed the type of column %1 from %2 to %3.</source>
        <translation>Typ der Spalte %1 von %2 in %3 geändert.</translation>
    </message>
    <message>
        <source>Column %1 now allows NULL.</source>
        <translation>Spalte %1 erlaubt jetzt NULL.</translation>
    </message>
    <message>
        <source>Made column %1 NOT NULL.</source>
        <translation>Spalte %1 auf NOT NULL gesetzt.</translation>
    </message>
    <message>
        <source>Set the default of column %1 to %2.</source>
        <translation>Standardwert der Spalte %1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Dropped the default of column %1 (was %2).</source>
        <translation>Standardwert der Spalte %1 entfernt (war %2).</translation>
    </message>
    <message>
        <source>Changed the default of column %1 from %2 to %3.</source>
        <translation>Standardwert der Spalte %1 von %2 in %3 geändert.</translation>
    </message>
    <message>
        <source>Added index %1 on %2, but it is invalid and queries do not use it (a failed CREATE INDEX CONCURRENTLY leaves it so): %3. Drop it and create it again.</source>
        <translation>Index %1 auf %2 hinzugefügt, aber er ist ungültig und Abfragen verwenden ihn nicht (ein fehlgeschlagenes CREATE INDEX CONCURRENTLY hinterlässt ihn so): %3. Löschen Sie ihn und legen Sie ihn neu an.</translation>
    </message>
    <message>
        <source>Added index %1 on %2: %3.</source>
        <translation>Index %1 auf %2 hinzugefügt: %3.</translation>
    </message>
    <message>
        <source>Dropped index %1 on %2.</source>
        <translation>Index %1 auf %2 gelöscht.</translation>
    </message>
    <message>
        <source>Index %1 on %2 is now valid.</source>
        <translation>Index %1 auf %2 ist jetzt gültig.</translation>
    </message>
    <message>
        <source>Index %1 on %2 is now invalid: queries do not use it (a failed CREATE INDEX CONCURRENTLY leaves it so). Drop it and create it again.</source>
        <translation>Index %1 auf %2 ist jetzt ungültig: Abfragen verwenden ihn nicht (ein fehlgeschlagenes CREATE INDEX CONCURRENTLY hinterlässt ihn so). Löschen Sie ihn und legen Sie ihn neu an.</translation>
    </message>
    <message>
        <source>Changed index %1 on %2 from %3 to %4.</source>
        <translation>Index %1 auf %2 von %3 in %4 geändert.</translation>
    </message>
    <message>
        <source>Added %1 %2 on %3: %4.</source>
        <translation>%1 %2 auf %3 hinzugefügt: %4.</translation>
    </message>
    <message>
        <source>Dropped %1 %2 on %3.</source>
        <translation>%1 %2 auf %3 gelöscht.</translation>
    </message>
    <message>
        <source>Validated %1 %2 on %3: existing rows now satisfy it.</source>
        <translation>%1 %2 auf %3 validiert: Die vorhandenen Zeilen erfüllen sie jetzt.</translation>
    </message>
    <message>
        <source>The %1 %2 on %3 is NOT VALID now: existing rows are not checked.</source>
        <translation>%1 %2 auf %3 ist jetzt NOT VALID: Vorhandene Zeilen werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Changed %1 %2 on %3 from %4 to %5.</source>
        <translation>%1 %2 auf %3 von %4 in %5 geändert.</translation>
    </message>
    <message>
        <source>partition of %1</source>
        <translation>Partition von %1</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>No session is selected.</source>
        <translation>Es ist keine Sitzung ausgewählt.</translation>
    </message>
    <message>
        <source>Refused: the action was not confirmed.</source>
        <translation>Abgelehnt: Die Aktion wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Refused: on production, type the database name &apos;%1&apos; to confirm.</source>
        <translation>Abgelehnt: Geben Sie in der Produktion zur Bestätigung den Datenbanknamen &apos;%1&apos; ein.</translation>
    </message>
    <message>
        <source>Permission denied: only a superuser, a member of pg_signal_backend or the session&apos;s own role may signal backend %1.</source>
        <translation>Zugriff verweigert: Nur ein Superuser, ein Mitglied von pg_signal_backend oder die eigene Rolle der Sitzung darf dem Backend %1 ein Signal senden.</translation>
    </message>
    <message>
        <source>Backend %1 no longer exists; nothing was sent.</source>
        <translation>Backend %1 existiert nicht mehr; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancel request sent to backend %1.</source>
        <translation>Abbruchanforderung an Backend %1 gesendet.</translation>
    </message>
    <message>
        <source>Backend %1 was told to terminate.</source>
        <translation>Backend %1 wurde zum Beenden aufgefordert.</translation>
    </message>
    <message>
        <source>Refused: the start time of backend %1 is unknown, so migdesk cannot be sure it is still the session you confirmed. Refresh and try again.</source>
        <translation>Abgelehnt: Die Startzeit von Backend %1 ist unbekannt, daher kann migdesk nicht sicher sein, dass es noch die bestätigte Sitzung ist. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Backend %1 is no longer the session you confirmed: it ended, and the pid may belong to another session now. Nothing was sent; refresh and look again.</source>
        <translation>Backend %1 ist nicht mehr die bestätigte Sitzung: Sie wurde beendet, und die PID gehört jetzt womöglich einer anderen Sitzung. Es wurde nichts gesendet; aktualisieren Sie und sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>SmokeQueryFile</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the smoke-query file %1: %2. Check the path.</source>
        <translation>Die Datei mit Smoke-Abfragen %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; has no &quot;-- expect:&quot; line; add one with the value its first column must read, such as &quot;-- expect: t&quot;.</source>
        <translation>die Abfrage „%1“ hat keine Zeile „-- expect:“; fügen Sie eine mit dem Wert hinzu, den ihre erste Spalte liefern muss, etwa „-- expect: t“.</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; does not parse: %2.</source>
        <translation>die Abfrage „%1“ lässt sich nicht parsen: %2.</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; has no SQL below its name.</source>
        <translation>die Abfrage „%1“ hat kein SQL unter ihrem Namen.</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; has a second statement; a smoke query is one statement, so start another with &quot;-- name:&quot;.</source>
        <translation>die Abfrage „%1“ hat eine zweite Anweisung; eine Smoke-Abfrage ist eine einzige Anweisung, beginnen Sie also eine weitere mit „-- name:“.</translation>
    </message>
    <message>
        <source>&quot;-- name:&quot; needs a name that says what the query checks.</source>
        <translation>„-- name:“ braucht einen Namen, der sagt, was die Abfrage prüft.</translation>
    </message>
    <message>
        <source>a second query is named &quot;%1&quot;; give each a name of its own.</source>
        <translation>eine zweite Abfrage heißt „%1“; geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <source>&quot;-- expect:&quot; comes before any &quot;-- name:&quot; line.</source>
        <translation>„-- expect:“ steht vor jeder Zeile „-- name:“.</translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; already expects &quot;%2&quot; (line %3); keep one &quot;-- expect:&quot; line.</source>
        <translation>die Abfrage „%1“ erwartet bereits „%2“ (Zeile %3); behalten Sie eine Zeile „-- expect:“.</translation>
    </message>
    <message>
        <source>&quot;-- expect:&quot; needs the value the first column must read, such as &quot;t&quot; or &quot;42&quot;.</source>
        <translation>„-- expect:“ braucht den Wert, den die erste Spalte liefern muss, etwa „t“ oder „42“.</translation>
    </message>
    <message>
        <source>SQL before the first &quot;-- name:&quot; line; every query starts with its name.</source>
        <translation>SQL vor der ersten Zeile „-- name:“; jede Abfrage beginnt mit ihrem Namen.</translation>
    </message>
    <message>
        <source>%1 has no smoke queries: each starts with a &quot;-- name:&quot; line, then &quot;-- expect:&quot; and its SQL.</source>
        <translation>%1 enthält keine Smoke-Abfragen: Jede beginnt mit einer Zeile „-- name:“, dann „-- expect:“ und ihr SQL.</translation>
    </message>
</context>
<context>
    <name>SqlFolderApplier</name>
    <message>
        <source>%1 ran, but recording it in %2 failed: %3</source>
        <translation>%1 wurde ausgeführt, aber das Eintragen in %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Version %1 is already applied (%2, on %3).</source>
        <translation>Version %1 ist bereits angewendet (%2, am %3).</translation>
    </message>
    <message>
        <source>Another migdesk session is applying migrations to this database; try again when it has finished.</source>
        <translation>Eine andere migdesk-Sitzung wendet gerade Migrationen auf diese Datenbank an; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Version %1 is not applied, so %2 has nothing to undo.</source>
        <translation>Version %1 ist nicht angewendet, daher hat %2 nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 was not read yet (over %2): plan it first, which reads it.</source>
        <translation>%1 wurde noch nicht gelesen (über %2): planen Sie es zuerst, dabei wird es gelesen.</translation>
    </message>
</context>
<context>
    <name>SqlFolderHistory</name>
    <message>
        <source>Version %1 is already recorded as applied in %2.</source>
        <translation>Version %1 ist in %2 bereits als angewendet verzeichnet.</translation>
    </message>
    <message>
        <source>Version %1 is not recorded as applied in %2.</source>
        <translation>Version %1 ist in %2 nicht als angewendet verzeichnet.</translation>
    </message>
</context>
<context>
    <name>SqlFolderSource</name>
    <message>
        <source>%1 has the same version (%2) as %3; rename one of them, none of them runs until then.</source>
        <translation>%1 hat dieselbe Version (%2) wie %3; benennen Sie eine der beiden Dateien um, bis dahin läuft keine von ihnen.</translation>
    </message>
    <message>
        <source>The migration folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 undoes version %2, but the folder has no V file of that version.</source>
        <translation>%1 macht Version %2 rückgängig, aber der Ordner enthält keine V-Datei dieser Version.</translation>
    </message>
    <message>
        <source>%1 is a repeatable migration (R__), which migdesk does not run.</source>
        <translation>%1 ist eine wiederholbare Migration (R__), die migdesk nicht ausführt.</translation>
    </message>
    <message>
        <source>%1 is not named like a migration: expected V&lt;version&gt;__&lt;description&gt;.sql or U&lt;version&gt;__&lt;description&gt;.sql, such as V1.1__add_invoice_index.sql.</source>
        <translation>%1 ist nicht wie eine Migration benannt: erwartet wird V&lt;version&gt;__&lt;description&gt;.sql oder U&lt;version&gt;__&lt;description&gt;.sql, etwa V1.1__add_invoice_index.sql.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 failed when it was applied on %2; it is pending again.</source>
        <translation>%1 ist beim Anwenden am %2 fehlgeschlagen und steht wieder aus.</translation>
    </message>
    <message>
        <source>%1 was applied on %2 but is no longer in the folder.</source>
        <translation>%1 wurde am %2 angewendet, liegt aber nicht mehr im Ordner.</translation>
    </message>
    <message>
        <source>%1 changed after it was applied on %2 (checksum %3 recorded, %4 now).</source>
        <translation>%1 wurde nach dem Anwenden am %2 geändert (verzeichnete Prüfsumme %3, jetzt %4).</translation>
    </message>
    <message>
        <source>%1 is older than version %2, which is already applied; it will run out of order.</source>
        <translation>%1 ist älter als die bereits angewendete Version %2; die Datei läuft außer der Reihe.</translation>
    </message>
    <message>
        <source>%1 changed after migdesk read the folder; read it again before running anything.</source>
        <translation>%1 hat sich geändert, nachdem migdesk den Ordner gelesen hat; lesen Sie ihn erneut, bevor etwas ausgeführt wird.</translation>
    </message>
</context>
<context>
    <name>SqlLintRules</name>
    <message>
        <source>Dropping database %1 deletes all of its data for good.</source>
        <translation>Das Löschen der Datenbank %1 entfernt alle ihre Daten endgültig.</translation>
    </message>
    <message>
        <source>Take and verify a backup first and drop databases by hand, never from a migration.</source>
        <translation>Erstellen und prüfen Sie zuerst eine Sicherung und löschen Sie Datenbanken von Hand, nie aus einer Migration.</translation>
    </message>
    <message>
        <source>TRUNCATE ... CASCADE also empties every table that references these tables through foreign keys, recursively.</source>
        <translation>TRUNCATE ... CASCADE leert außerdem rekursiv jede Tabelle, die über Fremdschlüssel auf diese Tabellen verweist.</translation>
    </message>
    <message>
        <source>Remove CASCADE and list exactly the tables to empty in the TRUNCATE.</source>
        <translation>Entfernen Sie CASCADE und führen Sie im TRUNCATE genau die zu leerenden Tabellen auf.</translation>
    </message>
    <message>
        <source>Constraints on a domain are hard to change later: altering them checks every column of every table that uses the domain.</source>
        <translation>Einschränkungen einer Domäne sind später schwer zu ändern: Jede Änderung prüft jede Spalte jeder Tabelle, die die Domäne verwendet.</translation>
    </message>
    <message>
        <source>Create the domain without constraints and put CHECK constraints on the table columns instead.</source>
        <translation>Legen Sie die Domäne ohne Einschränkungen an und setzen Sie stattdessen CHECK-Einschränkungen auf die Tabellenspalten.</translation>
    </message>
    <message>
        <source>Adding a constraint to domain %1 checks every column of every table using it while holding locks on those tables.</source>
        <translation>Das Hinzufügen einer Einschränkung zur Domäne %1 prüft jede Spalte jeder Tabelle, die sie verwendet, und hält dabei Sperren auf diesen Tabellen.</translation>
    </message>
    <message>
        <source>Add CHECK constraints to the table columns as NOT VALID and VALIDATE them in a separate transaction instead.</source>
        <translation>Fügen Sie stattdessen CHECK-Einschränkungen als NOT VALID zu den Tabellenspalten hinzu und prüfen Sie sie mit VALIDATE in einer separaten Transaktion.</translation>
    </message>
    <message>
        <source>ADD VALUE &apos;%1&apos; without BEFORE or AFTER appends it to the end of the enum, which may not be the order you want.</source>
        <translation>ADD VALUE &apos;%1&apos; ohne BEFORE oder AFTER hängt den Wert ans Ende des Enums an, was möglicherweise nicht die gewünschte Reihenfolge ist.</translation>
    </message>
    <message>
        <source>Say where the value belongs: ALTER TYPE ... ADD VALUE &apos;%1&apos; BEFORE &apos;existing_value&apos; (or AFTER).</source>
        <translation>Geben Sie an, wohin der Wert gehört: ALTER TYPE ... ADD VALUE &apos;%1&apos; BEFORE &apos;existing_value&apos; (oder AFTER).</translation>
    </message>
    <message>
        <source>REINDEX without CONCURRENTLY blocks writes to the table and reads that use the index while the index is rebuilt.</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf die Tabelle und Lesezugriffe über den Index, solange der Index neu aufgebaut wird.</translation>
    </message>
    <message>
        <source>REINDEX ... CONCURRENTLY outside a transaction (atomic = False in Django).</source>
        <translation>REINDEX ... CONCURRENTLY außerhalb einer Transaktion (atomic = False in Django).</translation>
    </message>
    <message>
        <source>VACUUM FULL rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes.</source>
        <translation>VACUUM FULL schreibt die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE um und blockiert bis zum Ende alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Use pg_repack (or pg_squeeze) to rebuild the table online, or a plain VACUUM to make the space reusable.</source>
        <translation>Verwenden Sie pg_repack (oder pg_squeeze), um die Tabelle im laufenden Betrieb neu aufzubauen, oder ein einfaches VACUUM, um den Platz wiederverwendbar zu machen.</translation>
    </message>
    <message>
        <source>CLUSTER rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes.</source>
        <translation>CLUSTER schreibt die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE um und blockiert bis zum Ende alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Use pg_repack --order-by to reorder the table online.</source>
        <translation>Verwenden Sie pg_repack --order-by, um die Tabelle im laufenden Betrieb neu zu ordnen.</translation>
    </message>
    <message>
        <source>Put the statements that need their own transaction into a separate migration (atomic = False in Django) instead of nesting BEGIN/COMMIT.</source>
        <translation>Legen Sie die Anweisungen, die eine eigene Transaktion brauchen, in eine separate Migration (atomic = False in Django), statt BEGIN/COMMIT zu verschachteln.</translation>
    </message>
    <message>
        <source>BEGIN inside the transaction the migration tool already runs this script in has no effect and ends in a warning.</source>
        <translation>BEGIN innerhalb der Transaktion, in der das Migrationswerkzeug dieses Skript bereits ausführt, hat keine Wirkung und führt zu einer Warnung.</translation>
    </message>
    <message>
        <source>BEGIN while a transaction is already in progress has no effect.</source>
        <translation>BEGIN während einer bereits laufenden Transaktion hat keine Wirkung.</translation>
    </message>
    <message>
        <source>COMMIT or ROLLBACK ends the transaction the migration tool manages, so the statements after it run without one.</source>
        <translation>COMMIT oder ROLLBACK beendet die vom Migrationswerkzeug verwaltete Transaktion, sodass die nachfolgenden Anweisungen ohne Transaktion laufen.</translation>
    </message>
    <message>
        <source>There is no transaction to COMMIT or ROLLBACK.</source>
        <translation>Es gibt keine Transaktion für COMMIT oder ROLLBACK.</translation>
    </message>
    <message>
        <source>BEGIN the transaction earlier in the script or remove this statement.</source>
        <translation>Beginnen Sie die Transaktion weiter oben im Skript mit BEGIN oder entfernen Sie diese Anweisung.</translation>
    </message>
    <message>
        <source>No SET lock_timeout before this statement: while it waits for its %1 lock, everything queued behind it waits too.</source>
        <translation>Kein SET lock_timeout vor dieser Anweisung: Während sie auf ihre Sperre %1 wartet, wartet auch alles, was sich dahinter einreiht.</translation>
    </message>
    <message>
        <source>No SET lock_timeout before this potentially slow statement, which can wait for locks indefinitely.</source>
        <translation>Kein SET lock_timeout vor dieser potenziell langsamen Anweisung, die unbegrenzt auf Sperren warten kann.</translation>
    </message>
    <message>
        <source>Start the script with SET lock_timeout = &apos;1s&apos;; and retry the migration when it times out.</source>
        <translation>Beginnen Sie das Skript mit SET lock_timeout = &apos;1s&apos;; und wiederholen Sie die Migration, wenn die Zeit überschritten wird.</translation>
    </message>
    <message>
        <source>No SET statement_timeout before this potentially slow statement, which can run and hold its locks for as long as it takes.</source>
        <translation>Kein SET statement_timeout vor dieser potenziell langsamen Anweisung, die beliebig lange laufen und ihre Sperren halten kann.</translation>
    </message>
    <message>
        <source>Start the script with SET statement_timeout = &apos;5s&apos;; (longer for statements that must scan big tables).</source>
        <translation>Beginnen Sie das Skript mit SET statement_timeout = &apos;5s&apos;; (länger für Anweisungen, die große Tabellen durchsuchen müssen).</translation>
    </message>
    <message>
        <source>%1 is longer than 63 bytes; PostgreSQL silently truncates it to %2.</source>
        <translation>%1 ist länger als 63 Bytes; PostgreSQL kürzt den Namen stillschweigend auf %2.</translation>
    </message>
    <message>
        <source>Use a name of at most 63 bytes, for example %1.</source>
        <translation>Verwenden Sie einen Namen mit höchstens 63 Bytes, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Column %1 is assigned or defined more than once in this statement.</source>
        <translation>Spalte %1 wird in dieser Anweisung mehr als einmal zugewiesen oder definiert.</translation>
    </message>
    <message>
        <source>Keep a single assignment or definition of %1.</source>
        <translation>Behalten Sie nur eine Zuweisung oder Definition von %1 bei.</translation>
    </message>
    <message>
        <source>Changing the type of %1.%2 takes an ACCESS EXCLUSIVE lock and, unless the new type is binary-compatible, rewrites the table; clients reading the column may break.</source>
        <translation>Das Ändern des Typs von %1.%2 setzt eine Sperre ACCESS EXCLUSIVE und schreibt die Tabelle um, sofern der neue Typ nicht binärkompatibel ist; Clients, die die Spalte lesen, können dabei fehlschlagen.</translation>
    </message>
    <message>
        <source>Add a new column of the new type, backfill it in batches, switch the application over, then drop the old column.</source>
        <translation>Fügen Sie eine neue Spalte mit dem neuen Typ hinzu, befüllen Sie sie nachträglich in Stapeln, stellen Sie die Anwendung um und löschen Sie dann die alte Spalte.</translation>
    </message>
    <message>
        <source>Dropping NOT NULL from %1.%2 lets NULLs in that existing readers of the column may not expect.</source>
        <translation>Das Entfernen von NOT NULL bei %1.%2 lässt NULL-Werte zu, mit denen bestehende Leser der Spalte möglicherweise nicht rechnen.</translation>
    </message>
    <message>
        <source>Make sure every client handles NULL in %1 before the change, or keep the column NOT NULL.</source>
        <translation>Stellen Sie vor der Änderung sicher, dass jeder Client mit NULL in %1 umgehen kann, oder behalten Sie NOT NULL für die Spalte bei.</translation>
    </message>
    <message>
        <source>Dropping column %1.%2 loses its data and breaks clients that still read or write it.</source>
        <translation>Das Löschen der Spalte %1.%2 vernichtet ihre Daten und lässt Clients fehlschlagen, die sie noch lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Stop using the column in the application first (deploy), back up the data, then drop it in a later migration.</source>
        <translation>Verwenden Sie die Spalte zuerst nicht mehr in der Anwendung (Deployment), sichern Sie die Daten und löschen Sie sie dann in einer späteren Migration.</translation>
    </message>
    <message>
        <source>VALIDATE CONSTRAINT %1 in the same transaction as ADD CONSTRAINT ... NOT VALID keeps the ACCESS EXCLUSIVE lock of the ADD during the whole validation scan.</source>
        <translation>VALIDATE CONSTRAINT %1 in derselben Transaktion wie ADD CONSTRAINT ... NOT VALID behält die Sperre ACCESS EXCLUSIVE des ADD während des gesamten Prüfdurchlaufs.</translation>
    </message>
    <message>
        <source>Add the constraint NOT VALID in one migration and VALIDATE it in a separate one (its own transaction).</source>
        <translation>Fügen Sie die Einschränkung in einer Migration mit NOT VALID hinzu und prüfen Sie sie mit VALIDATE in einer separaten Migration (eigene Transaktion).</translation>
    </message>
    <message>
        <source>Missing IF EXISTS: if the migration fails part way, rerunning it fails here.</source>
        <translation>IF EXISTS fehlt: Bricht die Migration mittendrin ab, schlägt eine Wiederholung hier fehl.</translation>
    </message>
    <message>
        <source>Add IF EXISTS (DROP COLUMN IF EXISTS / DROP CONSTRAINT IF EXISTS).</source>
        <translation>Ergänzen Sie IF EXISTS (DROP COLUMN IF EXISTS / DROP CONSTRAINT IF EXISTS).</translation>
    </message>
    <message>
        <source>Missing IF NOT EXISTS: if the migration fails part way, rerunning it fails here.</source>
        <translation>IF NOT EXISTS fehlt: Bricht die Migration mittendrin ab, schlägt eine Wiederholung hier fehl.</translation>
    </message>
    <message>
        <source>Use ADD COLUMN IF NOT EXISTS.</source>
        <translation>Verwenden Sie ADD COLUMN IF NOT EXISTS.</translation>
    </message>
    <message>
        <source>Outside a transaction: if the migration fails part way, it cannot simply be rerun.</source>
        <translation>Außerhalb einer Transaktion: Bricht die Migration mittendrin ab, kann sie nicht einfach wiederholt werden.</translation>
    </message>
    <message>
        <source>Run the script in a transaction (BEGIN ... COMMIT, or atomic = True in Django), or guard the statement so it can run twice.</source>
        <translation>Führen Sie das Skript in einer Transaktion aus (BEGIN ... COMMIT oder atomic = True in Django) oder formulieren Sie die Anweisung so, dass sie zweimal laufen kann.</translation>
    </message>
    <message>
        <source>Adding column %1 with a DEFAULT rewrites the whole table under an ACCESS EXCLUSIVE lock before PostgreSQL 11.</source>
        <translation>Vor PostgreSQL 11 schreibt das Hinzufügen der Spalte %1 mit DEFAULT die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>Adding column %1 with a volatile DEFAULT rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Das Hinzufügen der Spalte %1 mit einem volatilen DEFAULT schreibt die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>Add the column without a default, SET DEFAULT in a second statement, then backfill existing rows in batches.</source>
        <translation>Fügen Sie die Spalte ohne Vorgabewert hinzu, setzen Sie SET DEFAULT in einer zweiten Anweisung und befüllen Sie dann bestehende Zeilen nachträglich in Stapeln.</translation>
    </message>
    <message>
        <source>Adding the generated column %1 rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Das Hinzufügen der generierten Spalte %1 schreibt die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>Add a plain nullable column, fill it with a trigger for new rows and a batched backfill for old ones.</source>
        <translation>Fügen Sie eine einfache NULL-fähige Spalte hinzu und befüllen Sie sie per Trigger für neue Zeilen und nachträglich in Stapeln für alte.</translation>
    </message>
    <message>
        <source>Adding column %1 as UNIQUE builds the unique index under an ACCESS EXCLUSIVE lock, blocking reads and writes meanwhile.</source>
        <translation>Das Hinzufügen der Spalte %1 als UNIQUE baut den eindeutigen Index unter einer Sperre ACCESS EXCLUSIVE auf und blockiert währenddessen Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Add the column, CREATE UNIQUE INDEX CONCURRENTLY on it outside a transaction, then ADD CONSTRAINT ... UNIQUE USING INDEX.</source>
        <translation>Fügen Sie die Spalte hinzu, dann außerhalb einer Transaktion CREATE UNIQUE INDEX CONCURRENTLY darauf, dann ADD CONSTRAINT ... UNIQUE USING INDEX.</translation>
    </message>
    <message>
        <source>Adding column %1 as PRIMARY KEY builds the index under an ACCESS EXCLUSIVE lock, blocking reads and writes meanwhile.</source>
        <translation>Das Hinzufügen der Spalte %1 als PRIMARY KEY baut den Index unter einer Sperre ACCESS EXCLUSIVE auf und blockiert währenddessen Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</translation>
    </message>
    <message>
        <source>Adding column %1 with REFERENCES %2 validates the foreign key while holding SHARE ROW EXCLUSIVE locks on both tables.</source>
        <translation>Das Hinzufügen der Spalte %1 mit REFERENCES %2 prüft den Fremdschlüssel und hält dabei Sperren SHARE ROW EXCLUSIVE auf beiden Tabellen.</translation>
    </message>
    <message>
        <source>Add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID and VALIDATE CONSTRAINT in a separate transaction.</source>
        <translation>Fügen Sie die Spalte ohne REFERENCES hinzu, dann ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID und VALIDATE CONSTRAINT in einer separaten Transaktion.</translation>
    </message>
    <message>
        <source>Adding the %1 column %2 fills it through nextval(), a volatile default that rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Das Hinzufügen der Spalte %2 vom Typ %1 befüllt sie über nextval(), einen volatilen Vorgabewert, der die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE umschreibt.</translation>
    </message>
    <message>
        <source>Add a plain bigint column, attach a sequence default for new rows, and backfill old rows in batches.</source>
        <translation>Fügen Sie eine einfache bigint-Spalte hinzu, geben Sie ihr für neue Zeilen einen Sequenz-Vorgabewert und befüllen Sie alte Zeilen nachträglich in Stapeln.</translation>
    </message>
    <message>
        <source>Adding column %1 as NOT NULL without a DEFAULT fails on a table that already has rows.</source>
        <translation>Das Hinzufügen der Spalte %1 als NOT NULL ohne DEFAULT schlägt bei einer Tabelle fehl, die bereits Zeilen enthält.</translation>
    </message>
    <message>
        <source>Add the column nullable, or with a non-volatile DEFAULT (ADD COLUMN %1 ... NOT NULL DEFAULT ...).</source>
        <translation>Fügen Sie die Spalte NULL-fähig hinzu oder mit einem nicht volatilen DEFAULT (ADD COLUMN %1 ... NOT NULL DEFAULT ...).</translation>
    </message>
    <message>
        <source>Adding constraint %1 validates every existing row of %2 while blocking writes to it.</source>
        <translation>Das Hinzufügen der Einschränkung %1 prüft jede bestehende Zeile von %2 und blockiert dabei Schreibzugriffe auf die Tabelle.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate transaction (it only takes SHARE UPDATE EXCLUSIVE).</source>
        <translation>ADD CONSTRAINT ... NOT VALID, dann VALIDATE CONSTRAINT in einer separaten Transaktion (dieses setzt nur SHARE UPDATE EXCLUSIVE).</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY outside a transaction, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY außerhalb einer Transaktion, dann ADD CONSTRAINT ... USING INDEX.</translation>
    </message>
    <message>
        <source>Adding foreign key %1 scans %2 while holding SHARE ROW EXCLUSIVE locks on %2 and %3, which blocks writes to both.</source>
        <translation>Das Hinzufügen des Fremdschlüssels %1 durchsucht %2 und hält dabei Sperren SHARE ROW EXCLUSIVE auf %2 und %3, was Schreibzugriffe auf beide blockiert.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a separate transaction.</source>
        <translation>ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, dann VALIDATE CONSTRAINT in einer separaten Transaktion.</translation>
    </message>
    <message>
        <source>Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes to %1 meanwhile.</source>
        <translation>Das Hinzufügen einer UNIQUE-Einschränkung baut ihren Index unter einer Sperre ACCESS EXCLUSIVE auf und blockiert währenddessen Lese- und Schreibzugriffe auf %1.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY outside a transaction (atomic = False in Django), then ADD CONSTRAINT ... UNIQUE USING INDEX.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY außerhalb einer Transaktion (atomic = False in Django), dann ADD CONSTRAINT ... UNIQUE USING INDEX.</translation>
    </message>
    <message>
        <source>Adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes to %1 meanwhile.</source>
        <translation>Das Hinzufügen eines PRIMARY KEY baut seinen Index unter einer Sperre ACCESS EXCLUSIVE auf und blockiert währenddessen Lese- und Schreibzugriffe auf %1.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY outside a transaction, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY außerhalb einer Transaktion, dann ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes meanwhile.</source>
        <translation>SET NOT NULL auf %1.%2 durchsucht die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE und blockiert währenddessen Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT %1_not_null in a separate transaction; then SET NOT NULL (PostgreSQL 12+ skips the scan).</source>
        <translation>ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT %1_not_null in einer separaten Transaktion; dann SET NOT NULL (ab PostgreSQL 12 entfällt das Durchsuchen).</translation>
    </message>
    <message>
        <source>No validated CHECK (%1 IS NOT NULL) on %2 earlier in this script, so SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Kein geprüftes CHECK (%1 IS NOT NULL) auf %2 weiter oben in diesem Skript, daher durchsucht SET NOT NULL die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Before PostgreSQL 12, SET NOT NULL always scans the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation>Vor PostgreSQL 12 durchsucht SET NOT NULL immer die ganze Tabelle unter einer Sperre ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Use CREATE TABLE IF NOT EXISTS %1, or run the script in a transaction.</source>
        <translation>Verwenden Sie CREATE TABLE IF NOT EXISTS %1 oder führen Sie das Skript in einer Transaktion aus.</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to %1 until the index is built.</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf %1, bis der Index aufgebaut ist.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY ... outside a transaction (atomic = False in Django).</source>
        <translation>CREATE INDEX CONCURRENTLY ... außerhalb einer Transaktion (atomic = False in Django).</translation>
    </message>
    <message>
        <source>Use CREATE INDEX %1IF NOT EXISTS %2; a failed concurrent build leaves an INVALID index to drop first.</source>
        <translation>Verwenden Sie CREATE INDEX %1IF NOT EXISTS %2; ein fehlgeschlagener nebenläufiger Aufbau hinterlässt einen INVALID-Index, der zuerst gelöscht werden muss.</translation>
    </message>
    <message>
        <source>DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes while it waits and runs.</source>
        <translation>DROP INDEX ohne CONCURRENTLY setzt eine Sperre ACCESS EXCLUSIVE auf die Tabelle und blockiert Lese- und Schreibzugriffe, solange es wartet und läuft.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY IF EXISTS %1 outside a transaction (atomic = False in Django).</source>
        <translation>DROP INDEX CONCURRENTLY IF EXISTS %1 außerhalb einer Transaktion (atomic = False in Django).</translation>
    </message>
    <message>
        <source>Use DROP INDEX IF EXISTS %1.</source>
        <translation>Verwenden Sie DROP INDEX IF EXISTS %1.</translation>
    </message>
    <message>
        <source>Dropping table %1 deletes its data for good and breaks clients that still use it.</source>
        <translation>Das Löschen der Tabelle %1 entfernt ihre Daten endgültig und lässt Clients fehlschlagen, die sie noch verwenden.</translation>
    </message>
    <message>
        <source>Stop using the table in the application first, back it up (pg_dump -t), then drop it in a later migration.</source>
        <translation>Verwenden Sie die Tabelle zuerst nicht mehr in der Anwendung, sichern Sie sie (pg_dump -t) und löschen Sie sie dann in einer späteren Migration.</translation>
    </message>
    <message>
        <source>Use DROP TABLE IF EXISTS %1.</source>
        <translation>Verwenden Sie DROP TABLE IF EXISTS %1.</translation>
    </message>
    <message>
        <source>Use DROP TYPE IF EXISTS %1.</source>
        <translation>Verwenden Sie DROP TYPE IF EXISTS %1.</translation>
    </message>
    <message>
        <source>Renaming table %1 to %2 breaks every client that still uses the old name.</source>
        <translation>Das Umbenennen der Tabelle %1 in %2 lässt jeden Client fehlschlagen, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>Create the new table or a view under the new name, move the clients over, then drop the old name in a later release.</source>
        <translation>Legen Sie die neue Tabelle oder eine View unter dem neuen Namen an, stellen Sie die Clients um und entfernen Sie den alten Namen dann in einem späteren Release.</translation>
    </message>
    <message>
        <source>Renaming column %1.%2 to %3 breaks every client that still uses the old name.</source>
        <translation>Das Umbenennen der Spalte %1.%2 in %3 lässt jeden Client fehlschlagen, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>Add a new column, write to both, backfill, move the readers, then drop the old column in a later release.</source>
        <translation>Fügen Sie eine neue Spalte hinzu, schreiben Sie in beide, befüllen Sie nachträglich, stellen Sie die Leser um und löschen Sie die alte Spalte dann in einem späteren Release.</translation>
    </message>
    <message>
        <source>Run the script in a transaction (BEGIN ... COMMIT, or atomic = True in Django).</source>
        <translation>Führen Sie das Skript in einer Transaktion aus (BEGIN ... COMMIT oder atomic = True in Django).</translation>
    </message>
    <message>
        <source>Column %1 is a 32-bit %2, which runs out at about 2.1 billion.</source>
        <translation>Spalte %1 hat den 32-Bit-Typ %2, dessen Wertebereich bei etwa 2,1 Milliarden endet.</translation>
    </message>
    <message>
        <source>Use bigint (or bigint GENERATED BY DEFAULT AS IDENTITY) for %1.</source>
        <translation>Verwenden Sie bigint (oder bigint GENERATED BY DEFAULT AS IDENTITY) für %1.</translation>
    </message>
    <message>
        <source>Column %1 is a 16-bit %2, which runs out at 32767.</source>
        <translation>Spalte %1 hat den 16-Bit-Typ %2, dessen Wertebereich bei 32767 endet.</translation>
    </message>
    <message>
        <source>Use bigint for %1.</source>
        <translation>Verwenden Sie bigint für %1.</translation>
    </message>
    <message>
        <source>Column %1 is %2; serial types make schema, dependency and permission management harder than identity columns.</source>
        <translation>Spalte %1 ist vom Typ %2; serial-Typen machen die Verwaltung von Schema, Abhängigkeiten und Berechtigungen schwieriger als Identitätsspalten.</translation>
    </message>
    <message>
        <source>Use %1 bigint GENERATED BY DEFAULT AS IDENTITY.</source>
        <translation>Verwenden Sie %1 bigint GENERATED BY DEFAULT AS IDENTITY.</translation>
    </message>
    <message>
        <source>Column %1 is %2; changing the length limit later takes an ACCESS EXCLUSIVE lock.</source>
        <translation>Spalte %1 ist vom Typ %2; eine spätere Änderung der Längenbegrenzung setzt eine Sperre ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Use text with a CHECK (char_length(%1) &lt;= n) constraint, added NOT VALID.</source>
        <translation>Verwenden Sie text mit einer Einschränkung CHECK (char_length(%1) &lt;= n), hinzugefügt als NOT VALID.</translation>
    </message>
    <message>
        <source>Column %1 is timestamp without time zone, which drops the UTC offset of the values stored in it.</source>
        <translation>Spalte %1 ist vom Typ timestamp without time zone, der den UTC-Versatz der gespeicherten Werte verwirft.</translation>
    </message>
    <message>
        <source>Use timestamptz (timestamp with time zone) for %1.</source>
        <translation>Verwenden Sie timestamptz (timestamp with time zone) für %1.</translation>
    </message>
    <message>
        <source>Column %1 is %2, which pads values with spaces; it is almost always a mistake.</source>
        <translation>Spalte %1 ist vom Typ %2, der Werte mit Leerzeichen auffüllt; das ist fast immer ein Fehler.</translation>
    </message>
    <message>
        <source>Use text or varchar for %1.</source>
        <translation>Verwenden Sie text oder varchar für %1.</translation>
    </message>
    <message>
        <source>The transaction started here is never committed or rolled back.</source>
        <translation>Die hier begonnene Transaktion wird nie festgeschrieben oder zurückgerollt.</translation>
    </message>
    <message>
        <source>Add COMMIT; at the end of the script.</source>
        <translation>Ergänzen Sie COMMIT; am Ende des Skripts.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction block; the migration fails here.</source>
        <translation>CREATE INDEX CONCURRENTLY kann nicht in einem Transaktionsblock laufen; die Migration schlägt hier fehl.</translation>
    </message>
    <message>
        <source>Move it into its own migration that runs outside a transaction (atomic = False in Django).</source>
        <translation>Verschieben Sie die Anweisung in eine eigene Migration, die außerhalb einer Transaktion läuft (atomic = False in Django).</translation>
    </message>
    <message>
        <source>The foreign key %1 (%2) -&gt; %3 has no index on its columns in this script: every DELETE or key UPDATE on %3 scans %1, and joins on it are slow.</source>
        <translation>Der Fremdschlüssel %1 (%2) -&gt; %3 hat in diesem Skript keinen Index auf seinen Spalten: Jedes DELETE oder Schlüssel-UPDATE auf %3 durchsucht %1, und Joins darüber sind langsam.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY IF NOT EXISTS ON %1 (%2) outside a transaction (atomic = False in Django).</source>
        <translation>CREATE INDEX CONCURRENTLY IF NOT EXISTS ON %1 (%2) außerhalb einer Transaktion (atomic = False in Django).</translation>
    </message>
</context>
<context>
    <name>SqlLinter</name>
    <message>
        <source>Fix the SQL at line %1, column %2; PostgreSQL 15 cannot parse it.</source>
        <translation>Korrigieren Sie das SQL in Zeile %1, Spalte %2; PostgreSQL 15 kann es nicht parsen.</translation>
    </message>
</context>
<context>
    <name>StatementSummary</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more statement(s), timed together</source>
        <translation>
            <numerusform>%n weitere Anweisung, zusammen gemessen</numerusform>
            <numerusform>%n weitere Anweisungen, zusammen gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 slowest of %2 statements; every timing is in the JSON report.</source>
        <translation>Die %1 langsamsten von %2 Anweisungen; alle Zeiten stehen im JSON-Bericht.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>StatementTiming</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Slowest statement of %1: %2 (%3%, %4): %5</source>
        <translation>Langsamste Anweisung von %1: %2 (%3 %, %4): %5</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) timed</source>
        <translation>
            <numerusform>%n Anweisung gemessen</numerusform>
            <numerusform>%n Anweisungen gemessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepResult</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>TableInventoryReport</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>  (locked: estimate)</source>
        <translation>  (gesperrt: geschätzt)</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Datenbank %1: %2 in %n Tabelle</numerusform>
            <numerusform>Datenbank %1: %2 in %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  (locked, never analyzed: size unknown)</source>
        <translation>  (gesperrt, nie analysiert: Größe unbekannt)</translation>
    </message>
</context>
<context>
    <name>ThrowawayCluster</name>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>No PostgreSQL server programs found (initdb). Install postgresql-15.</source>
        <translation>Keine PostgreSQL-Serverprogramme gefunden (initdb). Installieren Sie postgresql-15.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Running as root needs the unprivileged &apos;postgres&apos; user to run the server, and it does not exist. Install postgresql-15 or run as an ordinary user.</source>
        <translation>Bei Ausführung als root wird der nicht privilegierte Benutzer &apos;postgres&apos; für den Serverbetrieb benötigt, und dieser existiert nicht. Installieren Sie postgresql-15 oder starten Sie migdesk als normaler Benutzer.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot start the PostgreSQL server: %1</source>
        <translation>Der PostgreSQL-Server kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server did not start: %1</source>
        <translation>Der PostgreSQL-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>no server log</source>
        <translation>kein Serverprotokoll</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder of this user&apos;s (another user made it, or it is a link): migdesk will not put a database server there. Remove it, or ask whoever made it to.</source>
        <translation>%1 ist kein Ordner dieses Benutzers (ein anderer Benutzer hat ihn angelegt, oder es ist ein Link): migdesk legt dort keinen Datenbankserver ab. Entfernen Sie ihn oder bitten Sie den, der ihn angelegt hat, darum.</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2.</source>
        <translation>%1 kann nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2.</source>
        <translation>In %1 kann kein Ordner angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file in %1.</source>
        <translation>Die Passwortdatei des Servers in %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>MIGDESK_PG_BINDIR is %1, which holds no initdb. Point it at a PostgreSQL bin folder such as /usr/lib/postgresql/15/bin, or unset it.</source>
        <translation>MIGDESK_PG_BINDIR ist %1, dort liegt kein initdb. Setzen Sie es auf einen PostgreSQL-bin-Ordner wie /usr/lib/postgresql/15/bin, oder entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>migdesk</source>
        <translation>migdesk</translation>
    </message>
    <message>
        <source>mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>Django</source>
        <translation>Django</translation>
    </message>
    <message>
        <source>SQL folder</source>
        <translation>SQL-Ordner</translation>
    </message>
</context>
<context>
    <name>TimelineReader</name>
    <message>
        <source>The runs mirrored in %1 could not be read: %2</source>
        <translation>Die in %1 gespiegelten Läufe konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>django_migrations could not be read: %1</source>
        <translation>django_migrations konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The runs mirrored in %1 could not be read: this role may not read them (server said: %2). Runs made from other machines are missing here until the table&apos;s owner runs GRANT USAGE ON SCHEMA %3 TO this role and GRANT SELECT ON %1 TO this role.</source>
        <translation>Die in %1 gespiegelten Läufe konnten nicht gelesen werden: diese Rolle darf sie nicht lesen (der Server sagte: %2). Läufe von anderen Rechnern fehlen hier, bis der Eigentümer der Tabelle GRANT USAGE ON SCHEMA %3 TO diese Rolle und GRANT SELECT ON %1 TO diese Rolle ausführt.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>UntrustedObjectGuard</name>
    <message>
        <source>%1 %2 owned by %3</source>
        <translation>%1 %2 im Besitz von %3</translation>
    </message>
    <message>
        <source>Refused to write %1: %2, a role migdesk does not trust (not the connected role, a superuser or the database&apos;s owner). Whatever it planted would run with your rights. Check it, then drop it or hand it to a trusted role (ALTER ... OWNER TO).</source>
        <translation>Schreiben in %1 abgelehnt: %2, einer Rolle, der migdesk nicht vertraut (nicht die verbundene Rolle, kein Superuser und nicht der Eigentümer der Datenbank). Was sie dort angelegt hat, liefe mit Ihren Rechten. Prüfen Sie es und löschen Sie es oder übergeben Sie es einer vertrauenswürdigen Rolle (ALTER ... OWNER TO).</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>No upload command is set: give the program and its arguments, or turn the upload off.</source>
        <translation>Es ist kein Upload-Befehl eingerichtet: Geben Sie das Programm und seine Argumente an oder schalten Sie den Upload ab.</translation>
    </message>
    <message>
        <source>%1, so the backup was not uploaded: take a new backup with migdesk.</source>
        <translation>%1, daher wurde die Sicherung nicht hochgeladen: Erstellen Sie mit migdesk eine neue Sicherung.</translation>
    </message>
    <message>
        <source>The upload program %1 was not found: install it, or give its full path as the first element of the upload command.</source>
        <translation>Das Upload-Programm %1 wurde nicht gefunden: Installieren Sie es oder geben Sie seinen vollständigen Pfad als erstes Element des Upload-Befehls an.</translation>
    </message>
    <message>
        <source>Uploading %1: %2</source>
        <translation>%1 wird hochgeladen: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>The upload was cancelled; the backup is still here, but the destination may hold a partial copy.</source>
        <translation>Der Upload wurde abgebrochen; die Sicherung ist noch hier, aber das Ziel enthält womöglich eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>The upload program %1 did not start (%2): check that it can be run.</source>
        <translation>Das Upload-Programm %1 ist nicht gestartet (%2): Prüfen Sie, ob es ausführbar ist.</translation>
    </message>
    <message>
        <source>The upload program %1 was killed before it finished (%2): upload the backup again; the backup itself is unaffected.</source>
        <translation>Das Upload-Programm %1 wurde vor dem Ende beendet (%2): Laden Sie die Sicherung erneut hoch; die Sicherung selbst ist nicht betroffen.</translation>
    </message>
    <message>
        <source>no error printed</source>
        <translation>keine Fehlermeldung ausgegeben</translation>
    </message>
    <message>
        <source>The upload command %1 failed with exit code %2 (%3): check the command and its destination; the backup itself is unaffected.</source>
        <translation>Der Upload-Befehl %1 ist mit Exit-Code %2 fehlgeschlagen (%3): Prüfen Sie den Befehl und sein Ziel; die Sicherung selbst ist nicht betroffen.</translation>
    </message>
    <message>
        <source>The upload worked, but recording it in the metadata failed: %1</source>
        <translation>Der Upload hat funktioniert, aber das Eintragen in die Metadaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 with %2 in %3.</source>
        <translation>%1 mit %2 in %3 hochgeladen.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>The Django project folder %1 does not exist.</source>
        <translation>Der Django-Projektordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not applied: the migration did not finish. Run it again or roll back.</source>
        <translation>%1 nicht angewendet: Die Migration wurde nicht abgeschlossen. Führen Sie sie erneut aus oder führen Sie ein Rollback aus.</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>keine ausstehend</translation>
    </message>
    <message>
        <source>The project has problems: %1</source>
        <translation>Das Projekt hat Probleme: %1</translation>
    </message>
    <message>
        <source>The SQL folder %1 does not exist.</source>
        <translation>Der SQL-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder and its history differ: %1</source>
        <translation>Der Ordner und sein Verlauf weichen voneinander ab: %1</translation>
    </message>
    <message>
        <source>No migration source is configured (a Django project or a SQL folder).</source>
        <translation>Es ist keine Migrationsquelle eingerichtet (ein Django-Projekt oder ein SQL-Ordner).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a primary key: rows cannot be told apart, and logical replication cannot update or delete them. Add one if the migration should have.</source>
        <translation>%1 ohne Primärschlüssel: Zeilen lassen sich nicht unterscheiden, und logische Replikation kann sie nicht aktualisieren oder löschen. Fügen Sie einen hinzu, falls die Migration das hätte tun sollen.</translation>
    </message>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n Fremdschlüssel</numerusform>
            <numerusform>%n Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>No index starts with the columns of %1: every delete or key update on the referenced table scans the referencing one. Create such an index CONCURRENTLY.</source>
        <translation>Kein Index beginnt mit den Spalten von %1: Jedes Löschen oder jede Schlüsseländerung in der referenzierten Tabelle durchsucht die referenzierende vollständig. Legen Sie einen solchen Index CONCURRENTLY an.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is invalid, most likely from a CREATE INDEX CONCURRENTLY that failed: queries do not use it but writes still maintain it. Drop it with DROP INDEX CONCURRENTLY and build it again.</source>
        <translation>%1 ist ungültig, höchstwahrscheinlich nach einem fehlgeschlagenen CREATE INDEX CONCURRENTLY: Abfragen verwenden ihn nicht, Schreibvorgänge pflegen ihn aber weiter. Löschen Sie ihn mit DROP INDEX CONCURRENTLY und bauen Sie ihn neu auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n being built</source>
        <translation>
            <numerusform>%n im Aufbau</numerusform>
            <numerusform>%n im Aufbau</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being built; verify again when it is done.</source>
        <translation>%1 wird noch aufgebaut; prüfen Sie erneut, wenn er fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n not validated</source>
        <translation>
            <numerusform>%n nicht validiert</numerusform>
            <numerusform>%n nicht validiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checks new rows only; existing rows were never checked. Validate when the team is ready (it takes only a SHARE UPDATE EXCLUSIVE lock): %2</source>
        <translation>%1 prüft nur neue Zeilen; bestehende Zeilen wurden nie geprüft. Validieren Sie, wenn das Team bereit ist (es braucht nur eine Sperre SHARE UPDATE EXCLUSIVE): %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The query tried to change the database and was refused: smoke queries run in a read-only transaction. Make it a SELECT.</source>
        <translation>Die Abfrage hat versucht, die Datenbank zu ändern, und wurde abgelehnt: Smoke-Abfragen laufen in einer schreibgeschützten Transaktion. Machen Sie daraus ein SELECT.</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(keine Zeilen)</translation>
    </message>
    <message>
        <source>%1 as expected, in %2</source>
        <translation>%1 wie erwartet, in %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>The query read %1 where %2 was expected: the application&apos;s data is not as it should be after the migration.</source>
        <translation>Die Abfrage hat %1 gelesen, wo %2 erwartet wurde: Die Daten der Anwendung sind nach der Migration nicht so, wie sie sein sollten.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>PostgreSQL %1 in %2</source>
        <translation>PostgreSQL %1 in %2</translation>
    </message>
    <message>
        <source>The database could not be reached (see Connectivity).</source>
        <translation>Die Datenbank war nicht erreichbar (siehe Erreichbarkeit).</translation>
    </message>
    <message>
        <source>No migration pending</source>
        <translation>Keine Migration ausstehend</translation>
    </message>
    <message>
        <source>Tables without a primary key</source>
        <translation>Tabellen ohne Primärschlüssel</translation>
    </message>
    <message>
        <source>Foreign keys without an index</source>
        <translation>Fremdschlüssel ohne Index</translation>
    </message>
    <message>
        <source>Invalid indexes</source>
        <translation>Ungültige Indizes</translation>
    </message>
    <message>
        <source>Constraints left NOT VALID</source>
        <translation>Als NOT VALID belassene Einschränkungen</translation>
    </message>
    <message>
        <source>Smoke query: %1</source>
        <translation>Smoke-Abfrage: %1</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Health-Endpunkt</translation>
    </message>
    <message>
        <source>manage.py check</source>
        <translation>manage.py check</translation>
    </message>
    <message>
        <source>Introduced by the run (not so in %1): %2</source>
        <translation>Vom Lauf eingeführt (nicht so in %1): %2</translation>
    </message>
    <message>
        <source>There before the run (%1), so not its doing: %2</source>
        <translation>Schon vor dem Lauf vorhanden (%1), also nicht sein Werk: %2</translation>
    </message>
    <message>
        <source>%1 No schema from before a migration of this database is in the history, so migdesk cannot tell whether a run introduced this.</source>
        <translation>%1 Der Verlauf enthält kein Schema von vor einer Migration dieser Datenbank, daher kann migdesk nicht sagen, ob ein Lauf dies eingeführt hat.</translation>
    </message>
    <message>
        <source>--strict fails on every such problem, as the runbook does.</source>
        <translation>--strict schlägt bei jedem solchen Problem fehl, wie das Runbook.</translation>
    </message>
    <message>
        <source>Problems are judged against %1.</source>
        <translation>Probleme werden gemessen an %1.</translation>
    </message>
    <message>
        <source>the schema before run %1, %2 UTC</source>
        <translation>dem Schema vor Lauf %1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>WatchProgress</name>
    <message>
        <source>%1 of %2 blocks</source>
        <translation>%1 von %2 Blöcken</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 transactions, now waiting for pid %3</source>
        <translation>%1 von %2 Transaktionen, wartet jetzt auf PID %3</translation>
    </message>
    <message>
        <source>%1 of %2 transactions</source>
        <translation>%1 von %2 Transaktionen</translation>
    </message>
    <message>
        <source>%1 rows written</source>
        <translation>%1 Zeilen geschrieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WatchedLock</name>
    <message>
        <source>relation %1, not committed yet</source>
        <translation>Relation %1, noch nicht festgeschrieben</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>virtual transaction %1</source>
        <translation>virtuelle Transaktion %1</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>Notification not sent: the webhook URL is not an http(s) URL. Fix it in the wizard&apos;s notification setting.</source>
        <translation>Benachrichtigung nicht gesendet: Die Webhook-URL ist keine http(s)-URL. Korrigieren Sie sie in der Benachrichtigungseinstellung des Assistenten.</translation>
    </message>
    <message>
        <source>Notification sent to %1.</source>
        <translation>Benachrichtigung an %1 gesendet.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Notification to %1 failed (%2); the run itself is not affected. Check the webhook URL.</source>
        <translation>Benachrichtigung an %1 fehlgeschlagen (%2); der Lauf selbst ist nicht betroffen. Prüfen Sie die Webhook-URL.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Starting the demo database (initdb and about a million generated rows)…</source>
        <translation>Die Demo-Datenbank wird gestartet (initdb und etwa eine Million generierte Zeilen)…</translation>
    </message>
    <message>
        <source>Demo (throwaway)</source>
        <translation>Demo (temporär)</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
</context>
<context>
    <name>migdesk::core::DemoServer::Host</name>
    <message>
        <source>The demo database could not be started: %1</source>
        <translation>Die Demo-Datenbank konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo database listens on 127.0.0.1 port %1 with a password of its own: PGPASSWORD=%2 psql &apos;host=127.0.0.1 port=%1 user=%3 dbname=%4&apos;</source>
        <translation>Die Demo-Datenbank lauscht auf 127.0.0.1 Port %1 mit einem eigenen Passwort: PGPASSWORD=%2 psql &apos;host=127.0.0.1 port=%1 user=%3 dbname=%4&apos;</translation>
    </message>
</context>
<context>
    <name>migdesk::core::PasswordStore</name>
    <message>
        <source>The system keychain refused access (%1). Unlock the keychain and try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain service is available (%1). The password can be kept for this session only.</source>
        <translation>Es ist kein Schlüsselbunddienst des Systems verfügbar (%1). Das Passwort kann nur für diese Sitzung behalten werden.</translation>
    </message>
</context>
<context>
    <name>migdesk::core::SessionWorker</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>server closed the connection</source>
        <translation>Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>migdesk::models::ActivityHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>wartet auf Sperre</translation>
    </message>
</context>
<context>
    <name>migdesk::models::BackupFilesModel</name>
    <message>
        <source>archive (custom format)</source>
        <translation>Archiv (Custom-Format)</translation>
    </message>
    <message>
        <source>directory-format file</source>
        <translation>Datei im Verzeichnisformat</translation>
    </message>
    <message>
        <source>plain SQL</source>
        <translation>reines SQL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>migdesk::models::BackupProofModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows in the backup</source>
        <translation>Zeilen in der Sicherung</translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation>Wiederhergestellte Zeilen</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
</context>
<context>
    <name>migdesk::models::BlockingTreeModel</name>
    <message numerus="yes">
        <source>%n waiting for %1</source>
        <translation>
            <numerusform>%n wartet auf %1</numerusform>
            <numerusform>%n warten auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>pid %1 · %2 · %3</source>
        <translation>pid %1 · %2 · %3</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>wants %1</source>
        <translation>fordert %1 an</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <source>%1 blocked in total behind this group</source>
        <translation>Insgesamt %1 hinter dieser Gruppe blockiert</translation>
    </message>
    <message>
        <source>Blocker / waiting</source>
        <translation>Blockierer / Wartende</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Transaktionsdauer</translation>
    </message>
</context>
<context>
    <name>migdesk::models::ChecklistModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>migdesk::models::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Safer alternative</source>
        <translation>Sicherere Alternative</translation>
    </message>
</context>
<context>
    <name>migdesk::models::LargestTablesModel</name>
    <message>
        <source>≈ %1 (locked)</source>
        <translation>≈ %1 (gesperrt)</translation>
    </message>
    <message>
        <source>An ACCESS EXCLUSIVE lock is held or awaited on this table, so its size was estimated from the catalog instead of being read.</source>
        <translation>Auf dieser Tabelle wird eine Sperre ACCESS EXCLUSIVE gehalten oder erwartet, daher wurde ihre Größe aus dem Katalog geschätzt statt gelesen.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>Share of database</source>
        <translation>Anteil an der Datenbank</translation>
    </message>
</context>
<context>
    <name>migdesk::models::LockWaitModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Wanted mode</source>
        <translation>Angeforderter Modus</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Wartezeit</translation>
    </message>
</context>
<context>
    <name>migdesk::models::MigrationPlanModel</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>V%1 %2</source>
        <translation>V%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>Weg zurück</translation>
    </message>
</context>
<context>
    <name>migdesk::models::MigrationWatchModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Waits for the migration itself.</source>
        <translation>Wartet auf die Migration selbst.</translation>
    </message>
    <message>
        <source>Waits for a session that is itself queued behind the migration.</source>
        <translation>Wartet auf eine Sitzung, die selbst hinter der Migration in der Warteschlange steht.</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Fordert an</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>migdesk::models::PendingMigrationsModel</name>
    <message>
        <source>backwards</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>runbook level %1, live impact %2</source>
        <translation>Runbook-Stufe %1, Live-Auswirkung %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Lock time</source>
        <translation>Sperrdauer</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>migdesk::models::ProfileListModel</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
</context>
<context>
    <name>migdesk::models::RunMigrationsModel</name>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Lock wait</source>
        <translation>Sperrwartezeit</translation>
    </message>
    <message>
        <source>Most blocked</source>
        <translation>Max. blockiert</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>migdesk::models::RunStatementsModel</name>
    <message>
        <source>&lt;0.1%</source>
        <translation>&lt;0,1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more statement(s)</source>
        <translation>
            <numerusform>%Ln weitere Anweisung</numerusform>
            <numerusform>%Ln weitere Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>failed after %1</source>
        <translation>fehlgeschlagen nach %1</translation>
    </message>
    <message numerus="yes">
        <source>A migration lists its first %Ln statements one by one; the time of the others is summed here.</source>
        <translation>
            <numerusform>Eine Migration führt ihre erste Anweisung einzeln auf; die Zeit der übrigen ist hier summiert.</numerusform>
            <numerusform>Eine Migration führt ihre ersten %Ln Anweisungen einzeln auf; die Zeit der übrigen ist hier summiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The order in which the statements ran</source>
        <translation>Die Reihenfolge, in der die Anweisungen liefen</translation>
    </message>
    <message>
        <source>The migration the statement belongs to, when one step unapplied several</source>
        <translation>Die Migration, zu der die Anweisung gehört, wenn ein Schritt mehrere zurückgenommen hat</translation>
    </message>
    <message>
        <source>The statement&apos;s first line in its script</source>
        <translation>Die erste Zeile der Anweisung in ihrem Skript</translation>
    </message>
    <message>
        <source>The statement&apos;s share of the time all statements of this migration took</source>
        <translation>Der Anteil der Anweisung an der Zeit aller Anweisungen dieser Migration</translation>
    </message>
</context>
<context>
    <name>migdesk::models::RunStepsModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>migdesk::models::SchemaDiffModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>migdesk::models::SessionActivityModel</name>
    <message>
        <source>This session blocks others: see the blocking tree.</source>
        <translation>Diese Sitzung blockiert andere: siehe „Wer blockiert wen“.</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Query time</source>
        <translation>Abfragedauer</translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation>Transaktionsdauer</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>migdesk::models::SessionStatesModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>migdesk::models::StepResultsModel</name>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>migdesk::models::TableSizeModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>manual: %1
automatic: %2</source>
        <translation>manuell: %1
automatisch: %2</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>not analyzed</source>
        <translation>nicht analysiert</translation>
    </message>
    <message>
        <source>An ACCESS EXCLUSIVE lock is held or awaited on this table or one of its indexes: its size is the catalog&apos;s estimate, read without waiting.</source>
        <translation>Auf dieser Tabelle oder einem ihrer Indizes wird eine Sperre ACCESS EXCLUSIVE gehalten oder erwartet: Ihre Größe ist die Schätzung aus dem Katalog, ohne Warten gelesen.</translation>
    </message>
    <message>
        <source>Many dead rows: autovacuum is behind on this table.</source>
        <translation>Viele tote Zeilen: Autovacuum hinkt bei dieser Tabelle hinterher.</translation>
    </message>
    <message>
        <source>%1 inserts, %2 updates, %3 deletes since the statistics were reset</source>
        <translation>%1 Einfügungen, %2 Aktualisierungen, %3 Löschungen seit dem Zurücksetzen der Statistik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Letztes VACUUM</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Letztes ANALYZE</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The catalog&apos;s estimate (pages counted at the last VACUUM or ANALYZE); the exact size is being read.</source>
        <translation>Die Schätzung des Katalogs (Seiten, gezählt beim letzten VACUUM oder ANALYZE); die genaue Größe wird gelesen.</translation>
    </message>
</context>
<context>
    <name>migdesk::models::TimelineModel</name>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Guided migration</source>
        <translation>Geführte Migration</translation>
    </message>
    <message>
        <source>Migration applied</source>
        <translation>Migration angewendet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>%1 (outside migdesk)</source>
        <translation>%1 (außerhalb von migdesk)</translation>
    </message>
    <message>
        <source>No migdesk run recorded applying this migration: it was applied with another tool or by hand.</source>
        <translation>Kein aufgezeichneter migdesk-Lauf hat diese Migration angewendet: Sie wurde mit einem anderen Werkzeug oder von Hand angewendet.</translation>
    </message>
    <message>
        <source>Database %1 on %2</source>
        <translation>Datenbank %1 auf %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>migdesk::models::TopTablesModel</name>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>%1: %2 in total</source>
        <translation>%1: insgesamt %2</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <source>%1: about %2 in total (the catalog&apos;s estimate)</source>
        <translation>%1: insgesamt etwa %2 (Schätzung des Katalogs)</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::ActivityChart</name>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::ActivityPane</name>
    <message>
        <source>Auto-refresh every</source>
        <translation>Automatisch aktualisieren alle</translation>
    </message>
    <message>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <source>Select a session to see its full query.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre vollständige Abfrage zu sehen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>long after </source>
        <translation>lang nach </translation>
    </message>
    <message>
        <source>Queries running longer than this are highlighted (the runbook&apos;s checklist uses 1 minute).</source>
        <translation>Abfragen, die länger laufen, werden hervorgehoben (die Checkliste des Runbooks verwendet 1 Minute).</translation>
    </message>
    <message>
        <source>Filter sessions (user, application, query…)</source>
        <translation>Sitzungen filtern (Benutzer, Anwendung, Abfrage…)</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>wartet auf Sperre</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>long-running</source>
        <translation>lang laufend</translation>
    </message>
    <message>
        <source>bold: blocks others</source>
        <translation>fett: blockiert andere</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Who blocks whom</source>
        <translation>Wer blockiert wen</translation>
    </message>
    <message>
        <source>Ungranted locks</source>
        <translation>Nicht gewährte Sperren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Sessions: %1 · running long: %2 · waiting on a lock: %3 · root blockers: %4 · locks: %5 · updated %6</source>
        <translation>Sitzungen: %1 · lang laufend: %2 · auf Sperre wartend: %3 · Hauptblockierer: %4 · Sperren: %5 · aktualisiert %6</translation>
    </message>
    <message>
        <source>The run history did not record it: %1</source>
        <translation>Der Ausführungsverlauf hat es nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::BackupPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>One pg_dump run, checked: non-empty, SHA-256 of every file, readable by pg_restore, and a metadata file beside it.</source>
        <translation>Ein pg_dump-Lauf, geprüft: nicht leer, SHA-256 jeder Datei, von pg_restore lesbar und eine Metadatendatei daneben.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Proof by restore</source>
        <translation>Nachweis durch Wiederherstellung</translation>
    </message>
    <message>
        <source>pg_dump of &lt;b&gt;%1&lt;/b&gt; in directory format with %2 parallel jobs into %3.</source>
        <translation>pg_dump von &lt;b&gt;%1&lt;/b&gt; im Verzeichnisformat mit %2 parallelen Jobs nach %3.</translation>
    </message>
    <message>
        <source>pg_dump of &lt;b&gt;%1&lt;/b&gt; in custom format into %2.</source>
        <translation>pg_dump von &lt;b&gt;%1&lt;/b&gt; im Custom-Format nach %2.</translation>
    </message>
    <message>
        <source>A plain SQL dump is made from the archive as well.</source>
        <translation>Aus dem Archiv wird zusätzlich ein reiner SQL-Dump erzeugt.</translation>
    </message>
    <message>
        <source>Then the backup is proven: restored into a throwaway server and its row counts compared table by table.</source>
        <translation>Danach wird die Sicherung nachgewiesen: in einem temporären Server wiederhergestellt und ihre Zeilenzahlen Tabelle für Tabelle verglichen.</translation>
    </message>
    <message>
        <source>A dry run changes nothing, so the backup is optional here: take it to time it, or go on.</source>
        <translation>Ein Probelauf ändert nichts, daher ist die Sicherung hier optional: Erstellen Sie sie, um die Dauer zu messen, oder fahren Sie fort.</translation>
    </message>
    <message>
        <source>The live run goes on only with a backup that succeeded.</source>
        <translation>Der echte Lauf geht nur mit einer erfolgreichen Sicherung weiter.</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>&amp;Back up again</source>
        <translation>&amp;Erneut sichern</translation>
    </message>
    <message>
        <source>%1 in all, %2 file(s); database %3 was %4 when the dump began. Metadata: %5</source>
        <translation>Insgesamt %1, %2 Datei(en); die Datenbank %3 war %4 groß, als der Dump begann. Metadaten: %5</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::EnvironmentBanner</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::HistoryChart</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation>Angewendete Migrationen</translation>
    </message>
    <message>
        <source>Time spent in runs</source>
        <translation>Zeit in Läufen</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No runs or migrations in the shown range</source>
        <translation>Keine Läufe oder Migrationen im angezeigten Zeitraum</translation>
    </message>
    <message>
        <source>Runs and applied migrations per day</source>
        <translation>Läufe und angewendete Migrationen pro Tag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::HistoryPane</name>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>Run %1 is no longer in the history.</source>
        <translation>Lauf %1 ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Schema snapshots</source>
        <translation>Schema-Snapshots</translation>
    </message>
    <message>
        <source>Table growth</source>
        <translation>Tabellenwachstum</translation>
    </message>
    <message>
        <source>Search runs and migrations</source>
        <translation>Läufe und Migrationen durchsuchen</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>The selected run&apos;s steps, log, findings, SQL, backups and schema diff (Enter or double-click)</source>
        <translation>Schritte, Log, Befunde, SQL, Sicherungen und Schemavergleich des gewählten Laufs (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>The runs shown, as one report</source>
        <translation>Die angezeigten Läufe als ein Bericht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Largest </source>
        <translation>Größte </translation>
    </message>
    <message>
        <source>Connect to a database to compare its schema snapshots.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um ihre Schema-Snapshots zu vergleichen.</translation>
    </message>
    <message>
        <source>Connect to a database to see how its tables grew.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um das Wachstum ihrer Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>%1, %2 run %3</source>
        <translation>%1, %2 Lauf %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n schema snapshot(s) of %1 recorded: migrate and rollback runs take one before and one after.</source>
        <translation>
            <numerusform>%n Schema-Snapshot von %1 aufgezeichnet: Migrations- und Rollback-Läufe erstellen je einen vorher und nachher.</numerusform>
            <numerusform>%n Schema-Snapshots von %1 aufgezeichnet: Migrations- und Rollback-Läufe erstellen je einen vorher und nachher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded on this machine</source>
        <translation>
            <numerusform>%n Lauf auf diesem Rechner aufgezeichnet</numerusform>
            <numerusform>%n Läufe auf diesem Rechner aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from other machines</source>
        <translation>
            <numerusform>%n von anderen Rechnern</numerusform>
            <numerusform>%n von anderen Rechnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) in the database&apos;s own history</source>
        <translation>
            <numerusform>%n Migration im Verlauf der Datenbank selbst</numerusform>
            <numerusform>%n Migrationen im Verlauf der Datenbank selbst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied outside migdesk</source>
        <translation>
            <numerusform>%n außerhalb von migdesk angewendet</numerusform>
            <numerusform>%n außerhalb von migdesk angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n shown</source>
        <translation>
            <numerusform>; %n angezeigt</numerusform>
            <numerusform>; %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to see the database&apos;s own history as well.</source>
        <translation>Verbinden Sie sich, um auch den Verlauf der Datenbank selbst zu sehen.</translation>
    </message>
    <message>
        <source>The mirror holds no schema change for this run, and its schema snapshots stay on the machine that ran it (%1).</source>
        <translation>Der Spiegel enthält keine Schemaänderung für diesen Lauf, und seine Schema-Snapshots bleiben auf dem Rechner, der ihn ausgeführt hat (%1).</translation>
    </message>
    <message>
        <source>%1.%2 was applied outside migdesk: there is no run to open.</source>
        <translation>%1.%2 wurde außerhalb von migdesk angewendet: Es gibt keinen Lauf zum Öffnen.</translation>
    </message>
    <message>
        <source>No recorded run belongs to this line.</source>
        <translation>Zu dieser Zeile gehört kein aufgezeichneter Lauf.</translation>
    </message>
    <message>
        <source>Choose two schema snapshots.</source>
        <translation>Wählen Sie zwei Schema-Snapshots.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>A schema snapshot cannot be read.</source>
        <translation>Ein Schema-Snapshot kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The two snapshots describe the same schema.</source>
        <translation>Die beiden Snapshots beschreiben dasselbe Schema.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the first snapshot to the second.</source>
        <translation>
            <numerusform>%n Änderung vom ersten zum zweiten Snapshot.</numerusform>
            <numerusform>%n Änderungen vom ersten zum zweiten Snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n size sample(s) of %1</source>
        <translation>
            <numerusform>%n Größenmessung von %1</numerusform>
            <numerusform>%n Größenmessungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Report of the runs shown</source>
        <translation>Bericht der angezeigten Läufe</translation>
    </message>
    <message>
        <source>Schema snapshots are taken around runs that migrate or roll back only.</source>
        <translation>Schema-Snapshots werden nur vor und nach Läufen erstellt, die migrieren oder ein Rollback ausführen.</translation>
    </message>
    <message>
        <source>No schema snapshot was recorded both before and after this run (it ended before migrating, or an older migdesk recorded it).</source>
        <translation>Für diesen Lauf wurde nicht sowohl vorher als auch nachher ein Schema-Snapshot aufgezeichnet (er endete vor der Migration, oder ein älteres migdesk hat ihn aufgezeichnet).</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MainWindow</name>
    <message>
        <source>migdesk</source>
        <translation>migdesk</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose, edit or test a connection profile</source>
        <translation>Verbindungsprofil auswählen, bearbeiten oder testen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>Pause or resume the periodic refresh</source>
        <translation>Regelmäßige Aktualisierung anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About migdesk</source>
        <translation>Ü&amp;ber migdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>Connection cancelled: no password given.</source>
        <translation>Verbindung abgebrochen: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — migdesk</source>
        <translation>%1 — migdesk</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>About migdesk</source>
        <translation>Über migdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;migdesk %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;migdesk %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A console for PostgreSQL DBAs who run schema migrations on production: inspect, back up, migrate, verify and roll back, with every step checked and logged.&lt;br&gt;&lt;br&gt;Built with Qt %1 and libpq %2.</source>
        <translation>Eine Konsole für PostgreSQL-DBAs, die Schemamigrationen in der Produktion durchführen: untersuchen, sichern, migrieren, verifizieren und zurückrollen, wobei jeder Schritt geprüft und protokolliert wird.&lt;br&gt;&lt;br&gt;Erstellt mit Qt %1 und libpq %2.</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>&amp;Activity and locks</source>
        <translation>A&amp;ktivität und Sperren</translation>
    </message>
    <message>
        <source>&amp;Pending migrations</source>
        <translation>Ausstehende &amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;Runbook</source>
        <translation>&amp;Runbook</translation>
    </message>
    <message>
        <source>&amp;Guided migration…</source>
        <translation>&amp;Geführte Migration…</translation>
    </message>
    <message>
        <source>Preflight, backup, migrate, verify, with the rollback at hand</source>
        <translation>Preflight, Sicherung, Migration, Verifikation, mit dem Rollback griffbereit</translation>
    </message>
    <message>
        <source>&amp;Rollback…</source>
        <translation>&amp;Rollback…</translation>
    </message>
    <message>
        <source>Migrate backwards or restore a backup</source>
        <translation>Rückwärts migrieren oder eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A runbook step is running</source>
        <translation>Ein Runbook-Schritt läuft</translation>
    </message>
    <message>
        <source>Wait for the step to finish, or cancel it in the wizard, then quit.</source>
        <translation>Warten Sie, bis der Schritt fertig ist, oder brechen Sie ihn im Assistenten ab, und beenden Sie dann.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MigratePage</name>
    <message>
        <source>No SQL: this migration changes Django&apos;s state only.</source>
        <translation>Kein SQL: diese Migration ändert nur Djangos Zustand.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Apply migrations</source>
        <translation>Migrationen &amp;anwenden</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>R&amp;ollback…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>The plan with each migration&apos;s SQL, risk and way back. A live run applies it one migration at a time and stops at the first failure.</source>
        <translation>Der Plan mit SQL, Risiko und Weg zurück jeder Migration. Ein echter Lauf wendet ihn Migration für Migration an und hält beim ersten Fehler an.</translation>
    </message>
    <message>
        <source>Go to the rollback page: migrate backwards or restore the backup</source>
        <translation>Zur Rollback-Seite: rückwärts migrieren oder die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Live watch</source>
        <translation>Live-Beobachtung</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Plan wird gelesen…</translation>
    </message>
    <message>
        <source>Applying the migrations…</source>
        <translation>Migrationen werden angewendet…</translation>
    </message>
    <message>
        <source>WAL position before the first migration: &lt;b&gt;%1&lt;/b&gt; — a point-in-time-recovery target if everything else fails.</source>
        <translation>WAL-Position vor der ersten Migration: &lt;b&gt;%1&lt;/b&gt; — ein Ziel für Point-in-Time-Recovery, falls alles andere versagt.</translation>
    </message>
    <message>
        <source>Nothing is pending: the database is up to date with %1.</source>
        <translation>Nichts steht aus: Die Datenbank ist auf dem Stand von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n Migration ausstehend.</numerusform>
            <numerusform>%n Migrationen ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a dry run: nothing was applied. Finish here, or go back and choose a live run.</source>
        <translation>Dies ist ein Probelauf: Es wurde nichts angewendet. Beenden Sie hier oder gehen Sie zurück und wählen Sie einen echten Lauf.</translation>
    </message>
    <message>
        <source>Read the plan, then apply it.</source>
        <translation>Lesen Sie den Plan und wenden Sie ihn dann an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n migration(s) applied.</source>
        <translation>
            <numerusform>%1 von %n Migration angewendet.</numerusform>
            <numerusform>%1 von %n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>&amp;Erneut anwenden</translation>
    </message>
    <message>
        <source>Way back: %1</source>
        <translation>Weg zurück: %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MigrationWatchView</name>
    <message>
        <source>Statement:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Queued behind it:</source>
        <translation>Dahinter wartend:</translation>
    </message>
    <message>
        <source>Watching for a backend named %1…</source>
        <translation>Suche nach einem Backend namens %1…</translation>
    </message>
    <message>
        <source>Stopped watching at %1; the last poll stays on screen.</source>
        <translation>Beobachtung um %1 beendet; der letzte Abruf bleibt auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Ready to watch the migration on %1.</source>
        <translation>Bereit, die Migration auf %1 zu beobachten.</translation>
    </message>
    <message>
        <source>Not connected: the watch starts with a migration run.</source>
        <translation>Nicht verbunden: Die Beobachtung beginnt mit einem Migrationslauf.</translation>
    </message>
    <message>
        <source>No backend named %1: between migrations · polled at %2</source>
        <translation>Kein Backend namens %1: zwischen Migrationen · abgerufen um %2</translation>
    </message>
    <message numerus="yes">
        <source>Backend pid %1 (and %n more with this name) · polled at %2</source>
        <translation>
            <numerusform>Backend PID %1 (und %n weiteres mit diesem Namen) · abgerufen um %2</numerusform>
            <numerusform>Backend PID %1 (und %n weitere mit diesem Namen) · abgerufen um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Backend pid %1 · polled at %2</source>
        <translation>Backend PID %1 · abgerufen um %2</translation>
    </message>
    <message>
        <source>%1; holds %2 on %3</source>
        <translation>%1; hält %2 auf %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 The values below are from the last successful poll.</source>
        <translation>%1 Die Werte unten stammen vom letzten erfolgreichen Abruf.</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MigrationsPane</name>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Django project</source>
        <translation>Django-Projekt</translation>
    </message>
    <message>
        <source>SQL folder</source>
        <translation>SQL-Ordner</translation>
    </message>
    <message>
        <source>Folder of the Django project or of V1__name.sql files</source>
        <translation>Ordner des Django-Projekts oder der Dateien V1__name.sql</translation>
    </message>
    <message>
        <source>optional: manage.py, for the real SQL and Django&apos;s own plan</source>
        <translation>optional: manage.py, für das echte SQL und Djangos eigenen Plan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Live impact and rollback</source>
        <translation>Live-Auswirkung und Rollback</translation>
    </message>
    <message>
        <source>Blockers, recommendations and problems</source>
        <translation>Blockierer, Empfehlungen und Probleme</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Choose the Django project or SQL folder whose pending migrations to assess against this database.</source>
        <translation>Wählen Sie das Django-Projekt oder den SQL-Ordner, dessen ausstehende Migrationen für diese Datenbank bewertet werden sollen.</translation>
    </message>
    <message>
        <source>Press Assess (F5) to assess %1 against this database.</source>
        <translation>Drücken Sie „Bewerten“ (F5), um %1 für diese Datenbank zu bewerten.</translation>
    </message>
    <message>
        <source>Choose a Django project or SQL folder first.</source>
        <translation>Wählen Sie zuerst ein Django-Projekt oder einen SQL-Ordner.</translation>
    </message>
    <message>
        <source>Assessed in %1.</source>
        <translation>In %1 bewertet.</translation>
    </message>
    <message>
        <source>Assessing %1…</source>
        <translation>%1 wird bewertet…</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Blockierer: %1</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Problem: %1:%2: %3</source>
        <translation>Problem: %1:%2: %3</translation>
    </message>
    <message>
        <source>Django&apos;s own plan: %1</source>
        <translation>Djangos eigener Plan: %1</translation>
    </message>
    <message>
        <source>-- No SQL for this migration: its operations are assessed by class. Set manage.py to see what sqlmigrate prints.</source>
        <translation>-- Kein SQL für diese Migration: Ihre Operationen werden nach Klasse bewertet. Geben Sie manage.py an, um zu sehen, was sqlmigrate ausgibt.</translation>
    </message>
    <message>
        <source>Takes no lock on an existing table.</source>
        <translation>Setzt keine Sperre auf eine bestehende Tabelle.</translation>
    </message>
    <message>
        <source>Rollback: %1.</source>
        <translation>Rollback: %1.</translation>
    </message>
    <message>
        <source>Phase: %1.</source>
        <translation>Phase: %1.</translation>
    </message>
    <message>
        <source>Choose the migration source</source>
        <translation>Migrationsquelle wählen</translation>
    </message>
    <message>
        <source>Export the assessment</source>
        <translation>Bewertung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; pending, %2 applied · overall risk &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; (runbook score %5) · estimated %6 · blockers now: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ausstehend, %2 angewendet · Gesamtrisiko &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; (Runbook-Punktzahl %5) · geschätzt %6 · aktuelle Blockierer: %7</translation>
    </message>
    <message>
        <source>The history did not record the assessment: %1</source>
        <translation>Der Verlauf hat die Bewertung nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Rates measured over %1.</source>
        <translation>Raten über %1 gemessen.</translation>
    </message>
    <message>
        <source>Measuring the tables&apos; rates over %1…</source>
        <translation>Die Raten der Tabellen werden über %1 gemessen…</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::OverviewPane</name>
    <message>
        <source>Server and database</source>
        <translation>Server und Datenbank</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation>Datenbankgröße:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Betriebszeit:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>Cache hit ratio:</source>
        <translation>Cache-Trefferquote:</translation>
    </message>
    <message>
        <source>Transactions/s:</source>
        <translation>Transaktionen/s:</translation>
    </message>
    <message>
        <source>Largest tables</source>
        <translation>Größte Tabellen</translation>
    </message>
    <message>
        <source>Sessions by state</source>
        <translation>Sitzungen nach Status</translation>
    </message>
    <message>
        <source>Not connected. Choose a connection profile (Ctrl+O).</source>
        <translation>Nicht verbunden. Wählen Sie ein Verbindungsprofil (Strg+O).</translation>
    </message>
    <message>
        <source>%1 (standby)</source>
        <translation>%1 (Standby)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>Updated %1 · refreshes every %2 s</source>
        <translation>Aktualisiert um %1 · Aktualisierung alle %2 s</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::Pane</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost (%1). Reconnecting in %2…</source>
        <translation>Verbindung unterbrochen (%1). Neuer Verbindungsversuch in %2…</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::PasswordPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>No keychain service is running: the password is kept in memory until migdesk exits.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Das Passwort wird bis zum Beenden von migdesk im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::PreflightPage</name>
    <message>
        <source>&amp;Dry run: show the plan, change nothing</source>
        <translation>&amp;Probelauf: den Plan zeigen, nichts ändern</translation>
    </message>
    <message>
        <source>&amp;Live run: back up, apply the migrations, verify</source>
        <translation>&amp;Echter Lauf: sichern, Migrationen anwenden, verifizieren</translation>
    </message>
    <message>
        <source>Also a &amp;plain SQL dump (made from the archive)</source>
        <translation>Zusätzlich ein &amp;reiner SQL-Dump (aus dem Archiv erzeugt)</translation>
    </message>
    <message>
        <source>P&amp;rove it: restore into a throwaway server and compare row counts</source>
        <translation>Nach&amp;weisen: in einem temporären Server wiederherstellen und Zeilenzahlen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>The runbook&apos;s checklist before anything changes. Next waits until the checks found nothing worse than warnings.</source>
        <translation>Die Checkliste des Runbooks, bevor sich etwas ändert. Weiter wartet, bis die Prüfungen nichts Schlimmeres als Warnungen gefunden haben.</translation>
    </message>
    <message>
        <source>Django project</source>
        <translation>Django-Projekt</translation>
    </message>
    <message>
        <source>SQL folder</source>
        <translation>SQL-Ordner</translation>
    </message>
    <message>
        <source>Folder of the Django project or of V1__name.sql files</source>
        <translation>Ordner des Django-Projekts oder der Dateien V1__name.sql</translation>
    </message>
    <message>
        <source>manage.py: Django applies and reverts the migrations</source>
        <translation>manage.py: Django wendet die Migrationen an und nimmt sie zurück</translation>
    </message>
    <message>
        <source>Custom (one file)</source>
        <translation>Custom (eine Datei)</translation>
    </message>
    <message>
        <source>Directory (parallel jobs)</source>
        <translation>Verzeichnis (parallele Jobs)</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Success and failure are posted there. The URL is a secret: it is kept in the system keychain, never in the settings file or the log.</source>
        <translation>Erfolg und Fehlschlag werden dorthin gemeldet. Die URL ist geheim: Sie wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei oder im Log.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>manage.py:</source>
        <translation>manage.py:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <source>Choose the migration source</source>
        <translation>Migrationsquelle wählen</translation>
    </message>
    <message>
        <source>Choose the project&apos;s manage.py</source>
        <translation>manage.py des Projekts wählen</translation>
    </message>
    <message>
        <source>manage.py (manage.py);;Python (*.py)</source>
        <translation>manage.py (manage.py);;Python (*.py)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>This is a production database. Type its name, &lt;b&gt;%1&lt;/b&gt;, to allow a live run:</source>
        <translation>Dies ist eine Produktionsdatenbank. Tippen Sie ihren Namen, &lt;b&gt;%1&lt;/b&gt;, ein, um einen echten Lauf zu erlauben:</translation>
    </message>
    <message>
        <source>Choose the Django project or SQL folder, then run the checks.</source>
        <translation>Wählen Sie das Django-Projekt oder den SQL-Ordner und führen Sie dann die Prüfungen aus.</translation>
    </message>
    <message>
        <source>The choices changed since the checks ran: run them again.</source>
        <translation>Die Auswahl hat sich seit den Prüfungen geändert: Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Choose the Django project or SQL folder whose migrations to run.</source>
        <translation>Wählen Sie das Django-Projekt oder den SQL-Ordner, dessen Migrationen ausgeführt werden sollen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Running the preflight checks…</source>
        <translation>Preflight-Prüfungen laufen…</translation>
    </message>
    <message>
        <source>A check failed: fix what it says and run the checks again.</source>
        <translation>Eine Prüfung ist fehlgeschlagen: Beheben Sie, was sie meldet, und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>Warnings only: read them, then go on.</source>
        <translation>Nur Warnungen: Lesen Sie sie und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Mode: dry run (nothing will be changed)</source>
        <translation>Modus: Probelauf (es wird nichts geändert)</translation>
    </message>
    <message>
        <source>Mode: live run on production, confirmed by typing the database name</source>
        <translation>Modus: echter Lauf auf Produktion, bestätigt durch Eintippen des Datenbanknamens</translation>
    </message>
    <message>
        <source>Mode: live run</source>
        <translation>Modus: echter Lauf</translation>
    </message>
    <message>
        <source>The webhook URL is kept for this session only: %1</source>
        <translation>Die Webhook-URL wird nur für diese Sitzung aufbewahrt: %1</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db, host=… dbname=…, or a service name</source>
        <translation>postgresql://user@host:5432/db, host=… dbname=… oder ein Dienstname</translation>
    </message>
    <message>
        <source>from the connection string, PGHOST or the local socket</source>
        <translation>aus der Verbindungszeichenfolge, PGHOST oder dem lokalen Socket</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>unchanged; stored in the system keychain</source>
        <translation>unverändert; im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Um&amp;gebung:</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Leave fields empty to use libpq&apos;s defaults: PGHOST, PGPORT, PGSERVICE and the other PG* variables, and ~/.pgpass.</source>
        <translation>Lassen Sie Felder leer, um die Standardwerte von libpq zu verwenden: PGHOST, PGPORT, PGSERVICE und die anderen PG*-Variablen sowie ~/.pgpass.</translation>
    </message>
    <message>
        <source>Another profile is already called &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein anderes Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>neues Profil</translation>
    </message>
    <message>
        <source>Duplicated. The copy has no stored password; enter one if it needs it.</source>
        <translation>Dupliziert. Die Kopie hat kein gespeichertes Passwort; geben Sie bei Bedarf eines ein.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its stored password?</source>
        <translation>Das Profil &apos;%1&apos; und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>Profil gespeichert; das Passwort liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Profile saved. %1 It is kept in memory until migdesk exits.</source>
        <translation>Profil gespeichert. %1 Es wird bis zum Beenden von migdesk im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, database %2 as %3.</source>
        <translation>Verbunden: PostgreSQL %1, Datenbank %2 als %3.</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::RollbackPage</name>
    <message>
        <source>&amp;Migrate backwards</source>
        <translation>&amp;Rückwärts migrieren</translation>
    </message>
    <message>
        <source>each app to its &amp;previous migration</source>
        <translation>jede App auf ihre &amp;vorherige Migration</translation>
    </message>
    <message>
        <source>to a named &amp;target:</source>
        <translation>auf ein benanntes &amp;Ziel:</translation>
    </message>
    <message>
        <source>Restore the &amp;backup</source>
        <translation>Die &amp;Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Start the rollback</source>
        <translation>Rollback &amp;starten</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>A pre-rollback backup first, then the way you choose, then the verification again.</source>
        <translation>Zuerst eine Sicherung vor dem Rollback, dann der gewählte Weg, dann erneut die Verifikation.</translation>
    </message>
    <message>
        <source>APP:NAME, APP:zero, or a version of the SQL folder</source>
        <translation>APP:NAME, APP:zero oder eine Version des SQL-Ordners</translation>
    </message>
    <message>
        <source>the backup&apos;s .json, its archive or its directory</source>
        <translation>die .json der Sicherung, ihr Archiv oder ihr Verzeichnis</translation>
    </message>
    <message>
        <source>1 restores in one transaction (all or nothing); more is faster but not atomic</source>
        <translation>1 stellt in einer Transaktion wieder her (alles oder nichts); mehr ist schneller, aber nicht atomar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Way back</source>
        <translation>Weg zurück</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>The %1 step did not succeed: %2 Choose how to go back.</source>
        <translation>Der Schritt %1 war nicht erfolgreich: %2 Wählen Sie den Weg zurück.</translation>
    </message>
    <message>
        <source>Undo migrations on %1 (%2): choose the way back.</source>
        <translation>Migrationen auf %1 (%2) rückgängig machen: Wählen Sie den Weg zurück.</translation>
    </message>
    <message>
        <source>This is a production database. Type its name, &lt;b&gt;%1&lt;/b&gt;, to allow the rollback:</source>
        <translation>Dies ist eine Produktionsdatenbank. Tippen Sie ihren Namen, &lt;b&gt;%1&lt;/b&gt;, ein, um das Rollback zu erlauben:</translation>
    </message>
    <message>
        <source>Working out what the rollback will do…</source>
        <translation>Es wird ermittelt, was das Rollback tun wird…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wiederherzustellende Sicherung wählen</translation>
    </message>
    <message>
        <source>migdesk backups (*.json *.backup);;All files (*)</source>
        <translation>migdesk-Sicherungen (*.json *.backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>%1 wird zurückgerollt…</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::RunDetailDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 auf %2, %3</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>Schritte (%1)</translation>
    </message>
    <message>
        <source>Migrations and SQL (%1)</source>
        <translation>Migrationen und SQL (%1)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Sicherungen (%1)</translation>
    </message>
    <message>
        <source>Schema diff (%1)</source>
        <translation>Schemavergleich (%1)</translation>
    </message>
    <message>
        <source>Schema diff</source>
        <translation>Schemavergleich</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Als HTML exportieren…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <source>%1, run %2</source>
        <translation>%1, Lauf %2</translation>
    </message>
    <message>
        <source> (local id %1)</source>
        <translation> (lokale ID %1)</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>, profile %1 (%2)</source>
        <translation>, Profil %1 (%2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Who, from where:</source>
        <translation>Wer, von wo:</translation>
    </message>
    <message>
        <source>Production confirmed by:</source>
        <translation>Produktion bestätigt von:</translation>
    </message>
    <message>
        <source>WAL position before migrating:</source>
        <translation>WAL-Position vor der Migration:</translation>
    </message>
    <message>
        <source>Read from the database&apos;s migdesk schema: recorded on %1.</source>
        <translation>Aus dem migdesk-Schema der Datenbank gelesen: aufgezeichnet auf %1.</translation>
    </message>
    <message>
        <source>Also recorded in the database&apos;s migdesk schema.</source>
        <translation>Auch im migdesk-Schema der Datenbank aufgezeichnet.</translation>
    </message>
    <message>
        <source>Shared record:</source>
        <translation>Gemeinsame Aufzeichnung:</translation>
    </message>
    <message>
        <source>Step durations:</source>
        <translation>Dauer der Schritte:</translation>
    </message>
    <message>
        <source>Select a migration to see its SQL.</source>
        <translation>Wählen Sie eine Migration, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <source>-- failed: %1

</source>
        <translation>-- fehlgeschlagen: %1

</translation>
    </message>
    <message>
        <source>Search the log (Enter: next)</source>
        <translation>Im Log suchen (Eingabetaste: nächster Treffer)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check or rule</source>
        <translation>Prüfung oder Regel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The schema is the same before and after this run.</source>
        <translation>Das Schema ist vor und nach diesem Lauf gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between the snapshots taken before and after this run.</source>
        <translation>
            <numerusform>%n Änderung zwischen den Snapshots vor und nach diesem Lauf.</numerusform>
            <numerusform>%n Änderungen zwischen den Snapshots vor und nach diesem Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the run to PDF</source>
        <translation>Lauf als PDF drucken</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>Bericht des Laufs exportieren</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Statements (%1)</source>
        <translation>Anweisungen (%1)</translation>
    </message>
    <message>
        <source>Select a migration to see how long each of its statements took.</source>
        <translation>Wählen Sie eine Migration, um zu sehen, wie lange jede ihrer Anweisungen dauerte.</translation>
    </message>
    <message>
        <source>%1 did not run, so none of its statements was timed.</source>
        <translation>%1 lief nicht, daher wurde keine ihrer Anweisungen gemessen.</translation>
    </message>
    <message>
        <source>%1 ran no SQL statement.</source>
        <translation>%1 führte keine SQL-Anweisung aus.</translation>
    </message>
    <message>
        <source>No statement timings were recorded for %1. Runs recorded before migdesk timed each statement keep only the migration&apos;s total time, shown in the table above.</source>
        <translation>Für %1 wurden keine Anweisungszeiten aufgezeichnet. Läufe, die aufgezeichnet wurden, bevor migdesk jede Anweisung maß, behalten nur die Gesamtzeit der Migration, die in der Tabelle oben steht.</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::RunbookWizard</name>
    <message>
        <source>Rollback of %1 (%2)</source>
        <translation>Rollback von %1 (%2)</translation>
    </message>
    <message>
        <source>Migration of %1 (%2)</source>
        <translation>Migration von %1 (%2)</translation>
    </message>
    <message>
        <source>Rollback — %1</source>
        <translation>Rollback — %1</translation>
    </message>
    <message>
        <source>Guided migration — %1</source>
        <translation>Geführte Migration — %1</translation>
    </message>
    <message>
        <source>%1 The run is logged in this window only.</source>
        <translation>%1 Der Lauf wird nur in diesem Fenster protokolliert.</translation>
    </message>
    <message>
        <source>Starting the rollback (run %1)</source>
        <translation>Rollback wird gestartet (Lauf %1)</translation>
    </message>
    <message>
        <source>Starting the guided migration (run %1)</source>
        <translation>Geführte Migration wird gestartet (Lauf %1)</translation>
    </message>
    <message>
        <source>Database: %1 on %2, profile %3, environment %4</source>
        <translation>Datenbank: %1 auf %2, Profil %3, Umgebung %4</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log-Datei: %1</translation>
    </message>
    <message>
        <source>Cancel requested by the user</source>
        <translation>Abbruch vom Benutzer angefordert</translation>
    </message>
    <message>
        <source>The window was closed before the summary: the run ends here, with the steps it took.</source>
        <translation>Das Fenster wurde vor der Zusammenfassung geschlossen: Der Lauf endet hier, mit den Schritten, die er getan hat.</translation>
    </message>
    <message>
        <source>Recording the run and notifying the team before the window closes…</source>
        <translation>Der Lauf wird aufgezeichnet und das Team benachrichtigt, bevor das Fenster schließt …</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::SessionActionDialog</name>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Cancel the running query of backend %1 (user %2)? The session stays connected; its transaction is rolled back if the query was in one.</source>
        <translation>Die laufende Abfrage von Backend %1 (Benutzer %2) abbrechen? Die Sitzung bleibt verbunden; ihre Transaktion wird zurückgerollt, falls die Abfrage in einer lief.</translation>
    </message>
    <message>
        <source>Terminate backend %1 (user %2)? Its connection is closed and any open transaction is rolled back.</source>
        <translation>Backend %1 (Benutzer %2) beenden? Seine Verbindung wird geschlossen und jede offene Transaktion wird zurückgerollt.</translation>
    </message>
    <message>
        <source>Leave it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The session is on &lt;b&gt;%1&lt;/b&gt;, a production database or one this profile does not describe. Type its name to confirm.</source>
        <translation>Die Sitzung gehört zu &lt;b&gt;%1&lt;/b&gt;, einer Produktionsdatenbank oder einer, die dieses Profil nicht beschreibt. Geben Sie ihren Namen zur Bestätigung ein.</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::StepLogView</name>
    <message>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::StepProgressBar</name>
    <message>
        <source>elapsed %1 · about %2 left</source>
        <translation>vergangen %1 · noch etwa %2</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::StepRunView</name>
    <message>
        <source>Cancel step</source>
        <translation>Schritt abbrechen</translation>
    </message>
    <message>
        <source>Stop the running step: the process is killed or the statement cancelled, and nothing half-done is kept</source>
        <translation>Den laufenden Schritt anhalten: Der Prozess wird beendet oder die Anweisung abgebrochen, und nichts Halbfertiges wird behalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 %2 after %3: %4</source>
        <translation>%1 %2 nach %3: %4</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::SummaryPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What ran, how long each step took and how it ended.</source>
        <translation>Was lief, wie lange jeder Schritt dauerte und wie er endete.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n step(s) in %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n Schritt in %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n Schritte in %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run log: %1</source>
        <translation>Lauf-Log: %1</translation>
    </message>
    <message>
        <source>No webhook is set for this profile: no notification was sent.</source>
        <translation>Für dieses Profil ist kein Webhook eingerichtet: Es wurde keine Benachrichtigung gesendet.</translation>
    </message>
    <message>
        <source>Sending the notification…</source>
        <translation>Benachrichtigung wird gesendet…</translation>
    </message>
    <message>
        <source>Notifying the team…</source>
        <translation>Das Team wird benachrichtigt…</translation>
    </message>
    <message>
        <source>The notification was posted.</source>
        <translation>Die Benachrichtigung wurde gesendet.</translation>
    </message>
    <message>
        <source>The notification could not be posted; the run itself is not affected. The log says why.</source>
        <translation>Die Benachrichtigung konnte nicht gesendet werden; der Lauf selbst ist nicht betroffen. Das Log nennt den Grund.</translation>
    </message>
    <message>
        <source>Save the run report</source>
        <translation>Laufbericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>WAL position before the first migration: %1</source>
        <translation>WAL-Position vor der ersten Migration: %1</translation>
    </message>
    <message>
        <source>History and notification</source>
        <translation>Verlauf und Benachrichtigung</translation>
    </message>
    <message>
        <source>The run is recorded in the history on this machine.</source>
        <translation>Der Lauf ist im Verlauf auf diesem Rechner aufgezeichnet.</translation>
    </message>
    <message>
        <source>Recording the run in %1 as well…</source>
        <translation>Der Lauf wird auch in %1 aufgezeichnet…</translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation>Der Lauf wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>The run is recorded in the history here and in %1 (migdesk.runs), where reviewers on other machines see it.</source>
        <translation>Der Lauf ist hier im Verlauf und in %1 (migdesk.runs) aufgezeichnet, wo Prüfer auf anderen Rechnern ihn sehen.</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TableGrowthChart</name>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>No table sizes recorded yet: the tables pane stores them at most once an hour</source>
        <translation>Noch keine Tabellengrößen aufgezeichnet: Der Bereich Tabellen speichert sie höchstens einmal pro Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Growth of the %n largest table(s)</source>
        <translation>
            <numerusform>Wachstum der größten Tabelle</numerusform>
            <numerusform>Wachstum der %n größten Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TableSizeChart</name>
    <message numerus="yes">
        <source>Largest %n table(s)</source>
        <translation>
            <numerusform>Die %n größte Tabelle</numerusform>
            <numerusform>Die %n größten Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TablesPane</name>
    <message>
        <source>Filter tables by name</source>
        <translation>Tabellen nach Namen filtern</translation>
    </message>
    <message>
        <source>Chart: largest </source>
        <translation>Diagramm: größte </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the visible tables as CSV or JSON</source>
        <translation>Die sichtbaren Tabellen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Loading the tables of %1…</source>
        <translation>Die Tabellen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read in %1.</source>
        <translation>
            <numerusform>%n Tabelle in %1 gelesen.</numerusform>
            <numerusform>%n Tabellen in %1 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>All schemas</source>
        <translation>Alle Schemas</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Datenbank %1: %2 in %n Tabelle</numerusform>
            <numerusform>Datenbank %1: %2 in %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source> · selected: %1 (%2 % of the database)</source>
        <translation> · ausgewählt: %1 (%2 % der Datenbank)</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Tabellen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) listed, sizes estimated; measuring: %1 of %2…</source>
        <translation>
            <numerusform>%n Tabelle aufgelistet, Größen geschätzt; gemessen: %1 von %2…</numerusform>
            <numerusform>%n Tabellen aufgelistet, Größen geschätzt; gemessen: %1 von %2…</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>migdesk::ui::VerifyPage</name>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>R&amp;ollback…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>The runbook&apos;s checks after the migration, on a read-only connection.</source>
        <translation>Die Prüfungen des Runbooks nach der Migration, über eine schreibgeschützte Verbindung.</translation>
    </message>
    <message>
        <source>optional: https://app.example.com/health, must answer 2xx</source>
        <translation>optional: https://app.example.com/health, muss mit 2xx antworten</translation>
    </message>
    <message>
        <source>optional: a file of smoke queries (-- name:, -- expect:, SQL)</source>
        <translation>optional: eine Datei mit Smoke-Abfragen (-- name:, -- expect:, SQL)</translation>
    </message>
    <message>
        <source>Go to the rollback page: migrate backwards or restore the backup</source>
        <translation>Zur Rollback-Seite: rückwärts migrieren oder die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Health URL:</source>
        <translation>Health-URL:</translation>
    </message>
    <message>
        <source>Smoke queries:</source>
        <translation>Smoke-Abfragen:</translation>
    </message>
    <message>
        <source>Choose the smoke-query file</source>
        <translation>Datei mit Smoke-Abfragen wählen</translation>
    </message>
    <message>
        <source>SQL (*.sql);;All files (*)</source>
        <translation>SQL (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird verifiziert…</translation>
    </message>
    <message>
        <source>The verification failed: read the red checks, then fix forward or roll back.</source>
        <translation>Die Verifikation ist fehlgeschlagen: Lesen Sie die roten Prüfungen, dann korrigieren Sie vorwärts oder führen ein Rollback aus.</translation>
    </message>
    <message>
        <source>Verified, with warnings worth a look.</source>
        <translation>Verifiziert, mit Warnungen, die einen Blick wert sind.</translation>
    </message>
    <message>
        <source>Verified: every check passed.</source>
        <translation>Verifiziert: alle Prüfungen bestanden.</translation>
    </message>
</context>
</TS>
