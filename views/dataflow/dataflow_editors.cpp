#include "views/dataflow/dataflow_editors.h"

#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "views/common/format.h"
#include "views/dataflow/arch_editor.h"
#include "views/dataflow/mapping_editor.h"
#include "views/dataflow/problem_editor.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/field_marks.h"

namespace rl::views {
namespace {

// The reason a design is invalid, for a status line: the first problems.
QString reasonOf(const std::vector<const Diagnostics*>& all) {
    QStringList lines;
    int count = 0;
    for (const Diagnostics* d : all)
        for (const auto& item : d->items()) {
            if (item.severity != Diagnostic::Severity::error) continue;
            if (++count <= 3) lines << diagnosticLine(item);
        }
    if (count > 3) lines << DataflowEditors::tr("… and %n more problem(s)", nullptr, count - 3);
    return lines.join('\n');
}

}  // namespace

DataflowEditors::DataflowEditors(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("dataflowEditors"));
    undo_ = new QUndoStack(this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    arch_ = new ArchEditor(undo_, this);
    problem_ = new ProblemEditor(undo_, this);
    mapping_ = new MappingEditor(undo_, this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(arch_, tr("Architecture"));
    tabs_->addTab(problem_, tr("Problem"));
    tabs_->addTab(mapping_, tr("Mapping"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);

    for (DataflowDocEditor* editor :
         {static_cast<DataflowDocEditor*>(arch_), static_cast<DataflowDocEditor*>(problem_),
          static_cast<DataflowDocEditor*>(mapping_)}) {
        connect(editor, &DataflowDocEditor::documentChanged, this, [this] {
            if (!loading_) revalidate();
        });
        connect(editor, &DataflowDocEditor::syntaxError, this, [this](const QString& reason) {
            status_->setText(problemHtml(tr("The JSON does not parse: %1").arg(reason)));
            Q_EMIT designInvalid(reason);
        });
    }
    // Renaming or removing a level carries the mapping along in one undo step.
    connect(arch_, &ArchEditor::structureEditStarted, this, [this](const QString& text) {
        loading_ = true;
        undo_->beginMacro(text);
    });
    connect(arch_, &ArchEditor::levelNameChanged, mapping_, &MappingEditor::renameTarget);
    connect(arch_, &ArchEditor::structureEditFinished, this, [this] {
        undo_->endMacro();
        loading_ = false;
        revalidate();
    });
}

void DataflowEditors::load(const Json& arch, const Json& problem, const Json& mapping,
                           const QString& archFile, const QString& problemFile,
                           const QString& mappingFile) {
    loading_ = true;
    arch_->setDocument(arch, archFile);
    problem_->setDocument(problem, problemFile);
    mapping_->setDocument(mapping, mappingFile);
    undo_->clear();
    loading_ = false;
    if (arch.is_null() && problem.is_null() && mapping.is_null()) {
        // Nothing loaded (a project without a dataflow study): nothing to mark.
        design_.reset();
        for (DataflowDocEditor* editor :
             {static_cast<DataflowDocEditor*>(arch_), static_cast<DataflowDocEditor*>(problem_),
              static_cast<DataflowDocEditor*>(mapping_)})
            editor->setProblems(Diagnostics());
        mapping_->setContext(nullptr, std::nullopt);
        status_->setText(tr("No accelerator study is open."));
        status_->setToolTip({});
        return;
    }
    revalidate();
}

void DataflowEditors::showMapping(const rl::Mapping& m) {
    mapping_->editDocument(rl::toJson(m), m.name.empty() ? tr("Load mapping")
                                                         : tr("Load mapping %1").arg(qstr(m.name)));
    tabs_->setCurrentWidget(mapping_);
}

Json DataflowEditors::archJson() const { return arch_->document(); }
Json DataflowEditors::problemJson() const { return problem_->document(); }
Json DataflowEditors::mappingJson() const { return mapping_->document(); }

bool DataflowEditors::isModified() const {
    return arch_->isModified() || problem_->isModified() || mapping_->isModified();
}

QString DataflowEditors::statusText() const { return status_->text(); }

void DataflowEditors::revalidate() {
    Diagnostics archDiag(arch_->fileLabel().toStdString());
    Diagnostics problemDiag(problem_->fileLabel().toStdString());
    Diagnostics mappingDiag(mapping_->fileLabel().toStdString());
    auto arch = parseAcceleratorArch(arch_->document(), "", archDiag);
    auto problem = parseProblem(problem_->document(), "", problemDiag);
    auto mapping = parseMapping(mapping_->document(), "", mappingDiag);
    mapping_->setContext(arch, problem);
    std::shared_ptr<const dataflow::DataflowDesign> design;
    if (arch && problem && mapping) {
        design = dataflow::makeDesign(arch, *problem, *mapping, mappingDiag);
        if (design && design->mappingLabel.empty()) {
            auto labelled = std::make_shared<dataflow::DataflowDesign>(*design);
            labelled->mappingLabel = mapping_->fileLabel().toStdString();
            design = labelled;
        }
    }
    arch_->setProblems(archDiag);
    problem_->setProblems(problemDiag);
    mapping_->setProblems(mappingDiag);
    const int problems =
        archDiag.errorCount() + problemDiag.errorCount() + mappingDiag.errorCount();
    for (auto [index, diag] :
         {std::pair{0, &archDiag}, std::pair{1, &problemDiag}, std::pair{2, &mappingDiag}})
        tabs_->setTabIcon(index, diag->hasErrors()
                                     ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                     : QIcon());
    design_ = design;
    if (design) {
        const auto& e = design->evaluation;
        QStringList figures = tr("Valid · %1 cycles · utilisation %2 · %3 per MAC")
                                  .arg(fmtExact(static_cast<double>(e.cycles)),
                                       fmtPercent(e.utilization), fmtEnergy(e.energyPerMacJ()))
                                  .split(QStringLiteral(" · "));
        // The narrow dock wraps between figures, never inside one ("32.1" / "pJ per MAC").
        for (QString& figure : figures) figure.replace(QChar(' '), QChar(0x00A0));
        status_->setText(figures.join(QStringLiteral(" · ")));
        Q_EMIT designEdited(design);
    } else {
        const QString reason = reasonOf({&archDiag, &problemDiag, &mappingDiag});
        status_->setText(problemHtml(tr(
            "Not valid: %n problem(s). The views keep the last valid design.", nullptr, problems)));
        status_->setToolTip(reason);
        Q_EMIT designInvalid(reason);
    }
    if (design) status_->setToolTip({});
}

}  // namespace rl::views
