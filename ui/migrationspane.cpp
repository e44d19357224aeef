// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationspane.h"

#include "common/units.h"
#include "exportfile.h"
#include "history/historystore.h"
#include "history/recordedassessment.h"
#include "models/findingsmodel.h"
#include "models/pendingmigrationsmodel.h"
#include "risk/assessmentbuilder.h"
#include "risk/assessmentreport.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace migdesk::ui {

namespace {

QTableView* tableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

// What the session thread hands back: the assessment, and why the history lacks it if it does.
struct RecordedValue
{
    core::Assessment assessment;
    QString historyProblem;
};

} // namespace

MigrationsPane::MigrationsPane(QWidget* parent)
    : Pane(parent), m_pending(new models::PendingMigrationsModel(this)),
      m_findings(new models::FindingsModel(this)), m_impacts(new QStringListModel(this)),
      m_notes(new QStringListModel(this)), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_managePy(new QLineEdit(this)), m_assess(new QPushButton(tr("Assess"), this)),
      m_summary(new QLabel(this)), m_status(new QLabel(this)), m_view(tableView(m_pending, this)),
      m_findingsView(tableView(m_findings, this)), m_sql(new QPlainTextEdit(this)),
      m_rollback(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationsPane"));
    setRefreshInterval(0); // an assessment is asked for, not polled
    m_kind->addItem(tr("Django project"), false);
    m_kind->addItem(tr("SQL folder"), true);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_path->setObjectName(QStringLiteral("sourcePath"));
    m_path->setPlaceholderText(tr("Folder of the Django project or of V1__name.sql files"));
    m_managePy->setObjectName(QStringLiteral("managePy"));
    m_managePy->setPlaceholderText(
        tr("optional: manage.py, for the real SQL and Django's own plan"));
    m_assess->setObjectName(QStringLiteral("assess"));
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("migrationsStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("pendingMigrations"));
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_sql->setObjectName(QStringLiteral("migrationSql"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFont(QStringLiteral("monospace")));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rollback->setWordWrap(true);
    m_rollback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* source = new QHBoxLayout;
    source->addWidget(m_kind);
    source->addWidget(m_path, 2);
    source->addWidget(browse);
    source->addWidget(m_managePy, 1);
    source->addWidget(m_assess);
    source->addWidget(exportButton);

    auto* impactsView = new QListView(this);
    impactsView->setModel(m_impacts);
    impactsView->setWordWrap(true);
    impactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* notesView = new QListView(this);
    notesView->setObjectName(QStringLiteral("assessmentNotes"));
    notesView->setModel(m_notes);
    notesView->setWordWrap(true);
    notesView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* impactPage = new QWidget(this);
    auto* impactLayout = new QVBoxLayout(impactPage);
    impactLayout->addWidget(impactsView, 1);
    impactLayout->addWidget(m_rollback);
    m_detail = new QTabWidget(this);
    auto* detail = m_detail;
    detail->addTab(m_sql, tr("SQL"));
    detail->addTab(m_findingsView, tr("Findings"));
    detail->addTab(impactPage, tr("Live impact and rollback"));
    auto* notesBox = new QGroupBox(tr("Blockers, recommendations and problems"), this);
    (new QVBoxLayout(notesBox))->addWidget(notesView);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(detail);
    bottom->addWidget(notesBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_assess, &QPushButton::clicked, this, &MigrationsPane::refresh);
    connect(browse, &QPushButton::clicked, this, &MigrationsPane::chooseSource);
    connect(exportButton, &QPushButton::clicked, this, &MigrationsPane::chooseExportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMigration(current.row()); });
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const int line = index.data(models::FindingsModel::LineRole).toInt();
        const core::AssessedMigration* m = m_pending->migration(m_view->currentIndex().row());
        if (!m || line <= 0)
            return;
        const QTextBlock block =
            m_sql->document()->findBlockByNumber(line - m->migration.sqlFirstLine);
        if (block.isValid()) {
            m_sql->setTextCursor(QTextCursor(block));
            m_sql->centerCursor();
        }
    });
    targetChanged();
}

MigrationsPane::~MigrationsPane() = default;

QString MigrationsPane::settingsKey() const
{
    return QStringLiteral("assess/%1/")
        .arg(target().profile.name.isEmpty() ? QStringLiteral("default") : target().profile.name);
}

