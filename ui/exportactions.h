// File ▸ Export… (the Export dialog over the open rule set and workspace) and File ▸ Import
// JsonLogic… (a JsonLogic document or rule into the open rule set, as one undo step).
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace sd {

class EvaluationController;
class ExportDialog;
class RuleDocument;
class Workspace;

class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(RuleDocument* document, EvaluationController* evaluation, QWidget* window,
                  std::function<Workspace*()> workspace);

    void addToMenu(QMenu* menu) const;
    QAction* exportAction() const { return mExport; }
    QAction* importAction() const { return mImport; }

    // A dialog over the current rules and workspace (not shown).
    ExportDialog* createDialog();
    // Imports a JsonLogic file into the rule set through the undo stack. On failure a warning box
    // (object name "jsonLogicImportError", opened without blocking) lists the errors with their
    // JSON Pointers and the rule set stays as it was.
    bool importJsonLogic(const QString& path);

signals:
    void message(const QString& text);

private:
    void showDialog();
    void chooseAndImport();
    void showImportError(const QString& path, const QString& text, const QString& details);

    RuleDocument* mDocument;
    EvaluationController* mEvaluation;
    QWidget* mWindow;
    std::function<Workspace*()> mWorkspace;
    QAction* mExport;
    QAction* mImport;
};

} // namespace sd
