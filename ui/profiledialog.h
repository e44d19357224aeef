// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSpinBox;

namespace migdesk::core {
class PasswordStore;
}
namespace migdesk::models {
class ProfileListModel;
}

namespace migdesk::ui {

// Add, edit, duplicate, test and delete connection profiles. Profiles go to QSettings through
// ProfileStore; a typed password goes to the system keychain (or, without one, to memory for
// this session) and never into the settings file.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(QSettings& settings, core::PasswordStore& passwords, QWidget* parent = nullptr);

    void selectProfile(const QString& name);

signals:
    void connectRequested(const migdesk::core::ConnectionProfile& profile);
    // A save finished, including the keychain write; the sentence says where the password went.
    void saved(const QString& sentence);

private:
    core::ConnectionProfile formProfile() const;
    void loadForm(int row);
    void updateValidation();
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void save();
    void testConnection();
    void storePassword(const QString& profile, const QString& password);
    void moveStoredPassword(const QString& from, const QString& to);
    void showResult(const QString& text, bool good);
    int currentRow() const;

    QSettings& m_settings;
    core::PasswordStore& m_passwords;
    models::ProfileListModel* m_model;
    int m_editingRow = -1;
    QString m_editingOriginalName;

    QListView* m_list;
    QLineEdit* m_name;
    QComboBox* m_environment;
    QLineEdit* m_dsn;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
    QLabel* m_problems;
    QLabel* m_result;
    QPushButton* m_test;
    QPushButton* m_save;
    QPushButton* m_connect;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
};

} // namespace migdesk::ui
