// Picks several values of a text or list field (for in / not_in / has_any / has_all / has_none):
// a button naming the chosen values opens a searchable list of the field's values with their
// counts, most frequent first; a value that is not in the data can still be typed and added.
#pragma once

#include <QStringList>
#include <QWidget>

#include <string>
#include <utility>
#include <vector>

class QFrame;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace sd {

class ValueListPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ValueListPicker(QWidget* parent = nullptr);

    void setChoices(const std::vector<std::pair<std::string, size_t>>& choices);
    void setSelected(const QStringList& values);
    QStringList selected() const { return mSelected; }
    // Opens the list (also for tests, which then toggle items through list()).
    void showPopup();
    QListWidget* list() const { return mList; }
    QLineEdit* search() const { return mSearch; }

signals:
    void selectionChanged(const QStringList& values);

private:
    void fillList();
    void updateButton();

    QToolButton* mButton;
    QFrame* mPopup;
    QLineEdit* mSearch;
    QListWidget* mList;
    std::vector<std::pair<std::string, size_t>> mChoices;
    QStringList mSelected;
    bool mFilling = false;
};

} // namespace sd
