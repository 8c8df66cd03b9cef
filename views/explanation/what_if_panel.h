#pragma once
// The "Why, and what would help" box of the serving and training pages: a
// run's explanation as sentences over its re-simulated what-ifs, one row each
// with an Apply button. The page fills it and says what applying one means.
#include <functional>

#include <QGroupBox>

class QTableWidget;
class QTextBrowser;

namespace rl {
namespace views {

class WhatIfPanel : public QGroupBox {
    Q_OBJECT
  public:
    // `name` begins the parts' object names: "serving" gives "servingExplanation"
    // and "servingWhatIfs". The sentences and the what-ifs share the height
    // textShare : whatIfShare.
    WhatIfPanel(const QString& name, int textShare, int whatIfShare, QWidget* parent);

    // No sentences, no what-ifs.
    void clear();
    void setSentencesHtml(const QString& html);
    // A row: `label` (its tooltip says what changes) and an Apply button that calls `apply`.
    void addWhatIf(const QString& label, const QString& toolTip, std::function<void()> apply);

    QTextBrowser* sentences() const { return sentences_; }
    QTableWidget* whatIfs() const { return whatIfs_; }

  private:
    QTextBrowser* sentences_;
    QTableWidget* whatIfs_;
};

}  // namespace views
}  // namespace rl
