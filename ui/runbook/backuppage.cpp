// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppage.h"

#include "common/units.h"
#include "models/backupfilesmodel.h"
#include "models/backupproofmodel.h"
#include "runbook/backupmetadata.h"
#include "runbook/backupstep.h"
#include "runbookwizard.h"
#include "steprunview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

QTreeView* listView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

BackupPage::BackupPage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_plan(new QLabel(this)),
      m_start(new QPushButton(tr("&Back up now"), this)), m_runView(new StepRunView(this)),
      m_tabs(new QTabWidget(this)), m_filesModel(new models::BackupFilesModel(this)),
      m_proofModel(new models::BackupProofModel(this)), m_files(listView(m_filesModel, this)),
      m_proof(listView(m_proofModel, this)), m_proofSummary(new QLabel(this)),
      m_metadata(new QLabel(this))
{
    setTitle(tr("Backup"));
    setSubTitle(tr("One pg_dump run, checked: non-empty, SHA-256 of every file, readable by "
                   "pg_restore, and a metadata file beside it."));
    m_plan->setObjectName(QStringLiteral("backupPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::RichText);
    m_start->setObjectName(QStringLiteral("startBackup"));
    m_files->setObjectName(QStringLiteral("backupFiles"));
    m_proof->setObjectName(QStringLiteral("backupProof"));
    m_metadata->setObjectName(QStringLiteral("backupMetadata"));
    m_metadata->setWordWrap(true);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->header()->setStretchLastSection(true);
    m_proof->header()->setStretchLastSection(false);

    auto* filesPage = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(filesPage);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addWidget(m_metadata);
    m_tabs->addTab(filesPage, tr("Files"));
    m_proofSummary->setObjectName(QStringLiteral("proofSummary"));
    m_proofSummary->setWordWrap(true);
    auto* proofPage = new QWidget(this);
    auto* proofLayout = new QVBoxLayout(proofPage);
    proofLayout->addWidget(m_proofSummary);
    proofLayout->addWidget(m_proof, 1);
    m_tabs->addTab(proofPage, tr("Proof by restore"));
    m_tabs->setTabEnabled(1, false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_plan, 1);
    top->addWidget(m_start, 0, Qt::AlignTop);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_start, &QPushButton::clicked, this, &BackupPage::startBackup);
    connect(m_runView, &StepRunView::cancelRequested, &wizard, &RunbookWizard::cancelStep);
}

void BackupPage::initializePage()
{
    const RunbookRun& run = runbook().run();
    const core::BackupOptions& o = run.backup.options;
    QString plan =
        o.format == core::BackupOptions::Format::Directory
            ? tr("pg_dump of <b>%1</b> in directory format with %2 parallel jobs into %3.")
                  .arg(run.target.database().toHtmlEscaped())
                  .arg(o.jobs)
                  .arg(o.directory.toHtmlEscaped())
            : tr("pg_dump of <b>%1</b> in custom format into %2.")
                  .arg(run.target.database().toHtmlEscaped(), o.directory.toHtmlEscaped());
    if (o.plain)
        plan += QLatin1Char(' ') + tr("A plain SQL dump is made from the archive as well.");
    if (run.backup.prove)
        plan += QLatin1Char(' ') + tr("Then the backup is proven: restored into a throwaway "
                                      "server and its row counts compared table by table.");
    plan += QStringLiteral("<br>") +
            (run.dryRun ? tr("A dry run changes nothing, so the backup is optional here: take it "
                             "to time it, or go on.")
                        : tr("The live run goes on only with a backup that succeeded."));
    m_plan->setText(plan);
}

void BackupPage::startBackup()
{
    const RunbookRun& run = runbook().run();
    const core::RunbookTarget target = run.target;
    const core::BackupPlan plan = run.backup;
    m_filesModel->setFiles({});
    m_proofModel->setTables({});
    m_proofSummary->clear();
    m_metadata->clear();
    m_tabs->setTabEnabled(1, false);
    const bool started = runbook().runStep(
        m_runView, tr("Backing up %1…").arg(target.database()),
        [target, plan](const core::StepContext& context) {
            return core::BackupStep::run(target, plan, context);
        },
        [this](const core::StepResult& result) {
            m_result = result;
            runbook().record(result);
            if (result.ok() && result.backup())
                runbook().run().backupMetadataPath = result.backup()->metadataPath;
            showResult(result);
            m_start->setText(tr("&Back up again"));
            updateComplete();
        });
    if (started)
        updateComplete();
}

void BackupPage::showResult(const core::StepResult& result)
{
    const core::BackupReport* backup = result.backup();
    if (!backup)
        return;
    const core::BackupMetadata& metadata = backup->metadata;
    m_filesModel->setFiles(metadata.files);
    for (int c = 0; c < models::BackupFilesModel::Sha256; ++c)
        m_files->resizeColumnToContents(c);
    m_metadata->setText(tr("%1 in all, %2 file(s); database %3 was %4 when the dump began. "
                           "Metadata: %5")
                            .arg(core::formatBytes(metadata.totalBytes()))
                            .arg(metadata.files.size())
                            .arg(metadata.database, core::formatBytes(metadata.databaseBytes),
                                 backup->metadataPath));
    if (backup->proof)
        showProof(*backup->proof);
}

void BackupPage::showProof(const core::StepResult& proof)
{
    m_proofModel->setTables(proof.proof() ? proof.proof()->tables
                                          : std::vector<core::BackupProofReport::Table>());
    for (int c = 0; c < models::BackupProofModel::ColumnCount; ++c)
        m_proof->resizeColumnToContents(c);
    m_tabs->setTabEnabled(1, true);
    m_proofSummary->setText(proof.sentence);
    m_tabs->setCurrentIndex(1);
}

bool BackupPage::isReady() const
{
    return runbook().run().dryRun || (m_result && m_result->ok());
}

} // namespace migdesk::ui
