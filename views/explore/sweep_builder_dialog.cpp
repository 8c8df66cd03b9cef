#include "views/explore/sweep_builder_dialog.h"

#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/explore/sweep_spec_names.h"
#include "core/spec/atomic_save.h"
#include "core/spec/project_reader.h"
#include "core/spec/units.h"
#include "views/common/format.h"
#include "views/common/save_error_text.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/field_docs.h"
#include "views/explore/localized_name.h"
#include "views/explore/sweep_format.h"

namespace rl {
namespace views {
namespace {

enum AxisColumn { kField, kKind, kList, kFrom, kTo, kSteps, kColumns };
enum ValuesKind { kListValues, kLinear, kLog };
constexpr int kPointerRole = Qt::UserRole + 1;

// Free text that no sweep varies.
bool describesOnly(const QString& key) {
    static const QStringList keys = {"format", "version", "name",    "description",
                                     "source", "vendor",  "aliases", "notes"};
    return keys.contains(key);
}

// The dimension of a quantity string ("2 TB/s"), if it is one.
std::optional<rl::Dimension> quantityDimension(const std::string& text) {
    for (int d = 0; d <= static_cast<int>(rl::Dimension::flops); ++d) {
        const auto dim = static_cast<rl::Dimension>(d);
        if (std::holds_alternative<double>(rl::parseQuantity(text, dim))) return dim;
    }
    return std::nullopt;
}

QString numberText(double v, bool integer) {
    return integer ? QString::number(static_cast<long long>(std::llround(v)))
                   : QString::number(v, 'g', 6);
}

// A value typed by the user, of the kind the base field holds.
rl::Json typedValue(const QString& text, const rl::Json& base) {
    const QString t = text.trimmed();
    if (base.is_boolean()) return t == QLatin1String("true");
    if (base.is_number()) {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok) return t.toStdString();  // the reader says what it expected
        if (base.is_number_integer() && v == std::floor(v)) return static_cast<long long>(v);
        return v;
    }
    return t.toStdString();
}

// A short name for the axis of a field: its last two keys ("memory bandwidth").
QString axisName(const QString& pointer) {
    QStringList keys;
    for (const QString& k : pointer.split('/', Qt::SkipEmptyParts).mid(1)) {
        bool index = false;
        k.toInt(&index);
        if (!index) keys << k;
    }
    return keys.mid(std::max<qsizetype>(0, keys.size() - 2)).join(' ');
}

// The axis' name as the file keeps it: the field's keys (English) and, in a
// translated interface, the field's label in its language beside them, so a
// sweep built in German reads in German when opened again.
rl::Json axisNameJson(const QString& pointer) {
    const std::string english = axisName(pointer).toStdString();
    const QString language = interfaceLanguage();
    rl::SweepAxisInfo field;
    field.pointer = field.name = pointer.toStdString();
    const QString label = axisTitle(field);  // the schema's label, translated
    if (language == QLatin1String("en") || label == pointer) return english;
    return rl::explore::localizedNameJson(english, {{language.toStdString(), label.toStdString()}});
}

// The predictor a project's specs call for.
QString defaultPredictor(const rl::Json& design) {
    const std::string scenario = design["scenario"].value("kind", std::string());
    if (scenario == "serving" || scenario == "training") return QString::fromStdString(scenario);
    if (design["hardware"].contains("accelerator")) return QStringLiteral("dataflow");
    return QStringLiteral("analytical");
}

// The two objectives a designer looks at first with each predictor.
std::pair<rl::explore::Metric, rl::explore::Metric> defaultObjectives(
    rl::explore::PredictorKind k) {
    using M = rl::explore::Metric;
    switch (k) {
        case rl::explore::PredictorKind::dataflow:
            return {M::mapper_cycles, M::mapper_energy};
        case rl::explore::PredictorKind::serving:
            return {M::ttft_p99, M::cost_per_million_tokens};
        case rl::explore::PredictorKind::training:
            return {M::time, M::memory_headroom};
        case rl::explore::PredictorKind::analytical:
            break;
    }
    return {M::time, M::energy};
}

}  // namespace

SweepBuilderDialog::SweepBuilderDialog(const QString& projectPath, QWidget* parent)
    : QDialog(parent), projectPath_(QFileInfo(projectPath).absoluteFilePath()) {
    setWindowTitle(tr("New sweep"));
    setObjectName("sweepBuilder");
    const rl::ProjectForEditing read = rl::readProjectForEditing(projectPath_.toStdString());
    design_ = {{"hardware", read.project.hardwareJson},
               {"model", read.project.modelJson},
               {"scenario", read.project.scenarioJson}};

    name_ = new QLineEdit(tr("Sweep of %1").arg(QString::fromStdString(read.project.name)), this);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName("sweepFields");
    tree_->setHeaderLabels({tr("Field"), tr("Base value")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const char* parts[3] = {"hardware", "model", "scenario"};
    const QString titles[3] = {tr("Hardware"), tr("Model"), tr("Scenario")};
    for (int i = 0; i < 3; ++i) {
        auto* top = new QTreeWidgetItem(tree_, {titles[i]});
        fillTree(top, design_[parts[i]], QStringLiteral("/") + parts[i], QString(), QString());
    }
    tree_->expandToDepth(0);
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0) onFieldToggled(item);
    });

