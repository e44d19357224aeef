// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "risk/assessment.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QTabWidget;

namespace migdesk::models {
class FindingsModel;
class PendingMigrationsModel;
} // namespace migdesk::models

namespace migdesk::ui {

// Pending migrations and their risk on this database today: the plan in order with the
// runbook's score, the linter's findings on the SQL, the live impact of each lock, rollback and
// zero-downtime phase; the overall risk, time estimate, recommendations and current blockers.
// Assesses on demand (the Assess button or F5); the source is remembered per profile.
class MigrationsPane : public Pane
{
    Q_OBJECT
public:
    explicit MigrationsPane(QWidget* parent = nullptr);
    ~MigrationsPane() override;

    void refresh() override;
    void setSource(bool sqlFolder, const QString& path, const QString& managePy = {});
    // The source as the fields show it.
    bool sourceIsSqlFolder() const;
    QString sourcePath() const;
    QString managePyPath() const;

    models::PendingMigrationsModel* model() const { return m_pending; }
    QTableView* view() const { return m_view; }
    QPlainTextEdit* sqlView() const { return m_sql; }
    void selectMigration(int row);
    bool exportTo(const QString& path, QString* error) const; // .md, .html or .json

protected:
    void targetChanged() override;
    void showError(const QString& sentence) override;

private:
    void showAssessment(const core::Assessment& assessment);
    void measureRates(const core::Assessment& instant, const QString& status);
    void showMigration(int row);
    void chooseSource();
    void chooseExportFile();
    void rememberSource();
    QString settingsKey() const;

    models::PendingMigrationsModel* m_pending;
    models::FindingsModel* m_findings;
    QStringListModel* m_impacts;
    QStringListModel* m_notes; // blockers, recommendations, problems
    QComboBox* m_kind;
    QLineEdit* m_path;
    QLineEdit* m_managePy;
    QPushButton* m_assess;
    QLabel* m_summary;
    QLabel* m_status;
    QTableView* m_view;
    QTableView* m_findingsView;
    QPlainTextEdit* m_sql;
    QLabel* m_rollback;
    QTabWidget* m_detail = nullptr;
};

} // namespace migdesk::ui
