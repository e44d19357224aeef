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
                     alle Tabellen mit Gesamt-, Heap-, Index- und TOAST-Größe, Zeilen, Aktivität,
                     VACUUM
  activity [--long SECONDS]
                     Sitzungen mit Status, Dauern, Wartezuständen und Blockierern; Exit-Code 1,
                     wenn eine Abfrage länger als SECONDS läuft (Standard 60)
  locks              der Blockierungsbaum und die nicht gewährten Sperren; Exit-Code 1, wenn auf
                     eine Sperre gewartet wird

Verbindung (für Befehle):
  --profile NAME     ein gespeichertes Verbindungsprofil (Passwort aus dem Schlüsselbund)
  --dsn DSN          eine libpq-URI oder conninfo-Zeichenfolge
  (keins davon)      die PG*-Umgebungsvariablen, PGSERVICE und ~/.pgpass
  --json             maschinenlesbare Ausgabe

Exit-Codes: 0 OK, 1 der Schritt ist fehlgeschlagen oder hat Probleme gefunden, 2 falscher Aufruf
oder falsche Eingabe, 3 keine Verbindung möglich.
</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