    axes_ = new QTableWidget(0, kColumns, this);
    axes_->setObjectName("sweepAxes");
    axes_->setHorizontalHeaderLabels(
        {tr("Field"), tr("Values"), tr("List"), tr("From"), tr("To"), tr("Steps")});
    axes_->verticalHeader()->setVisible(false);
    axes_->horizontalHeader()->setSectionResizeMode(kField, QHeaderView::Stretch);
    axes_->setToolTip(
        tr("A list (comma separated, with units where the field has them: "
           "\"1 TB/s, 2 TB/s\"), or a range from, to in a number of steps"));

    sampling_ = new QComboBox(this);
    sampling_->addItem(tr("Full grid"), "grid");
    sampling_->addItem(tr("Random"), "random");
    sampling_->addItem(tr("Latin hypercube"), "latin_hypercube");
    count_ = new QSpinBox(this);
    count_->setRange(1, 1000000);
    count_->setValue(200);
    count_->setEnabled(false);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1 << 30);
    seed_->setValue(1);
    connect(sampling_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { count_->setEnabled(i != 0); });
    predictor_ = new QComboBox(this);
    for (const char* k : {"analytical", "dataflow", "serving", "training"})
        predictor_->addItem(k, k);
    predictor_->setCurrentIndex(predictor_->findData(defaultPredictor(design_)));
    objectives_ = new QListWidget(this);
    objectives_->setObjectName("sweepObjectives");
    connect(predictor_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &SweepBuilderDialog::fillObjectives);
    fillObjectives();

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name_);
    auto* samplingRow = new QHBoxLayout;
    samplingRow->addWidget(sampling_);
    samplingRow->addWidget(new QLabel(tr("Points:"), this));
    samplingRow->addWidget(count_);
    samplingRow->addWidget(new QLabel(tr("Seed:"), this));
    samplingRow->addWidget(seed_);
    form->addRow(tr("Sampling:"), samplingRow);
    form->addRow(tr("Predictor:"), predictor_);
    form->addRow(tr("Objectives:"), objectives_);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Chosen fields and their values:"), right));
    rightLayout->addWidget(axes_, 2);
    rightLayout->addLayout(form, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tree_);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    errors_ = new QLabel(this);
    errors_->setObjectName("sweepBuilderErrors");
    errors_->setWordWrap(true);
    errors_->setStyleSheet("QLabel { color: #c62828; }");
    errors_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors_->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* run = buttons->addButton(tr("Run sweep"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    QPushButton* save = buttons->addButton(tr("Save sweep…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (this->read()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &SweepBuilderDialog::saveAs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Tick the fields to vary in the tree, give their values, then run. Base project: %1")
            .arg(QFileInfo(projectPath_).fileName()),
        this));
    layout->addWidget(split, 1);
    layout->addWidget(errors_);
    layout->addWidget(buttons);
    resize(1000, 640);
}

