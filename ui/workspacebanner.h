// The bar above the designer that says why the open workspace cannot be changed (no permission, a
// read-only folder or disk) and offers the way on: saving the workspace under a new name.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sd {

class WorkspaceBanner : public QFrame
{
    Q_OBJECT

public:
    explicit WorkspaceBanner(QWidget* parent = nullptr);

    // Shows the banner with REASON (one sentence, as Workspace::readOnlyReason() gives it); an
    // empty reason hides it.
    void setReadOnlyReason(const QString& reason);
    // The message as shown, in plain text.
    QString message() const;
    QPushButton* saveAsButton() const { return mSaveAs; }

signals:
    void saveAsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* mIcon;
    QLabel* mText;
    QPushButton* mSaveAs;
};

} // namespace sd
