// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/schemachange.h"
#include "reportexport.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace migdesk::models {
class RunMigrationsModel;
class RunStatementsModel;
class RunStepsModel;
class SchemaDiffModel;
} // namespace migdesk::models

namespace migdesk::ui {

// A recorded run as a reviewer reads it: what, where, who (and who confirmed), when and how it
// ended; its steps with durations, the migrations with their SQL, lock figures and each
// statement's time, the log with a search field, the findings it was based on, the backups,
// and the schema diff between the snapshots taken before and after it. Exports the run's report as
// HTML, Markdown, JSON or PDF. Shows values only: the history pane reads them on its worker
// threads.
class RunDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // What the detail shows: the run, and the schema diff of its before/after snapshots when
    // both exist (diffNote says why not otherwise).
    struct Contents
    {
        core::RunRecord run;
        std::vector<core::SchemaChange> diff;
        bool hasDiff = false;
        QString diffNote;
    };

    explicit RunDetailDialog(const Contents& contents, QWidget* parent = nullptr);

    const Contents& contents() const { return m_contents; }
    QTabWidget* tabs() const { return m_tabs; }
    models::RunStepsModel* stepsModel() const { return m_steps; }
    models::RunMigrationsModel* migrationsModel() const { return m_migrations; }
    // The selected migration's statements, and the sorted view of them the dialog shows.
    models::RunStatementsModel* statementsModel() const { return m_statements; }
    QSortFilterProxyModel* sortedStatements() const { return m_sortedStatements; }
    QTableView* migrationsView() const { return m_migrationsView; }
    QTabWidget* migrationTabs() const { return m_migrationTabs; }
    models::SchemaDiffModel* diffModel() const { return m_diff; }
    QPlainTextEdit* logView() const { return m_log; }
    QTreeWidget* findingsView() const { return m_findings; }

    // Highlights every occurrence of text in the log and moves to the next one after the
    // cursor (wrapping); returns how many there are.
    int searchLog(const QString& text);
    bool exportTo(const QString& path, ReportExport::Format format, QString* error) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFacts();
    QWidget* createSteps();
    QWidget* createMigrations();
    QWidget* createLog();
    QWidget* createFindings();
    QWidget* createBackups();
    QWidget* createDiff();
    void showStatements(const core::RunMigrationRecord* migration);
    void revealFailedStatement();
    void chooseExport(ReportExport::Format format);

    Contents m_contents;
    models::RunStepsModel* m_steps;
    models::RunMigrationsModel* m_migrations;
    models::RunStatementsModel* m_statements;
    models::SchemaDiffModel* m_diff;
    QTabWidget* m_tabs;
    QTableView* m_migrationsView = nullptr;
    QTabWidget* m_migrationTabs = nullptr;
    QStackedWidget* m_statementsPage = nullptr;
    QSortFilterProxyModel* m_sortedStatements = nullptr;
    QTableView* m_statementsView = nullptr;
    QLabel* m_statementsNote = nullptr;
    // The failed statement's source row, to scroll to once the statements view is shown and
    // laid out (a hidden view cannot scroll); -1 when there is nothing to reveal.
    int m_revealRow = -1;
    QPlainTextEdit* m_log = nullptr;
    QLineEdit* m_logSearch = nullptr;
    QLabel* m_logMatches = nullptr;
    QTreeWidget* m_findings = nullptr;
    QLabel* m_status;
};

} // namespace migdesk::ui
