#include "views/start/start_page.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "views/start/sample_library.h"

namespace rl {
namespace views {

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
    setObjectName("startPage");
    auto* title = new QLabel(
        "<h1>Ridgeline</h1><p>" +
            tr("Predict, explain and explore the performance of ML workloads on hardware.") +
            "</p>",
        this);
    title->setWordWrap(true);
    auto* newButton = new QPushButton(tr("New project"), this);
    auto* openButton = new QPushButton(tr("Open…"), this);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);

    samples_ = new QListWidget(this);
    samples_->setObjectName("sampleProjects");
    samples_->setWordWrap(true);
    samples_->setSpacing(4);
    recent_ = new QListWidget(this);
    recent_->setObjectName("recentFiles");
    connect(samples_, &QListWidget::itemActivated, this, [this](QListWidgetItem* i) {
        Q_EMIT openSampleRequested(i->data(Qt::UserRole).toString());
    });
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* i) {
        Q_EMIT openFileRequested(i->data(Qt::UserRole).toString());
    });

    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel("<h3>" + tr("Sample projects") + "</h3>", this));
    left->addWidget(samples_, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel("<h3>" + tr("Recent files") + "</h3>", this));
    right->addWidget(recent_, 1);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addLayout(lists, 1);
    reloadSamples();
}

void StartPage::reloadSamples() {
    samples_->clear();
    // Accelerator projects (a dataflow study) first, marked: they open on the
    // Dataflow tab rather than the roofline.
    QList<LibraryEntry> projects = libraryEntries("projects");
    std::stable_partition(projects.begin(), projects.end(),
                          [](const LibraryEntry& e) { return e.dataflow; });
    for (const auto& e : projects) {
        const QString name = e.dataflow ? tr("Accelerator: %1").arg(e.name) : e.name;
        auto* item = new QListWidgetItem(
            name + (e.description.isEmpty() ? QString() : "\n" + e.description), samples_);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(e.path);
        QFont f = item->font();
        item->setFont(f);
    }
    // Sample sweeps open on the exploration page.
    for (const auto& e : libraryEntries("sweeps")) {
        auto* item =
            new QListWidgetItem(tr("Sweep: %1").arg(e.name) +
                                    (e.description.isEmpty() ? QString() : "\n" + e.description),
                                samples_);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(e.path);
    }
    if (samples_->count() == 0) {
        auto* item =
            new QListWidgetItem(tr("No sample projects found in %1").arg(samplesDir()), samples_);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) reloadSamples();
    QWidget::changeEvent(event);
}

void StartPage::setRecentFiles(const QStringList& files) {
    recent_->clear();
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(
            QFileInfo(f).fileName() + "\n" + QFileInfo(f).absolutePath(), recent_);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
}

}  // namespace views
}  // namespace rl
