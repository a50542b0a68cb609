// The rule set being designed: owns the RuleSet and its undo stack. Panels read it and change it
// only by pushing undo commands (ui/commands/), which call the mutation functions below and make
// the document say what changed, so views refresh only what they show.
#pragma once

#include "rulefile.h"
#include "rules.h"

#include <QObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace sd {

class Workspace;

class RuleDocument : public QObject
{
    Q_OBJECT

public:
    enum class Template { B2BTiers, EmptyTree };

    explicit RuleDocument(QObject* parent = nullptr);
    ~RuleDocument() override;

    const RuleSet& rules() const { return mRules; }
    QUndoStack* undoStack() const { return mUndoStack; }
    void push(QUndoCommand* command);

    // Replaces the whole rule set (open, template, revert): clears undo history, marks clean.
    void load(RuleSet rules, const QString& filePath = {});
    bool loadFile(const QString& path, QString* error);
    bool loadTemplate(Template which, QString* error);
    // Writes the canonical rule file; the document remembers the path and becomes clean.
    bool saveFile(const QString& path, QString* error);
    // Stores a new version in the workspace under the rule set's name; the document becomes clean.
    qint64 saveToWorkspace(Workspace& workspace, const QString& comment, QString* error);
    // The latest version stored in the workspace (the first rule set by name order when several).
    bool loadFromWorkspace(const Workspace& workspace, const QString& name, QString* error);

    QString filePath() const { return mFilePath; }
    QString displayName() const;
    bool isModified() const;

    // Lookups; "" is the root. nullptr when absent.
    const Segment* segment(const std::string& id) const;
    const Segment* parentOf(const std::string& id) const;
    int indexInParent(const std::string& id) const;
    bool isDescendant(const std::string& id, const std::string& ancestorId) const;
    // JSON Pointer of a segment in the rule file: "/segments/children/0/children/2".
    std::string segmentPointer(const std::string& id) const;
    // A segment id derived from `name` that no segment uses yet.
    std::string uniqueSegmentId(const std::string& name) const;
    std::vector<std::string> segmentIds() const; // pre-order
    // The validator's findings for the current rules (recomputed after every change).
    const std::vector<RuleFileError>& validationErrors() const { return mErrors; }

    // Mutations, for undo commands only. Each emits the matching signal.
    Segment* mutableSegment(const std::string& id);
    void insertSegment(const std::string& parentId, int index, Segment segment);
    Segment takeSegment(const std::string& id);
    void setCondition(const std::string& id, const std::optional<Condition>& when);
    void setFields(const std::vector<std::pair<std::string, FieldType>>& fields);
    void setSegmentName(const std::string& id, const std::string& name);
    void setAttributes(const std::string& id, const std::vector<std::pair<std::string, std::string>>& attributes);
    void setChildMode(const std::string& parentId, ChildMode mode, bool hasMode = true);
    void setHoldout(const std::string& id, std::optional<double> holdout);
    // The whole rule set at once (accepting a suggested tree or a fitted score), keeping undo history.
    void replaceRules(RuleSet rules);
    // Scores, by position in the rule file (ids can be renamed, positions cannot).
    void setScore(int index, Score score);
    void insertScore(int index, Score score);
    Score takeScore(int index);
    // A score id derived from `wanted` that no score, field or segment uses yet.
    std::string uniqueScoreId(const std::string& wanted) const;

signals:
    // Segments added, removed or moved (tree models rebuild).
    void structureChanged();
    // Name, attributes, mode or holdout of one segment ("" = root).
    void segmentChanged(const QString& id);
    // The `when` of one segment.
    void conditionChanged(const QString& id);
    // One score changed (index), or scores were added or removed (-1).
    void scoresChanged(int index);
    // Anything at all: what the evaluation listens to.
    void rulesChanged();
    // A new rule set replaced the old one (load).
    void reset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void changed();

    RuleSet mRules;
    QUndoStack* mUndoStack = nullptr;
    QString mFilePath;
    std::vector<RuleFileError> mErrors;
};

} // namespace sd