void SweepBuilderDialog::fillTree(QTreeWidgetItem* parent, const rl::Json& value,
                                  const QString& pointer, const QString& key,
                                  const QString& parentKey) {
    if (value.is_object() || value.is_array()) {
        QTreeWidgetItem* node = parent;
        if (!key.isEmpty()) node = new QTreeWidgetItem(parent, {key});
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                const QString k = QString::fromStdString(it.key());
                if (describesOnly(k)) continue;
                // JSON pointer escapes (RFC 6901): ~ as ~0, / as ~1.
                QString escaped = k;
                escaped.replace('~', "~0").replace('/', "~1");
                fillTree(node, it.value(), pointer + '/' + escaped, k, key);
            }
        } else {
            for (std::size_t i = 0; i < value.size(); ++i)
                fillTree(node, value[i], pointer + '/' + QString::number(i), QString::number(i),
                         key);
        }
        if (node != parent && node->childCount() == 0) delete node;
        return;
    }
    if (!value.is_number() && !value.is_string() && !value.is_boolean()) return;
    const QString shown = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                            : QString::fromStdString(value.dump());
    auto* leaf = new QTreeWidgetItem(parent, {key, shown});
    leaf->setData(0, kPointerRole, pointer);
    leaf->setCheckState(0, Qt::Unchecked);
    const QString doc = fieldDoc(key, parentKey);
    leaf->setToolTip(0, doc.isEmpty() ? pointer : pointer + "\n" + doc);
}

int SweepBuilderDialog::axisRow(const QString& pointer) const {
    for (int r = 0; r < axes_->rowCount(); ++r)
        if (axes_->item(r, kField)->text() == pointer) return r;
    return -1;
}

void SweepBuilderDialog::onFieldToggled(QTreeWidgetItem* item) {
    const QString pointer = item->data(0, kPointerRole).toString();
    if (pointer.isEmpty()) return;
    const int existing = axisRow(pointer);
    if (item->checkState(0) != Qt::Checked) {
        if (existing >= 0) axes_->removeRow(existing);
        return;
    }
    if (existing >= 0) return;
    const rl::Json base = design_.at(rl::Json::json_pointer(pointer.toStdString()));
    const int r = axes_->rowCount();
    axes_->insertRow(r);
    auto* field = new QTableWidgetItem(pointer);
    field->setFlags(field->flags() & ~Qt::ItemIsEditable);
    field->setToolTip(pointer);
    axes_->setItem(r, kField, field);
    auto* kind = new QComboBox(axes_);
    kind->addItems({tr("list"), tr("linear range"), tr("log range")});
    axes_->setCellWidget(r, kKind, kind);
    // Values to start from: around the base value, which the user edits.
    QString list, from, to;
    int kindIndex = kListValues;
    if (base.is_number()) {
        const double v = base.get<double>();
        const bool integer = base.is_number_integer();
        list = QStringList{numberText(v / 2, integer), numberText(v, integer),
                           numberText(v * 2, integer)}
                   .join(", ");
        from = numberText(v / 2, integer);
        to = numberText(v * 2, integer);
        kindIndex = integer ? kListValues : kLinear;
    } else if (base.is_boolean()) {
        list = QStringLiteral("false, true");
    } else {
        const std::string text = base.get<std::string>();
        list = QString::fromStdString(text);
        if (const auto dim = quantityDimension(text)) {
            const double v = std::get<double>(rl::parseQuantity(text, *dim));
            from = QString::fromStdString(rl::formatQuantity(v / 2, *dim));
            to = QString::fromStdString(rl::formatQuantity(v * 2, *dim));
            kindIndex = kLog;
        }
    }
    axes_->setItem(r, kList, new QTableWidgetItem(list));
    axes_->setItem(r, kFrom, new QTableWidgetItem(from));
    axes_->setItem(r, kTo, new QTableWidgetItem(to));
    axes_->setItem(r, kSteps, new QTableWidgetItem(QStringLiteral("5")));
    kind->setCurrentIndex(kindIndex);
}

bool SweepBuilderDialog::chooseField(const QString& pointer) {
    for (QTreeWidgetItemIterator it(tree_); *it; ++it)
        if ((*it)->data(0, kPointerRole).toString() == pointer) {
            (*it)->setCheckState(0, Qt::Checked);
            return true;
        }
    return false;
}

