#include "views/common/chart_export_dialog.h"

#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rl {
namespace views {

namespace {
constexpr double kCssDpi = 96;  // the size is kept in CSS pixels, 96 per inch
}

ChartExportDialog::ChartExportDialog(const QString& title, const QString& startPath,
                                     const QString& filter, const ChartExportOptions& initial,
                                     QWidget* parent)
    : QDialog(parent), title_(title), filter_(filter) {
    setWindowTitle(title);
    setObjectName("chartExportDialog");
    auto* form = new QFormLayout(this);

    auto* fileRow = new QHBoxLayout;
    path_ = new QLineEdit(startPath, this);
    path_->setMinimumWidth(320);
    path_->setToolTip(tr("The suffix picks the format: .png, .pdf or .svg"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);

    auto* sizeRow = new QHBoxLayout;
    auto spin = [this](double max) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(0.1, max);
        s->setKeyboardTracking(false);
        return s;
    };
    width_ = spin(20000);
    height_ = spin(20000);
    unit_ = new QComboBox(this);
    unit_->addItems({tr("px"), tr("in")});
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(height_);
    sizeRow->addWidget(unit_);
    sizeRow->addStretch(1);
    form->addRow(tr("Size:"), sizeRow);

    dpi_ = spin(1200);
    dpi_->setRange(24, 1200);
    dpi_->setDecimals(0);
    dpi_->setSuffix(tr(" DPI"));
    dpi_->setToolTip(tr("PNG resolution: 96 DPI is the size on screen, 300 DPI for print"));
    form->addRow(tr("Resolution (PNG):"), dpi_);
    scale_ = spin(20);
    scale_->setDecimals(2);
    scale_->setSingleStep(0.25);
    scale_->setSuffix(QStringLiteral(" ×"));
    scale_->setToolTip(tr("PDF and SVG: the page is the size times this factor"));
    form->addRow(tr("Scale (PDF, SVG):"), scale_);
    summary_ = new QLabel(this);
    form->addRow(tr("Output:"), summary_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Export"));
    form->addRow(buttons);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(path_, &QLineEdit::textChanged, this, &ChartExportDialog::refresh);
    connect(unit_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setInches(i == 1); });
    for (QDoubleSpinBox* s : {width_, height_, dpi_, scale_})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::refresh);
    setOptions(initial);
}

QString ChartExportDialog::suffix() const {
    const QString s = QFileInfo(path_->text().trimmed()).suffix().toLower();
    return s == "pdf" || s == "svg" || s == "png" ? s : QString();
}

QString ChartExportDialog::path() const {
    QString p = path_->text().trimmed();
    if (!p.isEmpty() && suffix().isEmpty()) p += ".png";
    return p;
}

void ChartExportDialog::setPath(const QString& path) { path_->setText(path); }

ChartExportOptions ChartExportDialog::options() const {
    const double k = inches_ ? kCssDpi : 1.0;
    ChartExportOptions o;
    o.width = static_cast<int>(std::lround(width_->value() * k));
    o.height = static_cast<int>(std::lround(height_->value() * k));
    o.dpi = dpi_->value();
    o.scale = scale_->value();
    o.inches = inches_;
    return o;
}

void ChartExportDialog::setOptions(const ChartExportOptions& o) {
    inches_ = o.inches;
    unit_->setCurrentIndex(inches_ ? 1 : 0);
    const double k = inches_ ? 1.0 / kCssDpi : 1.0;
    for (QDoubleSpinBox* s : {width_, height_}) {
        s->setDecimals(inches_ ? 2 : 0);
        s->setSingleStep(inches_ ? 0.25 : 10);
    }
    width_->setValue(std::max(1, o.width) * k);
    height_->setValue(std::max(1, o.height) * k);
    dpi_->setValue(o.dpi);
    scale_->setValue(o.scale);
    refresh();
}

void ChartExportDialog::setInches(bool inches) {
    ChartExportOptions o = options();
    o.inches = inches;
    setOptions(o);
}

void ChartExportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, title_, path(), filter_);
    if (!chosen.isEmpty()) path_->setText(chosen);
}

QString ChartExportDialog::summary() const {
    const ChartExportOptions o = options();
    const QString s = suffix().isEmpty() ? QStringLiteral("png") : suffix();
    if (s == "png") {
        const double k = o.dpi / kCssDpi;
        return tr("PNG: %1 × %2 px at %3 DPI")
            .arg(std::lround(o.width * k))
            .arg(std::lround(o.height * k))
            .arg(std::lround(o.dpi));
    }
    const double inchesW = o.width * o.scale / kCssDpi, inchesH = o.height * o.scale / kCssDpi;
    return tr("%1 page: %2 × %3 in (%4 × %5 cm)")
        .arg(s.toUpper())
        .arg(inchesW, 0, 'f', 2)
        .arg(inchesH, 0, 'f', 2)
        .arg(inchesW * 2.54, 0, 'f', 1)
        .arg(inchesH * 2.54, 0, 'f', 1);
}

void ChartExportDialog::refresh() {
    const QString s = suffix().isEmpty() ? QStringLiteral("png") : suffix();
    dpi_->setEnabled(s == "png");
    scale_->setEnabled(s != "png");
    summary_->setText(summary());
    ok_->setEnabled(!path_->text().trimmed().isEmpty());
}

}  // namespace views
}  // namespace rl
