// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundetaildialog.h"

#include "common/units.h"
#include "exportfile.h"
#include "history/runreport.h"
#include "models/runmigrationsmodel.h"
#include "models/runstatementsmodel.h"
#include "models/runstepsmodel.h"
#include "models/schemadiffmodel.h"
#include "models/timelinemodel.h"
#include "sharebardelegate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace migdesk::ui {

namespace {

QTableView* tableOver(QAbstractItemModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    return view;
}

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// Whether a migration's SQL holds anything but comments: Django's sqlmigrate prints only
// comments for a migration that changes nothing in the database.
bool hasSql(const QString& sql)
{
    const QStringList lines = sql.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [](const QString& line) {
        const QString text = line.trimmed();
        return !text.isEmpty() && !text.startsWith(QLatin1String("--"));
    });
}

QString when(const QDateTime& at)
{
    return at.isValid()
               ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : RunDetailDialog::tr("—");
}

} // namespace

RunDetailDialog::RunDetailDialog(const Contents& contents, QWidget* parent)
    : QDialog(parent), m_contents(contents), m_steps(new models::RunStepsModel(this)),
      m_migrations(new models::RunMigrationsModel(this)),
      m_statements(new models::RunStatementsModel(this)), m_diff(new models::SchemaDiffModel(this)),
      m_tabs(new QTabWidget(this)), m_status(new QLabel(this))
{
    const core::RunRecord& run = m_contents.run;
    setObjectName(QStringLiteral("runDetail"));
    setWindowTitle(tr("%1 on %2, %3")
                       .arg(models::TimelineModel::kindLabel(run.kind), run.database,
                            QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_steps->setSteps(run.steps);
    m_migrations->setMigrations(run.migrations);
    m_diff->setChanges(m_contents.diff);

    m_tabs->setObjectName(QStringLiteral("runDetailTabs"));
    m_tabs->addTab(createSteps(), tr("Steps (%1)").arg(run.steps.size()));
    m_tabs->addTab(createMigrations(), tr("Migrations and SQL (%1)").arg(run.migrations.size()));
    m_tabs->addTab(createLog(), tr("Log"));
    QWidget* findings = createFindings();
    m_tabs->addTab(findings, tr("Findings (%1)").arg(m_findings->topLevelItemCount()));
    m_tabs->addTab(createBackups(), tr("Backups (%1)").arg(run.backups.size()));
    m_tabs->addTab(createDiff(), m_contents.hasDiff
                                     ? tr("Schema diff (%1)").arg(m_contents.diff.size())
                                     : tr("Schema diff"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const struct
    {
        ReportExport::Format format;
        QString label;
        const char* name;
    } exports[] = {
        {ReportExport::Format::Html, tr("Export HTML…"), "exportHtml"},
        {ReportExport::Format::Markdown, tr("Export Markdown…"), "exportMarkdown"},
        {ReportExport::Format::Json, tr("Export JSON…"), "exportJson"},
        {ReportExport::Format::Pdf, tr("Print to PDF…"), "printPdf"},
    };
    for (const auto& e : exports) {
        QPushButton* button = buttons->addButton(e.label, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(e.name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
                [this, format = e.format] { chooseExport(format); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(QStringLiteral("runDetailStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFacts());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 720);
}

QWidget* RunDetailDialog::createFacts()
{
    const core::RunRecord& run = m_contents.run;
    auto* facts = new QWidget(this);
    auto* form = new QFormLayout(facts);
    form->setContentsMargins(0, 0, 0, 0);
    auto* outcome = selectable(models::TimelineModel::outcomeLabel(run.outcome), facts);
    outcome->setObjectName(QStringLiteral("runOutcome"));
    core::TimelineEntry entry;
    entry.outcome = run.outcome;
    const QColor colour = models::TimelineModel::attentionColor(entry);
    QFont bold = outcome->font();
    bold.setBold(true);
    outcome->setFont(bold);
    if (colour.isValid())
        outcome->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    QString identity = tr("%1, run %2").arg(models::TimelineModel::kindLabel(run.kind), run.uuid);
    if (run.id > 0)
        identity += tr(" (local id %1)").arg(run.id);
    form->addRow(tr("Run:"), selectable(identity, facts));
    form->addRow(tr("Outcome:"), outcome);
    QString where = tr("%1 on %2").arg(run.database, run.server);
    if (!run.profile.isEmpty())
        where += tr(", profile %1 (%2)")
                     .arg(run.profile, models::TimelineModel::environmentLabel(run.environment));
    form->addRow(tr("Database:"), selectable(where, facts));
    form->addRow(tr("When:"), selectable(tr("%1 to %2 (%3)")
                                             .arg(when(run.startedAt), when(run.endedAt),
                                                  core::formatDuration(run.seconds())),
                                         facts));
    form->addRow(tr("Who, from where:"),
                 selectable(tr("%1 on %2").arg(run.osUser, run.hostName), facts));
    if (!run.confirmedBy.isEmpty())
        form->addRow(tr("Production confirmed by:"), selectable(run.confirmedBy, facts));
    if (!run.walLsn.isEmpty())
        form->addRow(tr("WAL position before migrating:"), selectable(run.walLsn, facts));
    QString mirror;
    if (run.fromMirror)
        mirror = tr("Read from the database's migdesk schema: recorded on %1.").arg(run.hostName);
    else if (run.mirror == QLatin1String("mirrored"))
        mirror = tr("Also recorded in the database's migdesk schema.");
    else if (!run.mirror.isEmpty())
        mirror = run.mirror;
    if (!mirror.isEmpty())
        form->addRow(tr("Shared record:"), selectable(mirror, facts));
    return facts;
}

QWidget* RunDetailDialog::createSteps()
{
    auto* page = new QWidget(this);
    QTableView* view = tableOver(m_steps, page, QStringLiteral("runSteps"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    if (!m_contents.run.steps.empty()) {
        // The same picture the PDF report carries, drawn at twice the size and shown at half.
        auto* chart = new QLabel(page);
        chart->setObjectName(QStringLiteral("stepDurations"));
        QPixmap picture = QPixmap::fromImage(ReportExport::stepDurations(m_contents.run));
        picture.setDevicePixelRatio(2.0);
        chart->setPixmap(picture);
        layout->addWidget(new QLabel(tr("Step durations:"), page));
        layout->addWidget(chart);
    }
    return page;
}

QWidget* RunDetailDialog::createMigrations()
{
    using Statements = models::RunStatementsModel;
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_migrationsView = tableOver(m_migrations, splitter, QStringLiteral("runMigrations"));
    m_migrationTabs = new QTabWidget(splitter);
    m_migrationTabs->setObjectName(QStringLiteral("migrationTabs"));

    m_statementsPage = new QStackedWidget(m_migrationTabs);
    m_sortedStatements = new QSortFilterProxyModel(m_statementsPage);
    m_sortedStatements->setSourceModel(m_statements);
    m_sortedStatements->setSortRole(Statements::SortRole);
    m_statementsView =
        tableOver(m_sortedStatements, m_statementsPage, QStringLiteral("runStatements"));
    m_statementsView->setSortingEnabled(true);
    m_statementsView->installEventFilter(this);
    m_statementsView->sortByColumn(Statements::Number, Qt::AscendingOrder); // as they ran
    m_statementsView->setItemDelegateForColumn(
        Statements::Share, new ShareBarDelegate(Statements::ShareRole, m_statementsView));
    // The text takes the room left; figures keep their width at the right edge.
    QHeaderView* header = m_statementsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Statements::Statement, QHeaderView::Stretch);
    // Every row counts when fitting the columns: the summed and the failed row, the widest
    // figures, come after the thousand listed ones.
    header->setResizeContentsPrecision(-1);
    m_statementsNote = new QLabel(m_statementsPage);
    m_statementsNote->setObjectName(QStringLiteral("statementsNote"));
    m_statementsNote->setWordWrap(true);
    m_statementsNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_statementsNote->setMargin(8);
    m_statementsPage->addWidget(m_statementsView);
    m_statementsPage->addWidget(m_statementsNote);

    auto* sql = new QPlainTextEdit(m_migrationTabs);
    sql->setObjectName(QStringLiteral("migrationSql"));
    sql->setReadOnly(true);
    sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sql->setPlaceholderText(tr("Select a migration to see its SQL."));
    m_migrationTabs->addTab(m_statementsPage, tr("Statements"));
    m_migrationTabs->addTab(sql, tr("SQL"));

    splitter->addWidget(m_migrationsView);
    splitter->addWidget(m_migrationTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    connect(m_migrationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, sql](const QModelIndex& current) {
                QString text = current.data(models::RunMigrationsModel::SqlRole).toString();
                const QString error =
                    current.data(models::RunMigrationsModel::ErrorRole).toString();
                if (!error.isEmpty())
                    text = tr("-- failed: %1\n\n").arg(error) + text;
                sql->setPlainText(text);
                showStatements(m_migrations->migration(current.row()));
            });
    showStatements(nullptr);
    if (m_migrations->rowCount() > 0)
        m_migrationsView->selectRow(0);
    return splitter;
}

void RunDetailDialog::showStatements(const core::RunMigrationRecord* migration)
{
    using Statements = models::RunStatementsModel;
    if (migration)
        m_statements->setMigration(*migration);
    else
        m_statements->clear();
    const int count = m_statements->statementCount();
    m_migrationTabs->setTabText(0, count > 0 ? tr("Statements (%1)").arg(QLocale().toString(count))
                                             : tr("Statements"));
    if (m_statements->rowCount() == 0) {
        // Say why there is nothing rather than show an empty table or made-up figures.
        QString note;
        if (!migration)
            note = tr("Select a migration to see how long each of its statements took.");
        else if (!migration->startedAt.isValid() || migration->outcome == QLatin1String("planned"))
            note = tr("%1 did not run, so none of its statements was timed.")
                       .arg(models::RunMigrationsModel::nameOf(*migration));
        else if (!hasSql(migration->sql))
            note =
                tr("%1 ran no SQL statement.").arg(models::RunMigrationsModel::nameOf(*migration));
        else
            note = tr("No statement timings were recorded for %1. Runs recorded before migdesk "
                      "timed each statement keep only the migration's total time, shown in "
                      "the table above.")
                       .arg(models::RunMigrationsModel::nameOf(*migration));
        m_statementsNote->setText(note);
        m_statementsPage->setCurrentWidget(m_statementsNote);
        return;
    }
    m_statementsView->setColumnHidden(Statements::Migration, !m_statements->spansMigrations());
    m_statementsView->setColumnHidden(Statements::Line, !m_statements->hasLines());
    m_statementsView->resizeColumnsToContents();
    m_statementsPage->setCurrentWidget(m_statementsView);
    // The statement a migration failed on is what its reviewer looks for first; with a
    // thousand before it, it would be out of sight.
    m_revealRow = m_statements->failedRow();
    m_statementsView->scrollToTop();
    if (m_statementsView->isVisible())
        QTimer::singleShot(0, this, &RunDetailDialog::revealFailedStatement);
}

void RunDetailDialog::revealFailedStatement()
{
    if (m_revealRow < 0 || m_revealRow >= m_statements->rowCount() ||
        !m_statementsView->isVisible())
        return;
    m_statementsView->scrollTo(m_sortedStatements->mapFromSource(
        m_statements->index(m_revealRow, models::RunStatementsModel::Statement)));
    m_revealRow = -1;
}

bool RunDetailDialog::eventFilter(QObject* watched, QEvent* event)
{
    // After the show, once the view has laid out its rows.
    if (watched == m_statementsView && event->type() == QEvent::Show && m_revealRow >= 0)
        QTimer::singleShot(0, this, &RunDetailDialog::revealFailedStatement);
    return QDialog::eventFilter(watched, event);
}

QWidget* RunDetailDialog::createLog()
{
    auto* page = new QWidget(this);
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlainText(m_contents.run.log);
    m_logSearch = new QLineEdit(page);
    m_logSearch->setObjectName(QStringLiteral("logSearch"));
    m_logSearch->setPlaceholderText(tr("Search the log (Enter: next)"));
    m_logSearch->setClearButtonEnabled(true);
    m_logMatches = new QLabel(page);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_logSearch, 1);
    bar->addWidget(m_logMatches);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_log, 1);
    connect(m_logSearch, &QLineEdit::textChanged, this,
            [this](const QString& text) { searchLog(text); });
    connect(m_logSearch, &QLineEdit::returnPressed, this,
            [this] { searchLog(m_logSearch->text()); });
    return page;
}

int RunDetailDialog::searchLog(const QString& text)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (text.isEmpty()) {
        m_log->setExtraSelections(marks);
        m_logMatches->clear();
        return 0;
    }
    QTextCharFormat highlight;
    highlight.setBackground(QColor(0xff, 0xe0, 0x82));
    QTextDocument* document = m_log->document();
    for (QTextCursor found = document->find(text); !found.isNull();
         found = document->find(text, found)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = found;
        mark.format = highlight;
        marks << mark;
    }
    m_log->setExtraSelections(marks);
    if (!marks.isEmpty() && !m_log->find(text)) {
        m_log->moveCursor(QTextCursor::Start); // wrap around
        m_log->find(text);
    }
    m_logMatches->setText(marks.isEmpty() ? tr("not found")
                                          : tr("%n match(es)", nullptr, int(marks.size())));
    return int(marks.size());
}

QWidget* RunDetailDialog::createFindings()
{
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("runFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->setHeaderLabels(
        {tr("Kind"), tr("Status"), tr("Check or rule"), tr("Figure"), tr("What it means")});
    for (const core::RunFinding& f : core::RunReport::findings(m_contents.run)) {
        auto* item = new QTreeWidgetItem(
            m_findings, {f.kind == QLatin1String("lint") ? tr("lint") : tr("check"), f.status,
                         f.title, f.figure, f.sentence});
        item->setToolTip(4, f.sentence);
        if (f.status == QLatin1String("fail") || f.status == QLatin1String("error"))
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        else if (f.status == QLatin1String("warn") || f.status == QLatin1String("warning"))
            item->setForeground(1, QColor(0xb3, 0x6b, 0x00));
    }
    for (int c = 0; c < 4; ++c)
        m_findings->resizeColumnToContents(c);
    return m_findings;
}

QWidget* RunDetailDialog::createBackups()
{
    auto* view = new QTreeWidget(this);
    view->setObjectName(QStringLiteral("runBackups"));
    view->setRootIsDecorated(false);
    view->setHeaderLabels({tr("File"), tr("Format"), tr("Size"), tr("SHA-256")});
    for (const core::RunBackupRecord& b : m_contents.run.backups) {
        auto* item =
            new QTreeWidgetItem(view, {b.path, b.format, core::formatBytes(b.bytes), b.sha256});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < 3; ++c)
        view->resizeColumnToContents(c);
    return view;
}

QWidget* RunDetailDialog::createDiff()
{
    auto* page = new QWidget(this);
    auto* note = new QLabel(page);
    note->setObjectName(QStringLiteral("diffNote"));
    note->setWordWrap(true);
    if (!m_contents.hasDiff)
        note->setText(m_contents.diffNote);
    else if (m_contents.diff.empty())
        note->setText(tr("The schema is the same before and after this run."));
    else
        note->setText(tr("%n change(s) between the snapshots taken before and after this run.",
                         nullptr, int(m_contents.diff.size())));
    QTableView* view = tableOver(m_diff, page, QStringLiteral("runDiff"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    return page;
}

bool RunDetailDialog::exportTo(const QString& path, ReportExport::Format format,
                               QString* error) const
{
    return ReportExport::write(path, format, {m_contents.run}, m_contents.diff, error);
}

void RunDetailDialog::chooseExport(ReportExport::Format format)
{
    const core::RunRecord& run = m_contents.run;
    const QString name =
        QStringLiteral("migdesk-%1-%2-%3.%4")
            .arg(run.kind, run.database,
                 run.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 ReportExport::suffix(format));
    ExportFile::choose(this,
                       format == ReportExport::Format::Pdf ? tr("Print the run to PDF")
                                                           : tr("Export the run's report"),
                       {{ReportExport::filterLabel(format), ReportExport::suffix(format)}}, name,
                       [this, format](const QString& path) {
                           QString error;
                           if (exportTo(path, format, &error)) {
                               m_status->setStyleSheet({});
                               m_status->setText(tr("Written to %1.").arg(path));
                           } else {
                               m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
                               m_status->setText(error);
                           }
                       });
}

} // namespace migdesk::ui
