// The score editor (a dock of the designer): the rule set's scores (add, remove, id, label, min and
// max) and, for the chosen score, its rules in a table (kind, condition, per field, points, cap)
// with reorder, the validator's messages in place, and live figures under the rules: the score's
// distribution by outcome, its AUC and precision/recall/F1 at each threshold, computed off the UI
// thread from each new evaluation. Every edit is one undo command on the document's stack;
// stepping one spin box or typing one label merges into one step.
#pragma once

#include "evaluationsnapshot.h"
#include "fieldcatalog.h"
#include "scorefigures.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTabWidget;
class QToolButton;

namespace sd {

class RuleDocument;
class ScoreConditionWidget;
class ScoreHistogramChart;
class ScoreListModel;
class ScoreRuleDelegate;
class ScoreRulesModel;
class ThresholdChart;

class ScoreEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreEditor(RuleDocument* document, QWidget* parent = nullptr);
    ~ScoreEditor() override;

    void setTable(std::shared_ptr<const ColumnTable> table);
    void setSnapshot(const EvaluationSnapshotPtr& snapshot);

    // The score shown, by id; false when the rule set has no such score.
    bool selectScore(const QString& id);
    int currentScore() const { return mCurrent; }
    QString currentScoreId() const;
    int currentRule() const;
    void selectRule(int row);

    // Edits of the current score, each one undo command (what the widgets call).
    void addScore();
    void removeScore();
    void setScoreId(const QString& id);
    void setLabel(const QString& label);
    void setMin(std::optional<double> min);
    void setMax(std::optional<double> max);
    void addRule();
    void removeRule(int row);
    void moveRule(int row, int delta);
    void setRuleCondition(int row, const std::optional<Condition>& when, const QString& text);

    ScoreListModel* scoreModel() const { return mScores; }
    ScoreRulesModel* rulesModel() const { return mRules; }
    QTableView* rulesView() const { return mRulesView; }
    QDoubleSpinBox* minSpin() const { return mMin; }
    QDoubleSpinBox* maxSpin() const { return mMax; }
    ScoreHistogramChart* histogramChart() const { return mHistogram; }
    ThresholdChart* thresholdChart() const { return mThreshold; }
    // The figures shown; auc is what the AUC line displays.
    const ScoreFigures& figures() const { return mFigures; }
    QString figuresText() const;
    QString errorsText() const;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // New figures are shown (the snapshot's job id).
    void figuresShown(quint64 jobId);
    void conditionValueEdited(const QString& segmentId, const QString& jsonPointer, const QJsonValue& newValue);

private:
    QWidget* buildScoresPane();
    QWidget* buildRulesPane();
    QWidget* buildFiguresPane();
    void documentChanged();
    void showCurrent();
    void showRule();
    void updateErrors();
    void pushScore(const Score& score, const QString& text, const QString& mergeKey = {});
    std::vector<std::pair<std::string, FieldType>> fieldsFor(const Score& score) const;
    QStringList numberFields() const;
    void requestFigures();
    void applyFigures(ScoreFigures figures);

    RuleDocument* mDocument;
    FieldCatalog mCatalog;
    EvaluationSnapshotPtr mSnapshot;
    ScoreListModel* mScores;
    ScoreRulesModel* mRules;
    ScoreRuleDelegate* mDelegate;
    int mCurrent = -1;
    quint64 mRequest = 0;
    ScoreFigures mFigures;
    bool mUpdating = false;
    bool mFiguresStale = false;   // a snapshot arrived while hidden: figures are computed when shown

    QListView* mScoreView = nullptr;
    QToolButton* mRemoveScore = nullptr;
    QLineEdit* mId = nullptr;
    QLineEdit* mLabel = nullptr;
    QCheckBox* mHasMin = nullptr;
    QCheckBox* mHasMax = nullptr;
    QDoubleSpinBox* mMin = nullptr;
    QDoubleSpinBox* mMax = nullptr;
    QWidget* mRulesPane = nullptr;
    QLabel* mRulesTitle = nullptr;
    QTableView* mRulesView = nullptr;
    QToolButton* mRemoveRule = nullptr;
    QToolButton* mUp = nullptr;
    QToolButton* mDown = nullptr;
    ScoreConditionWidget* mCondition = nullptr;
    QLabel* mErrors = nullptr;
    QLabel* mHeadline = nullptr;
    QTabWidget* mFigureTabs = nullptr;
    ScoreHistogramChart* mHistogram = nullptr;
    ThresholdChart* mThreshold = nullptr;
};

} // namespace sd