void MigrationsPane::targetChanged()
{
    m_pending->setAssessment({});
    m_findings->setFindings({});
    m_impacts->setStringList({});
    m_notes->setStringList({});
    m_sql->clear();
    m_rollback->clear();
    m_summary->clear();
    m_status->setStyleSheet({});
    if (!hasTarget()) {
        m_status->setText(tr("Not connected."));
        return;
    }
    const QSettings settings;
    const QString key = settingsKey();
    if (settings.contains(key + QStringLiteral("path"))) {
        const bool sql = settings.value(key + QStringLiteral("sqlFolder")).toBool();
        m_kind->setCurrentIndex(sql ? 1 : 0);
        m_path->setText(settings.value(key + QStringLiteral("path")).toString());
        m_managePy->setText(settings.value(key + QStringLiteral("managePy")).toString());
    }
    m_status->setText(
        m_path->text().isEmpty()
            ? tr("Choose the Django project or SQL folder whose pending migrations "
                 "to assess against this database.")
            : tr("Press Assess (F5) to assess %1 against this database.").arg(m_path->text()));
}

void MigrationsPane::setSource(bool sqlFolder, const QString& path, const QString& managePy)
{
    m_kind->setCurrentIndex(sqlFolder ? 1 : 0);
    m_path->setText(path);
    m_managePy->setText(managePy);
}

bool MigrationsPane::sourceIsSqlFolder() const
{
    return m_kind->currentData().toBool();
}

QString MigrationsPane::sourcePath() const
{
    return m_path->text().trimmed();
}

QString MigrationsPane::managePyPath() const
{
    return m_managePy->text().trimmed();
}

void MigrationsPane::rememberSource()
{
    QSettings settings;
    const QString key = settingsKey();
    settings.setValue(key + QStringLiteral("sqlFolder"), m_kind->currentData().toBool());
    settings.setValue(key + QStringLiteral("path"), m_path->text());
    settings.setValue(key + QStringLiteral("managePy"), m_managePy->text());
}

void MigrationsPane::refresh()
{
    if (!hasTarget())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose a Django project or SQL folder first."));
        return;
    }
    rememberSource();
    core::AssessOptions options;
    (m_kind->currentData().toBool() ? options.sqlFolder : options.djangoProject) = path;
    options.managePy = m_managePy->text().trimmed();
    options.target = target().info;
    options.password = target().password;
    // Keyed as the wizard keys its runs, so that the history pane shows it with them.
    core::RunRecord run;
    run.profile = target().profile.name;
    run.environment = core::environmentKey(target().profile.environment);
    run.server = target().info.displayName();
    run.database = target().info.value(QStringLiteral("dbname"));
    run.osUser = core::HistoryStore::currentOsUser();
    const QString storePath = core::HistoryStore::defaultPath();
    QElapsedTimer clock;
    clock.start();
    const bool started = request<RecordedValue>(
        // The run is recorded from the session's thread: RecordedAssessment returns (and its
        // RunRecorder's destructor waits) only once the store has been written, which is that
        // thread's wait, never the GUI's.
        [options, run, storePath](core::PgConnection& connection) -> core::Result<RecordedValue> {
            core::RecordedAssessment::History history;
            auto assessment =
                core::RecordedAssessment::build(connection, options, run, storePath, &history);
            if (!assessment)
                return assessment.error();
            return RecordedValue{*assessment, history.problem};
        },
        [this, clock](const RecordedValue& recorded) {
            showAssessment(recorded.assessment);
            m_status->setStyleSheet({});
            QString status =
                tr("Assessed in %1.").arg(core::formatDuration(clock.elapsed() / 1000.0));
            if (!recorded.historyProblem.isEmpty())
                status += QLatin1Char(' ') + tr("The history did not record the assessment: %1")
                                                 .arg(recorded.historyProblem);
            m_status->setText(status);
            emit refreshed();
            measureRates(recorded.assessment, status);
        });
    if (started) {
        m_status->setStyleSheet({});
        m_status->setText(tr("Assessing %1…").arg(path));
    }
}

// The instant estimate is on screen (rates since the tables pane's sample, or averages since the
// statistics reset); the rates of the tables its locks touch are then measured over a few
// seconds on the pane's session, and the assessment is shown again with them.
void MigrationsPane::measureRates(const core::Assessment& instant, const QString& status)
{
    const bool weighed =
        std::any_of(instant.pending.begin(), instant.pending.end(),
                    [](const core::AssessedMigration& m) { return !m.impacts.empty(); });
    if (!weighed)
        return;
    constexpr double kSampleSeconds = 3;
    const bool started = request<core::Assessment>(
        [instant](core::PgConnection& connection) {
            return core::AssessmentBuilder::measureRates(connection, instant, kSampleSeconds,
                                                         core::LiveImpact::Throughput{});
        },
        [this, status](const core::Assessment& measured) {
            const int selected = m_view->currentIndex().row();
            showAssessment(measured);
            selectMigration(std::max(selected, 0));
            m_status->setText(
                status + QLatin1Char(' ') +
                tr("Rates measured over %1.").arg(core::formatDuration(kSampleSeconds)));
        });
    if (started)
        m_status->setText(
            status + QLatin1Char(' ') +
            tr("Measuring the tables' rates over %1…").arg(core::formatDuration(kSampleSeconds)));
}

