// The rule set's file actions: new from a template, open and save *.rules.json files, save a new
// version into the workspace (with a comment), revert, the version history, and the prompt that
// keeps unsaved changes from being lost.
#pragma once

#include "columntable.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace sd {

class RuleDocument;
class Workspace;

class RuleFileActions : public QObject
{
    Q_OBJECT

public:
    RuleFileActions(RuleDocument* document, QWidget* window, std::function<Workspace*()> workspace,
                    std::function<std::shared_ptr<const ColumnTable>()> table);

    void addToMenu(QMenu* menu) const;
    QAction* saveAction() const { return mSave; }
    QAction* openAction() const { return mOpen; }
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    bool saveToWorkspace(const QString& comment);
    void updateActions();

signals:
    void message(const QString& text);

private:
    void newFromTemplate(int which);
    void open();
    void revert();
    void showHistory();

    RuleDocument* mDocument;
    QWidget* mWindow;
    std::function<Workspace*()> mWorkspace;
    std::function<std::shared_ptr<const ColumnTable>()> mTable;
    QMenu* mTemplates;
    QAction* mOpen;
    QAction* mSave;
    QAction* mSaveAs;
    QAction* mRevert;
    QAction* mHistory;
};

} // namespace sd
