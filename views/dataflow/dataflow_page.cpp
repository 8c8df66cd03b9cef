#include "views/dataflow/dataflow_page.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "views/common/run_progress.h"
#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/mapper_view.h"

namespace rl::views {

DataflowPage::DataflowPage(QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      notice_(new QLabel(this)),
      progress_(new RunProgress(RunProgress::TextPlacement::TextBeside, this)) {
    notice_->setObjectName("dataflowNotice");
    notice_->setWordWrap(true);
    notice_->setMargin(6);
    notice_->setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; }");
    notice_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(progress_);
    layout->addWidget(notice_);
    layout->addWidget(tabs_, 1);
}

void DataflowPage::setNotice(const QString& text) {
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

QString DataflowPage::notice() const { return notice_->text(); }

void DataflowPage::markStale(const QString& reason) {
    stale_ = true;
    setNotice(design_ ? tr("Not applied: %1. The views show the last valid design.").arg(reason)
                      : tr("Not applied: %1.").arg(reason));
}

void DataflowPage::addView(DataflowView* view, const QString& title, const QString& key) {
    views_.emplace_back(key, view);
    tabs_->addTab(view, title);
    // The mapper's scatter picks a mapping: load it into every view.
    if (auto* mapper = qobject_cast<MapperView*>(view))
        connect(mapper, &MapperView::mappingChosen, this,
                [this](const dataflow::MappingNest& m, const QString& label) {
                    loadMapping(m, label);
                });
    view->setDesign(design_);
}

DataflowView* DataflowPage::view(const QString& key) const {
    for (const auto& [k, v] : views_)
        if (k == key) return v;
    return nullptr;
}

DataflowView* DataflowPage::currentView() const {
    for (const auto& [k, v] : views_)
        if (v == tabs_->currentWidget()) return v;
    return nullptr;
}

QStringList DataflowPage::viewKeys() const {
    QStringList keys;
    for (const auto& entry : views_) keys << entry.first;
    return keys;
}

bool DataflowPage::showView(const QString& key) {
    auto* v = view(key);
    if (!v) return false;
    tabs_->setCurrentWidget(v);
    return true;
}

void DataflowPage::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    if (stale_) {
        stale_ = false;
        setNotice({});
    }
    for (const auto& entry : views_) entry.second->setDesign(design_);
    Q_EMIT designChanged(design_);
}

void DataflowPage::setModel(std::shared_ptr<const DataflowModelSource> model) {
    model_ = std::move(model);
    Q_EMIT modelChanged(model_);
}

bool DataflowPage::loadMapping(const dataflow::MappingNest& mapping, const QString& label) {
    if (!design_) return false;
    return loadProblem(design_->problem, mapping, QString::fromStdString(design_->problemLabel),
                       label);
}

bool DataflowPage::loadProblem(const DataflowProblem& problem, const dataflow::MappingNest& mapping,
                               const QString& problemLabel, const QString& mappingLabel) {
    if (!design_ || !design_->arch) return false;
    Diagnostics diag;
    auto fresh = dataflow::makeDesign(design_->arch, problem, mapping, diag);
    if (!fresh) return false;
    auto labelled = std::make_shared<dataflow::DataflowDesign>(*fresh);
    labelled->problemLabel = problemLabel.toStdString();
    labelled->mappingLabel = mappingLabel.toStdString();
    setDesign(std::move(labelled));
    return true;
}

}  // namespace rl::views
