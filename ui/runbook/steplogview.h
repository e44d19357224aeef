// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace migdesk::ui {

// A step's run log as it is written, with a search field: every match is marked, Enter jumps
// to the next one. Follows the end of the log unless the user scrolled away from it.
class StepLogView : public QWidget
{
    Q_OBJECT
public:
    explicit StepLogView(QWidget* parent = nullptr);

    void appendLine(const QString& line);
    QString text() const;
    int lineCount() const;

    void setSearchText(const QString& text);
    int matchCount() const { return int(m_matches.size()); }
    // Moves to the next match (wrapping) and returns whether there is one.
    bool findNext();

    QPlainTextEdit* textView() const { return m_text; }

private:
    void markMatches();
    void showMatchCount();

    QLineEdit* m_search;
    QLabel* m_count;
    QPlainTextEdit* m_text;
    QList<int> m_matches; // positions of the matches in the document
    int m_current = -1;
};

} // namespace migdesk::ui
