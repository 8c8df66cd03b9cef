#include "app/gui/predictor_chooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSignalBlocker>

#include "core/predict/predictor_registry.h"
#include "views/explanation/predictor_name.h"

namespace rl {
namespace gui {

PredictorChooser::PredictorChooser(QWidget* parent) : QComboBox(parent) {
    setObjectName("predictorChooser");
    setToolTip(tr("Predictor for this project's runs"));
    // Long choices (and their translations) must not widen the toolbar and
    // so the window: the closed combo elides, the popup shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    addItem(tr("Roofline (analytical)"), int(roofline));
    addItem(tr("Model trained on the Learned models page"), int(trained));
    addItem(tr("Model file: none"), int(file));
    addItem(tr("Load model file…"), int(browse));
    for (int i : {1, 2})
        setItemData(i, false, Qt::UserRole - 1);  // disabled until there is a model
    connect(this, &QComboBox::activated, this, &PredictorChooser::onActivated);
}

QString PredictorChooser::predictorName() const {
    if (!current_) return views::predictorName("roofline");
    const QString kind = views::predictorName(toString(current_->kind())) + " (" +
                         QString::fromStdString(toString(current_->algorithm())) + ")";
    return choice_ == file ? kind + ", " + fileName_ : kind + ", " + tr("trained in this session");
}

std::shared_ptr<const OperatorCostModel> PredictorChooser::costModel() const {
    return predictorFor(current_);
}

void PredictorChooser::setTrainedModel(std::shared_ptr<const LearnedModel> model) {
    trained_ = std::move(model);
    setItemData(1, trained_ ? QVariant() : QVariant(false), Qt::UserRole - 1);
    if (choice_ == trained) select(trained);  // follow the newest model
}

QString PredictorChooser::loadFile(const QString& path) {
    try {
        file_ = std::make_shared<const LearnedModel>(LearnedModel::load(path.toStdString()));
    } catch (const std::exception& e) {
        select(choice_);  // keep what was chosen
        Q_EMIT loadFailed(QString::fromStdString(e.what()));
        return QString::fromStdString(e.what());
    }
    fileName_ = QFileInfo(path).fileName();
    setItemText(2, tr("Model file: %1").arg(fileName_));
    setItemData(2, QVariant(), Qt::UserRole - 1);
    select(file);
    return {};
}

void PredictorChooser::useRoofline() { select(roofline); }

void PredictorChooser::useTrainedModel() {
    if (trained_) select(trained);
}

void PredictorChooser::onActivated(int index) {
    const auto c = static_cast<Choice>(itemData(index).toInt());
    if (c != browse) {
        select(c);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Learned model"), QString(),
                                                      tr("Ridgeline learned model (*.json)"));
    if (path.isEmpty())
        select(choice_);
    else
        loadFile(path);
}

void PredictorChooser::select(Choice c) {
    std::shared_ptr<const LearnedModel> next = c == trained ? trained_
                                               : c == file  ? file_
                                                            : nullptr;
    if (!next) c = roofline;  // a choice without a model falls back to the roofline
    const bool changed = next != current_ || c != choice_;
    choice_ = c;
    current_ = std::move(next);
    {
        const QSignalBlocker block(this);
        setCurrentIndex(findData(int(c)));
    }
    if (changed) Q_EMIT predictorChanged();
}

}  // namespace gui
}  // namespace rl