void MigrationsPane::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(sentence);
}

void MigrationsPane::showAssessment(const core::Assessment& a)
{
    m_pending->setAssessment(a);
    m_summary->setText(
        tr("<b>%1</b> pending, %2 applied · overall risk <b style=\"color:%3\">%4</b> (runbook "
           "score %5) · estimated %6 · blockers now: %7")
            .arg(a.pending.size())
            .arg(a.appliedCount)
            .arg(models::levelColor(a.overall).name(), models::levelName(a.overall).toUpper())
            .arg(a.totalScore)
            .arg(a.timeEstimateText)
            .arg(a.blockers.size()));
    QStringList notes;
    for (const core::Blocker& b : a.blockers)
        notes << tr("Blocker: %1").arg(b.sentence);
    for (const QString& r : a.recommendations)
        notes << tr("Recommendation: %1").arg(r);
    for (const core::SourceProblem& p : a.problems)
        notes << tr("Problem: %1:%2: %3").arg(p.file).arg(p.line).arg(p.message);
    if (!a.djangoCrossCheck.isEmpty())
        notes << tr("Django's own plan: %1").arg(a.djangoCrossCheck);
    m_notes->setStringList(notes);
    m_view->resizeColumnsToContents();
    if (m_pending->rowCount() > 0)
        selectMigration(0);
}

void MigrationsPane::selectMigration(int row)
{
    m_view->selectionModel()->setCurrentIndex(
        m_pending->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MigrationsPane::showMigration(int row)
{
    const core::AssessedMigration* m = m_pending->migration(row);
    if (!m) {
        m_sql->clear();
        m_findings->setFindings({});
        m_impacts->setStringList({});
        m_rollback->clear();
        return;
    }
    // Without SQL, the live impact is what there is to see.
    m_detail->setCurrentIndex(m->migration.sql.isEmpty() ? 2 : 0);
    m_sql->setPlainText(m->migration.sql.isEmpty()
                            ? tr("-- No SQL for this migration: its operations are assessed by "
                                 "class. Set manage.py to see what sqlmigrate prints.")
                            : m->migration.sql);
    // Mark each finding's line in the SQL.
    QList<QTextEdit::ExtraSelection> marks;
    for (const core::Finding& f : m->findings) {
        const QTextBlock block =
            m_sql->document()->findBlockByNumber(f.line - m->migration.sqlFirstLine);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(f.severity == core::Finding::Severity::Error
                                      ? QColor(0xf8, 0xd0, 0xd0)
                                      : QColor(0xfa, 0xf3, 0xb0));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(f.rule + QStringLiteral(": ") + f.message);
        marks << mark;
    }
    m_sql->setExtraSelections(marks);
    m_findings->setFindings(m->findings);
    m_findingsView->resizeColumnsToContents();
    QStringList impacts;
    for (const core::LockImpact& i : m->impacts)
        impacts << i.sentence;
    if (impacts.isEmpty())
        impacts << tr("Takes no lock on an existing table.");
    m_impacts->setStringList(impacts);
    QString text = tr("Rollback: %1.").arg(m->reversibility.rollback);
    text += QLatin1Char(' ') + tr("Phase: %1.").arg(core::MigrationCharacter::phaseLabel(m->phase));
    if (!m->mixedPhaseWarning.isEmpty())
        text += QLatin1Char(' ') + m->mixedPhaseWarning;
    m_rollback->setText(text);
}

void MigrationsPane::chooseSource()
{
    auto* dialog = new QFileDialog(this, tr("Choose the migration source"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_path->setText(path);
        if (QFile::exists(path + QStringLiteral("/manage.py")) && m_managePy->text().isEmpty() &&
            !m_kind->currentData().toBool())
            m_managePy->setText(path + QStringLiteral("/manage.py"));
    });
    dialog->open();
}

bool MigrationsPane::exportTo(const QString& path, QString* error) const
{
    const core::Assessment& a = m_pending->assessment();
    QByteArray contents;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        contents = QJsonDocument(core::AssessmentReport::toJson(a)).toJson();
    else if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        contents = core::AssessmentReport::toHtml(a).toUtf8();
    else
        contents = core::AssessmentReport::toMarkdown(a).toUtf8();
    return ExportFile::write(path, contents, error);
}

void MigrationsPane::chooseExportFile()
{
    ExportFile::choose(this, tr("Export the assessment"),
                       {{tr("Markdown (*.md)"), QStringLiteral("md")},
                        {tr("HTML (*.html)"), QStringLiteral("html")},
                        {tr("JSON (*.json)"), QStringLiteral("json")}},
                       QStringLiteral("assessment.md"), [this](const QString& path) {
                           QString error;
                           if (exportTo(path, &error))
                               m_status->setText(tr("Exported to %1.").arg(path));
                           else
                               showError(error);
                       });
}

} // namespace migdesk::ui
