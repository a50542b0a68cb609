// The Models menu: "Suggest Segments…" (decision tree or clusters) and "Fit Score…" open their
// dialogs over the loaded lead table and merge what the user accepts into the rule set as one
// undo step; "Lift Report…" measures holdouts and compares with saved versions.
#pragma once

#include "rules.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace sd {

class EvaluationController;
class RuleDocument;
class Workspace;

class ModelActions : public QObject
{
    Q_OBJECT

public:
    ModelActions(RuleDocument* document, EvaluationController* evaluation, QWidget* window,
                 std::function<const Workspace*()> workspace = {});

    void addToMenu(QMenu* menu) const;

    // The rule set with a suggested tree added as a new top-level segment (ids made unique, fields
    // and outcome added where missing).
    static RuleSet withSuggestedSegments(const RuleSet& current, const RuleSet& suggested, const std::string& groupName);
    // The rule set with a fitted score added, or replacing the score of the same id.
    static RuleSet withFittedScore(const RuleSet& current, const RuleSet& fitted, const Score& score);

signals:
    void message(const QString& text);
    // A fitted score was accepted into the rule set (the designer opens it in the score editor).
    void scoreAccepted(const QString& scoreId);

private:
    void suggestSegments();
    void fitScore();
    void liftReport();
    void updateEnabled();

    RuleDocument* mDocument;
    EvaluationController* mEvaluation;
    QWidget* mWindow;
    QAction* mSuggest = nullptr;
    QAction* mFitScore = nullptr;
    QAction* mLift = nullptr;
    std::function<const Workspace*()> mWorkspace;
};

} // namespace sd
