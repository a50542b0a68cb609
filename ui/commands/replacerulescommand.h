// Undo command: replace the whole rule set, for edits that touch many parts at once (a suggested
// segment tree with the fields it reads, a fitted score with its outcome).
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class ReplaceRulesCommand : public QUndoCommand
{
public:
    ReplaceRulesCommand(RuleDocument* document, RuleSet rules, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    RuleSet mOld, mNew;
};

} // namespace sd
