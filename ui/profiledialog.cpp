// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "connection/connectionprobe.h"
#include "connection/passwordstore.h"
#include "connection/profilestore.h"
#include "models/profilelistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace migdesk::ui {

ProfileDialog::ProfileDialog(QSettings& settings, core::PasswordStore& passwords, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_passwords(passwords),
      m_model(new models::ProfileListModel(this)), m_list(new QListView(this)),
      m_name(new QLineEdit(this)), m_environment(new QComboBox(this)), m_dsn(new QLineEdit(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_sslMode(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_problems(new QLabel(this)), m_result(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_save(new QPushButton(tr("&Save"), this)), m_connect(new QPushButton(tr("&Connect"), this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Connection profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_dsn->setObjectName(QStringLiteral("dsn"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_environment->setObjectName(QStringLiteral("environment"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_save->setObjectName(QStringLiteral("save"));
    m_test->setObjectName(QStringLiteral("test"));

    m_model->setProfiles(core::ProfileStore(m_settings).load());
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(200);

    for (auto e : {core::Environment::Development, core::Environment::Staging,
                   core::Environment::Production})
        m_environment->addItem(core::environmentLabel(e), int(e));
    m_dsn->setPlaceholderText(
        tr("postgresql://user@host:5432/db, host=… dbname=…, or a service name"));
    m_host->setPlaceholderText(tr("from the connection string, PGHOST or the local socket"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_sslMode->addItem(tr("default (prefer)"), QString());
    for (const QString& mode : core::ConnectionProfile::sslModes())
        m_sslMode->addItem(mode, mode);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged; stored in the system keychain"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("add"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Connection &string:"), m_dsn);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("SSL &mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    auto* hint = new QLabel(tr("Leave fields empty to use libpq's defaults: PGHOST, PGPORT, "
                               "PGSERVICE and the other PG* variables, and ~/.pgpass."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(m_problems);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    form->addRow(testRow);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addWidget(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        save();
        if (m_problems->text().isEmpty()) {
            emit connectRequested(formProfile());
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { loadForm(current.row()); });
    for (QLineEdit* edit : {m_name, m_dsn, m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateValidation);
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileDialog::updateValidation);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateValidation);

    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        addProfile();
    resize(820, 480);
}

void ProfileDialog::selectProfile(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

int ProfileDialog::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

core::ConnectionProfile ProfileDialog::formProfile() const
{
    core::ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.environment = core::Environment(m_environment->currentData().toInt());
    p.dsn = m_dsn->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    return p;
}

void ProfileDialog::loadForm(int row)
{
    m_editingRow = row;
    const core::ConnectionProfile p =
        row >= 0 && row < m_model->rowCount() ? m_model->profile(row) : core::ConnectionProfile{};
    m_editingOriginalName = row >= 0 ? p.name : QString();
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(int(p.environment)));
    m_dsn->setText(p.dsn);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(p.sslMode)));
    m_password->clear();
    m_result->clear();
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    updateValidation();
}

void ProfileDialog::updateValidation()
{
    const core::ConnectionProfile p = formProfile();
    QStringList problems = p.validate();
    const int clash = m_model->rowOf(p.name);
    if (!p.name.isEmpty() && clash >= 0 && clash != m_editingRow)
        problems << tr("Another profile is already called '%1'.").arg(p.name);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    for (QPushButton* button : {m_save, m_connect, m_test})
        button->setEnabled(problems.isEmpty());
}

void ProfileDialog::addProfile()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    loadForm(-1);
    m_name->setText(m_model->uniqueName(tr("new profile")));
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileDialog::duplicateProfile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    core::ConnectionProfile copy = m_model->profile(row);
    copy.name = m_model->uniqueName(copy.name);
    const int newRow = m_model->upsert(-1, copy);
    core::ProfileStore(m_settings).save(m_model->profiles());
    m_list->setCurrentIndex(m_model->index(newRow));
    showResult(tr("Duplicated. The copy has no stored password; enter one if it needs it."), true);
}

void ProfileDialog::deleteProfile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->profile(row).name;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile '%1' and its stored password?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const int current = m_model->rowOf(name);
        m_model->removeProfile(current);
        core::ProfileStore(m_settings).save(m_model->profiles());
        m_passwords.remove(name, this, [](const core::PasswordStore::Outcome&) {});
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(std::max(0, current - 1)));
        else
            addProfile();
    });
    box->open();
}

void ProfileDialog::save()
{
    updateValidation();
    if (!m_problems->text().isEmpty())
        return;
    const core::ConnectionProfile p = formProfile();
    const QString previousName = m_editingOriginalName;
    const int row = m_model->upsert(m_editingRow, p);
    core::ProfileStore(m_settings).save(m_model->profiles());
    m_editingRow = row;
    m_editingOriginalName = p.name;
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
    const QString password = m_password->text();
    m_password->clear();
    if (!password.isEmpty()) {
        if (!previousName.isEmpty() && previousName != p.name)
            m_passwords.remove(previousName, this, [](const core::PasswordStore::Outcome&) {});
        storePassword(p.name, password);
    } else if (!previousName.isEmpty() && previousName != p.name) {
        moveStoredPassword(previousName, p.name);
    } else {
        showResult(tr("Profile saved."), true);
        emit saved(m_result->text());
    }
}

void ProfileDialog::storePassword(const QString& profile, const QString& password)
{
    m_passwords.store(profile, password, this, [this](const core::PasswordStore::Outcome& outcome) {
        if (outcome.ok) {
            showResult(tr("Profile saved; the password is in the system "
                          "keychain."),
                       true);
        } else {
            showResult(tr("Profile saved. %1 It is kept in memory until "
                          "migdesk exits.")
                           .arg(outcome.message),
                       false);
        }
        emit saved(m_result->text());
    });
}

void ProfileDialog::moveStoredPassword(const QString& from, const QString& to)
{
    m_passwords.read(
        from, this,
        [this, from, to](std::optional<QString> password, const core::PasswordStore::Outcome&) {
            if (!password) {
                showResult(tr("Profile saved."), true);
                emit saved(m_result->text());
                return;
            }
            m_passwords.remove(from, this, [](const core::PasswordStore::Outcome&) {});
            storePassword(to, *password);
        });
}

void ProfileDialog::testConnection()
{
    const core::ConnectionProfile p = formProfile();
    QString error;
    const auto info = p.connInfo(&error);
    if (!info) {
        showResult(error, false);
        return;
    }
    m_test->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(info->displayName()), true);
    const auto probe = [this, info = *info](const std::optional<QString>& password) {
        core::ConnectionProbe::run(info, password, this, [this](const core::ProbeResult& result) {
            m_test->setEnabled(true);
            if (result.error)
                showResult(result.error->sentence(), false);
            else
                showResult(tr("Connected: PostgreSQL %1, database %2 as %3.")
                               .arg(result.serverVersion, result.database, result.user),
                           true);
        });
    };
    if (!m_password->text().isEmpty()) {
        probe(m_password->text());
        return;
    }
    const QString lookupName = m_editingOriginalName.isEmpty() ? p.name : m_editingOriginalName;
    m_passwords.read(lookupName, this,
                     [probe](std::optional<QString> password, const core::PasswordStore::Outcome&) {
                         probe(password);
                     });
}

void ProfileDialog::showResult(const QString& text, bool good)
{
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
    m_result->setText(text);
}

} // namespace migdesk::ui
