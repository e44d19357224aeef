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
                     pending migrations with the runbook&apos;s score, lint findings and live lock
                     impact; exit 1 when the overall risk is high or a blocker is running
  lint FILE.sql... [--severity error|warning|info] [--pg-version NUM]
                     the SQL linter alone, no database; exit 1 on a finding of that severity

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
  --lang LANG        Sprache der Benutzeroberfläche (en, de); Standard: die des Systems
  -v, --version      die Version ausgeben
  -h, --help         diese Hilfe ausgeben

Befehle:
  overview           Server, Größe, Betriebszeit, Sitzungen, Cache-Trefferquote, Transaktionen/s,
                     größte Tabellen
  tables [--top N] [--partitions]
                     jede Tabelle mit Gesamt-, Heap-, Index- und TOAST-Größe, Zeilen, Aktivität,
                     VACUUM
  activity [--long SECONDS]
                     Sitzungen mit Status, Dauern, Wartezuständen und Blockierern; Exit-Code 1,
                     wenn eine Abfrage länger als SECONDS läuft (Standard 60)
  locks              der Blockierungsbaum und die nicht gewährten Sperren; Exit-Code 1, wenn auf
                     eine Sperre gewartet wird
  assess (--django PATH | --sql-dir PATH) [--manage-py PATH --python PATH]
                     ausstehende Migrationen mit der Runbook-Punktzahl, Lint-Befunden und
                     Live-Auswirkung der Sperren; Exit-Code 1, wenn das Gesamtrisiko hoch ist
                     oder ein Blockierer läuft
  lint FILE.sql... [--severity error|warning|info] [--pg-version NUM]
                     nur der SQL-Linter, ohne Datenbank; Exit-Code 1 bei einem Befund dieses
                     Schweregrads

Verbindung (für Befehle):
  --profile NAME     ein gespeichertes Verbindungsprofil (Passwort aus dem Schlüsselbund)
  --dsn DSN          eine libpq-URI oder conninfo-Zeichenfolge
  (keines)           die PG*-Umgebungsvariablen, PGSERVICE und ~/.pgpass
  --json             maschinenlesbare Ausgabe

Exit-Codes: 0 ok, 1 der Schritt ist fehlgeschlagen oder hat Probleme gefunden, 2 falscher Aufruf
oder falsche Eingabe, 3 keine Verbindung möglich.
</translation>
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
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source> (about %1 queries at today&apos;s rate)</source>
        <translation> (etwa %1 Abfragen beim heutigen Aufkommen)</translation>
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
</context>
<context>
    <name>SqlFolderHistory</name>
    <message>
        <source>Version %1 is already recorded as applied in %2.</source>
        <translation>Version %1 ist in %2 bereits als angewendet verzeichnet.</translation>
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
        <source> The action log %1 could not be written.</source>
        <translation> Das Aktionsprotokoll %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Sessions: %1 · running long: %2 · waiting on a lock: %3 · root blockers: %4 · locks: %5 · updated %6</source>
        <translation>Sitzungen: %1 · lang laufend: %2 · auf Sperre wartend: %3 · Hauptblockierer: %4 · Sperren: %5 · aktualisiert %6</translation>
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
        <source>This is PRODUCTION. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Dies ist PRODUKTION. Geben Sie zur Bestätigung den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Leave it running</source>
        <translation>Weiterlaufen lassen</translation>
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
</context>
</TS>