void SweepBuilderDialog::setAxisValues(const QString& pointer, int kind, const QString& list,
                                       const QString& from, const QString& to, int steps) {
    const int r = axisRow(pointer);
    if (r < 0) return;
    static_cast<QComboBox*>(axes_->cellWidget(r, kKind))->setCurrentIndex(kind);
    axes_->item(r, kList)->setText(list);
    axes_->item(r, kFrom)->setText(from);
    axes_->item(r, kTo)->setText(to);
    axes_->item(r, kSteps)->setText(QString::number(steps));
}

void SweepBuilderDialog::fillObjectives() {
    objectives_->clear();
    const auto kind =
        rl::explore::parsePredictorKind(predictor_->currentData().toString().toStdString())
            .value_or(rl::explore::PredictorKind::analytical);
    const auto [first, second] = defaultObjectives(kind);
    for (const auto& m : rl::explore::metricTable()) {
        if (!rl::explore::provides(kind, m.metric)) continue;
        const std::string name(m.name);
        auto* item = new QListWidgetItem(sweepMetricTitle(name, name), objectives_);
        item->setData(Qt::UserRole, QString::fromStdString(name));
        item->setToolTip(QString::fromStdString(std::string(m.meaning)));
        item->setCheckState(m.metric == first || m.metric == second ? Qt::Checked : Qt::Unchecked);
    }
}

rl::Json SweepBuilderDialog::sweepDocument() const {
    rl::Json axes = rl::Json::array();
    for (int r = 0; r < axes_->rowCount(); ++r) {
        const QString pointer = axes_->item(r, kField)->text();
        const rl::Json base = design_.at(rl::Json::json_pointer(pointer.toStdString()));
        const int kind = static_cast<QComboBox*>(axes_->cellWidget(r, kKind))->currentIndex();
        rl::Json axis = {{"name", axisNameJson(pointer)}, {"pointer", pointer.toStdString()}};
        if (kind == kListValues) {
            rl::Json values = rl::Json::array();
            for (const QString& v : axes_->item(r, kList)->text().split(',', Qt::SkipEmptyParts))
                values.push_back(typedValue(v, base));
            axis["values"] = values;
        } else {
            axis["range"] = {{"from", typedValue(axes_->item(r, kFrom)->text(), base)},
                             {"to", typedValue(axes_->item(r, kTo)->text(), base)},
                             {"steps", axes_->item(r, kSteps)->text().trimmed().toInt()},
                             {"scale", kind == kLog ? "log" : "linear"}};
        }
        axes.push_back(axis);
    }
    rl::Json sampling = {{"method", sampling_->currentData().toString().toStdString()},
                         {"seed", seed_->value()}};
    if (sampling_->currentIndex() != 0) sampling["count"] = count_->value();
    rl::Json objectives = rl::Json::array();
    for (int i = 0; i < objectives_->count(); ++i)
        if (objectives_->item(i)->checkState() == Qt::Checked)
            objectives.push_back(
                {{"metric", objectives_->item(i)->data(Qt::UserRole).toString().toStdString()}});
    return {{"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", name_->text().trimmed().toStdString()},
            {"project", projectPath_.toStdString()},
            {"axes", axes},
            {"sampling", sampling},
            {"objectives", objectives},
            {"predictor", {{"kind", predictor_->currentData().toString().toStdString()}}},
            {"sensitivity", true}};
}

std::optional<rl::explore::LoadedSweep> SweepBuilderDialog::read() {
    // Named as if it sat beside the project, so relative paths resolve there.
    const std::string file =
        (QFileInfo(projectPath_).absolutePath() + "/" + tr("new sweep")).toStdString();
    rl::explore::LoadedSweep loaded = rl::explore::loadSweep(sweepDocument(), file);
    if (!loaded.ok()) {
        errors_->setText(diagnosticsText(loaded.diagnostics));
        errors_->setVisible(true);
        return std::nullopt;
    }
    errors_->setVisible(false);
    return loaded;
}

void SweepBuilderDialog::saveAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save sweep"), QFileInfo(projectPath_).absolutePath() + "/sweep.json",
        tr("Ridgeline sweep (*.json)"));
    if (path.isEmpty()) return;
    const rl::SaveError err = rl::saveFileTyped(path.toStdString(), sweepDocument().dump(2) + "\n");
    if (!err.ok()) QMessageBox::warning(this, tr("Save sweep"), saveErrorText(err));
}

}  // namespace views
}  // namespace rl
